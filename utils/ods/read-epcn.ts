import { OdsMembership, OdsPcn, OdsPractice, membershipKey, type OdsSubIcb } from './rows';
import {
  eachDataRow,
  firstIssue,
  tableRef,
  type ColumnIndex,
  type ColumnSpec,
  type OdsTable,
  type ReadContext,
} from './table';
import { cellBoolean, cellCode, cellDate, cellText, joinAddress, latestDate, type Cell } from './values';

/**
 * The two tables of the ePCN publication, whether read from the workbook's sheets or from the ODS Data Search
 * and Export reports `epcn` and `epcncorepartnerdetails` (headerless CSV, same columns in the same order).
 * Headers changed in July 2022 ("Clinical Commissioning Group" / "CCG" became "Sub ICB Loc"): both are aliases.
 */

export const PCN_DETAILS_SHEET = 'PCNDetails';
export const CORE_PARTNER_SHEET = 'PCN Core Partner Details';

type PcnDetailsField =
  | 'pcnCode'
  | 'pcnName'
  | 'subIcbCode'
  | 'subIcbName'
  | 'openDate'
  | 'closeDate'
  | 'address1'
  | 'address2'
  | 'address3'
  | 'address4'
  | 'address5'
  | 'postcode';

/** In published column order. */
export const PCN_DETAILS_COLUMNS: readonly ColumnSpec<PcnDetailsField>[] = [
  { field: 'pcnCode', label: 'PCN Code', required: true },
  { field: 'pcnName', label: 'PCN Name', required: true },
  {
    field: 'subIcbCode',
    label: 'Current Sub ICB Loc Code',
    aliases: ['Current Clinical Commissioning Group Code', 'Current CCG Code', 'Current Sub ICB Location Code'],
    required: true,
  },
  {
    field: 'subIcbName',
    label: 'Sub ICB Location',
    aliases: ['Clinical Commissioning Group Name', 'CCG Name', 'Sub ICB Location Name', 'Sub ICB Loc Name'],
    required: false,
  },
  { field: 'openDate', label: 'Open Date', required: true },
  { field: 'closeDate', label: 'Close Date', required: true },
  { field: 'address1', label: 'Address Line 1', required: false },
  { field: 'address2', label: 'Address Line 2', required: false },
  { field: 'address3', label: 'Address Line 3', required: false },
  { field: 'address4', label: 'Address Line 4', required: false },
  { field: 'address5', label: 'Address Line 5', required: false },
  { field: 'postcode', label: 'Postcode', aliases: ['Post Code'], required: false },
];

type CorePartnerField =
  | 'practiceCode'
  | 'practiceName'
  | 'practiceSubIcbCode'
  | 'practiceSubIcbName'
  | 'pcnCode'
  | 'pcnName'
  | 'pcnSubIcbCode'
  | 'pcnSubIcbName'
  | 'startDate'
  | 'endDate'
  | 'subIcbMatch';

export const CORE_PARTNER_COLUMNS: readonly ColumnSpec<CorePartnerField>[] = [
  { field: 'practiceCode', label: 'Partner Organisation Code', aliases: ['Partner Organization Code'], required: true },
  { field: 'practiceName', label: 'Partner Name', required: true },
  {
    field: 'practiceSubIcbCode',
    label: 'Practice Parent Sub ICB Loc Code',
    aliases: ['Practice Parent CCG Code', 'Practice Parent Sub ICB Location Code'],
    required: false,
  },
  {
    field: 'practiceSubIcbName',
    label: 'Practice Parent Sub ICB Loc Name',
    aliases: ['Practice Parent CCG Name', 'Practice Parent Sub ICB Location Name'],
    required: false,
  },
  { field: 'pcnCode', label: 'PCN Code', required: true },
  { field: 'pcnName', label: 'PCN Name', required: false },
  {
    field: 'pcnSubIcbCode',
    label: 'PCN Parent Sub ICB Loc Code',
    aliases: ['PCN Parent CCG Code', 'PCN Parent Sub ICB Location Code'],
    required: false,
  },
  {
    field: 'pcnSubIcbName',
    label: 'PCN Parent Sub ICB Loc Name',
    aliases: ['PCN Parent CCG Name', 'PCN Parent Sub ICB Location Name'],
    required: false,
  },
  { field: 'startDate', label: 'Practice to PCN Relationship Start Date', required: true },
  { field: 'endDate', label: 'Practice to PCN Relationship End Date', required: true },
  {
    field: 'subIcbMatch',
    label: 'Practice Sub ICB Loc and PCN Sub ICB Loc Match',
    aliases: ['Practice CCG and PCN CCG Match', 'Practice Sub ICB Location and PCN Sub ICB Location Match'],
    required: false,
  },
];

function cellAt<F extends string>(row: readonly Cell[], columns: ColumnIndex<F>, field: F): Cell {
  const index = columns[field];
  return index === undefined ? null : row[index];
}

/** Sub-ICB names seen in ePCN, by code (the last row wins: names only change between releases). */
class SubIcbNames {
  private readonly names = new Map<string, string | null>();

  add(code: string | null, name: string | null): void {
    if (code === null) return;
    if (name !== null || !this.names.has(code)) this.names.set(code, name);
  }

