import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { CaptureStatusList } from '../../../components/CaptureStatusList';
import type { PageCaptureRow } from '../../../utils/db/rows';
import { capturedFromPages } from '../../../utils/readiness/input';

const NOW = new Date('2026-12-06T09:00:00Z');
const capture = (pageType: PageCaptureRow['pageType'], page: number, lastPage: number, filtered = false): PageCaptureRow =>
  ({ companyNumber: '09876543', pageType, page, lastPage, url: 'https://example.org/', capturedAt: '2026-12-06T08:00:00.000Z', itemCount: 1, warnings: [], filtered }) as PageCaptureRow;

describe("the popup's capture status", () => {
  it('says a tab is captured only when the verdict counts it so: every page, unfiltered', () => {
    const captures = [capture('overview', 1, 1), capture('filing-history', 1, 1, true), capture('officers', 1, 3), capture('officers', 2, 3), capture('officers', 2, 3, true), capture('psc', 1, 1)];
    const container = document.createElement('div');
    const root = createRoot(container);
    flushSync(() => root.render(createElement(CaptureStatusList, { captures, now: NOW })));
    const html = container.innerHTML;
    root.unmount();
    container.innerHTML = html;
    const status = Object.fromEntries([...container.querySelectorAll('li')].map((li) => [li.dataset.pageType, li.lastElementChild!.textContent]));
    expect(status).toEqual({ overview: '✓ captured today', 'filing-history': 'filtered view only · today', officers: '2 of 3 pages today', psc: '✓ captured today' });
    expect(capturedFromPages(captures)).toEqual({ overview: true, filingHistory: 'partial', officers: 'partial', psc: true });
  });
});
