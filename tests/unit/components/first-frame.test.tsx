import { createElement, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompanySummaryCard } from '../../../components/CompanySummaryCard';
import { popupFirstFrameView, showPopupFirstFrame } from '../../../components/first-frame/popup-first-frame';
import { domFromView, h } from '../../../components/first-frame/view-tree';
import { VerdictCard } from '../../../components/VerdictCard';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { loadCompanyView, type CompanyView } from '../../../utils/db/company-assessment';
import { DATABASE_NAME } from '../../../utils/db/schema-history';
import { ScoutDb } from '../../../utils/db/schema';
import { importAll, type ExportDocument } from '../../../utils/db/transfer';
import { readPopupFirst } from '../../../utils/popup/first-read';
import { VERDICT_LABELS } from '../../../utils/readiness/reasons';
import { sampleExport } from '../../support/sample-store';

const CH = 'https://find-and-update.company-information.service.gov.uk';

afterEach(async () => {
  document.body.replaceChildren();
  await new ScoutDb().delete();
});

async function storedView(companyNumber = '09876544'): Promise<CompanyView> {
  const db = new ScoutDb(DATABASE_NAME);
  await importAll(db, sampleExport(2));
  const view = await loadCompanyView(db, companyNumber, new Date('2026-12-06T09:00:00Z'));
  db.close();
  return view!;
}

/** The markup React renders for `element`, serialised by the same DOM as domFromView's. */
function reactMarkup(element: React.ReactElement): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(element));
  const html = container.innerHTML;
  root.unmount();
  return html;
}

describe('view trees', () => {
  it('join adjacent text, drop empty children, and keep captured text as text', () => {
    const view = h('p', { class: 'x', title: undefined }, 'Company ', '<img src=x onerror=alert(1)>', null, false, ['', ' · ', h('span', null, 'Active')]);
    expect(view.children).toEqual(['Company <img src=x onerror=alert(1)> · ', { tag: 'span', attrs: {}, children: ['Active'] }]);
    const node = domFromView(view, document) as HTMLElement;
    expect(node.querySelector('img')).toBeNull();
    expect(node.textContent).toBe('Company <img src=x onerror=alert(1)> · Active');
    expect(node.getAttributeNames()).toEqual(['class']);
  });

  it('link only to web addresses, whatever a stored record says', async () => {
    expect(h('a', { href: 'javascript:alert(1)', title: 't' }, 'x').attrs).toEqual({ title: 't' });
    expect(h('a', { href: 'https://example.org/' }, 'x').attrs).toEqual({ href: 'https://example.org/' });
    const view = await storedView();
    const [first, ...rest] = view.assessment.reasons.filter((r) => r.evidence);
    const assessment = { ...view.assessment, reasons: [{ ...first!, evidence: { ...first!.evidence!, url: 'javascript:alert(1)' } }, ...rest] };
    const card = domFromView(popupFirstFrameView({ ...view, assessment }, new Date()), document) as HTMLElement;
    const links = [...card.querySelectorAll<HTMLAnchorElement>('[data-testid=verdict] a')];
    expect(links.length).toBe(rest.length);
    expect(links.every((a) => a.href.startsWith('https://'))).toBe(true);
    expect(card.textContent).toContain(first!.text);
  });

  it("give the first frame exactly the cards' React markup, for companies with and without each part", async () => {
    const view = await storedView();
    const now = new Date('2026-12-06T09:00:00Z');
    const variants: CompanyView[] = [
      view,
      // No overview (no age, no status), evidence-free reasons, nothing missing.
      {
        ...view,
        summary: { ...view.summary, company: { ...view.summary.company, name: null, overview: null } },
        assessment: { ...view.assessment, reasons: view.assessment.reasons.map((r) => ({ ...r, evidence: null })), missing: [] },
      },
    ];
    for (const variant of variants) {
      const frame = domFromView(popupFirstFrameView(variant, now), document) as HTMLElement;
      const [, summary, verdict] = [...frame.children];
      expect(summary!.outerHTML).toBe(reactMarkup(createElement(CompanySummaryCard, { summary: variant.summary, now })));
      expect(verdict!.outerHTML).toBe(reactMarkup(createElement(VerdictCard, { assessment: variant.assessment })));
    }
    expect(view.assessment.reasons.some((r) => r.evidence)).toBe(true);
  });
});

