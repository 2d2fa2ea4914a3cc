import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importOdsFiles as importThroughService } from '../../../utils/background/ods-service';
import { importOdsFiles, loadOdsDataset } from '../../../utils/db/ods-store';
import { ScoutDb } from '../../../utils/db/schema';
import { ODS_STATUS_KEY } from '../../../utils/ods/import-status';
import { summariseOds } from '../../../utils/ods/merge';
import { readOdsFile } from '../../../utils/ods/read-file';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = join(HERE, '../../../../shared/data/ods');
const FIXTURES = join(HERE, '../../fixtures/ods');
const present = existsSync(join(SHARED, 'PROVENANCE.md'));
if (!present) console.warn(`ODS store integration tests skipped: shared data not found at ${SHARED}`);

const read = (path: string) => readOdsFile(path.split('/').pop()!, new Uint8Array(readFileSync(path)));

describe.skipIf(!present)('importing the national ODS files into the store', () => {
  const db = new ScoutDb('ods-store-national');
  beforeAll(async () => {
    await importOdsFiles(db, [read(join(SHARED, 'ePCN_2024-10.xlsx')), read(join(SHARED, 'epraccur_2025-09.csv'))]);
  }, 120_000);
  afterAll(() => db.delete());

  it('stores every PCN, membership, practice, sub-ICB and ICB with their snapshot dates', async () => {
    const summary = summariseOds(await loadOdsDataset(db));
    expect(summary).toEqual({
      pcns: { total: 1366, open: 1285 },
      memberships: { total: 7705, open: 6224 },
      practices: { total: 16685, active: 6220, activeWales: 398 },
      subIcbs: 106,
      icbs: 42,
      snapshots: { epcn: '2024-10-01', epcncorepartnerdetails: '2024-10-01', epraccur: '2025-09-01' },
    });
    const snapshot = await db.odsSnapshots.get('epraccur');
    expect(snapshot).toMatchObject({ fileName: 'epraccur_2025-09.csv', snapshotDate: '2025-09-01' });
  });

  it('a later import of one source replaces that source and keeps the others', async () => {
    await importOdsFiles(db, [read(join(SHARED, 'sussex/sussex_epraccur_2025-09.csv'))]);
    const summary = summariseOds(await loadOdsDataset(db));
    expect(summary.pcns).toEqual({ total: 1366, open: 1285 });
    expect(summary.memberships.total).toBe(7705);
    expect(summary.practices.total).toBeLessThan(1000);
  }, 60_000);
});

describe('a failed ODS import leaves the previous data intact', () => {
  let db: ScoutDb;
  let n = 0;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = new ScoutDb(`ods-store-failure-${n++}`);
    await importOdsFiles(db, [read(join(FIXTURES, 'epcn_2024-10_tiny.xlsx')), read(join(FIXTURES, 'epraccur_2025-09_small.csv'))]);
  });

  it('when writing fails midway', async () => {
    const before = await loadOdsDataset(db);
    expect(before.pcns.length).toBeGreaterThan(0);
    let chunks = 0;
    const failing = importOdsFiles(db, [read(join(FIXTURES, 'epraccur_2025-09_small.csv'))], {
      onProgress: () => {
        if (++chunks === 3) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await loadOdsDataset(db)).toEqual(before);
  });

  it.each([
    ['epcn_truncated.zip', /truncated or corrupt/],
    ['epcn_missing-sheet.xlsx', /sheet "PCN Core Partner Details" not found|sheet "PCNDetails" not found/],
    ['epraccur_short-row.csv', /expected 27 columns/],
    ['empty.csv', /the file is empty/],
  ])('when the file %s is bad: a one-line reason, published for the options page', async (file, reason) => {
    const before = await loadOdsDataset(db);
    const base64 = readFileSync(join(FIXTURES, file)).toString('base64');
    await expect(importThroughService(db, [{ fileName: 'good.csv', base64: readFileSync(join(FIXTURES, 'epraccur_2025-09_small.csv')).toString('base64') }, { fileName: file, base64 }])).rejects.toThrow(reason);
    expect(await loadOdsDataset(db)).toEqual(before);
    const status = (await fakeBrowser.storage.local.get(ODS_STATUS_KEY))[ODS_STATUS_KEY] as { state: string; error: string };
    expect(status.state).toBe('failed');
    expect(status.error).toMatch(reason);
    expect(status.error).not.toContain('\n');
  });
});
