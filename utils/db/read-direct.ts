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

/**
 * Opens the store for reading, or null when there is none yet or it is at another version (Dexie creates
 * and migrates it; this never does). The connection closes itself when Dexie asks for a version change.
 */
export function openStoreDirect(factory: IDBFactory = indexedDB, name = DATABASE_NAME): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // Opening without a version creates a missing database: abort that, leaving nothing behind.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const idb = open.result;
      if (idb.version !== indexedDbVersion()) {
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

/** One company's snapshot, the same as loadCompanySnapshot reads through Dexie, in one transaction. */
export async function readCompanySnapshotDirect(idb: IDBDatabase, companyNumber: string): Promise<CompanySnapshot> {
  const names = Object.keys(COMPANY_ROW_TABLES) as (keyof typeof COMPANY_ROW_TABLES)[];
  const tx = idb.transaction(['companies', 'settings', ...names.map((name) => COMPANY_ROW_TABLES[name])], 'readonly');
  const [company, setting, ...tables] = await Promise.all([
    request(tx.objectStore('companies').get(companyNumber)) as Promise<CompanyRow | undefined>,
    request(tx.objectStore('settings').get(CRITERIA_SETTING)) as Promise<SettingRow | undefined>,
    ...names.map((name) => request(tx.objectStore(COMPANY_ROW_TABLES[name]).index('companyNumber').getAll(companyNumber))),
  ]);
  const rows = Object.fromEntries(names.map((name, i) => [name, tables[i]!])) as CompanyRowsByName;
  const codes = (rows.pcnLinks as { pcnCode: string }[]).map((l) => l.pcnCode);
  // A second transaction: the first may already have committed once its requests were answered.
  const pcnStore = codes.length ? idb.transaction('odsPcns', 'readonly').objectStore('odsPcns') : null;
  const pcns = pcnStore ? await Promise.all(codes.map((code) => request(pcnStore.get(code)) as Promise<OdsPcnRow | undefined>)) : [];
  return companySnapshot(companyNumber, company, rows, pcns, setting?.value);
}
