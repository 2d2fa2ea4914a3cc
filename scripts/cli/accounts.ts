import { parseHTML } from 'linkedom';
import { extractIxbrlAccounts } from '../../utils/accounts/ixbrl.ts';
import { readPdfAccountsText } from '../../utils/accounts/pdf-text.ts';
import { CliError, parseArgs, readInputFile, type CliCommand } from './command.ts';

/** `accounts <file>`: figures from a saved accounts document, iXBRL (.html / .xhtml) or PDF. */

function looksLikePdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).toString('latin1').includes('%PDF-');
}

async function accountsFromPdf(path: string, bytes: Buffer): Promise<unknown> {
  try {
    return await readPdfAccountsText(new Uint8Array(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${path}: not a readable PDF (${reason})`);
  }
}

function accountsFromIxbrl(path: string, bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  if (!/<[a-z]/i.test(text)) throw new CliError(`${path}: not an HTML or XHTML document`);
  const { document } = parseHTML(text);
  const extract = extractIxbrlAccounts(document as unknown as Document);
  if (extract.periods.length === 0 && extract.warnings.some((w) => w.startsWith('no inline XBRL facts'))) {
    throw new CliError(`${path}: no inline XBRL facts found (is it an accounts document?)`);
  }
  const { periods, dormant, regime, currency, companyNumber, companyName, warnings } = extract;
  return { periods, dormant, regime, currency, companyNumber, companyName, warnings };
}

export const accountsCommand: CliCommand = {
  name: 'accounts',
  usage: 'accounts <file.html|.xhtml|.pdf>',
  summary: 'figures (turnover, profit, net assets, employees) from an iXBRL or PDF accounts document',
  async run(args) {
    const { positional } = parseArgs(args, []);
    if (positional.length !== 1) throw new CliError('usage: accounts <file.html|.xhtml|.pdf>');
    const path = positional[0]!;
    const bytes = await readInputFile(path);
    if (bytes.length === 0) throw new CliError(`${path}: the file is empty`);
    if (/\.pdf$/i.test(path) || looksLikePdf(bytes)) return accountsFromPdf(path, bytes);
    if (/\.(x?html?|xml)$/i.test(path) || /^\s*</.test(bytes.subarray(0, 256).toString('utf8'))) {
      return accountsFromIxbrl(path, bytes);
    }
    throw new CliError(`${path}: expected an .html, .xhtml or .pdf accounts document`);
  },
};
