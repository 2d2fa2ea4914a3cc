import { PARSER_VERSION, type ParsedPage } from '../companies-house/records';
import { personNameKey } from '../people/name-key';
import type { ScoutDb } from '../db/schema';
import type { FilingRow, OfficerRow, PageCaptureRow, Provenance, PscRow } from '../db/rows';

export interface SavePageResult {
  companyNumber: string;
  pageType: ParsedPage['pageType'];
  page: number;
  /** new: first capture of this page; updated: content changed; unchanged: nothing written. */
  status: 'new' | 'updated' | 'unchanged';
  /** When this page's content was first captured as it now is. */
  capturedAt: string;
  /** The previous capture's time, for "already captured, N days ago". */
  previousCaptureAt: string | null;
  itemCount: number;
}

/** Rows compared without their provenance: a re-visit with the same content is not a change. */
function sameContent(a: object | undefined, b: object): boolean {
  if (!a) return false;
  const { provenance: _a, ...restA } = a as { provenance?: unknown };
  const { provenance: _b, ...restB } = b as { provenance?: unknown };
  return stableJson(restA) === stableJson(restB);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

export function filingKey(companyNumber: string, filing: { transactionId: string | null; date: string | null; formCode: string | null; description: string }): string {
  return filing.transactionId ?? `${companyNumber}/${filing.date ?? ''}/${filing.formCode ?? ''}/${filing.description.slice(0, 80)}`;
}

export function appointmentKey(companyNumber: string, officer: { officerId: string | null; name: string; role: string | null; appointedOn: string | null; appointedBefore: string | null }): string {
  const who = officer.officerId ?? personNameKey(officer.name);
  return `${companyNumber}/${who}/${officer.role ?? ''}/${officer.appointedOn ?? officer.appointedBefore ?? ''}`;
}

export function pscKey(companyNumber: string, psc: { name: string; notifiedOn: string | null }): string {
  return `${companyNumber}/${personNameKey(psc.name) || psc.name.toLowerCase()}/${psc.notifiedOn ?? ''}`;
}

/** Upserts rows by key, writing only those whose content changed. Returns how many were written. */
async function upsertChanged<T extends object>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkPut(rows: T[]): Promise<unknown> }, rows: T[], keyOf: (row: T) => string): Promise<number> {
  const existing = await table.bulkGet(rows.map(keyOf));
  const changed = rows.filter((row, i) => !sameContent(existing[i], row));
  if (changed.length) await table.bulkPut(changed);
  return changed.length;
}

/**
 * Stores what one Companies House page shows, keyed by the world's own ids, in one transaction.
 * Capturing the same page twice writes nothing the second time.
 */
export async function savePage(db: ScoutDb, parsed: ParsedPage, now: Date): Promise<SavePageResult> {
  const capturedAt = now.toISOString();
  const { companyNumber } = parsed;
  const provenance: Provenance = { sourceUrl: parsed.url, capturedAt, parserVersion: PARSER_VERSION };
  const page = parsed.pageType === 'overview' ? 1 : parsed.record.page;
  const lastPage = parsed.pageType === 'overview' ? 1 : parsed.record.lastPage;

  return db.transaction('rw', [db.companies, db.pageCaptures, db.filings, db.officers, db.pscs], async () => {
    let written = 0;
    let itemCount = 1;
    const company = await db.companies.get(companyNumber);
    const name = (parsed.pageType === 'overview' ? parsed.record.name : null) ?? parsed.companyName ?? company?.name ?? null;

    if (parsed.pageType === 'overview') {
      if (!company || !sameContent(company.overview ?? undefined, parsed.record) || company.name !== name) {
        await db.companies.put({ companyNumber, name, overview: parsed.record, provenance, updatedAt: capturedAt });
        written++;
      }
    } else {
      if (!company) {
        await db.companies.put({ companyNumber, name, overview: null, provenance: null, updatedAt: capturedAt });
      } else if (!company.name && name) {
        await db.companies.update(companyNumber, { name });
      }
      if (parsed.pageType === 'filing-history') {
        const rows: FilingRow[] = parsed.record.filings.map((f) => ({ ...f, key: filingKey(companyNumber, f), companyNumber, provenance }));
        itemCount = rows.length;
        written += await upsertChanged(db.filings, rows, (r) => r.key);
      } else if (parsed.pageType === 'officers') {
        const rows: OfficerRow[] = parsed.record.officers.map((o) => ({
          ...o,
          appointmentKey: appointmentKey(companyNumber, o),
          companyNumber,
          nameKey: personNameKey(o.name),
          provenance,
        }));
        itemCount = rows.length;
        written += await upsertChanged(db.officers, rows, (r) => r.appointmentKey);
      } else {
        const rows: PscRow[] = parsed.record.pscs.map((p) => ({ ...p, pscKey: pscKey(companyNumber, p), companyNumber, provenance }));
        itemCount = rows.length;
        written += await upsertChanged(db.pscs, rows, (r) => r.pscKey);
      }
    }

    const previous = await db.pageCaptures.get([companyNumber, parsed.pageType, page]);
    const capture: PageCaptureRow = {
      companyNumber,
      pageType: parsed.pageType,
      page,
      lastPage,
      url: parsed.url,
      capturedAt: previous?.capturedAt ?? capturedAt,
      itemCount,
      warnings: parsed.warnings,
      filtered: parsed.pageType === 'filing-history' ? parsed.record.filtered : parsed.pageType === 'officers' ? parsed.record.activeOnly : false,
    };
    if (written > 0 || !previous) capture.capturedAt = capturedAt;
    const pageChanged = !sameContent(previous, capture);
    if (pageChanged) await db.pageCaptures.put(capture);
    if (written > 0 || pageChanged) await db.companies.update(companyNumber, { updatedAt: capturedAt });

    return {
      companyNumber,
      pageType: parsed.pageType,
      page,
      status: !previous ? 'new' : written > 0 || pageChanged ? 'updated' : 'unchanged',
      capturedAt: capture.capturedAt,
      previousCaptureAt: previous?.capturedAt ?? null,
      itemCount,
    };
  });
}
