/**
 * Runs parseCompanyPage on every Companies House fixture (in Node, with linkedom's DOM) and writes
 * `<fixture>.expected.json` beside each. Review the diff by eye before committing: these files are what the
 * tests hold the parsers to.
 *
 *   node --import tsx scripts/regenerate-expected.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseCompanyPage } from '../utils/companies-house/parse-page.ts';

const DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'companies-house');

interface ManifestEntry {
  file: string;
  url: string;
}

const { fixtures } = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { fixtures: ManifestEntry[] };
for (const { file, url } of fixtures) {
  const { document } = parseHTML(readFileSync(join(DIR, file), 'utf8'));
  const parsed = parseCompanyPage(document as unknown as Document, url);
  const out = join(DIR, file.replace(/\.html$/, '.expected.json'));
  writeFileSync(out, JSON.stringify(parsed, null, 2) + '\n');
  const warnings = parsed?.warnings.length ?? 0;
  process.stdout.write(`${file}: ${parsed ? parsed.pageType : 'not parsed'}${warnings ? `, ${warnings} warnings` : ''}\n`);
}
