import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedExtension } from '../e2e/support/extension';
import { median, round } from './metrics';

const FIRST_READ_TAG = '<script src="/popup-first-read.js"></script>';
// The bundle's preload link, which the first-read script starts (wxt.config.ts, popupPage).
const BUNDLE_PRELOAD = /<link rel="modulepreload"([^>]*)href="([^"]+)"([^>]*) data-popup-bundle>/;

/**
 * Pages added to a copy of the build, timed beside the popup in the same run (this machine is shared and
 * noisy, so only side-by-side figures compare):
 * - a blank page whose one tiny module script writes two headings: the least any extension page showing
 *   something from a script takes here;
 * - the popup without its first-read script, where the live queries do all the reading.
 */
export const COMPARISON_PAGES: Record<string, string | ((build: string) => string)> = {
  'bench-blank.html': '<!doctype html><title>blank</title><script type="module" src="/bench-blank.js"></script>',
  'bench-blank.js': `document.body.innerHTML = '<h2 elementtiming="ics-scout:company">Company</h2><h3 elementtiming="ics-scout:verdict">Verdict</h3>';
    performance.mark('ics-scout:ready');
    performance.mark('ics-scout:verdict');`,
  'bench-popup-live-only.html': (build) => {
    const html = readFileSync(join(build, 'popup.html'), 'utf8');
    if (!html.includes(FIRST_READ_TAG) || !BUNDLE_PRELOAD.test(html)) throw new Error('popup.html no longer loads popup-first-read.js, or no longer has it start the bundle: update the benchmark');
    // Without the first-read script, the page runs its bundle itself.
    return html.replace(FIRST_READ_TAG, '').replace(BUNDLE_PRELOAD, '<script type="module"$1src="$2"$3></script>');
  },
};

/** What each page marks once the element is in the page (before the browser paints it). */
const IN_PAGE_MARK = { 'ics-scout:company': 'ics-scout:ready', 'ics-scout:verdict': 'ics-scout:verdict' } as const;
type Painted = keyof typeof IN_PAGE_MARK;

/**
 * Milliseconds from navigation start to the first paint of the element named `elementtiming="<painted>"`
 * (Element Timing: the browser reports when the text was painted, not merely put in the page), and to
 * the page's own mark that it is in the page.
 */
async function timeToPaint(ext: LoadedExtension, path: string, painted: Painted, check?: (page: Awaited<ReturnType<LoadedExtension['openPage']>>) => Promise<void>): Promise<{ painted: number; inPage: number }> {
  const page = await ext.openPage(path);
  try {
    const ms = await page.evaluate(
      (id) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`${id} was not painted within 10 s`)), 10_000);
          new PerformanceObserver((list, observer) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
              if (entry.identifier !== id) continue;
              observer.disconnect();
              resolve(entry.renderTime);
            }
          }).observe({ type: 'element', buffered: true });
        }),
      painted,
    );
    await check?.(page);
    const inPage = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, IN_PAGE_MARK[painted]);
    return { painted: ms, inPage };
  } finally {
    await page.close();
  }
}

/**
 * Times the popup on `query` (e.g. `?url=…`) to the first paint of `painted`, interleaved round by round
 * with the blank page and the popup without its first read; returns the medians.
 */
export async function timePopup(ext: LoadedExtension, query: string, painted: Painted, options: { runs: number; warmup?: number; check?: Parameters<typeof timeToPaint>[3] }) {
  const samples = { popup: [] as number[], popupInPage: [] as number[], liveOnly: [] as number[], liveOnlyInPage: [] as number[], blank: [] as number[] };
  const warmup = options.warmup ?? 2;
  for (let i = 0; i < options.runs + warmup; i++) {
    const popup = await timeToPaint(ext, `popup.html${query}`, painted, options.check);
    const liveOnly = await timeToPaint(ext, `bench-popup-live-only.html${query}`, painted, options.check);
    const blank = await timeToPaint(ext, 'bench-blank.html', painted);
    if (i < warmup) continue; // the first runs warm the browser's caches
    samples.popup.push(popup.painted);
    samples.popupInPage.push(popup.inPage);
    samples.liveOnly.push(liveOnly.painted);
    samples.liveOnlyInPage.push(liveOnly.inPage);
    samples.blank.push(blank.painted);
  }
  return {
    median: round(median(samples.popup), 1),
    samples: samples.popup.length,
    statistic: 'median',
    measured: 'navigation start to first paint (Element Timing)',
    in_page_ms: round(median(samples.popupInPage), 1),
    without_first_read_ms: round(median(samples.liveOnly), 1),
    without_first_read_in_page_ms: round(median(samples.liveOnlyInPage), 1),
    blank_extension_page_ms: round(median(samples.blank), 1),
  };
}
