import { COMPANIES_HOUSE_ORIGIN } from '../companies-house/site';
import { formatLongDate } from '../format/dates';
import type { ReadinessAccountsPeriod, ReadinessClip, ReadinessFiling } from './input';
import type { Evidence } from './reasons';

/** The pages a reason can point at, for one company. */
export interface EvidenceLinks {
  overview: Evidence;
  insolvency: Evidence;
  filingHistory: Evidence;
  officers: Evidence;
  psc: Evidence;
}

function companyUrl(companyNumber: string, suffix: string): string {
  return `${COMPANIES_HOUSE_ORIGIN}/company/${encodeURIComponent(companyNumber)}${suffix}`;
}

export function evidenceLinks(companyNumber: string, overviewUrl?: string): EvidenceLinks {
  return {
    overview: { label: 'Companies House overview', url: overviewUrl ?? companyUrl(companyNumber, '') },
    insolvency: { label: 'Insolvency tab', url: companyUrl(companyNumber, '/insolvency') },
    filingHistory: { label: 'Filing history', url: companyUrl(companyNumber, '/filing-history') },
    officers: { label: 'People (officers)', url: companyUrl(companyNumber, '/officers') },
    psc: { label: 'Persons with significant control', url: companyUrl(companyNumber, '/persons-with-significant-control') },
  };
}

/** A filing's own document (the "View PDF" page a person can read), else the filing history. */
export function filingEvidence(filing: ReadinessFiling, links: EvidenceLinks): Evidence {
  const url = filing.links.pdf ?? filing.links.ixbrl ?? filing.links.zip;
  return url ? { label: filing.description, url } : { ...links.filingHistory, label: `Filing history: ${filing.description}` };
}

/** The accounts document figures were read from: its filing when known, else the document itself. */
export function accountsEvidence(period: ReadinessAccountsPeriod, filings: readonly ReadinessFiling[], links: EvidenceLinks): Evidence {
  const filing = period.source.transactionId ? filings.find((f) => f.transactionId === period.source.transactionId) : undefined;
  if (filing) return filingEvidence(filing, links);
  if (period.source.documentUrl) return { label: `Accounts made up to ${formatLongDate(period.end)}`, url: period.source.documentUrl };
  return links.filingHistory;
}

export function clipEvidence(clip: ReadinessClip, what: string): Evidence {
  let where = clip.url;
  try {
    where = new URL(clip.url).hostname;
  } catch {
    // A clip without a proper URL still names where it came from.
  }
  return { label: `${what} clipped from ${where}`, url: clip.url };
}
