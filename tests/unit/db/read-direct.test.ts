import { afterEach, describe, expect, it } from 'vitest';
import { COMPANY_ROW_TABLES, companyView, loadCompanySnapshot } from '../../../utils/db/company-assessment';
import { RECENT_COMPANIES, recentCompanies } from '../../../utils/db/queries';
import { openStoreDirect, readCompanySnapshotDirect, readRecentCompaniesDirect, readWebsiteFederationDirect } from '../../../utils/db/read-direct';
import { declareSchema, ScoutDb } from '../../../utils/db/schema';
import { importAll } from '../../../utils/db/transfer';
import { Dexie } from 'dexie';
import { sampleExport } from '../../support/sample-store';

// The popup's first read goes to IndexedDB directly, before Dexie has loaded. It must read exactly what
// the Dexie reader reads, and must never create, hold open or block a store Dexie has still to set up.

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
async function populatedStore(companies = 3): Promise<ScoutDb> {
  const db = new ScoutDb(`read-direct-${n++}`);
  opened.push(db);
  await importAll(db, sampleExport(companies));
  return db;
}
async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name!);
}

describe('reading the store directly', () => {
  it('reads the same snapshot of a company as Dexie does, table for table', async () => {
    const db = await populatedStore();
    const idb = (await openStoreDirect(indexedDB, db.name))!;
    try {
      for (const companyNumber of ['09876543', '09876545', '00000001']) {
        const direct = await readCompanySnapshotDirect(idb, companyNumber);
        expect(direct).toEqual(await loadCompanySnapshot(db, companyNumber));
      }
      // Not a vacuous match: the first company has rows in every table the snapshot reads, and a linked PCN's name.
      const full = await readCompanySnapshotDirect(idb, '09876543');
      for (const name of Object.keys(COMPANY_ROW_TABLES) as (keyof typeof COMPANY_ROW_TABLES)[]) {
        const rows = name === 'documents' ? full.documents : full.records[name];
        expect(rows.length, name).toBeGreaterThan(0);
      }
      expect(full.records.pcnNames?.get('U12340')).toBe('NORTHFIELD PCN');
      expect(full.storedCriteria).toEqual({ minimumYearsTrading: 3 });
    } finally {
      idb.close();
    }
  });

  it('gives the popup the same card, verdict and reasons as the live query', async () => {
    const db = await populatedStore();
    const idb = (await openStoreDirect(indexedDB, db.name))!;
    const now = new Date('2026-11-23T12:00:00Z');
    const direct = companyView(await readCompanySnapshotDirect(idb, '09876544'), now);
    idb.close();
    expect(direct?.assessment.reasons.length).toBeGreaterThan(0);
    expect(direct).toEqual(companyView(await loadCompanySnapshot(db, '09876544'), now));
  });

  it("finds the federation a website is linked to, and null for a site that isn't", async () => {
    const db = await populatedStore();
    const idb = (await openStoreDirect(indexedDB, db.name))!;
    expect(await readWebsiteFederationDirect(idb, 'https://northfieldgpfed.example')).toBe('09876543');
    expect(await readWebsiteFederationDirect(idb, 'https://elsewhere.example')).toBeNull();
    idb.close();
  });

  it('leaves no database behind when there is none yet (Dexie creates it)', async () => {
    const name = `read-direct-missing-${n++}`;
    expect(await openStoreDirect(indexedDB, name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    const db = new ScoutDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
  });

  it('declines a store at an older version, and does not stand in the way of its migration', async () => {
    const name = `read-direct-old-${n++}`;
    const old = new Dexie(name);
    declareSchema(old, 1);
    await old.open();
    await old.table('companies').put({ companyNumber: '09876543', name: 'OLD', updatedAt: '2026-01-01' });
    old.close();

    expect(await openStoreDirect(indexedDB, name)).toBeNull();
    const current = new ScoutDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(3);
    expect((await current.companies.get('09876543'))?.name).toBe('OLD');
  });

  it("reads a store whose version Dexie bumped to repair it (30 → 31), and declines one lacking a table", async () => {
    const db = await populatedStore(1);
    db.close();
    await new Promise<void>((resolve, reject) => {
      const bump = indexedDB.open(db.name, 31);
      bump.onsuccess = () => (bump.result.close(), resolve());
      bump.onerror = () => reject(bump.error);
    });
    const idb = (await openStoreDirect(indexedDB, db.name))!;
    expect(idb.version).toBe(31);
    expect((await readCompanySnapshotDirect(idb, '09876543')).records.company?.companyNumber).toBe('09876543');
    idb.close();

    const bare = `read-direct-bare-${n++}`;
    await new Promise<void>((resolve, reject) => {
      const create = indexedDB.open(bare, 30);
      create.onupgradeneeded = () => create.result.createObjectStore('companies', { keyPath: 'companyNumber' });
      create.onsuccess = () => (create.result.close(), resolve());
      create.onerror = () => reject(create.error);
    });
    expect(await openStoreDirect(indexedDB, bare)).toBeNull();
    await new Promise((resolve) => (indexedDB.deleteDatabase(bare).onsuccess = resolve));
  });

  it('closes its connection when Dexie asks to upgrade the store', async () => {
    const db = await populatedStore(1);
    const idb = (await openStoreDirect(indexedDB, db.name))!;
    db.close();
    // A newer schema opening the same store: it would wait forever on a connection that did not close.
    const newer = new Dexie(db.name);
    declareSchema(newer);
    newer.version(4).stores({ extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(4);
    newer.close();
    expect(() => idb.transaction('companies')).toThrow();
  });
});

describe('recent companies, read directly', () => {
  it('lists the same companies in the same order as the Dexie query', async () => {
    const db = new ScoutDb(`read-direct-recent-${Date.now()}`);
    try {
      await importAll(db, sampleExport(12));
      const idb = (await openStoreDirect(indexedDB, db.name))!;
      const direct = await readRecentCompaniesDirect(idb, RECENT_COMPANIES);
      idb.close();
      expect(direct).toHaveLength(RECENT_COMPANIES);
      expect(direct.map((c) => c.companyNumber)).toEqual((await recentCompanies(db)).map((c) => c.companyNumber));
    } finally {
      await db.delete();
    }
  });
});
