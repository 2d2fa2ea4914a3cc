import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { odsReportBodies, SHARED_ODS } from '../support/ods-reports';
import { launchExtension, ROOT, SCREENSHOTS, type LoadedExtension } from './support/extension';

const present = existsSync(join(SHARED_ODS, 'PROVENANCE.md'));
if (!present) console.warn(`ODS end-to-end tests skipped: shared data not found at ${SHARED_ODS}`);

describe.skipIf(!present)('NHS ODS data in the options page', () => {
  let ext: LoadedExtension;
  const requested: string[] = [];
  beforeAll(async () => {
    ext = await launchExtension();
    const bodies = odsReportBodies();
    await ext.context.route('https://www.odsdatasearchandexport.nhs.uk/api/getReport?*', async (route) => {
      const report = new URL(route.request().url()).searchParams.get('report') as keyof typeof bodies;
      requested.push(report);
      await new Promise((r) => setTimeout(r, 300)); // a network's pace, so the progress is seen
      const body = bodies[report];
      await route.fulfill(body ? { status: 200, contentType: 'text/csv', body } : { status: 404, body: 'no such report' });
    });
  });
  afterAll(() => ext?.close());

  it('downloads the latest from NHS ODS with progress, ending with the national counts', async () => {
    const options = await ext.openPage('options.html');
    await options.getByTestId('ods-empty').waitFor();
    await options.getByRole('button', { name: 'Download the latest from NHS ODS' }).click();
    await options.getByTestId('ods-progress').getByText(/Downloading from NHS ODS/).waitFor();
    await options.getByTestId('ods-message').getByText(/^Imported epcn.csv, epcncorepartnerdetails.csv, epraccur.csv: 1,285 open PCNs, 6,220 active GP practices\.$/).waitFor({ timeout: 60_000 });
    expect(requested).toEqual(['epcn', 'epcncorepartnerdetails', 'epraccur']);
    const counts = options.getByTestId('ods-counts');
    await expect.poll(() => counts.textContent()).toBe(
      'PCNs1,285 open of 1,366Memberships6,224 current of 7,705GP practices6,220 active in EnglandSub-ICB locations106ICBs42',
    );
    expect(await options.getByTestId('ods-stale').count()).toBe(0);
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-ods.png'), fullPage: true });
    await options.close();
  });

  it('a bad file is refused in plain words and the data stays as it was', async () => {
    const options = await ext.openPage('options.html');
    const counts = options.getByTestId('ods-counts');
    await counts.waitFor();
    const before = await counts.textContent();
    await options.setInputFiles('[data-testid=ods-file]', { name: 'epcn.zip', mimeType: 'application/zip', buffer: readFileSync(resolve(ROOT, 'tests/fixtures/ods/epcn_truncated.zip')) });
    await options.getByRole('alert').getByText(/^Import failed: epcn.zip: .*truncated or corrupt.*\. Your previous ODS data is unchanged\.$/).waitFor();
    expect(await counts.textContent()).toBe(before);
    await options.close();
  });

  it('imports an ePCN workbook and tells when the data is more than two months old', async () => {
    const options = await ext.openPage('options.html');
    await options.setInputFiles('[data-testid=ods-file]', { name: 'ePCN_2024-10.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(join(SHARED_ODS, 'ePCN_2024-10.xlsx')) });
    await options.getByTestId('ods-message').getByText(/^Imported ePCN_2024-10.xlsx/).waitFor({ timeout: 60_000 });
    await options.getByTestId('ods-stale').getByText(/more than 2 months old \(PCNs \(ePCN\), PCN member practices \(ePCN\)\)/).waitFor();
    expect(await options.getByTestId('ods-snapshots').textContent()).toContain('PCNs (ePCN): as of 1 October 2024 (ePCN_2024-10.xlsx)');
    expect(ext.pageErrors).toEqual([]);
    await options.close();
  });
});
