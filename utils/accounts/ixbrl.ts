import {
  FIGURE_CONCEPTS,
  FIGURE_IS_INSTANT,
  FIGURES,
  businessFactFor,
  figureForConcept,
  mostSpecificRegime,
  regimeForMember,
  regimeForText,
  schemaRole,
  type AccountsRegime,
  type BusinessFact,
  type Figure,
} from './ixbrl-concepts';
import { nonFractionText, nonNumericText, readIxbrlDocument, type IxContext, type IxFact } from './ixbrl-document';
import { applyScale, parseIxBoolean, parseIxDate, parseIxNumber } from './ixbrl-transforms';
import type { AccountsExtract, AccountsPeriod } from './records';

/**
 * Headline figures from an inline XBRL accounts document (as filed at Companies House): turnover, profit, net
 * assets and employees per period, newest first, plus dormancy, regime, currency and the company's identity.
 * Pure: no fetching. Never throws; anything odd becomes a warning.
 */
export function extractIxbrlAccounts(doc: Document): AccountsExtract {
  try {
    return extract(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...emptyExtract(), warnings: [`could not read the document: ${message}`] };
  }
}

function emptyExtract(): AccountsExtract {
  return { periods: [], dormant: null, regime: null, currency: null, companyNumber: null, companyName: null, warnings: [] };
}

interface StoredNumber {
  value: number;
  decimals: number;
  currency: string | null;
}

/** Contexts with the same dates are the same period, whatever their ids. */
function periodKey(context: IxContext): string | null {
  if (context.instant) return `I|${context.instant}`;
  if (context.endDate) return `D|${context.startDate ?? ''}|${context.endDate}`;
  return null;
}

function readDecimals(decimals: string | null): number {
  if (!decimals || /^inf$/i.test(decimals)) return Infinity;
  const n = Number(decimals);
  return Number.isInteger(n) ? n : Infinity;
}

function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(decimals)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** XBRL duplicates agree when they match at the lower of their two precisions (1,234,567 vs 1,235 thousand). */
function consistent(a: StoredNumber, b: StoredNumber): boolean {
  if (a.value === b.value) return true;
  const decimals = Math.min(a.decimals, b.decimals);
  return Number.isFinite(decimals) && roundTo(a.value, decimals) === roundTo(b.value, decimals);
}

function describePeriod(key: string): string {
  const [kind, first, second] = key.split('|');
  return kind === 'I' ? `at ${first}` : `for ${first || '?'} to ${second}`;
}

