import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, routeCompaniesHouse, type LoadedExtension } from './support/extension';

const OVERVIEW = 'https://find-and-update.company-information.service.gov.uk/company/09876543';

describe('capture-all when the browser stops the background worker', () => {
  let ext: LoadedExtension;
  const requests: string[] = [];
  beforeAll(async () => {
    ext = await launchExtension();
    const dir = resolve(ROOT, 'tests/fixtures/companies-house');
    const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { fixtures: { file: string; url: string }[] };
    const pages = new Map<string, string>();
    for (const { file, url } of manifest.fixtures) {
      if (!file.startsWith('northfield-') || file.includes('filtered')) continue;
      pages.set(new URL(url).pathname + new URL(url).search, readFileSync(resolve(dir, file), 'utf8'));
    }
    // A slow site, so the worker is stopped with pages still in flight.
    await routeCompaniesHouse(ext.context, pages, { latencyMs: 1500, onRequest: (path) => requests.push(path) });
  });
  afterAll(() => ext?.close());

  it('resumes where it stopped once the worker wakes, and ends fully captured', async () => {
    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(OVERVIEW)}`);
    await popup.getByRole('button', { name: 'Capture all tabs and pages' }).click();
    await expect.poll(() => popup.getByTestId('capture-progress').textContent(), { timeout: 20_000 }).toMatch(/^[1-6] of 7 pages captured$/);
    const session = await ext.context.newCDPSession(popup);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    const stoppedAt = requests.length;
    // Any extension event wakes the worker (the job's alarm would, within 30 s); it resumes the stored job.
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ api: 'wake up' }));
    await expect.poll(() => popup.getByTestId('capture-progress').textContent(), { timeout: 30_000 }).toBe('All 7 pages captured');
    expect(requests.length).toBeGreaterThan(stoppedAt);
    // Pages in flight when the worker stopped were fetched again: the proof it was stopped and resumed.
    expect(new Set(requests).size).toBeLessThan(requests.length);
    await expect.poll(() => popup.getByTestId('company-counts').textContent()).toMatch(/^filings60officers \(\d+ active\)40PSCs\d+$/);
    await popup.close();
  });
});
