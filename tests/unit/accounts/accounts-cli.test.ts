import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountsCommand } from '../../../scripts/cli/accounts';
import { CliError } from '../../../scripts/cli/command';

const FIXTURES = path.resolve(__dirname, '../../fixtures/accounts');

describe('accounts command', () => {
  it('prints periods, dormant, regime and currency for an iXBRL file', async () => {
    const result = await accountsCommand.run([path.join(FIXTURES, 'ixbrl/small-company-full-frc2022.xhtml')]);
    expect(result).toMatchObject({
      periods: [{ end: '2025-03-31', turnover: 1234567 }, { end: '2024-03-31', turnover: 987654 }],
      dormant: false,
      regime: 'small',
      currency: 'GBP',
      warnings: [],
    });
  });

  it('prints income lines for a PDF', async () => {
    expect(await accountsCommand.run([path.join(FIXTURES, 'income-two-years.pdf')])).toMatchObject({ machineReadable: true });
    expect(await accountsCommand.run([path.join(FIXTURES, 'scanned-no-text.pdf')])).toMatchObject({ machineReadable: false });
  });

  it('turns bad input into a one-line CliError', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accounts-cli-'));
    const write = (name: string, content: string) => {
      writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    const cases: [string[], RegExp][] = [
      [[], /^usage: accounts/],
      [[path.join(dir, 'missing.html')], /no such file/],
      [[write('empty.html', '')], /the file is empty/],
      [[write('page.html', '<html><body>Hello</body></html>')], /no inline XBRL facts found/],
      [[write('fake.pdf', 'not a pdf')], /not a readable PDF/],
      [[write('notes.txt', 'just words')], /expected an \.html, \.xhtml or \.pdf/],
    ];
    for (const [args, message] of cases) {
      const error = await accountsCommand.run(args).then(() => null, (e: unknown) => e);
      expect(error, args.join(' ')).toBeInstanceOf(CliError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
