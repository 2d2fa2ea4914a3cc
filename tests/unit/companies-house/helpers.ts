import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Companies House fixtures (tests/fixtures/companies-house) and a DOM to parse them with. */

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'companies-house') + '/';

export interface Fixture {
  file: string;
  url: string;
  covers: string;
}

export const FIXTURES: Fixture[] = (
  JSON.parse(readFileSync(`${FIXTURE_DIR}manifest.json`, 'utf8')) as { fixtures: Fixture[] }
).fixtures;

export function fixture(file: string): Fixture {
  const found = FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file} in manifest.json`);
  return found;
}

export function readFixture(file: string): string {
  return readFileSync(`${FIXTURE_DIR}${file}`, 'utf8');
}

export function readExpected(file: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${file.replace(/\.html$/, '.expected.json')}`, 'utf8'));
}

/** A Document from HTML with the test environment's DOMParser (happy-dom here, as a browser would). */
export function toDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A small company page around some content, for focused tests. */
export function companyPage(titleId: string, content: string, number = '09876543'): Document {
  return toDocument(`<!DOCTYPE html><html><head><title data-id="${titleId}">TEST LIMITED - Find and update company information - GOV.UK</title></head>
<body><div class="company-header"><h1 class="heading-xlarge">TEST LIMITED</h1><p id="company-number">Company number <strong>${number}</strong></p></div>
<div class="govuk-tabs__panel">${content}</div></body></html>`);
}
