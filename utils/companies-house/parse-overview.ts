import type { OverviewRecord } from './records';
import {
  attempt, ddAfterDt, DATE_SOURCE, findDates, hasClass, parseDate, textOf, type ParseResult,
} from './text';

/** The overview tab (`/company/{n}`): status, type, dates, registered office, accounts and statement due dates, SIC. */

const TITLE_NAME = /^(.*?)\s+(?:overview|filing history|people|persons with significant control)\s+-\s+Find and update company information/i;
const CLOSED_STATUSES = /dissolved|closed|removed|converted/i;
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/i;

export function companyNameFromPage(doc: Document): string | null {
  const heading = doc.querySelector('.company-header h1.heading-xlarge')
    ?? doc.querySelector('.company-header .heading-xlarge')
    ?? doc.querySelector('h1.heading-xlarge');
  const fromHeading = textOf(heading);
  if (fromHeading) return fromHeading;
  const title = textOf(doc.querySelector('title'));
  return (title && TITLE_NAME.exec(title)?.[1]) || null;
}

function readStatus(doc: Document): { status: string | null; statusDetail: string | null } {
  const dd = doc.getElementById('company-status') ?? ddAfterDt(doc, /^company status$/i);
  const detailEl = doc.getElementById('company-status-detail');
  // The detail ("— Active proposal to strike off") sits inside the status dd: read the two apart.
  const status = textOf(dd, (el) => el === detailEl || el.getAttribute('id') === 'company-status-detail');
  const detail = textOf(detailEl)?.replace(/^[\s\u2014\u2013-]+/, '').trim() || null;
  return { status, statusDetail: detail };
}

function readCompanyType(doc: Document): string | null {
  const value = doc.getElementById('company-type-value');
  if (value) return textOf(value);
  const dd = doc.getElementById('company-type') ?? ddAfterDt(doc, /^company type$/i);
  return textOf(dd, (el) => el.getAttribute('id') === 'cic-indicator');
}

function readRegisteredOffice(doc: Document): OverviewRecord['registeredOffice'] {
  const address = textOf(doc.getElementById('roa-address'))
    ?? textOf(ddAfterDt(doc, /^(registered office|correspondence|service|uk establishment office|overseas company) address$/i));
  if (!address) return null;
  const postcode = UK_POSTCODE.exec(address);
  return { address, postcode: postcode ? `${postcode[1]!.toUpperCase()} ${postcode[2]!.toUpperCase()}` : null };
}

function readSicCodes(doc: Document, warn: (m: string) => void): OverviewRecord['sicCodes'] {
  let entries = Array.from(doc.querySelectorAll('[id^="sic"]'))
    .filter((el) => /^sic\d+$/.test(el.getAttribute('id') ?? ''))
    .map((el) => textOf(el));
  if (entries.length === 0) {
    if (doc.getElementById('no-sic')) return [];
    // Ids lost: the list that follows the "Nature of business" heading.
    const title = doc.getElementById('sic-title');
    const list = title?.nextElementSibling;
    entries = list ? Array.from(list.querySelectorAll('li')).map((li) => textOf(li)) : [];
    if (entries.length === 0) {
      warn('overview: SIC codes (span#sic0… or p#no-sic) not found');
      return [];
    }
  }
  const codes: OverviewRecord['sicCodes'] = [];
  for (const entry of entries) {
    const m = entry ? /^(\d{4,5})(?:\s*[-\u2013\u2014]\s*(.*))?$/.exec(entry) : null;
    if (m) codes.push({ code: m[1]!, description: m[2]?.trim() ?? '' });
    else if (entry) warn(`overview: SIC entry not understood: "${entry.slice(0, 80)}"`);
  }
  return codes;
}

