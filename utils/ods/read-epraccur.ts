import { GP_PRACTICE_SETTING, OdsPractice, type OdsSubIcb } from './rows';
import { eachDataRow, firstIssue, tableRef, type OdsTable, type ReadContext } from './table';
import { cellCode, cellDate, cellInteger, cellText, joinAddress, latestDate } from './values';

/**
 * epraccur.csv: GP practices and other prescribing cost centres in England and Wales, no header row,
 * 27 columns (see docs/ods.md). Column numbers below are 0-based.
 */
export const EPRACCUR_COLUMN_COUNT = 27;

const COLUMN = {
  code: 0,
  name: 1,
  nationalGrouping: 2,
  icbCode: 3,
  addressFirst: 4,
  addressLast: 8,
  postcode: 9,
  openDate: 10,
  closeDate: 11,
  status: 12,
  commissioner: 14,
  joinDate: 15,
  leftDate: 16,
  prescribingSetting: 25,
} as const;

export interface EpraccurContents {
  practices: OdsPractice[];
  /**
   * The commissioners (column 15) of active GP practices, each with the ICB code (column 4) those practices
   * give. Only active GP practices: closed ones keep pre-2022 CCG and area-team codes.
   */
  subIcbs: OdsSubIcb[];
  latestDate: string | null;
}

export function readEpraccur(table: OdsTable, context: ReadContext): EpraccurContents {
  const practices = new Map<string, OdsPractice>();
  const icbVotes = new Map<string, Map<string, number>>();
  const dates: (string | null)[] = [];
  let duplicates = 0;
  eachDataRow(table, 0, context, (row) => {
    const parsed = OdsPractice.safeParse({
      code: cellCode(row[COLUMN.code]),
      name: cellText(row[COLUMN.name]),
      postcode: cellText(row[COLUMN.postcode]),
      status: cellCode(row[COLUMN.status]),
      prescribingSetting: cellInteger(row[COLUMN.prescribingSetting], 'prescribing setting'),
      subIcbCode: cellCode(row[COLUMN.commissioner]),
      icbCode: cellCode(row[COLUMN.icbCode]),
      nationalGrouping: cellCode(row[COLUMN.nationalGrouping]),
      openDate: cellDate(row[COLUMN.openDate], 'open date'),
      closeDate: cellDate(row[COLUMN.closeDate], 'close date'),
      address: joinAddress(row.slice(COLUMN.addressFirst, COLUMN.addressLast + 1)),
      source: 'epraccur',
    });
    if (!parsed.success) return firstIssue(parsed.error);
    const practice = parsed.data;
    if (practices.has(practice.code)) duplicates++;
    practices.set(practice.code, practice);
    dates.push(
      practice.openDate,
      practice.closeDate,
      cellDate(row[COLUMN.joinDate], 'join date'),
      cellDate(row[COLUMN.leftDate], 'left date'),
    );
    if (
      practice.status === 'A' &&
      practice.prescribingSetting === GP_PRACTICE_SETTING &&
      practice.subIcbCode !== null &&
      practice.icbCode !== null
    ) {
      const votes = icbVotes.get(practice.subIcbCode) ?? new Map<string, number>();
      votes.set(practice.icbCode, (votes.get(practice.icbCode) ?? 0) + 1);
      icbVotes.set(practice.subIcbCode, votes);
    }
  });
  if (duplicates) {
    const where = tableRef(table);
    context.warnings.add(`${where}: ${duplicates} rows repeat an earlier practice code; the last one was kept`);
  }
  const subIcbs = [...icbVotes].map(([code, votes]) => {
    // Practices of one commissioner agree on the ICB; should one disagree, the majority wins.
    const [icbCode] = [...votes].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    return { code, name: null, icbCode };
  });
  return { practices: [...practices.values()], subIcbs, latestDate: latestDate(dates, context.today) };
}
