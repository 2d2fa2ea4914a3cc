import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractIxbrlAccounts } from '../../utils/accounts/ixbrl.ts';
import { readPdfAccountsText } from '../../utils/accounts/pdf-text.ts';
import { companyPageUrl, detectCompanyPageFromDocument } from '../../utils/companies-house/detect.ts';
import { parseCompanyPage } from '../../utils/companies-house/parse-page.ts';
import type { ParsedPage } from '../../utils/companies-house/records.ts';
import { isoToday } from '../../utils/format/dates.ts';
import type { AccountsDocument } from '../../utils/readiness/accounts-periods.ts';
import { assessReadiness } from '../../utils/readiness/assess.ts';
import { parseCriteria } from '../../utils/readiness/criteria.ts';
import { readinessInputFromPages } from '../../utils/readiness/from-pages.ts';
import { CliError, parseArgs, readInputFile, type CliCommand } from './command.ts';

/**
 * `assess <folder> [--accounts <file>] [--criteria <file.json>]`: the readiness verdict for one company from its
 * saved Companies House pages. Pages are recognised by their content (title data-id, company number, current
 * page), since a saved file does not keep its URL.
 */

const PAGE_FILE = /\.x?html?$/i;

async function listPageFiles(folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${folder}: no such folder`);
    if (code === 'ENOTDIR') throw new CliError(`${folder}: is a file, expected a folder of saved pages`);
    throw new CliError(`${folder}: cannot read (${code ?? 'unknown error'})`);
  }
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  if (files.length === 0) throw new CliError(`${folder}: the folder is empty`);
  return files.filter((name) => PAGE_FILE.test(name)).sort().map((name) => join(folder, name));
}

interface SavedPage {
  file: string;
  parsed: ParsedPage;
}

async function readSavedPages(folder: string, warnings: string[]): Promise<SavedPage[]> {
  const pages: SavedPage[] = [];
  for (const file of await listPageFiles(folder)) {
    const html = (await readInputFile(file)).toString('utf8');
    const document = parseHTML(html).document as unknown as Document;
    const detected = detectCompanyPageFromDocument(document);
    if (!detected) {
      warnings.push(`${basename(file)}: not a Companies House company page; skipped`);
      continue;
    }
    const parsed = parseCompanyPage(document, companyPageUrl(detected.companyNumber, detected.pageType, detected.page));
    if (!parsed) {
      warnings.push(`${basename(file)}: could not be read as a ${detected.pageType} page; skipped`);
      continue;
    }
    warnings.push(...parsed.warnings.map((w) => `${basename(file)}: ${w}`));
    pages.push({ file, parsed });
  }
  if (pages.length === 0) throw new CliError(`${folder}: no Companies House company page found (overview, filing history, people or PSC)`);
  const companies = new Map<string, string>();
  for (const { file, parsed } of pages) if (!companies.has(parsed.companyNumber)) companies.set(parsed.companyNumber, basename(file));
  if (companies.size > 1) {
    const named = [...companies].map(([number, file]) => `${number} (${file})`).join(', ');
    throw new CliError(`${folder}: pages of ${companies.size} different companies: ${named}; keep one company per folder`);
  }
  return pages;
}

function looksLikePdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).toString('latin1').includes('%PDF-');
}

async function readAccounts(path: string, companyNumber: string): Promise<AccountsDocument> {
  const bytes = await readInputFile(path);
  if (bytes.length === 0) throw new CliError(`${path}: the accounts file is empty`);
  const documentUrl = pathToFileURL(resolve(path)).href;
  if (extname(path).toLowerCase() === '.pdf' || looksLikePdf(bytes)) {
    try {
      return { format: 'pdf', text: await readPdfAccountsText(new Uint8Array(bytes)), documentUrl };
    } catch (error) {
      throw new CliError(`${path}: not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const text = bytes.toString('utf8');
  if (!PAGE_FILE.test(path) && !/^\s*</.test(text)) throw new CliError(`${path}: expected an .html, .xhtml or .pdf accounts document`);
  const extract = extractIxbrlAccounts(parseHTML(text).document as unknown as Document);
  if (extract.periods.length === 0 && extract.warnings.some((w) => w.startsWith('no inline XBRL facts'))) {
    throw new CliError(`${path}: no inline XBRL facts found (is it an accounts document?)`);
  }
  if (extract.companyNumber && extract.companyNumber !== companyNumber) {
    throw new CliError(`${path}: the accounts are for company ${extract.companyNumber}, the pages for ${companyNumber}`);
  }
  return { format: 'ixbrl', extract, documentUrl };
}

async function readCriteria(path: string) {
  const text = (await readInputFile(path)).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${path}: not valid JSON`);
  }
  const { criteria, errors } = parseCriteria(json);
  if (errors.length > 0) throw new CliError(`${path}: ${errors[0]}`);
  return criteria;
}

/** The real date, unless ICS_SCOUT_TODAY pins it (for tests and reproducible runs). */
function today(): string {
  const pinned = process.env.ICS_SCOUT_TODAY;
  if (pinned === undefined || pinned === '') return isoToday(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) {
    throw new CliError(`ICS_SCOUT_TODAY=${pinned}: expected a date as YYYY-MM-DD`);
  }
  return pinned;
}

export const assessCommand: CliCommand = {
  name: 'assess',
  usage: 'assess <folder> [--accounts <file>] [--criteria <file.json>]',
  summary: 'readiness verdict for one company from its saved Companies House pages (and accounts)',
  async run(args) {
    const { positional, options } = parseArgs(args, ['accounts', 'criteria']);
    if (positional.length !== 1) throw new CliError(`usage: ${assessCommand.usage}`);
    if ((options.accounts?.length ?? 0) > 1) throw new CliError('give --accounts once');
    if ((options.criteria?.length ?? 0) > 1) throw new CliError('give --criteria once');
    const folder = positional[0]!;
    const date = today();
    const criteria = options.criteria ? await readCriteria(options.criteria[0]!) : parseCriteria({}).criteria;

    const warnings: string[] = [];
    const pages = await readSavedPages(folder, warnings);
    const companyNumber = pages[0]!.parsed.companyNumber;
    const accounts = options.accounts ? await readAccounts(options.accounts[0]!, companyNumber) : null;
    const built = readinessInputFromPages(pages.map((p) => p.parsed), { accounts });
    warnings.push(...built.warnings);

    const assessment = assessReadiness(built.input, criteria, date);
    return {
      companyNumber: assessment.companyNumber,
      verdict: assessment.verdict,
      reasons: assessment.reasons.map(({ code, text, evidence }) => ({ code, text, evidence })),
      missing: assessment.missing,
      warnings,
    };
  },
};
