import type { Filing, FilingHistoryRecord } from './records';
import { parsePagination } from './pagination';
import { absoluteHref, attempt, hasClass, parseCount, parseDate, textOf, type ParseResult } from './text';

/** The filing history tab (`/company/{n}/filing-history[?page=N]`): one Filing per table row, 25 a page. */

/**
 * Accounts type from an AA/AAMD description, in the slugs of the register's own accounts types. Order matters:
 * "total exemption full" before "full", "unaudited abridged" before "abridged", "group … small" before "small".
 */
const ACCOUNTS_TYPES: readonly [RegExp, string][] = [
  [/unaudited abridged/i, 'unaudited-abridged'],
  [/abridged/i, 'abridged'],
  [/total exemption full/i, 'total-exemption-full'],
  [/total exemption small/i, 'total-exemption-small'],
  [/audit exemption subsidiary/i, 'audit-exemption-subsidiary'],
  [/filing exemption subsidiary/i, 'filing-exemption-subsidiary'],
  [/partial exemption/i, 'partial-exemption'],
  [/micro/i, 'micro-entity'],
  [/dormant/i, 'dormant'],
  [/full group/i, 'full-group'],
  [/group accounts for a small/i, 'small-group'],
  [/group accounts for a medium/i, 'medium-group'],
  [/group/i, 'group'],
  [/medium/i, 'medium'],
  [/small/i, 'small'],
  [/initial/i, 'initial'],
  [/interim/i, 'interim'],
  [/full/i, 'full'],
];

/** "micro-entity", "total-exemption-full"…; null when the description names no type ("Accounts made up to …"). */
export function accountsTypeFromDescription(description: string): string | null {
  return ACCOUNTS_TYPES.find(([pattern]) => pattern.test(description))?.[1] ?? null;
}

const ACCOUNTS_FORMS = new Set(['AA', 'AAMD']);
const TRANSACTION_IN_HREF = /\/filing-history\/([^/?#]+)\/document\b|scan-upon-demand\/([^/?#]+)/;

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((el) => el.tagName.toUpperCase() === 'TD');
}

function findFilingTable(doc: Document, warn: (m: string) => void): Element | null {
  const table = doc.querySelector('table#fhTable');
  if (table) return table;
  // Id lost: the table whose rows carry a form-type cell or document links.
  const fallback = Array.from(doc.querySelectorAll('table')).find(
    (t) => t.querySelector('td.filing-type') !== null || t.querySelector('a[href*="/filing-history/"]') !== null,
  );
  if (fallback) warn('filing history: table#fhTable not found; read the table with filing rows');
  return fallback ?? null;
}

function readRow(row: Element, url: URL): Filing | null {
  const cells = cellsOf(row);
  if (cells.length === 0) return null;
  const dateCell = cells.find((c) => hasClass(c, 'nowrap')) ?? cells[0];
  const typeCell = cells.find((c) => hasClass(c, 'filing-type')) ?? (cells.length >= 4 ? cells[1] : undefined);
  const descriptionCell = cells.find((c) => c !== dateCell && c !== typeCell && !hasClass(c, 'nowrap'))
    ?? cells[cells.length >= 4 ? 2 : 1];

  // Associated filings (nested ul) and "not available online" hints are not the filing's description.
  const description = textOf(descriptionCell, (el) => el.tagName.toUpperCase() === 'UL' || hasClass(el, 'form-hint')) ?? '';
  const formCode = textOf(typeCell)?.replace(/\s+/g, '') || null;

  const links = Array.from(row.querySelectorAll('a'));
  const pdf = links.find((a) => hasClass(a, 'download') || /format=pdf/.test(a.getAttribute('href') ?? ''));
  const ixbrl = links.find((a) => /format=xhtml/.test(a.getAttribute('href') ?? ''));
  const zip = links.find((a) => /format=zip/.test(a.getAttribute('href') ?? ''));
  let transactionId: string | null = null;
  for (const a of [pdf, ixbrl, zip, ...links]) {
    const m = TRANSACTION_IN_HREF.exec(a?.getAttribute('href') ?? '');
    if (m) {
      transactionId = m[1] ?? m[2] ?? null;
      break;
    }
  }

  // "(5 pages)" is visible next to the PDF link; the hidden copy reads "- 5 pages".
  const pages = /\((\d+)\s+pages?\)/i.exec(textOf(row) ?? '');
  const isAccounts = formCode ? ACCOUNTS_FORMS.has(formCode.toUpperCase()) : /accounts made up to/i.test(description);

  return {
    transactionId,
    date: parseDate(textOf(dateCell)),
    formCode,
    description,
    madeUpTo: parseDate(/made up to\s+(.*)$/i.exec(description)?.[1]),
    accountsType: isAccounts ? accountsTypeFromDescription(description) : null,
    links: { pdf: absoluteHref(pdf, url), ixbrl: absoluteHref(ixbrl, url), zip: absoluteHref(zip, url) },
    pageCount: parseCount(pages?.[1]),
  };
}

export function parseFilingHistory(doc: Document, url: URL): ParseResult<FilingHistoryRecord> {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  const { page, lastPage } = attempt(warnings, 'filing history: pagination', () => parsePagination(doc, url),
    { page: 1, lastPage: 1 });

  // Category filters persist in a cookie, so the URL does not show them: a checked box means a partial list.
  const filtered = attempt(warnings, 'filing history: category filter', () =>
    Array.from(doc.querySelectorAll('input[name="category"]')).some((input) => input.hasAttribute('checked')), false);

  const filings: Filing[] = [];
  const table = attempt(warnings, 'filing history: table', () => findFilingTable(doc, warn), null);
  if (!table) {
    const noFilings = doc.getElementById('noFilingsMessage') !== null
      || /no filings (in the selected categor(y|ies) )?are available/i.test(textOf(doc.body) ?? '');
    if (!noFilings) warn('filing history: table#fhTable not found');
  } else {
    const rows = Array.from(table.querySelectorAll('tr'));
    rows.forEach((row, index) => {
      const filing = attempt(warnings, `filing history: row ${index}`, () => readRow(row, url), null);
      if (filing) filings.push(filing);
    });
    if (filings.length === 0) warn('filing history: table#fhTable has no filing rows');
  }

  return { record: { page, lastPage, filtered, filings }, warnings };
}