function extract(doc: Document): AccountsExtract {
  const { contexts, units, facts, warnings } = readIxbrlDocument(doc);
  const result = emptyExtract();
  if (facts.length === 0) {
    warnings.push('no inline XBRL facts found: is this an iXBRL accounts document?');
    return { ...result, warnings };
  }

  const missingContexts = new Map<string, number>();
  const usedContextIds = new Set<string>();
  /** Period keys of headline (non-dimensional) contexts that carry any fact. */
  const usedHeadlineKeys = new Set<string>();
  /** `${concept}|${periodKey}` → first value seen. */
  const numbers = new Map<string, StoredNumber>();
  const regimes = new Set<AccountsRegime>();
  const metadata = new Map<BusinessFact, string | boolean>();
  const otherCurrencies = new Map<string, number>();

  for (const fact of facts) {
    const role = schemaRole(fact.namespace);
    const business = businessFactFor(role, fact.localName);
    // Dates, flags and names mean the same whatever context they sit in, so they are read even when the
    // context is missing.
    if (business) readBusinessFact(fact, business, metadata, regimes, warnings);

    const context = fact.contextRef ? contexts.get(fact.contextRef) : undefined;
    if (!context) {
      const ref = fact.contextRef ?? '(none)';
      missingContexts.set(ref, (missingContexts.get(ref) ?? 0) + 1);
      continue;
    }
    usedContextIds.add(context.id);
    const key = periodKey(context);
    if (!context.dimensional && key) usedHeadlineKeys.add(key);

    if (fact.kind !== 'nonFraction') continue;
    const currency = fact.unitRef ? (units.get(fact.unitRef)?.currency ?? null) : null;
    if (currency) otherCurrencies.set(currency, (otherCurrencies.get(currency) ?? 0) + 1);

    const figure = figureForConcept(role, fact.localName);
    if (!figure || context.dimensional || !key || fact.nil) continue;
    const value = readNumber(fact, key, warnings);
    if (value === null) continue;
    const stored: StoredNumber = { value, decimals: readDecimals(fact.decimals), currency };
    const slot = `${fact.localName}|${key}`;
    const first = numbers.get(slot);
    if (!first) numbers.set(slot, stored);
    else if (!consistent(first, stored)) {
      warnings.push(`conflicting values for ${fact.localName} ${describePeriod(key)}: kept ${first.value}, ignored ${stored.value}`);
    }
  }

  for (const [ref, count] of missingContexts) {
    warnings.push(`${count} fact(s) refer to context "${ref}", which the document does not declare: their figures are ignored`);
  }
  for (const id of usedContextIds) {
    for (const member of contexts.get(id)?.members ?? []) {
      const regime = regimeForMember(member);
      if (regime) regimes.add(regime);
    }
  }

  result.periods = buildPeriods(contexts, usedHeadlineKeys, numbers, metadata, warnings);
  result.dormant = typeof metadata.get('dormant') === 'boolean' ? (metadata.get('dormant') as boolean) : null;
  result.regime = mostSpecificRegime(regimes);
  result.currency = headlineCurrency(numbers, otherCurrencies, warnings);
  result.companyNumber = companyNumber(metadata, contexts);
  result.companyName = (metadata.get('companyName') as string | undefined) ?? null;
  result.warnings = warnings;
  return result;
}

function readNumber(fact: IxFact, key: string, warnings: string[]): number | null {
  const parsed = parseIxNumber(nonFractionText(fact.element), fact.format);
  if (!parsed.ok) {
    warnings.push(`${fact.localName} ${describePeriod(key)}: ${parsed.reason}; ignored`);
    return null;
  }
  if (parsed.value === null) return null;
  const scale = fact.scale === null ? 0 : Number(fact.scale);
  if (!Number.isInteger(scale)) {
    warnings.push(`${fact.localName} ${describePeriod(key)}: scale "${fact.scale}" is not a whole number; ignored`);
    return null;
  }
  const magnitude = applyScale(parsed.value, scale);
  return fact.sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
}

function readBusinessFact(
  fact: IxFact,
  business: BusinessFact,
  metadata: Map<BusinessFact, string | boolean>,
  regimes: Set<AccountsRegime>,
  warnings: string[],
): void {
  if (fact.nil) return;
  const text = nonNumericText(fact.element);
  let value: string | boolean | null;
  switch (business) {
    case 'regimeText': {
      const regime = regimeForText(text);
      if (regime) regimes.add(regime);
      return;
    }
    case 'dormant':
      value = parseIxBoolean(text, fact.format);
      if (value === null && text) warnings.push(`${fact.localName}: "${text}" is not true or false; ignored`);
      break;
    case 'periodStart':
    case 'periodEnd':
    case 'balanceSheetDate':
      value = parseIxDate(text, fact.format);
      if (value === null && text) warnings.push(`${fact.localName}: cannot read "${text}" as a date; ignored`);
      break;
    case 'companyNumber':
      value = text.replace(/\s+/g, '').toUpperCase() || null;
      break;
    case 'companyName':
      value = text || null;
      break;
  }
  if (value === null) return;
  const first = metadata.get(business);
  if (first === undefined) metadata.set(business, value);
  else if (first !== value) warnings.push(`conflicting values for ${fact.localName}: kept "${first}", ignored "${value}"`);
}

