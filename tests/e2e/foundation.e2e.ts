import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleExport } from '../support/sample-store';
import { CHROME_BUILD, FIREFOX_BUILD, launchExtension, SCREENSHOTS, sendFromPage, type LoadedExtension } from './support/extension';

const BROAD_HOSTS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];
const CH_COMPANY = 'https://find-and-update.company-information.service.gov.uk/company/09876543';

function manifest(dir: string) {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
}

describe('built manifests', () => {
  for (const [browser, dir] of [['chrome', CHROME_BUILD], ['firefox', FIREFOX_BUILD]] as const) {
    it(`${browser}: MV3 with no broad host access`, () => {
      const m = manifest(dir);
      expect(m.manifest_version).toBe(3);
      const hosts = [...(m.host_permissions ?? []), ...(m.permissions ?? []), ...(m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches)];
      for (const broad of BROAD_HOSTS) expect(hosts).not.toContain(broad);
      expect(m.host_permissions).toEqual([
        'https://find-and-update.company-information.service.gov.uk/*',
        'https://www.odsdatasearchandexport.nhs.uk/api/getReport*',
        'https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/*',
      ]);
      expect(m.permissions).toContain('unlimitedStorage');
    });
  }
  for (const [browser, dir] of [['chrome', CHROME_BUILD], ['firefox', FIREFOX_BUILD]] as const) {
    it(`${browser}: the popup loads its first-read script first, then few files, its styles inline (each file costs milliseconds on every click)`, () => {
      const html = readFileSync(resolve(dir, 'popup.html'), 'utf8');
      const loads = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(loads[0]).toBe('/popup-first-read.js');
      expect(loads.filter((file) => file.endsWith('.js')).length).toBeLessThanOrEqual(4);
      expect(loads.filter((file) => file.endsWith('.css'))).toEqual([]); // its styles are inline
      expect(html).toMatch(/<style>[^<]*\.text-sm\{/);
      // The bundle is preloaded, not run: the first-read script starts it once the verdict is on screen.
      expect(html).not.toMatch(/<script type="module"/);
      expect(html).toMatch(/<link rel="modulepreload"[^>]*href="\/chunks\/popup-[^"]+\.js"[^>]*data-popup-bundle>/);
      // The first-read script runs as a plain script, without the bundle: it imports nothing but that bundle.
      const firstRead = readFileSync(resolve(dir, 'popup-first-read.js'), 'utf8');
      expect(firstRead).not.toMatch(/\bimport\s*[{*"']/);
      expect(firstRead.match(/\bimport\s*\(/g)).toHaveLength(1);
    });
  }
  it('firefox: has a gecko id and declares it collects no data', () => {
    const gecko = manifest(FIREFOX_BUILD).browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('extension pages in Chromium', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ext = await launchExtension();
  });
  afterAll(() => ext?.close());

  it('options page: imports an export file, shows its counts, exports the same data, deletes it all', async () => {
    const options = await ext.openPage('options.html');
    await options.getByRole('heading', { name: 'Your data' }).waitFor();
    const file = sampleExport(3);
    await options.setInputFiles('[data-testid=import-file]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const total = Object.values(file.tables).reduce((sum, rows) => sum + rows!.length, 0);
    await options.getByText(`backup.json holds ${total} records`).waitFor();
    await options.getByRole('button', { name: 'Replace my data with this file' }).click();
    await options.getByTestId('data-message').getByText(`Imported ${total} records from backup.json.`).waitFor();
    await expect.poll(() => options.locator('[data-group="Companies House"]').textContent()).toBe('18 records');
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options.png') });

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(download.suggestedFilename()).toMatch(/^ics-scout-export-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.tables).toEqual(file.tables);

    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByText(`This deletes all ${total} records`).waitFor();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText(`Deleted ${total} records.`).waitFor();
    await expect.poll(() => options.locator('[data-group="Companies House"]').textContent()).toBe('0 records');
    await options.close();
  });

  it('options page: a bad import file is refused in plain words and the data stays', async () => {
    const options = await ext.openPage('options.html');
    await options.setInputFiles('[data-testid=import-file]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sampleExport(1))) });
    await options.getByRole('button', { name: 'Replace my data with this file' }).click();
    await options.getByText('Imported').waitFor();
    await options.setInputFiles('[data-testid=import-file]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "spreadsheet"}') });
    await options.getByRole('alert').getByText(/Cannot import notes.json: not an ICS Scout export .* Your data is unchanged\./).waitFor();
    // The counts follow the store live: they may still be catching up with the import just made.
    await expect.poll(() => options.locator('[data-group="Companies House"]').textContent()).toBe('6 records');
    await options.close();
  });

  it('rejects a capture message that does not come from Companies House, writing nothing', async () => {
    const options = await ext.openPage('options.html');
    await expect.poll(() => options.locator('[data-group="Companies House"]').textContent()).toMatch(/^\d+ records$/);
    const before = await options.locator('[data-group="Companies House"]').textContent();
    const overview = sampleExport(1).tables.companies![0]!;
    const response = await sendFromPage(options, {
      api: 'capture.page',
      params: { page: { pageType: 'overview', companyNumber: '01234567', url: 'https://find-and-update.company-information.service.gov.uk/company/01234567', warnings: [], record: overview.overview } },
    });
    expect(response).toMatchObject({ ok: false, code: 'forbidden-sender', error: expect.stringContaining('was sent from') });
    const invalid = await sendFromPage(options, { api: 'capture.page', params: { page: { pageType: 'overview' } } });
    expect(invalid).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(await options.locator('[data-group="Companies House"]').textContent()).toBe(before);
    await options.close();
  });

  it('popup: describes the company of the page it is opened for', async () => {
    const options = await ext.openPage('options.html');
    await options.setInputFiles('[data-testid=import-file]', { name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sampleExport(2))) });
    await options.getByRole('button', { name: 'Replace my data with this file' }).click();
    await options.getByText('Imported').waitFor();

    const popup = await ext.openPage(`popup.html?url=${encodeURIComponent(CH_COMPANY)}`);
    const card = popup.getByTestId('company-card');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('SAMPLE FEDERATION 0 LIMITED');
    expect(await popup.getByTestId('company-age').textContent()).toMatch(/^Trading for 1\d years \(incorporated 12 September 2014\)$/);
    expect(await popup.getByTestId('company-counts').textContent()).toBe('filings1officers (1 active)1PSCs1');
    await popup.setViewportSize({ width: 400, height: 360 });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-company.png') });

    const elsewhere = await ext.openPage(`popup.html?url=${encodeURIComponent('https://example.org/')}`);
    await elsewhere.getByTestId('recent-companies').waitFor();
    expect(await elsewhere.getByTestId('recent-companies').getByRole('button').count()).toBe(2);
    await elsewhere.setViewportSize({ width: 400, height: 360 });
    await elsewhere.screenshot({ path: resolve(SCREENSHOTS, 'popup-elsewhere.png') });
    await Promise.all([options.close(), popup.close(), elsewhere.close()]);
  });

  it('side panel: finds a company by name and a PCN by code as you type', async () => {
    const panel = await ext.openPage('sidepanel.html');
    const search = panel.getByRole('searchbox', { name: /^Federations, PCNs, practices/ });
    await search.fill('sample federation 1');
    await panel.getByTestId('search-results').getByText('SAMPLE FEDERATION 1 LIMITED').click();
    await panel.getByTestId('entity-details').getByRole('heading', { name: 'SAMPLE FEDERATION 1 LIMITED' }).waitFor();
    await search.fill('U12340');
    await panel.getByTestId('search-results').getByText('NORTHFIELD PCN').click();
    await panel.getByTestId('pcn-card').getByText('NORTHFIELD HEALTH CENTRE (M85001), B31 2AA').waitFor();
    // A person by name: every role found, from the boards on Companies House and the user's records.
    await search.fill('jane smith');
    await panel.getByTestId('search-results').getByRole('button').first().click();
    const person = panel.getByTestId('person-card');
    await person.getByText('Director, SAMPLE FEDERATION 0 LIMITED (General Practitioner)').waitFor();
    expect(await person.textContent()).toContain('Clinical Director, PCN U12340');
    expect(await person.textContent()).toContain('person with significant control, SAMPLE FEDERATION 0 LIMITED');
    // A note and a tag on the person, kept in the store.
    await person.getByRole('textbox', { name: 'Add a note' }).fill('Prefers calls after 4pm');
    await person.getByRole('button', { name: 'Save note' }).click();
    await person.getByText('Prefers calls after 4pm').waitFor();
    await person.getByRole('textbox', { name: 'Add a tag' }).fill('Champion');
    await person.getByRole('textbox', { name: 'Add a tag' }).press('Enter');
    await person.getByText('champion').waitFor();
    await panel.setViewportSize({ width: 400, height: 600 });
    await panel.screenshot({ path: resolve(SCREENSHOTS, 'sidepanel.png') });
    await panel.close();
  });

  it('renders every extension page without console errors', () => {
    expect(ext.pageErrors).toEqual([]);
  });
});
