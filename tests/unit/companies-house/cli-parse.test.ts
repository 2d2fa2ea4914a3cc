import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/command';
import { parseCommand } from '../../../scripts/cli/parse';
import { FIXTURE_DIR, fixture, readExpected } from './helpers';

describe('cli parse', () => {
  it('prints the record of a saved page given its URL', async () => {
    const { file, url } = fixture('northfield-filing-history-2.html');
    const expected = readExpected(file) as { pageType: string; companyNumber: string; record: unknown; warnings: string[] };
    await expect(parseCommand.run([`${FIXTURE_DIR}${file}`, '--url', url])).resolves.toEqual({
      pageType: expected.pageType, companyNumber: expected.companyNumber, record: expected.record, warnings: expected.warnings,
    });
  });

  it('identifies a saved page from the document when no URL is given', async () => {
    for (const file of ['northfield-officers-2.html', 'northfield-filing-history-3.html', 'riverside-cic-overview.html']) {
      const expected = readExpected(file) as { pageType: string; companyNumber: string; record: unknown };
      const result = await parseCommand.run([`${FIXTURE_DIR}${file}`]);
      expect(result, file).toMatchObject({ pageType: expected.pageType, companyNumber: expected.companyNumber, record: expected.record });
    }
  });

  it('turns bad input into one-line CliErrors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^usage: parse <file\.html>/],
      [['a.html', 'b.html'], /^usage:/],
      [[`${FIXTURE_DIR}missing.html`], /missing\.html: no such file$/],
      [[FIXTURE_DIR], /is a folder/],
      [[`${FIXTURE_DIR}README.md`], /not a Companies House company page/],
      [[`${FIXTURE_DIR}northfield-psc.html`, '--url', 'https://example.com/x'], /not a Companies House company/],
      [[`${FIXTURE_DIR}northfield-psc.html`, '--url', 'https://find-and-update.company-information.service.gov.uk/company/09876543/officers'],
        /does not match/],
      [[`${FIXTURE_DIR}northfield-psc.html`, '--page', '2'], /unknown option --page/],
    ];
    for (const [args, message] of cases) {
      const error = await parseCommand.run(args).then(() => null, (e: unknown) => e);
      expect(error, args.join(' ')).toBeInstanceOf(CliError);
      expect((error as Error).message, args.join(' ')).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