/**
 * One period per year end. A period exists where a headline duration context is used, where a headline
 * figure sits at an instant (the prior year of micro-entity accounts is often only a balance sheet date), and
 * at the report's own end date.
 */
function buildPeriods(
  contexts: Map<string, IxContext>,
  usedHeadlineKeys: Set<string>,
  numbers: Map<string, StoredNumber>,
  metadata: Map<BusinessFact, string | boolean>,
  warnings: string[],
): AccountsPeriod[] {
  const startsByEnd = new Map<string, Set<string>>();
  for (const key of usedHeadlineKeys) {
    const [kind, start, end] = key.split('|');
    if (kind === 'D' && start && end) {
      let starts = startsByEnd.get(end);
      if (!starts) startsByEnd.set(end, (starts = new Set()));
      starts.add(start);
    }
  }
  const ends = new Set(startsByEnd.keys());
  for (const slot of numbers.keys()) {
    const [, kind, date] = slot.split('|');
    if (kind === 'I' && date) ends.add(date);
  }
  const reportStart = (metadata.get('periodStart') as string | undefined) ?? null;
  const reportEnd = (metadata.get('periodEnd') as string | undefined) ?? (metadata.get('balanceSheetDate') as string | undefined) ?? null;
  if (reportEnd && !ends.has(reportEnd)) {
    const known = [...contexts.values()].some((c) => c.endDate === reportEnd || c.instant === reportEnd);
    if (known) ends.add(reportEnd);
    else warnings.push(`the report's end date ${reportEnd} matches no context`);
  }

  const periods: AccountsPeriod[] = [];
  for (const end of [...ends].sort().reverse()) {
    const starts = startsByEnd.get(end);
    let start: string | null = null;
    if (starts && end === reportEnd && reportStart && starts.has(reportStart)) start = reportStart;
    else if (starts) start = [...starts].sort()[0] ?? null;
    const durationKey = start && starts?.has(start) ? `D|${start}|${end}` : null;
    if (!start && end === reportEnd) start = reportStart;

    const value = (figure: Figure): number | null => {
      const key = FIGURE_IS_INSTANT[figure] ? `I|${end}` : durationKey;
      if (!key) return null;
      for (const concept of FIGURE_CONCEPTS[figure]) {
        const stored = numbers.get(`${concept}|${key}`);
        if (stored) return stored.value;
      }
      return null;
    };
    const period: AccountsPeriod = { start, end, turnover: null, profitLoss: null, netAssets: null, employees: null };
    for (const figure of FIGURES) period[figure] = value(figure);
    periods.push(period);
  }
  if (periods.length === 0) warnings.push('no reporting periods found');
  return periods;
}

function headlineCurrency(
  numbers: Map<string, StoredNumber>,
  otherCurrencies: Map<string, number>,
  warnings: string[],
): string | null {
  const headline = new Set<string>();
  for (const stored of numbers.values()) if (stored.currency) headline.add(stored.currency);
  if (headline.size > 1) warnings.push(`figures in more than one currency: ${[...headline].join(', ')}`);
  const [first] = headline;
  if (first) return first;
  let best: string | null = null;
  let bestCount = 0;
  for (const [currency, count] of otherCurrencies) {
    if (count > bestCount) [best, bestCount] = [currency, count];
  }
  return best;
}

function companyNumber(metadata: Map<BusinessFact, string | boolean>, contexts: Map<string, IxContext>): string | null {
  let number = (metadata.get('companyNumber') as string | undefined) ?? null;
  if (!number) {
    for (const context of contexts.values()) {
      if (context.identifier && /companieshouse/i.test(context.identifierScheme ?? '')) {
        number = context.identifier.toUpperCase();
        break;
      }
    }
  }
  if (number && /^\d{1,7}$/.test(number)) number = number.padStart(8, '0');
  return number;
}
