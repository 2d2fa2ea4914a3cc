import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHARED_ODS } from '../support/ods-reports';
import { launchExtension } from '../e2e/support/extension';
import { median, round, type Metrics } from './metrics';

const RUNS = 3;
const FILES = ['ePCN_2024-10.xlsx', 'epraccur_2025-09.csv'];

/** Imports both files through the background, as the options page does; ms from call to answer. */
async function timedImport(page: Page, files: { fileName: string; base64: string }[]): Promise<number> {
  return page.evaluate(async (params) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
    const start = performance.now();
    const response = await runtime.sendMessage({ api: 'ods.importFiles', params });
    if (!response.ok) throw new Error(response.error);
    return performance.now() - start;
  }, { files });
}

/**
 * The same rows written with the plain IndexedDB API into a fresh database with the same keys and indexes:
 * the floor an import cannot beat. Rows are read from the store the import just filled.
 */
async function timedRawWrite(page: Page, run: number): Promise<number> {
  // tsx names inner functions with a __name helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (run) => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const source = await request(indexedDB.open('ics-scout'));
    const tables = ['odsIcbs', 'odsSubIcbs', 'odsPcns', 'odsPractices', 'odsMemberships', 'odsSnapshots'];
    const shapes = tables.map((name) => {
      const store = source.transaction(name).objectStore(name);
      return { name, keyPath: store.keyPath, indexes: [...store.indexNames].map((i) => ({ name: i, keyPath: store.index(i).keyPath })) };
    });
    const rows: Record<string, unknown[]> = {};
    for (const name of tables) rows[name] = await request(source.transaction(name).objectStore(name).getAll());
    source.close();
    const open = indexedDB.open(`raw-idb-bench-${run}-${Date.now()}`, 1);
    open.onupgradeneeded = () => {
      for (const shape of shapes) {
        const store = open.result.createObjectStore(shape.name, { keyPath: shape.keyPath });
        for (const index of shape.indexes) store.createIndex(index.name, index.keyPath);
      }
    };
    const target = await request(open);
    const start = performance.now();
    const tx = target.transaction(tables, 'readwrite');
    for (const name of tables) {
      const store = tx.objectStore(name);
      for (const row of rows[name]!) store.put(row);
    }
    await new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error))));
    const elapsed = performance.now() - start;
    target.close();
    return elapsed;
  }, run);
}

export async function measureOdsImport(): Promise<Metrics> {
  if (!FILES.every((f) => existsSync(join(SHARED_ODS, f)))) {
    console.log(`ods: skipped (no shared data at ${SHARED_ODS})`);
    return {};
  }
  const files = FILES.map((fileName) => ({ fileName, base64: readFileSync(join(SHARED_ODS, fileName)).toString('base64') }));
  const ext = await launchExtension();
  try {
    // The side panel: an extension page with no live queries of its own to compete with the measurement.
    const page = await ext.openPage('sidepanel.html');
    const imports: number[] = [];
    const raws: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Side by side in each round, so both see the same machine load.
      imports.push(await timedImport(page, files));
      raws.push(await timedRawWrite(page, run));
    }
    const importMs = median(imports);
    const rawMs = median(raws);
    return {
      'ods.import_ms': { value: round(importMs, 0), unit: 'ms', samples: RUNS, statistic: 'median', files: FILES, includes: 'decode, parse, merge, one-transaction write' },
      'ods.import_ratio_to_raw_idb': { value: round(importMs / rawMs), unit: 'ratio', budget: 1.5, raw_idb_ms: round(rawMs, 0), samples: RUNS },
    };
  } finally {
    await ext.close();
  }
}
