import type { ClipRow, FederationPcnLinkRow } from '../db/rows';
import type { ScoutDb } from '../db/schema';
import { suggestPcnLinks } from '../linking/link-federation';
import { buildPracticeIndex, type PracticeIndex } from '../linking/practice-index';

export interface ClipToSave {
  kind: ClipRow['kind'];
  heading: string | null;
  items: string[];
  groups?: (string | null)[];
}

/**
 * Stores clipped lists (plain text) for a federation, remembers which federation the website belongs to,
 * and refreshes the federation's suggested PCN links from everything clipped for it. The user's own
 * decisions (confirmed, rejected) are kept as they are.
 */
export function createClipService(db: ScoutDb) {
  // The practice index is built from the whole ODS dataset: kept until the ODS data changes.
  let cached: { stamp: string; index: PracticeIndex } | null = null;
  async function practiceIndex(): Promise<PracticeIndex | null> {
    const snapshots = await db.odsSnapshots.toArray();
    if (!snapshots.length) return null;
    const stamp = snapshots.map((s) => `${s.source}:${s.importedAt}`).sort().join('|');
    if (cached?.stamp !== stamp) {
      const [practices, pcns, memberships, subIcbs] = await Promise.all([db.odsPractices.toArray(), db.odsPcns.toArray(), db.odsMemberships.toArray(), db.odsSubIcbs.toArray()]);
      cached = { stamp, index: buildPracticeIndex({ practices, pcns, memberships, subIcbs }) };
    }
    return cached.index;
  }

  /** Suggests the federation's PCNs afresh from its clips; returns how many links it now has, rejected ones aside. */
  async function refreshLinks(companyNumber: string, now: Date): Promise<number> {
    const index = await practiceIndex();
    if (!index) return 0;
    const clips = await db.clips.where('companyNumber').equals(companyNumber).toArray();
    const suggestions = suggestPcnLinks(index, clips);
    return db.transaction('rw', db.federationPcnLinks, async () => {
      const existing = await db.federationPcnLinks.where('companyNumber').equals(companyNumber).toArray();
      const decided = new Set(existing.filter((l) => l.status !== 'suggested').map((l) => l.pcnCode));
      await db.federationPcnLinks.bulkDelete(existing.filter((l) => l.status === 'suggested').map((l) => [l.companyNumber, l.pcnCode] as [string, string]));
      const rows = suggestions
        .filter((s) => !decided.has(s.pcnCode))
        .map((s): FederationPcnLinkRow => ({ companyNumber, pcnCode: s.pcnCode, status: 'suggested', confidence: s.confidence, evidence: s.evidence, updatedAt: now.toISOString() }));
      await db.federationPcnLinks.bulkPut(rows);
      // The user's decisions stay; the suggestions are the new rows.
      return existing.filter((l) => l.status === 'confirmed').length + rows.length;
    });
  }

  return {
    async save(input: { url: string; companyNumber: string; lists: ClipToSave[] }, now = new Date()) {
      const origin = new URL(input.url).origin;
      const capturedAt = now.toISOString();
      const rows: ClipRow[] = input.lists.map((list) => ({
        id: crypto.randomUUID(),
        companyNumber: input.companyNumber,
        siteOrigin: origin,
        url: input.url,
        kind: list.kind,
        heading: list.heading,
        items: list.items,
        ...(list.groups ? { groups: list.groups } : {}),
        capturedAt,
      }));
      await db.transaction('rw', [db.clips, db.websites], async () => {
        await db.clips.bulkAdd(rows);
        await db.websites.put({ origin, companyNumber: input.companyNumber, updatedAt: capturedAt });
      });
      return { saved: rows.length, links: await refreshLinks(input.companyNumber, now) };
    },

    async setLink(input: { companyNumber: string; pcnCode: string; status: 'confirmed' | 'rejected' }, now = new Date()) {
      const existing = await db.federationPcnLinks.get([input.companyNumber, input.pcnCode]);
      const evidence = existing?.evidence ?? [{ kind: 'user' as const, text: 'Added by you', score: null }];
      await db.federationPcnLinks.put({
        companyNumber: input.companyNumber,
        pcnCode: input.pcnCode,
        status: input.status,
        confidence: input.status === 'confirmed' ? 1 : (existing?.confidence ?? 0),
        evidence,
        updatedAt: now.toISOString(),
      });
      return { status: input.status };
    },
  };
}
