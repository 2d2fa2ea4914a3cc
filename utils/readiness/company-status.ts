// Kept apart from the readiness context so the popup's first-read script can use it without the accounts code.

export type StatusKind = 'active' | 'closed' | 'insolvent' | 'other';

/** The register's statuses in kinds: closed ones are gone; insolvent ones are in a formal procedure. */
export function statusKind(status: string): StatusKind {
  const s = status.toLowerCase();
  if (/^active\b/.test(s)) return 'active';
  if (/dissolved|closed|removed|converted/.test(s)) return 'closed';
  if (/liquidation|administration|receiver|voluntary arrangement|insolvency/.test(s)) return 'insolvent';
  return 'other';
}
