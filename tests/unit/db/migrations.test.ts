import { Dexie } from 'dexie';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION, ScoutDb, upgradeRow } from '../../../utils/db/schema';
import type { ExportDocument } from '../../../utils/db/transfer';

const FIXTURES = resolve(__dirname, '../../fixtures/db');
let counter = 0;

/** Creates a database exactly as schema version `version` would have, holding that version's fixture rows. */
async function createAtVersion(name: string, version: number, fixture: ExportDocument): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows!);
  old.close();
}

describe('schema migrations', () => {
  const earlier = SCHEMA_HISTORY.filter((step) => step.version < SCHEMA_VERSION);

  it('has a fixture for every earlier schema version', () => {
    for (const step of earlier) expect(existsSync(resolve(FIXTURES, `v${step.version}.json`)), `tests/fixtures/db/v${step.version}.json`).toBe(true);
  });

  for (const step of earlier) {
    it(`opens a version ${step.version} database under version ${SCHEMA_VERSION} with nothing lost`, async () => {
      const fixture = JSON.parse(readFileSync(resolve(FIXTURES, `v${step.version}.json`), 'utf8')) as ExportDocument;
      const name = `migration-${step.version}-${counter++}`;
      await createAtVersion(name, step.version, fixture);

      const current = new ScoutDb(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSION);
      let checked = 0;
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = await current.table(table).toArray();
        expect(stored.length, `rows in ${table}`).toBe(rows!.length);
        for (const row of rows!) {
          const key = current.table(table).schema.primKey.keyPath!;
          const keyValue = Array.isArray(key) ? key.map((k) => row[k]) : row[key];
          expect(await current.table(table).get(keyValue as string), `${table} ${JSON.stringify(keyValue)}`).toEqual(upgradeRow(table, row, step.version));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
      current.close();
    });
  }

  it('fills the version 2 name keys so people are found by name across sources', async () => {
    const fixture = JSON.parse(readFileSync(resolve(FIXTURES, 'v1.json'), 'utf8')) as ExportDocument;
    const name = `migration-namekey-${counter++}`;
    await createAtVersion(name, 1, fixture);
    const current = new ScoutDb(name);
    const officers = await current.officers.where('nameKey').equals('jane smith').toArray();
    expect(officers.map((o) => o.name)).toEqual(['SMITH, Jane Anne', 'SMITH, Jane Anne']);
    expect((await current.people.where('nameKey').equals('jane smith').first())?.name).toBe('Dr Jane Smith');
    current.close();
  });
});
