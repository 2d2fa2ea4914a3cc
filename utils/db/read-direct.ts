import { COMPANY_ROW_TABLES, CRITERIA_SETTING, companySnapshot, type CompanyRowsByName, type CompanySnapshot } from './company-assessment';
import type { CompanyRow, OdsPcnRow, SettingRow, WebsiteRow } from './rows';
import { DATABASE_NAME, indexedDbVersion } from './schema-history';

// Reads the store with IndexedDB itself, without Dexie. The popup runs this from a small script that
// starts before its React and Dexie bundle has loaded, so the company's records are read while that
// bundle is still being parsed (see entrypoints/popup-first-read.ts). Dexie stays the only writer and the
// only reader anywhere else; this module only reads, and only a store already at the current version.

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The tables one company's snapshot is read from, in one transaction. */
const SNAPSHOT_TABLES = ['companies', 'settings', 'odsPcns', ...Object.values(COMPANY_ROW_TABLES)];
/** Every table the direct reads use. */
const READ_TABLES = [...SNAPSHOT_TABLES, 'websites'];

/**
 * Opens the store for reading, or null when there is none yet, it is at another schema version, or it
 * lacks a table read here (Dexie creates and migrates it; this never does). Dexie stores schema version v
 * as IndexedDB version v×10, and may add one to repair a missing table (30 → 31): both are version 3. The
 * connection closes itself when Dexie asks for a version change.
 */
export function openStoreDirect(factory: IDBFactory = indexedDB, name = DATABASE_NAME): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // Opening without a version creates a missing database: abort that, leaving nothing behind.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const idb = open.result;
      const schemaVersion = Math.floor(idb.version / 10);
      if (schemaVersion * 10 !== indexedDbVersion() || !READ_TABLES.every((table) => idb.objectStoreNames.contains(table))) {
        idb.close();
        resolve(null);
        return;
      }
      idb.onversionchange = () => idb.close();
      resolve(idb);
    };
    open.onerror = () => {
      if (open.error?.name === 'AbortError') resolve(null);
      else reject(open.error);
    };
  });
}

/** The federation (company number) a website is linked to, if any. */
export async function readWebsiteFederationDirect(idb: IDBDatabase, origin: string): Promise<string | null> {
  const row = (await request(idb.transaction('websites', 'readonly').objectStore('websites').get(origin))) as WebsiteRow | undefined;
  return row?.companyNumber ?? null;
}

/**
 * One company's snapshot, the same as loadCompanySnapshot reads through Dexie, in one transaction. Plain
 * callbacks rather than awaits: the linked PCNs' names are asked for from inside the links' callback, while
 * the transaction is surely still active, so the whole read is one round trip to the browser's store.
 */
export function readCompanySnapshotDirect(idb: IDBDatabase, companyNumber: string): Promise<CompanySnapshot> {
  const names = Object.keys(COMPANY_ROW_TABLES) as (keyof typeof COMPANY_ROW_TABLES)[];
  const tx = idb.transaction(SNAPSHOT_TABLES, 'readonly');
  let company: CompanyRow | undefined;
  let setting: SettingRow | undefined;
  const rows = {} as CompanyRowsByName;
  let pcns: (OdsPcnRow | undefined)[] = [];
  const read = <T>(req: IDBRequest<T>, keep: (result: T) => void) => {
    req.onsuccess = () => keep(req.result);
  };
  read(tx.objectStore('companies').get(companyNumber), (row) => (company = row as CompanyRow | undefined));
  read(tx.objectStore('settings').get(CRITERIA_SETTING), (row) => (setting = row as SettingRow | undefined));
  for (const name of names) {
    read(tx.objectStore(COMPANY_ROW_TABLES[name]).index('companyNumber').getAll(companyNumber), (found) => {
      rows[name] = found;
      if (name !== 'pcnLinks') return;
      const codes = (found as { pcnCode: string }[]).map((link) => link.pcnCode);
      pcns = new Array(codes.length);
      codes.forEach((code, i) => read(tx.objectStore('odsPcns').get(code), (pcn) => (pcns[i] = pcn as OdsPcnRow | undefined)));
    });
  }
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(companySnapshot(companyNumber, company, rows, pcns, setting?.value));
    tx.onabort = () => reject(tx.error ?? new Error('reading the store was aborted'));
  });
}

/** The most recently updated companies, newest first, as recentCompanies reads them through Dexie. */
export function readRecentCompaniesDirect(idb: IDBDatabase, limit: number): Promise<CompanyRow[]> {
  const cursor = idb.transaction('companies', 'readonly').objectStore('companies').index('updatedAt').openCursor(null, 'prev');
  const found: CompanyRow[] = [];
  return new Promise((resolve, reject) => {
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || found.length >= limit) return resolve(found);
      found.push(at.value as CompanyRow);
      at.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
}
