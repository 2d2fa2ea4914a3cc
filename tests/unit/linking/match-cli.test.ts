// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/command';
import { matchCommand, parseNames } from '../../../scripts/cli/match';

/** The CSV copies of tests/fixtures/linking/ods-rows.ts (see build-fixtures.ts there). */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/linking');
const EPRACCUR = join(FIXTURES, 'epraccur_linking.csv');
const PARTNERS = join(FIXTURES, 'epcncorepartnerdetails_linking.csv');
const DETAILS = join(FIXTURES, 'epcn_linking.csv');
const dir = mkdtempSync(join(tmpdir(), 'ics-scout-match-'));

function namesFile(text: string): string {
  const file = join(dir, `names-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(file, text);
  return file;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('match command', () => {
  const names = namesFile(
    '# a Birmingham federation\nRiverside Medical Centre\nThe Surgery\tB31 3BB\r\nDr Patel & Partners\n\nZebra Surgery\n',
  );
  const expected = [
    { input: 'Riverside Medical Centre', practiceCode: 'M85001', pcnCode: 'U10001', pcnName: 'NORTHFIELD PCN' },
    { input: 'The Surgery', postcode: 'B31 3BB', practiceCode: 'M85002', practiceName: 'THE SURGERY' },
    { input: 'Dr Patel & Partners', practiceCode: 'M85003' },
    { input: 'Zebra Surgery', practiceCode: null, score: 0, runnerUp: null },
  ];

  it('matches names with --ods given once per file', async () => {
    const result = (await matchCommand.run(['--ods', EPRACCUR, '--ods', PARTNERS, '--ods', DETAILS, names])) as {
      matches: unknown[];
    };
    expect(result.matches).toMatchObject(expected);
    expect(Object.keys(result.matches[0] as object)).toEqual([
      'input', 'practiceCode', 'practiceName', 'pcnCode', 'pcnName', 'score', 'runnerUp',
    ]);
  });

  it('reads every argument but the last as an ODS file', async () => {
    const result = await matchCommand.run(['--ods', EPRACCUR, PARTNERS, DETAILS, names]);
    expect(result).toMatchObject({ matches: expected });
  });

  it.each([
    [[], 'match needs a names file (one practice name a line) as its last argument'],
    [['names.tsv'], 'match needs ODS files: --ods ePCN.xlsx --ods epraccur.csv (or list them before the names file)'],
    [['--ods'], 'option --ods needs a value'],
    [['--odss', EPRACCUR, 'names.tsv'], 'unknown option --odss'],
    [['--ods', '/nonexistent/epraccur.csv', '/nonexistent/names.tsv'], '/nonexistent/names.tsv: no such file'],
    [['--ods', EPRACCUR, PARTNERS], `${PARTNERS} line 1: looks like a CSV row, not a practice name; the last argument must be the names file`],
  ])('%j → one-line CliError', async (args, message) => {
    const run = matchCommand.run(args);
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toThrow(message);
  });

  it('reports an ODS file it cannot read as a CliError', async () => {
    const run = matchCommand.run(['--ods', namesFile('not,an,ods,file\n'), names]);
    await expect(run).rejects.toThrow(CliError);
  });
});

describe('parseNames', () => {
  it('reads names, optional postcodes, skips blanks and comments, drops a BOM', () => {
    expect(parseNames('n.tsv', bytes('\uFEFFRiverside Surgery\n  # note\n\nThe Surgery\tb31 3bb\t\n'))).toEqual([
      { name: 'Riverside Surgery' },
      { name: 'The Surgery', postcode: 'b31 3bb' },
    ]);
  });

  it.each([
    ['A Surgery\tNOT A POSTCODE\n', 'n.tsv line 1: "NOT A POSTCODE" is not a postcode'],
    ['A Surgery\tB31 2AB\textra\n', 'n.tsv line 1: expected a name, optionally a tab and a postcode'],
    ['\tB31 2AB\n', 'n.tsv line 1: the practice name is empty'],
    ['# only a comment\n', 'n.tsv: no practice names (one a line, optionally a tab and a postcode)'],
    ['PK\u0003\u0004', 'n.tsv: is a zip or xlsx file; the last argument must be the names file (text, one name a line)'],
  ])('%j → %s', (text, message) => {
    expect(() => parseNames('n.tsv', bytes(text))).toThrow(message);
  });
});