describe("the company card's age", () => {
  it('says a dissolved company traded until it closed, in the words of its verdict', async () => {
    const view = await storedView();
    const now = new Date('2026-12-06T09:00:00Z');
    const overview = { ...view.summary.company.overview!, status: 'Dissolved', closedDate: '2023-03-14', closedLabel: 'Dissolved on', incorporatedDate: '2012-07-03', incorporatedLabel: 'Incorporated on' };
    const summary = { ...view.summary, company: { ...view.summary.company, overview } };
    const card = domFromView(popupFirstFrameView({ ...view, summary }, now), document) as HTMLElement;
    expect(card.querySelector('[data-testid=company-age]')?.textContent).toBe('Traded for 10 years (incorporated 3 July 2012, dissolved 14 March 2023)');
    expect(reactMarkup(createElement(CompanySummaryCard, { summary, now }))).toContain('Traded for 10 years (incorporated 3 July 2012, dissolved 14 March 2023)');

    const live = domFromView(popupFirstFrameView(view, now), document) as HTMLElement;
    const sentence = live.querySelector('[data-testid=company-age]')?.textContent;
    expect(sentence).toMatch(/^Trading for \d+ years \(incorporated \d+ \w+ \d{4}\)$/);
    expect(view.assessment.reasons.find((r) => r.code === 'trading-years')?.text).toBe(sentence);
  });
});

describe("the popup's first frame", () => {
  it('is put in an empty root only, and marks the moment it is', async () => {
    performance.clearMarks();
    document.body.innerHTML = '<div id="root"></div>';
    expect(showPopupFirstFrame(document, null, new Date())).toBe(false);
    document.getElementById('root')!.textContent = 'React got here first';
    expect(showPopupFirstFrame(document, await storedView(), new Date())).toBe(false);
    expect(document.getElementById('root')!.textContent).toBe('React got here first');
    expect(performance.getEntriesByName('ics-scout:verdict')).toEqual([]);

    document.getElementById('root')!.replaceChildren();
    expect(showPopupFirstFrame(document, await storedView(), new Date())).toBe(true);
    expect(performance.getEntriesByName('ics-scout:verdict')).toHaveLength(1);
    expect(performance.getEntriesByName('ics-scout:ready')).toHaveLength(1);
  });

  const HYDRATED: [string, string, (doc: ExportDocument) => void][] = [
    ['an active company', `${CH}/company/09876544`, () => {}],
    [
      'a dissolved company with a status detail',
      `${CH}/company/09876544`,
      (doc) => {
        const row = doc.tables.companies!.find((c) => c.companyNumber === '09876544')!;
        row.overview = { ...(row.overview as object), status: 'Dissolved', statusDetail: 'Dissolved via voluntary strike-off', closedDate: '2023-03-14', closedLabel: 'Dissolved on' };
      },
    ],
    ['a federation website linked to its company', 'https://northfieldgpfed.example/services', () => {}],
  ];

  it.each(HYDRATED)('is hydrated by the popup without a mismatch, keeping its nodes, and the rest follows: %s', async (_case, url, change) => {
    const db = new ScoutDb(DATABASE_NAME);
    const stored = sampleExport(2);
    change(stored);
    await importAll(db, stored);
    db.close();
    const read = await readPopupFirst({ url, tabId: 1 });
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    performance.clearMarks();
    expect(showPopupFirstFrame(document, read!.view, read!.now)).toBe(true);
    expect(performance.getEntriesByName('ics-scout:verdict')).toHaveLength(1);
    const heading = document.getElementById('verdict-heading');
    const name = document.getElementById('company-name');
    const age = root.querySelector('[data-testid=company-age]');
    expect(heading?.textContent).toBe(VERDICT_LABELS[read!.view!.assessment.verdict]);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');

    const mismatches: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => mismatches.push(args));
    // As renderPage does it: in StrictMode.
    const app = hydrateRoot(root, createElement(StrictMode, null, createElement(PopupApp, { initial: { ...read!, shown: true } })), { onRecoverableError: (error) => mismatches.push(error) });
    try {
      await vi.waitFor(() => expect(root.querySelector('[data-testid=capture-status]')).not.toBeNull());
      expect(mismatches).toEqual([]);
      // The very nodes the first-read script made are the ones on screen now.
      expect(document.getElementById('verdict-heading')).toBe(heading);
      expect(document.getElementById('company-name')).toBe(name);
      expect(root.querySelector('[data-testid=company-age]')).toBe(age);
      expect(root.querySelector('[data-testid=accounts-summary]')).not.toBeNull();
      expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    } finally {
      // Unmounted here, so that no live query or scheduled render runs after the test environment is gone.
      app.unmount();
      consoleError.mockRestore();
    }
  });
});