  list(): OdsSubIcb[] {
    return [...this.names].map(([code, name]) => ({ code, name, icbCode: null }));
  }
}

function warnDuplicates(context: ReadContext, where: string, duplicates: number, key: string): void {
  if (duplicates) context.warnings.add(`${where}: ${duplicates} rows repeat an earlier ${key}; the last one was kept`);
}

export interface PcnDetailsContents {
  pcns: OdsPcn[];
  subIcbs: OdsSubIcb[];
  /** The latest open or close date not after context.today. */
  latestDate: string | null;
}

export function readPcnDetails(
  table: OdsTable,
  columns: ColumnIndex<PcnDetailsField>,
  start: number,
  context: ReadContext,
): PcnDetailsContents {
  const pcns = new Map<string, OdsPcn>();
  const subIcbs = new SubIcbNames();
  const dates: (string | null)[] = [];
  let duplicates = 0;
  const at = (row: readonly Cell[], field: PcnDetailsField) => cellAt(row, columns, field);
  eachDataRow(table, start, context, (row) => {
    const subIcbCode = cellCode(at(row, 'subIcbCode'));
    const parsed = OdsPcn.safeParse({
      code: cellCode(at(row, 'pcnCode')),
      name: cellText(at(row, 'pcnName')),
      subIcbCode,
      openDate: cellDate(at(row, 'openDate'), 'Open Date'),
      closeDate: cellDate(at(row, 'closeDate'), 'Close Date'),
      address: joinAddress(
        (['address1', 'address2', 'address3', 'address4', 'address5'] as const).map((field) => at(row, field)),
      ),
      postcode: cellText(at(row, 'postcode')),
    });
    if (!parsed.success) return firstIssue(parsed.error);
    const pcn = parsed.data;
    if (pcns.has(pcn.code)) duplicates++;
    pcns.set(pcn.code, pcn);
    subIcbs.add(pcn.subIcbCode, cellText(at(row, 'subIcbName')));
    dates.push(pcn.openDate, pcn.closeDate);
  });
  warnDuplicates(context, tableRef(table), duplicates, 'PCN code');
  return { pcns: [...pcns.values()], subIcbs: subIcbs.list(), latestDate: latestDate(dates, context.today) };
}

export interface CorePartnerContents {
  memberships: OdsMembership[];
  /** One per partner practice, from its latest spell: ePCN knows only name and parent sub-ICB. */
  practices: OdsPractice[];
  subIcbs: OdsSubIcb[];
  latestDate: string | null;
}

export function readCorePartners(
  table: OdsTable,
  columns: ColumnIndex<CorePartnerField>,
  start: number,
  context: ReadContext,
): CorePartnerContents {
  const memberships = new Map<string, OdsMembership>();
  const practices = new Map<string, { practice: OdsPractice; startDate: string }>();
  const subIcbs = new SubIcbNames();
  const dates: (string | null)[] = [];
  let duplicates = 0;
  const at = (row: readonly Cell[], field: CorePartnerField) => cellAt(row, columns, field);
  eachDataRow(table, start, context, (row) => {
    const match = cellBoolean(at(row, 'subIcbMatch'), 'Sub ICB match');
    const parsed = OdsMembership.safeParse({
      practiceCode: cellCode(at(row, 'practiceCode')),
      pcnCode: cellCode(at(row, 'pcnCode')),
      startDate: cellDate(at(row, 'startDate'), 'Start Date'),
      endDate: cellDate(at(row, 'endDate'), 'End Date'),
      crossBoundary: match === null ? null : !match,
      practiceSubIcbCode: cellCode(at(row, 'practiceSubIcbCode')),
      pcnSubIcbCode: cellCode(at(row, 'pcnSubIcbCode')),
    });
    if (!parsed.success) return firstIssue(parsed.error);
    const membership = parsed.data;
    const practice = OdsPractice.safeParse({
      code: membership.practiceCode,
      name: cellText(at(row, 'practiceName')),
      postcode: null,
      status: null,
      prescribingSetting: null,
      subIcbCode: membership.practiceSubIcbCode,
      icbCode: null,
      nationalGrouping: null,
      openDate: null,
      closeDate: null,
      address: null,
      source: 'epcncorepartnerdetails',
    });
    if (!practice.success) return firstIssue(practice.error);

    const key = membershipKey(membership);
    if (memberships.has(key)) duplicates++;
    memberships.set(key, membership);
    const known = practices.get(membership.practiceCode);
    if (!known || known.startDate <= membership.startDate) {
      practices.set(membership.practiceCode, { practice: practice.data, startDate: membership.startDate });
    }
    subIcbs.add(membership.practiceSubIcbCode, cellText(at(row, 'practiceSubIcbName')));
    subIcbs.add(membership.pcnSubIcbCode, cellText(at(row, 'pcnSubIcbName')));
    dates.push(membership.startDate, membership.endDate);
  });
  warnDuplicates(context, tableRef(table), duplicates, 'practice, PCN and start date');
  return {
    memberships: [...memberships.values()],
    practices: [...practices.values()].map((entry) => entry.practice),
    subIcbs: subIcbs.list(),
    latestDate: latestDate(dates, context.today),
  };
}
