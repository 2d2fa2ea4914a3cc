import type { Psc, PscRecord } from './records';
import { parsePagination } from './pagination';
import { attempt, numberedField, parseDate, parseMonth, textOf, type ParseResult } from './text';
import { appointmentBlocks } from './parse-officers';

/**
 * The persons with significant control tab (`/company/{n}/persons-with-significant-control`): people,
 * companies and legal persons with control, and statements ("no registrable person…") made instead of them.
 */

/** One entry's fields: by numbered id prefix ("psc-nationality-"), and its natures of control. */
interface EntryLookup {
  field(prefix: string): Element | null;
  natures(): Element[];
}

const TITLE = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s/i;
const STATEMENT_TEXT = /knows or has reasonable cause|registrable (person|relevant legal entity)|not yet completed|steps to find out|is not aware of/i;

/** One lookup per entry: the blocks, or else the numbered name and statement ids on the page. */
function entryLookups(doc: Document): EntryLookup[] {
  const blocks = appointmentBlocks(doc).filter((block) =>
    numberedField(block, 'psc-name-') !== null || numberedField(block, 'psc-statement-') !== null);
  if (blocks.length > 0) {
    return blocks.map((block) => ({
      field: (prefix) => numberedField(block, prefix),
      natures: () => Array.from(block.querySelectorAll('[id^="psc-noc-"]')),
    }));
  }
  const numbers = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[id^="psc-name-"], [id^="psc-statement-"]'))) {
    const n = /^psc-(?:name|statement)-(\d+)$/.exec(el.getAttribute('id') ?? '')?.[1];
    if (n) numbers.add(n);
  }
  return [...numbers].map((n) => ({
    field: (prefix) => doc.getElementById(prefix + n),
    natures: () => Array.from(doc.querySelectorAll(`[id^="psc-noc-${n}-"]`)),
  }));
}

function readStatus(tag: Element | null): Psc['status'] {
  const text = textOf(tag);
  if (!text) return null;
  if (/active/i.test(text)) return 'active';
  if (/ceased|withdrawn/i.test(text)) return 'ceased';
  return null;
}

function naturesOfControl(entry: EntryLookup): string[] {
  // dd#psc-noc-N-{code}: the code is the stable name; the text is its wording, which changes.
  return entry.natures()
    .map((el) => /^psc-noc-\d+-(.+)$/.exec(el.getAttribute('id') ?? '')?.[1] ?? textOf(el))
    .filter((code): code is string => Boolean(code));
}

function readStatement({ field }: EntryLookup): Psc | null {
  const text = textOf(field('psc-statement-'));
  if (!text) return null;
  return {
    name: text,
    kind: 'statement',
    status: readStatus(field('statement-status-tag-')),
    notifiedOn: parseDate(textOf(field('psc-statement-notified-on-'))),
    ceasedOn: parseDate(textOf(field('psc-statement-ceased-on-'))),
    dateOfBirth: null,
    nationality: null,
    countryOfResidence: null,
    address: null,
    naturesOfControl: [],
  };
}

function readPerson(entry: EntryLookup): Psc | null {
  const { field } = entry;
  const nameSpan = field('psc-name-');
  const name = textOf(nameSpan?.querySelector('b')) ?? textOf(nameSpan);
  if (!name) return null;
  const dateOfBirth = parseMonth(textOf(field('psc-date-of-birth-')));
  const registered = field('psc-registration-number-') ?? field('psc-place-registered-') ?? field('psc-country-registered-');
  const legal = field('psc-legal-form-') ?? field('psc-legal-authority-');
  let kind: Psc['kind'] = 'other';
  if (STATEMENT_TEXT.test(name)) kind = 'statement';
  else if (dateOfBirth !== null || TITLE.test(name)) kind = 'individual';
  else if (registered) kind = 'corporate-entity';
  // A legal person (a government body, say) has a legal form and governing law but no register entry.
  else if (legal) kind = 'legal-person';
  return {
    name,
    kind,
    status: readStatus(field('psc-status-tag-')),
    notifiedOn: parseDate(textOf(field('psc-notified-on-'))),
    ceasedOn: parseDate(textOf(field('psc-ceased-on-'))),
    dateOfBirth,
    nationality: textOf(field('psc-nationality-')),
    countryOfResidence: textOf(field('psc-country-of-residence-')),
    address: textOf(field('psc-address-value-')),
    naturesOfControl: naturesOfControl(entry),
  };
}

export function parsePsc(doc: Document, url: URL): ParseResult<PscRecord> {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  const { page, lastPage } = attempt(warnings, 'psc: pagination', () => parsePagination(doc, url),
    { page: 1, lastPage: 1 });

  const pscs: Psc[] = [];
  const lookups = attempt(warnings, 'psc: list', () => entryLookups(doc), []);
  lookups.forEach((lookup, index) => {
    const entry = attempt(warnings, `psc: entry ${index + 1}`,
      () => (lookup.field('psc-name-') ? readPerson(lookup) : readStatement(lookup)), undefined);
    if (entry) pscs.push(entry);
    else if (entry === null) warn(`psc: entry ${index + 1} has neither a name nor a statement`);
  });

  // "No PSCs" and exemptions are answers; a page with none of these lost its list.
  const answered = doc.getElementById('no-pscs') !== null || doc.getElementById('exemption-info') !== null;
  if (pscs.length === 0 && !answered) {
    warn(doc.getElementById('company-pscs')
      ? 'psc: no entries found (div.appointments-list > div.appointment-N)'
      : 'psc: neither a PSC list (p#company-pscs) nor p#no-pscs found');
  }

  return { record: { page, lastPage, pscs }, warnings };
}
