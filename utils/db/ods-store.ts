import { addSubIcb, deriveIcbs, mergeOds, summariseOds, type OdsSummary } from '../ods/merge';
import type { OdsDataset, OdsFileContents, OdsPractice, OdsSource, OdsSubIcb } from '../ods/rows';
import type { ScoutDb } from './schema';
import type { OdsSnapshotRow } from './rows';

export interface OdsImportProgress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

/** Rows per bulk write: progress is reported between chunks, inside the one transaction. */
const CHUNK = 2000;

const ODS_TABLES = ['odsPcns', 'odsPractices', 'odsMemberships', 'odsSubIcbs', 'odsIcbs', 'odsSnapshots'] as const;

/** Snapshots as a dataset carries them: when they were imported is the store's business. */
function datasetSnapshots(rows: readonly OdsSnapshotRow[]): OdsDataset['snapshots'] {
  return rows.map(({ importedAt: _importedAt, ...snapshot }) => snapshot);
}

/** Everything the store holds of NHS ODS, as one dataset. */
export async function loadOdsDataset(db: ScoutDb): Promise<OdsDataset> {
  const [pcns, practices, memberships, subIcbs, icbs, snapshots] = await Promise.all([
    db.odsPcns.toArray(),
    db.odsPractices.toArray(),
    db.odsMemberships.toArray(),
    db.odsSubIcbs.toArray(),
    db.odsIcbs.toArray(),
    db.odsSnapshots.toArray(),
  ]);
  return { pcns, practices, memberships, subIcbs, icbs, snapshots: datasetSnapshots(snapshots) };
}

function replacedSources(fresh: OdsDataset) {
  const sources = new Set<OdsSource>(fresh.snapshots.map((s) => s.source));
  return {
    sources,
    replacesPcns: sources.has('epcn'),
    replacesMemberships: sources.has('epcncorepartnerdetails'),
    replacesPractices: sources.has('epraccur'),
  };
}

/** Reads only the stored rows an import keeps: a full national import reads nothing back. */
async function loadKeptRows(db: ScoutDb, fresh: OdsDataset): Promise<OdsDataset> {
  const { replacesPcns, replacesMemberships, replacesPractices } = replacedSources(fresh);
  const [pcns, practices, memberships, subIcbs, snapshots] = await Promise.all([
    replacesPcns ? [] : db.odsPcns.toArray(),
    replacesPractices && replacesMemberships ? [] : db.odsPractices.toArray(),
    replacesMemberships ? [] : db.odsMemberships.toArray(),
    replacesPcns && replacesPractices ? [] : db.odsSubIcbs.toArray(),
    db.odsSnapshots.toArray(),
  ]);
  return { pcns, practices, memberships, subIcbs, icbs: [], snapshots: datasetSnapshots(snapshots) };
}

/**
 * The dataset after importing `files`: each source the files carry replaces that source's rows in the
 * store (a new ePCN replaces PCNs and memberships, a new epraccur replaces practices); what the files do
 * not carry is kept. Sub-ICBs merge field by field (names from ePCN, ICB codes from epraccur).
 */
export function combineWithStore(stored: OdsDataset, fresh: OdsDataset): OdsDataset {
  const { sources, replacesPcns, replacesMemberships, replacesPractices } = replacedSources(fresh);

  const practices = new Map<string, OdsPractice>();
  for (const practice of stored.practices) {
    const replaced = practice.source === 'epraccur' ? replacesPractices : replacesMemberships;
    if (!replaced) practices.set(practice.code, practice);
  }
  for (const practice of fresh.practices) {
    // A practice known only from ePCN never replaces its fuller epraccur row.
    if (practices.get(practice.code)?.source === 'epraccur' && practice.source !== 'epraccur') continue;
    practices.set(practice.code, practice);
  }

  const subIcbs = new Map<string, OdsSubIcb>();
  if (!(replacesPcns && replacesPractices)) for (const subIcb of stored.subIcbs) subIcbs.set(subIcb.code, subIcb);
  for (const subIcb of fresh.subIcbs) addSubIcb(subIcbs, subIcb);
  const subIcbList = [...subIcbs.values()];

  return {
    pcns: replacesPcns ? fresh.pcns : stored.pcns,
    memberships: replacesMemberships ? fresh.memberships : stored.memberships,
    practices: [...practices.values()],
    subIcbs: subIcbList,
    icbs: deriveIcbs(subIcbList),
    snapshots: [...stored.snapshots.filter((s) => !sources.has(s.source)), ...fresh.snapshots],
  };
}

/**
 * Imports ODS files into the store in one transaction, written in chunks with progress. If anything fails
 * midway the transaction aborts and the previous dataset is left exactly as it was.
 */
export async function importOdsFiles(
  db: ScoutDb,
  files: readonly OdsFileContents[],
  options: { now?: Date; onProgress?: (progress: OdsImportProgress) => void } = {},
): Promise<OdsSummary> {
  const importedAt = (options.now ?? new Date()).toISOString();
  let summary: OdsSummary | undefined;
  await db.transaction('rw', ODS_TABLES.map((t) => db.table(t)), async () => {
    const fresh = mergeOds(files);
    const dataset = combineWithStore(await loadKeptRows(db, fresh), fresh);
    // One snapshot row per source: the newest.
    const snapshots = new Map<string, OdsDataset['snapshots'][number]>();
    for (const s of dataset.snapshots) {
      const known = snapshots.get(s.source);
      if (!known || (s.snapshotDate ?? '') >= (known.snapshotDate ?? '')) snapshots.set(s.source, s);
    }
    const writes: [string, object[]][] = [
      ['odsIcbs', dataset.icbs],
      ['odsSubIcbs', dataset.subIcbs],
      ['odsPcns', dataset.pcns],
      ['odsPractices', dataset.practices],
      ['odsMemberships', dataset.memberships],
      ['odsSnapshots', [...snapshots.values()].map((s) => ({ ...s, importedAt }))],
    ];
    const total = writes.reduce((sum, [, rows]) => sum + rows.length, 0);
    let done = 0;
    options.onProgress?.({ phase: 'writing', done, total });
    for (const table of ODS_TABLES) await db.table(table).clear();
    for (const [table, rows] of writes) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await db.table(table).bulkAdd(chunk);
        done += chunk.length;
        options.onProgress?.({ phase: 'writing', done, total });
      }
    }
    summary = summariseOds(dataset);
  });
  return summary!;
}
