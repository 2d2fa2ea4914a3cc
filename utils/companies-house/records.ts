import { z } from 'zod';
import { PAGE_TYPES } from './site';

/**
 * The typed records the Companies House page parsers produce. They are the contract between the content
 * scripts (which parse), the message boundary (which validates) and the store (which keeps them).
 */

export { COMPANIES_HOUSE_ORIGIN, PAGE_TYPES } from './site';
export const PageType = z.enum(PAGE_TYPES);
export type PageType = z.infer<typeof PageType>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM');
/** 8 characters: digits zero-padded, or a two-letter prefix (SC, NI, OC…) and six digits. */
export const CompanyNumber = z.string().regex(/^[A-Z0-9]{2}\d{6}$/, 'expected an 8-character company number');

const text = z.string();
const maybeText = text.nullable();

export const OverviewRecord = z.object({
  name: maybeText,
  status: maybeText,
  statusDetail: maybeText,
  closedDate: IsoDate.nullable(),
  closedLabel: maybeText,
  companyType: maybeText,
  isCic: z.boolean(),
  incorporatedDate: IsoDate.nullable(),
  incorporatedLabel: maybeText,
  registeredOffice: z.object({ address: text, postcode: maybeText }).nullable(),
  sicCodes: z.array(z.object({ code: text, description: text })),
  previousNames: z.array(z.object({ name: text, from: IsoDate.nullable(), to: IsoDate.nullable() })),
  accounts: z
    .object({
      nextMadeUpTo: IsoDate.nullable(),
      nextDue: IsoDate.nullable(),
      lastMadeUpTo: IsoDate.nullable(),
      overdue: z.boolean(),
      firstAccounts: z.boolean(),
    })
    .nullable(),
  confirmationStatement: z
    .object({
      kind: z.enum(['confirmation-statement', 'annual-return']),
      nextDate: IsoDate.nullable(),
      nextDue: IsoDate.nullable(),
      lastDate: IsoDate.nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  hasInsolvencyTab: z.boolean(),
  annotations: z.array(text),
});
export type OverviewRecord = z.infer<typeof OverviewRecord>;

export const FilingLinks = z.object({ pdf: maybeText, ixbrl: maybeText, zip: maybeText });

export const Filing = z.object({
  /** From the document link; null when the row has no document (the store then derives a key). */
  transactionId: maybeText,
  date: IsoDate.nullable(),
  formCode: maybeText,
  description: text,
  madeUpTo: IsoDate.nullable(),
  /** For AA / AAMD: "micro-entity", "small", "total-exemption-full", "full", "dormant", … */
  accountsType: maybeText,
  links: FilingLinks,
  pageCount: z.number().int().nonnegative().nullable(),
});
export type Filing = z.infer<typeof Filing>;

export const Pagination = z.object({ page: z.number().int().positive(), lastPage: z.number().int().positive() });

export const FilingHistoryRecord = Pagination.extend({
  filtered: z.boolean(),
  filings: z.array(Filing),
});
export type FilingHistoryRecord = z.infer<typeof FilingHistoryRecord>;

export const Officer = z.object({
  /** From /officers/{id}/appointments; the same person may hold several appointments. */
  officerId: maybeText,
  name: text,
  role: maybeText,
  /** null on dissolved or closed companies, which show no status tags. */
  status: z.enum(['active', 'resigned']).nullable(),
  appointedOn: IsoDate.nullable(),
  appointedBefore: IsoDate.nullable(),
  resignedOn: IsoDate.nullable(),
  dateOfBirth: IsoMonth.nullable(),
  nationality: maybeText,
  countryOfResidence: maybeText,
  occupation: maybeText,
  address: maybeText,
  corporate: z.object({ legalForm: maybeText, registrationNumber: maybeText }).nullable(),
});
export type Officer = z.infer<typeof Officer>;

export const OfficersRecord = Pagination.extend({
  totalOfficers: z.number().int().nonnegative().nullable(),
  resignations: z.number().int().nonnegative().nullable(),
  /** The "Current officers" filter was on: the list omits resigned officers. */
  activeOnly: z.boolean(),
  officers: z.array(Officer),
});
export type OfficersRecord = z.infer<typeof OfficersRecord>;

export const Psc = z.object({
  name: text,
  kind: z.enum(['individual', 'corporate-entity', 'legal-person', 'statement', 'other']),
  status: z.enum(['active', 'ceased']).nullable(),
  notifiedOn: IsoDate.nullable(),
  ceasedOn: IsoDate.nullable(),
  dateOfBirth: IsoMonth.nullable(),
  nationality: maybeText,
  countryOfResidence: maybeText,
  address: maybeText,
  naturesOfControl: z.array(text),
});
export type Psc = z.infer<typeof Psc>;

export const PscRecord = Pagination.extend({
  pscs: z.array(Psc),
});
export type PscRecord = z.infer<typeof PscRecord>;

/** Bumped when a parser changes what it extracts; stored with every captured record. */
export const PARSER_VERSION = 1;

const pageBase = {
  companyNumber: CompanyNumber,
  /** The name in the page header (every tab shows it). */
  companyName: maybeText.optional(),
  url: z.string().url(),
  warnings: z.array(text),
};

/** What a parser returns for one page, and what a content script sends to the background. */
export const ParsedPage = z.discriminatedUnion('pageType', [
  z.object({ ...pageBase, pageType: z.literal('overview'), record: OverviewRecord }),
  z.object({ ...pageBase, pageType: z.literal('filing-history'), record: FilingHistoryRecord }),
  z.object({ ...pageBase, pageType: z.literal('officers'), record: OfficersRecord }),
  z.object({ ...pageBase, pageType: z.literal('psc'), record: PscRecord }),
]);
export type ParsedPage = z.infer<typeof ParsedPage>;
