import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessCommand } from '../../../scripts/cli/assess';
import { CliError } from '../../../scripts/cli/command';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/readiness');
const FOLDERS = JSON.parse(readFileSync(path.join(FIXTURES, 'folders.json'), 'utf8')) as Record<string, string[]>;
const assembled = new Map<string, string>();
/** A folder of one company's saved pages, assembled from the fixture pages folders.json lists (no copies kept). */
const folder = (name: string) => {
  let dir = assembled.get(name);
  if (!dir) {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'ics-scout-assess-')), name);
    mkdirSync(dir);
    for (const file of FOLDERS[name]!) copyFileSync(path.resolve(FIXTURES, '..', file), path.join(dir, path.basename(file)));
    assembled.set(name, dir);
  }
  return dir;
};
const accounts = (name: string) => path.join(FIXTURES, 'accounts', name);
const HOST = 'https://find-and-update.company-information.service.gov.uk';

interface Printed {
  companyNumber: string;
  verdict: string;
  reasons: { code: string; text: string; evidence: { label: string; url: string } | null }[];
  missing: string[];
  warnings: string[];
}
const run = async (...args: string[]) => (await assessCommand.run(args)) as Printed;
const failure = (...args: string[]) => assessCommand.run(args).then(() => null, (e: unknown) => e as Error);

