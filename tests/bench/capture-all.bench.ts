import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, ROOT, routeCompaniesHouse } from '../e2e/support/extension';
import { median, round, type Metrics } from './metrics';

const RUNS = 5;
const LATENCY_MS = 400;
const OVERVIEW = 'https://find-and-update.company-information.service.gov.uk/company/09876543';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };

/** The Northfield fixtures: 3 filing-history pages, 2 officer pages, a PSC page and the overview. */
function northfield(): Map<string, string> {
  const dir = resolve(ROOT, 'tests/fixtures/companies-house');
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { fixtures: { file: string; url: string }[] };
  const pages = new Map<string, string>();
  for (const { file, url } of manifest.fixtures) {
    if (!file.startsWith('northfield-') || file.includes('filtered')) continue;
    const u = new URL(url);
    pages.set(u.pathname + u.search, readFileSync(resolve(dir, file), 'utf8'));
  }
  return pages;
}

/**
 * Capture-all wall time against a site where every response takes the same latency, divided by the
 * limit set by the longest chain of requests that must follow one another: a tab's page 1 (which tells
 * how many pages there are), then its later pages. Both are measured in the same run.
 */
export async function measureCaptureAll(): Promise<Metrics> {
  const ext = await launchExtension();
  try {
    await routeCompaniesHouse(ext.context, northfield(), { latencyMs: LATENCY_MS });
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    await popup.evaluate('globalThis.__name ??= (f) => f');
    const captures: number[] = [];
    const chains: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await popup.evaluate(() => chrome.runtime.sendMessage({ api: 'data.deleteAll', params: { confirm: 'delete-all-data' } }));
      // The user is on the overview: the content script captures it, capture-all fetches the rest.
      const tab = await ext.context.newPage();
      await tab.goto(OVERVIEW);
      await popup.getByTestId('company-card').waitFor();
      await tab.close();
      captures.push(
        await popup.evaluate(async () => {
          const start = performance.now();
          const response = await chrome.runtime.sendMessage({ api: 'capture.all', params: { companyNumber: '09876543' } });
          if (!response.ok) throw new Error(response.error);
          await new Promise<void>((done) => {
            const check = () => (document.querySelector('[data-testid=capture-progress]')?.textContent?.startsWith('All ') ? done() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - start;
        }),
      );
      chains.push(
        await popup.evaluate(async (base) => {
          const start = performance.now();
          await (await fetch(`${base}/filing-history`, { credentials: 'omit' })).text();
          await (await fetch(`${base}/filing-history?page=2`, { credentials: 'omit' })).text();
          return performance.now() - start;
        }, OVERVIEW),
      );
      const text = await popup.getByTestId('capture-progress').textContent();
      if (text !== 'All 6 pages captured') throw new Error(`capture-all ended with "${text}"`);
    }
    const ratios = captures.map((c, i) => c / chains[i]!);
    return {
      'capture_all.ratio_to_limit': {
        value: round(median(ratios)),
        unit: 'ratio',
        budget: 1.25,
        samples: RUNS,
        statistic: 'median',
        capture_all_ms: round(median(captures), 0),
        longest_chain_ms: round(median(chains), 0),
        latency_ms: LATENCY_MS,
        pages: '3 filing history, 2 officers, 1 PSC (overview already captured)',
      },
    };
  } finally {
    await ext.close();
  }
}
