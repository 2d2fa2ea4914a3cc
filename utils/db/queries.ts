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
 * Search by code first (exact, then prefix), then by words in names. A plain scan: the store's
 * companies are few; a ranked index over the national ODS data comes with the side panel's search.
 */
export async function searchStore(db: ScoutDb, query: string, limit = 20): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  const upper = q.toUpperCase();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const nameMatches = (name: string | null) => !!name && words.every((w) => name.toLowerCase().includes(w));

  const companies = (await db.companies.toArray()).filter((c) => c.companyNumber.includes(upper) || nameMatches(c.name));
  const pcns: OdsPcnRow[] = await db.odsPcns.where('code').startsWith(upper).limit(limit).toArray();
  const practices: OdsPracticeRow[] = await db.odsPractices.where('code').startsWith(upper).limit(limit).toArray();
  if (pcns.length + practices.length < limit && q.length >= 3) {
    pcns.push(...(await db.odsPcns.filter((p) => nameMatches(p.name)).limit(limit).toArray()));
    practices.push(...(await db.odsPractices.filter((p) => nameMatches(p.name)).limit(limit).toArray()));
  }
  const seen = new Set<string>();
  const hits: SearchHit[] = [
    ...companies.map((c): SearchHit => ({ kind: 'company', id: c.companyNumber, title: c.name ?? c.companyNumber, detail: `Company ${c.companyNumber}${c.overview?.status ? ` · ${c.overview.status}` : ''}` })),
    ...pcns.map((p): SearchHit => ({ kind: 'pcn', id: p.code, title: p.name, detail: `PCN ${p.code}${p.closeDate ? ' · closed' : ''}` })),
    ...practices.map((p): SearchHit => ({ kind: 'practice', id: p.code, title: p.name, detail: `Practice ${p.code}${p.postcode ? ` · ${p.postcode}` : ''}` })),
  ].filter((hit) => {
    const key = `${hit.kind}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return hits.slice(0, limit);
}
