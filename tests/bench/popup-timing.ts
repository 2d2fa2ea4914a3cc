import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedExtension } from '../e2e/support/extension';
import { median, round } from './metrics';

const FIRST_READ_TAG = '<script src="/popup-first-read.js"></script>';

/**
 * Pages added to a copy of the build, timed beside the popup in the same run (this machine is shared and
 * noisy, so only side-by-side figures compare):
 * - a blank page with one tiny module script: the least any extension page with a script takes here;
 * - the popup without its first-read script, where the live queries do all the reading.
 */
export const COMPARISON_PAGES: Record<string, string | ((build: string) => string)> = {
  'bench-blank.html': '<!doctype html><title>blank</title><script type="module" src="/bench-blank.js"></script>',
  'bench-blank.js': "performance.mark('ics-scout:ready'); performance.mark('ics-scout:verdict');",
  'bench-popup-live-only.html': (build) => {
    const html = readFileSync(join(build, 'popup.html'), 'utf8');
    if (!html.includes(FIRST_READ_TAG)) throw new Error('popup.html no longer loads popup-first-read.js: update the benchmark');
    return html.replace(FIRST_READ_TAG, '');
  },
};

/** Milliseconds from navigation start to `mark` on an extension page, once per run, after `warmup` runs. */
async function timeToMark(ext: LoadedExtension, path: string, mark: string, check?: (page: Awaited<ReturnType<LoadedExtension['openPage']>>) => Promise<void>): Promise<number> {
  const page = await ext.openPage(path);
  try {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
    await check?.(page);
    return await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  } finally {
    await page.close();
  }
}

/**
 * Times the popup on `query` (e.g. `?url=…`) to `mark`, interleaved round by round with the blank page and
 * the popup without its first read; returns the medians.
 */
export async function timePopup(ext: LoadedExtension, query: string, mark: string, options: { runs: number; warmup?: number; check?: Parameters<typeof timeToMark>[3] }) {
  const samples = { popup: [] as number[], liveOnly: [] as number[], blank: [] as number[] };
  const warmup = options.warmup ?? 2;
  for (let i = 0; i < options.runs + warmup; i++) {
    const popup = await timeToMark(ext, `popup.html${query}`, mark, options.check);
    const liveOnly = await timeToMark(ext, `bench-popup-live-only.html${query}`, mark, options.check);
    const blank = await timeToMark(ext, 'bench-blank.html', mark);
    if (i < warmup) continue; // the first runs warm the browser's caches
    samples.popup.push(popup);
    samples.liveOnly.push(liveOnly);
    samples.blank.push(blank);
  }
  return {
    median: round(median(samples.popup), 1),
    samples: samples.popup.length,
    statistic: 'median',
    without_first_read_ms: round(median(samples.liveOnly), 1),
    blank_extension_page_ms: round(median(samples.blank), 1),
  };
}