function readPreviousNames(doc: Document): OverviewRecord['previousNames'] {
  const rows: { name: string | null; period: string | null }[] = [];
  const nameCells = Array.from(doc.querySelectorAll('[id^="previous-name-"]'));
  if (nameCells.length > 0) {
    for (const cell of nameCells) {
      const n = (cell.getAttribute('id') ?? '').slice('previous-name-'.length);
      rows.push({ name: textOf(cell), period: textOf(doc.getElementById(`previous-date-${n}`)) });
    }
  } else {
    for (const tr of Array.from(doc.querySelectorAll('table#previousNameTable tr'))) {
      const cells = Array.from(tr.querySelectorAll('td'));
      if (cells.length >= 2) rows.push({ name: textOf(cells[0]), period: textOf(cells[1]) });
    }
  }
  return rows
    .filter((row): row is { name: string; period: string | null } => row.name !== null)
    .map((row) => {
      // "14 Dec 1981 - 25 Aug 1983"
      const [from = null, to = null] = findDates(row.period);
      return { name: row.name, from, to };
    });
}

type SummaryKind = 'accounts' | 'confirmation-statement' | 'annual-return';

interface SummaryBlock {
  kind: SummaryKind;
  text: string;
  overdue: boolean;
}

/**
 * The accounts and confirmation statement boxes carry no ids: find them by their h2 ("Accounts", "Accounts
 * overdue", "Confirmation statement", "Annual return"…) and read the box around the heading.
 */
function summaryBlocks(doc: Document): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  for (const h2 of Array.from(doc.querySelectorAll('h2'))) {
    const heading = textOf(h2);
    if (!heading) continue;
    let kind: SummaryKind | null = null;
    if (/^accounts( overdue)?$/i.test(heading)) kind = 'accounts';
    else if (/^(confirmation|annual) statement( overdue)?$/i.test(heading)) kind = 'confirmation-statement';
    else if (/^annual return( overdue)?$/i.test(heading)) kind = 'annual-return';
    if (!kind) continue;
    let box: Element | null = h2.parentElement;
    let overdue = /overdue/i.test(heading);
    if (box && hasClass(box, 'help-notice')) {
      overdue ||= hasClass(box, 'overdue');
      box = box.parentElement;
    }
    blocks.push({ kind, text: textOf(box ?? h2) ?? '', overdue });
  }
  return blocks;
}

const DATE = `(${DATE_SOURCE})`;

function dateAfter(text: string, lead: string): string | null {
  const m = new RegExp(`${lead}\\s+${DATE}`, 'i').exec(text);
  return m ? parseDate(m[1]) : null;
}

function readAccounts(block: SummaryBlock): NonNullable<OverviewRecord['accounts']> {
  return {
    nextMadeUpTo: dateAfter(block.text, '(?:Next|First) accounts made up to'),
    nextDue: dateAfter(block.text, `(?:Next|First) accounts made up to\\s+${DATE_SOURCE}\\s+due by`),
    lastMadeUpTo: dateAfter(block.text, 'Last accounts made up to'),
    overdue: block.overdue,
    firstAccounts: /First accounts made up to/i.test(block.text),
  };
}

function readConfirmation(block: SummaryBlock): NonNullable<OverviewRecord['confirmationStatement']> {
  const next = block.kind === 'annual-return' ? '(?:Next|First) annual return made up to' : '(?:Next|First) statement date';
  const last = block.kind === 'annual-return' ? 'Last annual return made up to' : 'Last statement dated';
  return {
    kind: block.kind === 'annual-return' ? 'annual-return' : 'confirmation-statement',
    nextDate: dateAfter(block.text, next),
    nextDue: dateAfter(block.text, `${next}\\s+${DATE_SOURCE}\\s+due by`),
    lastDate: dateAfter(block.text, last),
    overdue: block.overdue,
  };
}

