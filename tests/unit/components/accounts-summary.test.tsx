import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { AccountsSummary } from '../../../components/AccountsSummary';
import type { AccountsPeriodRow } from '../../../utils/db/rows';

function period(end: string, over: Partial<AccountsPeriodRow>): AccountsPeriodRow {
  return {
    companyNumber: '09876543',
    start: `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`,
    end,
    turnover: null,
    profitLoss: null,
    netAssets: null,
    employees: null,
    dormant: false,
    regime: null,
    currency: 'GBP',
    source: { transactionId: null, documentUrl: 'https://example.org/doc', format: 'ixbrl' },
    capturedAt: '2026-11-01T10:00:00.000Z',
    ...over,
  } as AccountsPeriodRow;
}

function rendered(periods: AccountsPeriodRow[]): HTMLElement {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(createElement(AccountsSummary, { periods, documents: [] })));
  const html = container.innerHTML;
  root.unmount();
  container.innerHTML = html;
  return container;
}

describe("the popup's turnover", () => {
  it('shows the latest two years oldest first, and where turnover is not disclosed, the proxies instead of a bar', () => {
    const html = rendered([
      period('2023-03-31', { turnover: 900_000 }),
      period('2025-03-31', { regime: 'micro', netAssets: 30_000, employees: 4 }),
      period('2024-03-31', { turnover: 2_100_000 }),
    ]);
    const rows = [...html.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['Year to 31 March 2024£2.1m', 'Year to 31 March 2025not disclosed (micro accounts); net assets £30k; 4 employees']);
    expect(html.querySelectorAll('li [aria-hidden=true]')).toHaveLength(1);
  });
});
