import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeOds } from '../../utils/ods/merge';
import { readOdsFile } from '../../utils/ods/read-file';
import { sampleQueries } from '../../utils/search/sample-queries';
import { launchExtension } from '../e2e/support/extension';
import { SHARED_ODS } from '../support/ods-reports';
import { sampleExport } from '../support/sample-store';
import { median, percentile, round, type Metrics } from './metrics';
import { COMPARISON_PAGES, timePopup } from './popup-timing';

const FILES = ['ePCN_2024-10.xlsx', 'epraccur_2025-09.csv'];
const COMPANIES = 200;

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };

/**
 * With the full national ODS data and 200 companies in the store: the popup from open to verdict shown
 * (popup.verdict_ms: to the verdict's first paint), and side-panel searches from keystroke to results on screen (search.p95_ms).
 */
export async function measureLookups(): Promise<Metrics> {
  if (!FILES.every((f) => existsSync(join(SHARED_ODS, f)))) {
    console.log(`lookups: skipped (no shared data at ${SHARED_ODS})`);
    return {};
  }
  const store = sampleExport(COMPANIES);
  const odsFiles = FILES.map((fileName) => ({ fileName, base64: readFileSync(join(SHARED_ODS, fileName)).toString('base64') }));
  const ext = await launchExtension({ extraFiles: COMPARISON_PAGES });
  try {
    const setup = await ext.openPage('sidepanel.html');
    await setup.evaluate('globalThis.__name ??= (f) => f');
    for (const message of [{ api: 'data.import', params: { text: JSON.stringify(store) } }, { api: 'ods.importFiles', params: { files: odsFiles } }]) {
      const response = await setup.evaluate((m) => chrome.runtime.sendMessage(m), message);
      if (!response.ok) throw new Error(`could not fill the store: ${response.error}`);
    }
    await setup.close();

    const company = store.tables.companies![COMPANIES - 1]!.companyNumber as string;
    const url = encodeURIComponent(`https://find-and-update.company-information.service.gov.uk/company/${company}`);
    const { median: verdictMs, ...verdictDetail } = await timePopup(ext, `?url=${url}`, 'ics-scout:verdict', { runs: 20 });

    // The same queries a caller would type, derived in Node from the same data.
    const ods = mergeOds(FILES.map((f) => readOdsFile(f, new Uint8Array(readFileSync(join(SHARED_ODS, f))))));
    const queries = sampleQueries(
      {
        companies: store.tables.companies as never,
        officers: store.tables.officers as never,
        pscs: store.tables.pscs as never,
        people: store.tables.people as never,
        odsPcns: ods.pcns,
        odsPractices: ods.practices,
        odsMemberships: ods.memberships,
        odsSubIcbs: ods.subIcbs,
        odsIcbs: ods.icbs,
      },
      { count: 200, seed: 7 },
    ).map((q) => q.query);
    // Side panel open → searchable: federations and people first, then the national ODS data too.
    const opened = { research: [] as number[], all: [] as number[] };
    for (let i = 0; i < 6; i++) {
      const page = await ext.openPage('sidepanel.html');
      await page.waitForFunction(() => performance.getEntriesByName('ics-scout:ready').length > 0, undefined, { timeout: 60_000 });
      const [research, all] = await page.evaluate(() => ['ics-scout:research-ready', 'ics-scout:ready'].map((mark) => performance.getEntriesByName(mark)[0]!.startTime));
      await page.close();
      if (i === 0) continue; // the first warms the browser's caches
      opened.research.push(research!);
      opened.all.push(all!);
    }

    const panel = await ext.openPage('sidepanel.html');
    await panel.evaluate('globalThis.__name ??= (f) => f');
    await panel.waitForFunction(() => performance.getEntriesByName('ics-scout:ready').length > 0, undefined, { timeout: 60_000 });
    const timings = await panel.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (value: string) => {
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const results: number[] = [];
      for (const [i, query] of [...queries, ...queries.slice(0, 20)].entries()) {
        type('');
        await frame();
        const start = performance.now();
        type(query);
        // React renders a discrete input event synchronously: the results are in the DOM when this returns.
        const elapsed = performance.now() - start;
        if (!document.querySelector('[data-testid=search-results], [role=status]')) throw new Error(`no results shown for "${query}"`);
        if (i >= 20) results.push(elapsed); // the first twenty warm the engine
      }
      return results;
    }, queries.slice(0, 180));
    // A write while the panel is open (as a capture makes): from the write to the panel finding it. Only the
    // research tables are read and indexed again, not the national ODS data.
    const refresh: number[] = [];
    for (let i = 0; i < 7; i++) {
      const name = `Dr Benchmark Person${String.fromCharCode(97 + i)}`;
      const ms = await panel.evaluate(async (name) => {
        const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, name);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const start = performance.now();
        const added = await chrome.runtime.sendMessage({ api: 'people.add', params: { name, title: 'Clinical Director', entityKind: 'pcn', entityId: 'U00001' } });
        if (!added.ok) throw new Error(`could not add a person: ${added.error}`);
        while (!document.querySelector('[data-testid=search-results]')?.textContent?.includes(name.replace('Dr ', ''))) {
          if (performance.now() - start > 20_000) throw new Error(`the side panel did not find ${name}`);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return performance.now() - start;
      }, name);
      if (i >= 2) refresh.push(ms);
    }
    return {
      'sidepanel.ready_ms': { value: round(median(opened.all), 1), unit: 'ms', samples: opened.all.length, statistic: 'median', measured: 'side panel open to searchable over everything, national ODS data included', research_ready_ms: round(median(opened.research), 1) },
      'search.refresh_ms': { value: round(median(refresh), 1), unit: 'ms', samples: refresh.length, statistic: 'median', measured: 'a write to the store (a person added) to the side panel listing it, national ODS data in the store' },
      'popup.verdict_ms': { value: verdictMs, unit: 'ms', budget: 150, store: `${COMPANIES} companies + national ODS (2024-10 ePCN, 2025-09 epraccur)`, ...verdictDetail },
      'search.p95_ms': { value: round(percentile(timings, 95)), unit: 'ms', budget: 16, median_ms: round(median(timings)), samples: timings.length, measured: 'keystroke to results in the side panel DOM' },
    };
  } finally {
    await ext.close();
  }
}
