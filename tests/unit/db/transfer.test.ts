import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScoutDb, TABLE_NAMES } from '../../../utils/db/schema';
import { countRows, deleteAll, exportAll, ImportError, importAll, parseExportText } from '../../../utils/db/transfer';
import { sampleExport } from '../../support/sample-store';

let db: ScoutDb;
let n = 0;
beforeEach(async () => {
  db = new ScoutDb(`transfer-${n++}`);
  await importAll(db, sampleExport(3));
});
afterEach(() => db.delete());

describe('export and import', () => {
  it('round-trips a populated store without losing anything', async () => {
    const first = await exportAll(db);
    for (const table of TABLE_NAMES) expect(first.tables[table]!.length, table).toBeGreaterThan(0);

    const other = new ScoutDb(`transfer-copy-${n++}`);
    await importAll(other, JSON.parse(JSON.stringify(first)));
    const second = await exportAll(other, new Date(first.exportedAt));
    expect(second).toEqual(first);
    await other.delete();
  });

  it('replaces what was there rather than merging', async () => {
    const one = sampleExport(1);
    await importAll(db, one);
    expect((await countRows(db)).companies).toBe(1);
  });

  const badFiles: [string, unknown, RegExp][] = [
    ['another format', { format: 'something-else', schemaVersion: 1, exportedAt: '', tables: {} }, /not an ICS Scout export/],
    ['a newer schema', { ...sampleExport(1), schemaVersion: 99 }, /newer ICS Scout/],
    ['an unknown table', { ...sampleExport(1), tables: { ...sampleExport(1).tables, spells: [] } }, /unknown table "spells"/],
    ['a row without its key', { ...sampleExport(1), tables: { companies: [{ name: 'NO NUMBER LTD' }] } }, /table "companies" row 1 has no "companyNumber"/],
    ['a row that is not an object', { ...sampleExport(1), tables: { filings: ['x'] } }, /row 1 is not an object/],
    [
      'readiness criteria the options page would refuse',
      { ...sampleExport(1), tables: { settings: [{ key: 'readiness.criteria', value: { minYearsTrading: 'three' } }] } },
      /^the file's readiness criteria are not valid: .*years/i,
    ],
    ['readiness criteria that are not a group of settings', { ...sampleExport(1), tables: { settings: [{ key: 'readiness.criteria', value: [3] }] } }, /readiness criteria are not valid/],
  ];
  for (const [what, file, error] of badFiles) {
    it(`rejects ${what} and leaves the data intact`, async () => {
      const before = await exportAll(db);
      await expect(importAll(db, file)).rejects.toThrow(error);
      expect(await exportAll(db, new Date(before.exportedAt))).toEqual(before);
    });
  }

  it("imports valid readiness criteria, ignoring names it does not know (even an object's own, like constructor)", async () => {
    const file = JSON.parse(JSON.stringify(sampleExport(1)));
    file.tables.settings = [{ key: 'readiness.criteria', value: JSON.parse('{"minYearsTrading": 4, "constructor": "x", "fromAnotherVersion": true}') }];
    await importAll(db, file);
    expect((await db.settings.get('readiness.criteria'))?.value).toMatchObject({ minYearsTrading: 4 });
  });

  it('rolls back a file whose rows clash on a key, leaving the data intact', async () => {
    const before = await exportAll(db);
    const clash = sampleExport(1);
    clash.tables.companies!.push({ ...clash.tables.companies![0]! });
    await expect(importAll(db, clash)).rejects.toThrow();
    expect(await exportAll(db, new Date(before.exportedAt))).toEqual(before);
  });

  it('says plainly when a file is empty or not JSON', () => {
    expect(() => parseExportText('  ')).toThrow(new ImportError('the file is empty'));
    expect(() => parseExportText('{"format": ')).toThrow(/not JSON/);
  });

  it('deletes everything', async () => {
    await deleteAll(db);
    expect(Object.values(await countRows(db)).every((c) => c === 0)).toBe(true);
  });
});
