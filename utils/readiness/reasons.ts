/** What the verdict says and why: the shapes the popup and the CLI show. */

export type Verdict = 'ready' | 'promising' | 'not-ready' | 'insufficient-data';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  ready: 'Business-ready',
  promising: 'Promising',
  'not-ready': 'Not ready',
  'insufficient-data': 'Not enough data',
};

export type ReasonCode =
  | 'status-active'
  | 'status-closed'
  | 'status-insolvent'
  | 'status-other'
  | 'strike-off-proposed'
  | 'insolvency-history'
  | 'register-warning'
  | 'trading-years'
  | 'accounts-on-time'
  | 'accounts-overdue'
  | 'confirmation-on-time'
  | 'confirmation-overdue'
  | 'dormant'
  | 'income'
  | 'income-low'
  | 'no-income'
  | 'turnover-not-disclosed'
  | 'income-not-read'
  | 'figures-out-of-date'
  | 'board'
  | 'board-stable'
  | 'board-churn'
  | 'control'
  | 'services'
  | 'pcn-links'
  | 'pcn-links-weak';

/** The page, filing or clip a reason rests on, for the user to check. */
export interface Evidence {
  label: string;
  url: string;
}

export interface Reason {
  code: ReasonCode;
  /** The sentence the popup shows. */
  text: string;
  evidence: Evidence | null;
  effect: 'positive' | 'negative' | 'neutral';
  /** Negative reasons only. stop: rules the company out on its own; concern: keeps it from being ready. */
  severity?: 'stop' | 'concern';
}

export interface ReadinessAssessment {
  companyNumber: string;
  verdict: Verdict;
  reasons: Reason[];
  /** What to capture or open next, in that order; empty when the verdict is not-ready (more data would not help). */
  missing: string[];
}

/** The facts that must all hold for "ready". */
export type KeyFact = 'active' | 'trading' | 'income' | 'accounts-on-time' | 'confirmation-on-time' | 'board' | 'services' | 'pcn-links';

/** What one group of checks found: reasons to show, key facts (true holds, false fails, null unknown), gaps. */
export interface Findings {
  reasons: Reason[];
  keyFacts: Partial<Record<KeyFact, boolean | null>>;
  missing: string[];
}

export function findings(): Findings {
  return { reasons: [], keyFacts: {}, missing: [] };
}

export const positive = (code: ReasonCode, text: string, evidence: Evidence | null): Reason => ({ code, text, evidence, effect: 'positive' });
export const neutral = (code: ReasonCode, text: string, evidence: Evidence | null): Reason => ({ code, text, evidence, effect: 'neutral' });
export const concern = (code: ReasonCode, text: string, evidence: Evidence | null): Reason => ({ code, text, evidence, effect: 'negative', severity: 'concern' });
export const stop = (code: ReasonCode, text: string, evidence: Evidence | null): Reason => ({ code, text, evidence, effect: 'negative', severity: 'stop' });

/** The "to do" lines, worded once so the popup and tests agree. */
export const MISSING = {
  overview: 'Capture the Overview tab',
  filingHistory: 'Capture the Filing history tab',
  filingHistoryPages: 'Capture every page of the Filing history tab',
  people: 'Capture the People tab',
  peoplePages: 'Capture every page of the People tab, with resigned officers shown',
  accounts: 'Open the latest accounts',
  services: "Clip the federation's services from its website",
  pcnLinks: 'Link the federation to its PCNs',
} as const;
