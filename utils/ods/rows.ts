import { z } from 'zod';

/**
 * The typed rows read from NHS Organisation Data Service (ODS) files: PCNs and their practice memberships
 * (ePCN), GP practices and other prescribing cost centres (epraccur), and the sub-ICB locations and ICBs
 * they sit in. Codes are the keys; dates are ISO (`YYYY-MM-DD`); an empty cell is null.
 */

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** ODS organisation codes: upper-case letters and digits (practices `A81001`, sub-ICBs `16C` / `X2C4Y`, ICBs `QHM`). */
export const OdsCode = z.string().regex(/^[A-Z0-9]{3,10}$/, 'expected an ODS code (3 to 10 letters or digits)');
/** PCN codes are `U` and five digits (`U00000` is a real one). */
export const PcnCode = z.string().regex(/^U\d{5}$/, 'expected a PCN code (U and five digits)');

/** The ICB code epraccur gives practices outside England's ICBs (Wales, and non-geographic services). */
export const NON_ENGLAND_ICB_CODE = 'Q99';
/** The epraccur national grouping of Welsh practices. */
export const WALES_NATIONAL_GROUPING = 'W00';
/** epraccur prescribing setting of a GP practice (others: walk-in centres, out of hours, prisons, …). */
export const GP_PRACTICE_SETTING = 4;

const text = z.string().min(1);
const maybeText = text.nullable();

/** The ODS publications a snapshot can come from (the names of the ODS Data Search and Export reports). */
export const ODS_SOURCES = ['epcn', 'epcncorepartnerdetails', 'epraccur'] as const;
export const OdsSource = z.enum(ODS_SOURCES);
export type OdsSource = z.infer<typeof OdsSource>;

export const OdsPcn = z.object({
  code: PcnCode,
  name: text,
  /** The lead sub-ICB location (the one with most of the PCN's practices). */
  subIcbCode: OdsCode.nullable(),
  openDate: IsoDate.nullable(),
  closeDate: IsoDate.nullable(),
  /** Address lines joined with ", ", without the postcode. */
  address: maybeText,
  postcode: maybeText,
});
export type OdsPcn = z.infer<typeof OdsPcn>;

export const PracticeStatus = z.enum(['A', 'C', 'D', 'P']);
export type PracticeStatus = z.infer<typeof PracticeStatus>;

export const OdsPractice = z.object({
  code: OdsCode,
  name: text,
  postcode: maybeText,
  /** A active, C closed, D dormant, P proposed; null when known only from ePCN. */
  status: PracticeStatus.nullable(),
  /** 4 = GP practice; see GP_PRACTICE_SETTING. Null when known only from ePCN. */
  prescribingSetting: z.number().int().nonnegative().nullable(),
  /** The commissioner: epraccur column 15, or the practice's parent sub-ICB in ePCN. */
  subIcbCode: OdsCode.nullable(),
  /** epraccur column 4 (`Q99` outside England's ICBs; older area-team codes on long-closed practices). */
  icbCode: OdsCode.nullable(),
  /** epraccur column 3: region `Y56`–`Y63`, `W00` Wales. */
  nationalGrouping: OdsCode.nullable(),
  openDate: IsoDate.nullable(),
  closeDate: IsoDate.nullable(),
  address: maybeText,
  /** Where the row came from: epraccur, or only the ePCN partner sheet (then status and setting are unknown). */
  source: z.enum(['epraccur', 'epcncorepartnerdetails']),
});
export type OdsPractice = z.infer<typeof OdsPractice>;

/** One spell of a practice in a PCN; natural key practiceCode + pcnCode + startDate. */
export const OdsMembership = z.object({
  practiceCode: OdsCode,
  pcnCode: PcnCode,
  startDate: IsoDate,
  /** Null while the spell is current. */
  endDate: IsoDate.nullable(),
  /** True when the practice sits in another sub-ICB than the PCN's lead (the workbook's "Match" is FALSE). */
  crossBoundary: z.boolean().nullable(),
  practiceSubIcbCode: OdsCode.nullable(),
  pcnSubIcbCode: OdsCode.nullable(),
});
export type OdsMembership = z.infer<typeof OdsMembership>;

export function membershipKey(m: Pick<OdsMembership, 'practiceCode' | 'pcnCode' | 'startDate'>): string {
  return `${m.practiceCode}|${m.pcnCode}|${m.startDate}`;
}

/** A sub-ICB location (a CCG before July 2022; a Welsh health board when read from epraccur). */
export const OdsSubIcb = z.object({
  code: OdsCode,
  /**
   * As ePCN writes it ("NHS SUSSEX ICB - 09D", or "NHS BARNSLEY CCG" in CCG-era files); null if known only
   * from epraccur.
   */
  name: maybeText,
  /** From the commissioner column of active GP practices in epraccur; null if known only from ePCN. */
  icbCode: OdsCode.nullable(),
});
export type OdsSubIcb = z.infer<typeof OdsSubIcb>;

export const OdsIcb = z.object({
  code: OdsCode,
  /** Upper case as ODS writes it, taken from the sub-ICB names ("NHS SUSSEX ICB"); null when none embeds it. */
  name: maybeText,
});
export type OdsIcb = z.infer<typeof OdsIcb>;

export const OdsSnapshot = z.object({
  source: OdsSource,
  /** The date the publication describes; see snapshotDateBasis for how it was found. */
  snapshotDate: IsoDate.nullable(),
  /** caller: given by the importer; file-name: a date in the file name; data: the latest date in the rows. */
  snapshotDateBasis: z.enum(['caller', 'file-name', 'data']).nullable(),
  /** The file read; for a file inside a zip, "outer.zip/inner.xlsx". */
  fileName: text,
  importedRows: z.number().int().nonnegative(),
});
export type OdsSnapshot = z.infer<typeof OdsSnapshot>;

export type OdsFileKind = 'epcn-workbook' | 'epcn-csv' | 'epcncorepartnerdetails-csv' | 'epraccur-csv' | 'zip';

/** What one file holds. Practices read from the ePCN partner sheet carry source 'epcncorepartnerdetails'. */
export interface OdsFileContents {
  fileName: string;
  kind: OdsFileKind;
  pcns: OdsPcn[];
  memberships: OdsMembership[];
  practices: OdsPractice[];
  subIcbs: OdsSubIcb[];
  snapshots: OdsSnapshot[];
  /** Rows skipped or values not understood, in plain words; capped (see MAX_WARNINGS). */
  warnings: string[];
}

export interface OdsDataset {
  pcns: OdsPcn[];
  practices: OdsPractice[];
  memberships: OdsMembership[];
  subIcbs: OdsSubIcb[];
  icbs: OdsIcb[];
  snapshots: OdsSnapshot[];
}