export function parseOverview(doc: Document, _url: URL): ParseResult<OverviewRecord> {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  const name = attempt(warnings, 'overview: company name', () => companyNameFromPage(doc), null);
  if (name === null) warn('overview: company name (.company-header h1.heading-xlarge) not found');

  const { status, statusDetail } = attempt(warnings, 'overview: status', () => readStatus(doc),
    { status: null, statusDetail: null });
  if (status === null) warn('overview: status (dd#company-status) not found');

  const closed = attempt(warnings, 'overview: closure date', () => {
    const label = doc.getElementById('cessation-date-label');
    const value = doc.getElementById('cessation-date')
      ?? ddAfterDt(doc, /^(dissolved|closed|removed|converted\/closed) on$/i);
    return { closedLabel: textOf(label) ?? (value ? textOf(value.previousElementSibling) : null), closedDate: parseDate(textOf(value)) };
  }, { closedLabel: null, closedDate: null });

  const companyType = attempt(warnings, 'overview: company type', () => readCompanyType(doc), null);
  if (companyType === null) warn('overview: company type (span#company-type-value) not found');

  const isCic = attempt(warnings, 'overview: CIC indicator', () =>
    doc.getElementById('cic-indicator') !== null
      || /community interest company/i.test(companyType ?? '')
      // A CIC's name must end so (Companies Act 2004 s.33).
      || /\b(C\.?I\.?C\.?|community interest company)$/i.test(name ?? ''), false);

  const incorporated = attempt(warnings, 'overview: incorporation date', () => {
    const value = doc.getElementById('company-creation-date')
      ?? ddAfterDt(doc, /^(incorporated|registered|formed|opened) on$/i);
    const label = doc.getElementById('company-birth-type');
    return {
      incorporatedLabel: textOf(label) ?? (value ? textOf(value.previousElementSibling) : null),
      incorporatedDate: parseDate(textOf(value)),
    };
  }, { incorporatedLabel: null, incorporatedDate: null });
  if (incorporated.incorporatedDate === null) warn('overview: incorporation date (dd#company-creation-date) not found');

  const registeredOffice = attempt(warnings, 'overview: registered office', () => readRegisteredOffice(doc), null);
  if (registeredOffice === null) warn('overview: registered office (span#roa-address) not found');

  const sicCodes = attempt(warnings, 'overview: SIC codes', () => readSicCodes(doc, warn), []);
  const previousNames = attempt(warnings, 'overview: previous names', () => readPreviousNames(doc), []);

  const blocks = attempt(warnings, 'overview: accounts and statements', () => summaryBlocks(doc), []);
  const accountsBlock = blocks.find((b) => b.kind === 'accounts');
  const statementBlock = blocks.find((b) => b.kind === 'confirmation-statement')
    ?? blocks.find((b) => b.kind === 'annual-return');
  // Closed companies often show neither box; a live one always shows both.
  const live = status !== null && !CLOSED_STATUSES.test(status);
  if (!accountsBlock && live) warn('overview: accounts box (h2 "Accounts") not found');
  if (!statementBlock && live) warn('overview: confirmation statement box (h2 "Confirmation statement") not found');

  const hasInsolvencyTab = attempt(warnings, 'overview: insolvency tab', () =>
    doc.getElementById('insolvency-tab') !== null || doc.querySelector('a[href$="/insolvency"]') !== null, false);

  const annotations = attempt(warnings, 'overview: annotations', () => {
    let nodes = Array.from(doc.querySelectorAll('.corporate-annotations-text .govuk-warning-text__text'));
    if (nodes.length === 0) nodes = Array.from(doc.querySelectorAll('.corporate-annotations-text'));
    return nodes.map((el) => textOf(el)).filter((t): t is string => t !== null);
  }, []);

  return {
    record: {
      name,
      status,
      statusDetail,
      closedDate: closed.closedDate,
      closedLabel: closed.closedLabel,
      companyType,
      isCic,
      incorporatedDate: incorporated.incorporatedDate,
      incorporatedLabel: incorporated.incorporatedLabel,
      registeredOffice,
      sicCodes,
      previousNames,
      accounts: accountsBlock ? readAccounts(accountsBlock) : null,
      confirmationStatement: statementBlock ? readConfirmation(statementBlock) : null,
      hasInsolvencyTab,
      annotations,
    },
    warnings,
  };
}
