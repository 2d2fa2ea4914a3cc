import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractIxbrlAccounts } from '../../utils/accounts/ixbrl';
import { median, round, type Metrics } from './metrics';

const SHARED_IXBRL = join(import.meta.dirname, '../../../shared/data/ixbrl');

/** Median time to extract the figures from the largest shared iXBRL document (already parsed), in Node. */
export async function measureAccounts(): Promise<Metrics> {
  let files: string[];
  try {
    files = readdirSync(SHARED_IXBRL).filter((f) => f.endsWith('.html'));
  } catch {
    console.log(`accounts: skipped (no shared data at ${SHARED_IXBRL})`);
    return {};
  }
  const largest = files.sort((a, b) => statSync(join(SHARED_IXBRL, b)).size - statSync(join(SHARED_IXBRL, a)).size)[0]!;
  const doc = parseHTML(readFileSync(join(SHARED_IXBRL, largest), 'utf8')).document as unknown as Document;
  const samples: number[] = [];
  for (let i = 0; i < 35; i++) {
    const start = performance.now();
    extractIxbrlAccounts(doc);
    if (i >= 5) samples.push(performance.now() - start);
  }
  return { 'accounts.ixbrl_extract_ms': { value: round(median(samples)), unit: 'ms', budget: 50, samples: samples.length, statistic: 'median', document: largest, dom: 'linkedom (Node)' } };
}
