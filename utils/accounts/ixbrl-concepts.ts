/**
 * Which taxonomy concepts the accounts extract reads. A concept is the namespace URI (any version date) plus
 * the local name; the prefix a filer chose (`core:`, `uk-core:`, `ns5:`) means nothing.
 */

export const IX_NAMESPACES = new Set(['http://www.xbrl.org/2008/inlineXBRL', 'http://www.xbrl.org/2013/inlineXBRL']);
export const XBRLI_NAMESPACE = 'http://www.xbrl.org/2003/instance';
export const ISO4217_NAMESPACE = 'http://www.xbrl.org/2003/iso4217';

/** The parts of the UK taxonomies the extract uses; `core` holds the figures, `business` the report's metadata. */
export type SchemaRole = 'core' | 'business' | 'directors-report';

const SCHEMA_PATTERNS: [RegExp, SchemaRole][] = [
  // FRC taxonomies (FRS 102, FRS 101, IFRS, charities share these), dated yearly since 2014.
  [/^https?:\/\/xbrl\.frc\.org\.uk\/fr\/\d{4}-\d{2}-\d{2}\/core$/, 'core'],
  [/^https?:\/\/xbrl\.frc\.org\.uk\/cd\/\d{4}-\d{2}-\d{2}\/business$/, 'business'],
  [/^https?:\/\/xbrl\.frc\.org\.uk\/reports\/\d{4}-\d{2}-\d{2}\/direp$/, 'directors-report'],
  // Old UK GAAP taxonomies (2009), still met in accounts filed up to 2016.
  [/^https?:\/\/www\.xbrl\.org\/uk\/gaap\/core\/\d{4}-\d{2}-\d{2}$/, 'core'],
  [/^https?:\/\/www\.xbrl\.org\/uk\/cd\/business\/\d{4}-\d{2}-\d{2}$/, 'business'],
  [/^https?:\/\/www\.xbrl\.org\/uk\/reports\/direp\/\d{4}-\d{2}-\d{2}$/, 'directors-report'],
];

export function schemaRole(namespace: string | null): SchemaRole | null {
  if (!namespace) return null;
  for (const [pattern, role] of SCHEMA_PATTERNS) if (pattern.test(namespace)) return role;
  return null;
}

export type Figure = 'turnover' | 'profitLoss' | 'netAssets' | 'employees';
export const FIGURES: readonly Figure[] = ['turnover', 'profitLoss', 'netAssets', 'employees'];

/**
 * Core concepts per figure, most preferred first (FRC names and their 2009 equivalents). Turnover, profit and
 * employees are duration facts; net assets is a balance at an instant.
 */
export const FIGURE_CONCEPTS: Record<Figure, readonly string[]> = {
  turnover: ['TurnoverRevenue', 'TurnoverGrossOperatingRevenue'],
  profitLoss: ['ProfitLoss', 'ProfitLossForPeriod', 'ProfitLossOnOrdinaryActivitiesBeforeTax', 'OperatingProfitLoss'],
  netAssets: ['NetAssetsLiabilities', 'NetAssetsLiabilitiesIncludingPensionAssetLiability', 'Equity', 'ShareholderFunds'],
  employees: ['AverageNumberEmployeesDuringPeriod'],
};

export const FIGURE_IS_INSTANT: Record<Figure, boolean> = {
  turnover: false,
  profitLoss: false,
  netAssets: true,
  employees: false,
};

const FIGURE_BY_CONCEPT = new Map<string, Figure>();
for (const figure of FIGURES) for (const concept of FIGURE_CONCEPTS[figure]) FIGURE_BY_CONCEPT.set(concept, figure);

export function figureForConcept(role: SchemaRole | null, localName: string): Figure | null {
  return role === 'core' ? (FIGURE_BY_CONCEPT.get(localName) ?? null) : null;
}

/** Report metadata, from the business schema. */
export type BusinessFact = 'periodStart' | 'periodEnd' | 'balanceSheetDate' | 'dormant' | 'companyNumber' | 'companyName' | 'regimeText';

const BUSINESS_FACTS: Record<string, BusinessFact> = {
  StartDateForPeriodCoveredByReport: 'periodStart',
  EndDateForPeriodCoveredByReport: 'periodEnd',
  BalanceSheetDate: 'balanceSheetDate',
  EntityDormantTruefalse: 'dormant',
  EntityDormant: 'dormant',
  UKCompaniesHouseRegisteredNumber: 'companyNumber',
  EntityCurrentLegalOrRegisteredName: 'companyName',
  AccountingStandardsApplied: 'regimeText',
  AccountsTypeFullOrAbbreviated: 'regimeText',
  AccountsType: 'regimeText',
  ApplicableLegislation: 'regimeText',
};

/** Directors' statements whose wording names the regime ("prepared in accordance with the micro-entity provisions"). */
const REGIME_STATEMENTS = new Set([
  'StatementThatAccountsHaveBeenPreparedInAccordanceWithProvisionsSmallCompaniesRegime',
  'AccountsAreInAccordanceWithSpecialProvisionsCompaniesActRelatingToSmallCompanies',
  'StatementThatMembersHaveAgreedToPreparationAbridgedAccountsUnderSection444CompaniesAct2006',
]);

export function businessFactFor(role: SchemaRole | null, localName: string): BusinessFact | null {
  if (role === 'business') return BUSINESS_FACTS[localName] ?? null;
  if (role === 'directors-report' && REGIME_STATEMENTS.has(localName)) return 'regimeText';
  return null;
}

export const ACCOUNTS_REGIMES = ['micro-entity', 'filleted', 'abridged', 'abbreviated', 'small', 'full'] as const;
export type AccountsRegime = (typeof ACCOUNTS_REGIMES)[number];

/** Dimension members (local names) that name the regime: accounting standards, accounts type, legislation. */
const REGIME_MEMBERS: Record<string, AccountsRegime> = {
  'Micro-entities': 'micro-entity',
  MicroEntities: 'micro-entity',
  FilletedAccounts: 'filleted',
  AbridgedAccounts: 'abridged',
  AbbreviatedAccounts: 'abbreviated',
  SmallEntities: 'small',
  SmallCompaniesRegimeForAccounts: 'small',
  FRSSE: 'small',
  FullAccounts: 'full',
};

export function regimeForMember(localName: string): AccountsRegime | null {
  return REGIME_MEMBERS[localName] ?? null;
}

/** Free text of a regime fact or statement. "Full" alone is weak: micro-entity accounts are "full" (not abbreviated). */
export function regimeForText(text: string): AccountsRegime | null {
  if (/micro[-\s]?entit/i.test(text)) return 'micro-entity';
  if (/filleted/i.test(text)) return 'filleted';
  if (/abridged/i.test(text)) return 'abridged';
  if (/abbreviated/i.test(text)) return 'abbreviated';
  if (/small\s+compan|small\s+entit|\bFRSSE\b|section\s+1A/i.test(text)) return 'small';
  if (/^\s*full(\s+accounts)?\s*$/i.test(text)) return 'full';
  return null;
}

/** Several signals usually coexist (SmallEntities and AbridgedAccounts); the most specific one names the regime. */
export function mostSpecificRegime(found: Iterable<AccountsRegime>): AccountsRegime | null {
  let best: AccountsRegime | null = null;
  for (const regime of found) {
    if (best === null || ACCOUNTS_REGIMES.indexOf(regime) < ACCOUNTS_REGIMES.indexOf(best)) best = regime;
  }
  return best;
}