describe('assess command', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.ICS_SCOUT_TODAY;
    process.env.ICS_SCOUT_TODAY = '2026-09-15';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.ICS_SCOUT_TODAY;
    else process.env.ICS_SCOUT_TODAY = saved;
  });

  it('Northfield with its iXBRL accounts: promising until services are clipped and PCNs linked', async () => {
    const result = await run(folder('northfield'), '--accounts', accounts('northfield-2025.xhtml'));
    expect(Object.keys(result)).toEqual(['companyNumber', 'verdict', 'reasons', 'missing', 'warnings']);
    expect(result).toMatchObject({ companyNumber: '09876543', verdict: 'promising', warnings: [] });
    expect(result.reasons.map((r) => r.text)).toEqual([
      'Active',
      'Trading for 12 years (incorporated 12 September 2014)',
      'Accounts up to date (next due 31 December 2026)',
      'Confirmation statement up to date (next due 25 September 2026)',
      'Turnover £2.4m in the year to 31 March 2025, £2.1m the year before',
      '17 active directors, 10 of them clinicians (General Practitioner, GP Partner, Pharmacist and 2 more)',
      'Stable board: 6 of 23 directors left in the last 2 years',
      'No registrable person with significant control',
    ]);
    expect(result.reasons[4]).toEqual({
      code: 'income',
      text: 'Turnover £2.4m in the year to 31 March 2025, £2.1m the year before',
      evidence: { label: 'Total exemption full accounts made up to 31 March 2025', url: `${HOST}/company/09876543/filing-history/MzQ1NjgyODYwN2FkaXF6a2N4/document?format=pdf&download=0` },
    });
    expect(result.reasons[5]?.evidence).toEqual({ label: 'People (officers)', url: `${HOST}/company/09876543/officers` });
    expect(result.missing).toEqual(["Clip the federation's services from its website", 'Link the federation to its PCNs']);
  });

  it('with criteria that do not ask for services or PCN links, Northfield is ready', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assess-criteria-'));
    const criteria = path.join(dir, 'criteria.json');
    writeFileSync(criteria, JSON.stringify({ minServicesRunning: 0, minLinkedPcns: 0 }));
    expect(await run(folder('northfield'), '--accounts', accounts('northfield-2025.xhtml'), '--criteria', criteria)).toMatchObject({ verdict: 'ready', missing: [] });
    writeFileSync(criteria, JSON.stringify({ minTurnover: -5 }));
    expect((await failure(folder('northfield'), '--criteria', criteria))?.message).toMatch(/criteria\.json: Minimum turnover must be an amount in pounds, 0 or more \(got -5\)/);
  });

  it('reads a PDF of accounts, placing its years at the filing history\'s year ends', async () => {
    const result = await run(folder('northfield'), '--accounts', path.resolve(FIXTURES, '../accounts/income-two-years.pdf'));
    expect(result.reasons.find((r) => r.code === 'income')?.text).toBe('Turnover £1.2m in the year to 31 March 2025, £988k the year before');
  });

  it('Northfield without accounts: asks for them', async () => {
    const result = await run(folder('northfield'));
    expect(result.verdict).toBe('promising');
    expect(result.reasons.find((r) => r.code === 'income-not-read')?.text).toBe('Turnover not read yet (latest accounts: total exemption full accounts, made up to 31 March 2025)');
    expect(result.missing[0]).toBe('Open the latest accounts');
  });

  it('recognises pages by their content, not their file names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assess-names-'));
    readdirSync(folder('northfield')).forEach((name, i) => copyFileSync(path.join(folder('northfield'), name), path.join(dir, `saved page ${7 - i}.html`)));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a page');
    expect(await run(dir)).toEqual(await run(folder('northfield')));
  });

  it('Hollins, dissolved with an insolvency tab: not ready, nothing more needed', async () => {
    const result = await run(folder('hollins-dissolved'));
    expect(result).toMatchObject({ companyNumber: '08123456', verdict: 'not-ready', missing: [] });
    expect(result.reasons.map((r) => [r.code, r.text])).toEqual([
      ['status-closed', 'Dissolved on 14 March 2023'],
      ['insolvency-history', 'Insolvency history on the register (Insolvency tab)'],
      ['trading-years', 'Traded for 10 years (incorporated 3 July 2012, dissolved 14 March 2023)'],
      ['board', '2 directors in office at closure, 1 of them a clinician (General Practitioner)'],
    ]);
    expect(result.reasons[1]?.evidence?.url).toBe(`${HOST}/company/08123456/insolvency`);
  });

  it('Eastgate, with a proposal to strike off and filings overdue: not ready', async () => {
    const result = await run(folder('eastgate-strike-off'));
    expect(result.verdict).toBe('not-ready');
    expect(result.reasons.map((r) => r.text)).toEqual([
      'Active proposal to strike off',
      'The registered office address of this company has been changed to the Companies House default address.',
      'Trading for 15 years (incorporated 9 June 2011)',
      'Accounts overdue (due 31 December 2025)',
      'Confirmation statement overdue (due 23 June 2026)',
    ]);
  });

  it('Riverside, a new CIC with only its current officers captured: promising, with what to capture next', async () => {
    const result = await run(folder('riverside-cic'));
    expect(result.verdict).toBe('promising');
    expect(result.reasons.map((r) => r.text)).toEqual([
      'Active',
      'Trading for 1 year (incorporated 14 September 2025)',
      'First accounts not due until 14 June 2027',
      'Confirmation statement up to date (next due 27 September 2026)',
      '4 active directors, 2 of them clinicians (General Practitioner and Community Nurse)',
      'Person with significant control: Dr Helen Margaret Okafor',
    ]);
    expect(result.missing).toEqual([
      'Capture the Filing history tab',
      'Capture every page of the People tab, with resigned officers shown',
      "Clip the federation's services from its website",
      'Link the federation to its PCNs',
    ]);
  });

  it('Ashby, micro-entity accounts: turnover not disclosed, net assets and employees weighed', async () => {
    const result = await run(folder('ashby-micro'), '--accounts', accounts('ashby-2025-micro.xhtml'));
    expect(result.verdict).toBe('promising');
    expect(result.reasons.find((r) => r.code === 'turnover-not-disclosed')).toEqual({
      code: 'turnover-not-disclosed',
      text: 'Turnover not disclosed (micro-entity accounts); net assets £3,810, 2 employees',
      evidence: { label: 'Micro company accounts made up to 30 April 2025', url: `${HOST}/company/05432109/filing-history/QVNIQlkwMDAwMkFBMjAyNQ/document?format=pdf&download=0` },
    });
    expect(result.missing).toEqual(['Capture the People tab', "Clip the federation's services from its website", 'Link the federation to its PCNs']);
  });

  it('only an overview: insufficient data, listing what to capture', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assess-overview-'));
    copyFileSync(path.join(folder('northfield'), 'northfield-overview.html'), path.join(dir, 'overview.html'));
    const result = await run(dir);
    expect(result.verdict).toBe('insufficient-data');
    expect(result.missing).toEqual([
      'Capture the Filing history tab',
      'Capture the People tab',
      'Open the latest accounts',
      "Clip the federation's services from its website",
      'Link the federation to its PCNs',
    ]);
  });

  it('uses the real date unless ICS_SCOUT_TODAY pins it', async () => {
    delete process.env.ICS_SCOUT_TODAY;
    expect((await run(folder('northfield'))).verdict).toMatch(/^(promising|ready|not-ready)$/);
    process.env.ICS_SCOUT_TODAY = '15/09/2026';
    expect((await failure(folder('northfield')))?.message).toBe('ICS_SCOUT_TODAY=15/09/2026: expected a date as YYYY-MM-DD');
  });

  it('turns bad input into a one-line CliError', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'assess-empty-'));
    const noPages = mkdtempSync(path.join(tmpdir(), 'assess-nopages-'));
    writeFileSync(path.join(noPages, 'readme.txt'), 'nothing here');
    mkdirSync(path.join(noPages, 'page_files'));
    const cases: [string[], RegExp][] = [
      [[], /^usage: assess <folder>/],
      [[folder('northfield'), folder('hollins-dissolved')], /^usage: assess/],
      [[empty], /: the folder is empty$/],
      [[path.join(empty, 'missing')], /: no such folder$/],
      [[path.join(folder('northfield'), 'northfield-overview.html')], /: is a file, expected a folder of saved pages$/],
      [[noPages], /: no Companies House company page found/],
      [[folder('not-companies-house')], /: no Companies House company page found/],
      [[folder('two-companies')], /pages of 2 different companies: 05432109 \(ashby-no-sic-overview\.html\), 09876543 \(northfield-overview\.html\); keep one company per folder$/],
      [[folder('northfield'), '--accounts', accounts('ashby-2025-micro.xhtml')], /the accounts are for company 05432109, the pages for 09876543$/],
      [[folder('northfield'), '--accounts', path.join(FIXTURES, 'pages/federation-home.html')], /no inline XBRL facts found/],
      [[folder('northfield'), '--accounts', path.join(empty, 'none.pdf')], /no such file$/],
      [[folder('northfield'), '--accounts', accounts('northfield-2025.xhtml'), '--accounts', accounts('northfield-2025.xhtml')], /^give --accounts once$/],
      [[folder('northfield'), '--url', 'x'], /^unknown option --url$/],
    ];
    for (const [args, message] of cases) {
      const error = await failure(...args);
      expect(error, args.join(' ')).toBeInstanceOf(CliError);
      expect(error?.message, args.join(' ')).toMatch(message);
      expect(error?.message).not.toContain('\n');
    }
  });

  it('skips files in the folder that are not Companies House pages, saying so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assess-mixed-'));
    copyFileSync(path.join(folder('hollins-dissolved'), 'hollins-dissolved-overview.html'), path.join(dir, 'overview.html'));
    copyFileSync(path.join(folder('not-companies-house'), 'federation-home.html'), path.join(dir, 'home.html'));
    expect((await run(dir)).warnings).toEqual(['home.html: not a Companies House company page; skipped']);
  });
});
