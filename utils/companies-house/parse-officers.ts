import type { Officer, OfficersRecord } from './records';
import { parsePagination } from './pagination';
import { attempt, countBefore, numberedField, parseDate, parseMonth, textOf, type ParseResult } from './text';

/** The people tab (`/company/{n}/officers[?page=N]`): one Officer per appointment, 35 a page. */

/** Reads one field of an appointment by its id prefix ("officer-role-"); the block decides where to look. */
type FieldLookup = (prefix: string) => Element | null;

/** Appointment blocks: `div.appointment-N` (N restarts at 1 on every page). The PSC page lays its entries out the same way. */
export function appointmentBlocks(doc: Document): Element[] {
  const list = doc.querySelector('.appointments-list') ?? doc;
  return Array.from(list.querySelectorAll('div[class*="appointment-"]'))
    .filter((div) => (div.getAttribute('class') ?? '').split(/\s+/).some((c) => /^appointment-\d+$/.test(c)));
}

/**
 * One lookup per appointment. Normally the blocks; when their classes are gone, the numbered name spans
 * (officer-name-N) and exact ids on the page, which are unique within a page.
 */
function appointmentLookups(doc: Document): FieldLookup[] {
  const blocks = appointmentBlocks(doc).filter((block) => numberedField(block, 'officer-name-') !== null);
  if (blocks.length > 0) return blocks.map((block) => (prefix: string) => numberedField(block, prefix));
  return Array.from(doc.querySelectorAll('[id^="officer-name-"]'))
    .map((el) => /^officer-name-(\d+)$/.exec(el.getAttribute('id') ?? '')?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => (prefix: string) => doc.getElementById(prefix + n));
}

function readStatus(tag: Element | null): Officer['status'] {
  const text = textOf(tag);
  if (!text) return null;
  if (/active/i.test(text)) return 'active';
  if (/resigned|ceased/i.test(text)) return 'resigned';
  return null;
}

function readOfficer(field: FieldLookup): Officer | null {
  const nameSpan = field('officer-name-');
  const link = nameSpan?.querySelector('a') ?? null;
  const name = textOf(link) ?? textOf(nameSpan);
  if (!name) return null;
  const officerId = /\/officers\/([^/?#]+)\/appointments/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
  const role = textOf(field('officer-role-'));

  const legalForm = field('officer-legal-form-');
  const registrationNumber = field('officer-registration-number-');
  // Corporate officers show a legal form or registration number; older records show only the role.
  const corporate = legalForm || registrationNumber || /^corporate\b/i.test(role ?? '')
    ? { legalForm: textOf(legalForm), registrationNumber: textOf(registrationNumber) }
    : null;

  return {
    officerId,
    name,
    role,
    status: readStatus(field('officer-status-tag-')),
    appointedOn: parseDate(textOf(field('officer-appointed-on-'))),
    // No hyphen before the number in this one id (pre-1992 appointments).
    appointedBefore: parseDate(textOf(field('officer-appointed-before'))),
    resignedOn: parseDate(textOf(field('officer-resigned-on-'))),
    dateOfBirth: parseMonth(textOf(field('officer-date-of-birth-'))),
    nationality: textOf(field('officer-nationality-')),
    countryOfResidence: textOf(field('officer-country-of-residence-')),
    occupation: textOf(field('officer-occupation-')),
    address: textOf(field('officer-address-value-')),
    corporate,
  };
}

/** " 49 officers / 42 resignations", or " 5 current officers" under the "Current officers" filter. */
function readCounts(doc: Document): Pick<OfficersRecord, 'totalOfficers' | 'resignations' | 'activeOnly'> & { found: boolean } {
  const heading = doc.getElementById('company-appointments');
  const text = textOf(heading);
  const filterBox = doc.getElementById('officer-category-active');
  const activeOnly = (filterBox !== null && filterBox.hasAttribute('checked')) || /current officers?/i.test(text ?? '');
  return {
    found: heading !== null,
    totalOfficers: countBefore(text, /(?:current\s+)?officers?\b/),
    resignations: countBefore(text, /resignations?\b/),
    activeOnly,
  };
}

export function parseOfficers(doc: Document, url: URL): ParseResult<OfficersRecord> {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  const { page, lastPage } = attempt(warnings, 'officers: pagination', () => parsePagination(doc, url),
    { page: 1, lastPage: 1 });
  const counts = attempt(warnings, 'officers: counts', () => readCounts(doc),
    { found: false, totalOfficers: null, resignations: null, activeOnly: false });
  if (!counts.found) warn('officers: count heading (h2#company-appointments) not found');

  const officers: Officer[] = [];
  const lookups = attempt(warnings, 'officers: appointment list', () => appointmentLookups(doc), []);
  lookups.forEach((field, index) => {
    const officer = attempt(warnings, `officers: appointment ${index + 1}`, () => readOfficer(field), undefined);
    if (officer) officers.push(officer);
    else if (officer === null) warn(`officers: appointment ${index + 1} has no name (span#officer-name-N)`);
  });
  if (officers.length === 0 && (counts.totalOfficers ?? 0) > 0) {
    warn('officers: no appointments found (div.appointments-list > div.appointment-N)');
  }
  return {
    record: {
      page,
      lastPage,
      totalOfficers: counts.totalOfficers,
      resignations: counts.resignations,
      activeOnly: counts.activeOnly,
      officers,
    },
    warnings,
  };
}
