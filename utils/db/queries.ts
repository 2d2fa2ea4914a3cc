import type { ScoutDb } from './schema';
import type { CompanyRow, OdsPcnRow, OdsPracticeRow, PageCaptureRow } from './rows';

/** Read-side queries the views share. Pages read the store directly; only the background writes. */

export interface CompanySummary {
  company: CompanyRow;
  counts: { filings: number; officers: number; activeOfficers: number; pscs: number };
  captures: PageCaptureRow[];
}

/** How many recently updated companies the popup lists when the page is not a company's. */
export const RECENT_COMPANIES = 8;

export async function recentCompanies(db: ScoutDb, limit = RECENT_COMPANIES): Promise<CompanyRow[]> {
  return db.companies.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export type SearchHit =
  | { kind: 'company'; id: string; title: string; detail: string }
  | { kind: 'pcn'; id: string; title: string; detail: string }
  | { kind: 'practice'; id: string; title: string; detail: string };

/**
 * The popup's quick search: federations in your store by name or company number, PCNs by code or name,
 * practices by ODS code or postcode. Codes and postcodes are read through their indexes and only the small
 * tables (your companies, some 1,300 PCNs) are scanned: never the 16,000 national practices, which would
 * hold the popup for a second a keystroke. Names across everything are the side panel's (its search index).
 * Returns the query it answers, so the view never shows one query's results under another.
 */
export async function searchStore(db: ScoutDb, query: string, limit = 20): Promise<{ query: string; hits: SearchHit[] }> {
  const q = query.trim();
  if (!q) return { query, hits: [] };
  const upper = q.toUpperCase();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const nameMatches = (name: string | null) => !!name && words.every((w) => name.toLowerCase().includes(w));

  const [companies, pcnsByCode, practicesByCode, practicesByPostcode, pcnsByName] = await Promise.all([
    db.companies.filter((c) => c.companyNumber.includes(upper) || nameMatches(c.name)).toArray(),
    db.odsPcns.where('code').startsWith(upper).limit(limit).toArray(),
    db.odsPractices.where('code').startsWith(upper).limit(limit).toArray(),
    upper.length >= 2 ? db.odsPractices.where('postcode').startsWith(upper).limit(limit).toArray() : Promise.resolve([] as OdsPracticeRow[]),
    q.length >= 3 ? db.odsPcns.filter((p) => nameMatches(p.name)).limit(limit).toArray() : Promise.resolve([] as OdsPcnRow[]),
  ]);
  const seen = new Set<string>();
  const hits: SearchHit[] = [
    ...companies.map((c): SearchHit => ({ kind: 'company', id: c.companyNumber, title: c.name ?? c.companyNumber, detail: `Company ${c.companyNumber}${c.overview?.status ? ` · ${c.overview.status}` : ''}` })),
    ...[...pcnsByCode, ...pcnsByName].map((p): SearchHit => ({ kind: 'pcn', id: p.code, title: p.name, detail: `PCN ${p.code}${p.closeDate ? ' · closed' : ''}` })),
    ...[...practicesByCode, ...practicesByPostcode].map((p): SearchHit => ({ kind: 'practice', id: p.code, title: p.name, detail: `Practice ${p.code}${p.postcode ? ` · ${p.postcode}` : ''}` })),
  ].filter((hit) => {
    const key = `${hit.kind}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { query, hits: hits.slice(0, limit) };
}
