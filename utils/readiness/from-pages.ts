import { appointmentKey, filingKey, pscKey } from '../capture/save-page';
import type { Filing, Officer, OverviewRecord, ParsedPage, Psc } from '../companies-house/records';
import { periodsFromIxbrl, periodsFromPdf, type AccountsDocument } from './accounts-periods';
import { capturedFromPages, type ReadinessClip, type ReadinessInput, type ReadinessPcnLink } from './input';

/**
 * A ReadinessInput from parsed Companies House pages of one company (as the CLI reads saved pages), with an
 * accounts document if one was read. Pages may come in any order and repeat: items are merged on the same keys
 * the store uses, so the input is what the store would hold after capturing those pages.
 */

export interface PagesExtras {
  accounts?: AccountsDocument | null;
  clips?: ReadinessClip[];
  linkedPcns?: ReadinessPcnLink[];
}

function pageOf(page: ParsedPage): { page: number; lastPage: number } {
  return page.pageType === 'overview' ? { page: 1, lastPage: 1 } : { page: page.record.page, lastPage: page.record.lastPage };
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

export function readinessInputFromPages(pages: readonly ParsedPage[], extras: PagesExtras = {}): { input: ReadinessInput; warnings: string[] } {
  const companyNumber = pages[0]?.companyNumber;
  if (!companyNumber) throw new RangeError('no pages to assess');
  const others = pages.filter((p) => p.companyNumber !== companyNumber);
  if (others.length > 0) throw new RangeError(`pages of more than one company: ${companyNumber}, ${others[0]!.companyNumber}`);

  // Page order, so a merged list reads as the register lists it (newest filings first).
  const ordered = [...pages].sort((a, b) => pageOf(a).page - pageOf(b).page);
  let overview: OverviewRecord | null = null;
  let overviewUrl: string | undefined;
  const filings: Filing[] = [];
  const officers: Officer[] = [];
  const pscs: Psc[] = [];
  for (const page of ordered) {
    if (page.pageType === 'overview') {
      overview = page.record;
      overviewUrl = page.url;
    } else if (page.pageType === 'filing-history') filings.push(...page.record.filings);
    else if (page.pageType === 'officers') officers.push(...page.record.officers);
    else pscs.push(...page.record.pscs);
  }

  const uniqueFilings = uniqueBy(filings, (f) => filingKey(companyNumber, f));
  const warnings: string[] = [];
  let accountsPeriods: ReadinessInput['accountsPeriods'] = [];
  const accounts = extras.accounts;
  if (accounts?.format === 'ixbrl') {
    accountsPeriods = periodsFromIxbrl(accounts.extract, uniqueFilings, accounts.documentUrl);
    if (accountsPeriods.length === 0) warnings.push('no reporting periods found in the accounts document');
  } else if (accounts?.format === 'pdf') {
    const fromPdf = periodsFromPdf(accounts.text, uniqueFilings, overview?.accounts?.lastMadeUpTo ?? null, accounts.documentUrl);
    accountsPeriods = fromPdf.periods;
    warnings.push(...fromPdf.warnings);
  }

  const input: ReadinessInput = {
    company: { companyNumber, overview, ...(overviewUrl ? { overviewUrl } : {}) },
    filings: uniqueFilings,
    officers: uniqueBy(officers, (o) => appointmentKey(companyNumber, o)),
    pscs: uniqueBy(pscs, (p) => pscKey(companyNumber, p)),
    accountsPeriods,
    clips: extras.clips ?? [],
    linkedPcns: extras.linkedPcns ?? [],
    captured: capturedFromPages(pages.map((p) => ({
      pageType: p.pageType,
      ...pageOf(p),
      filtered: p.pageType === 'filing-history' ? p.record.filtered : p.pageType === 'officers' ? p.record.activeOnly : false,
    }))),
  };
  return { input, warnings };
}
