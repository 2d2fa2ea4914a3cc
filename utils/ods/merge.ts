import {
  GP_PRACTICE_SETTING,
  NON_ENGLAND_ICB_CODE,
  WALES_NATIONAL_GROUPING,
  membershipKey,
  type OdsDataset,
  type OdsFileContents,
  type OdsIcb,
  type OdsPractice,
  type OdsSource,
  type OdsSubIcb,
} from './rows';

/**
 * Combines the contents of several ODS files into one dataset keyed on ODS codes.
 *
 * Files are applied oldest snapshot first, so a newer file's row replaces an older one with the same key
 * (PCN code; practice code; practice + PCN + start date). A file without a snapshot date counts as the newest:
 * it is most likely a report just fetched. Two rules on top:
 * - A practice row from epraccur is never replaced by one known only from ePCN (which lacks status, setting,
 *   address), whatever the dates.
 * - Sub-ICBs merge field by field: names come from ePCN and ICB codes from epraccur, and a newer file's empty
 *   field never erases a known one.
 * ICBs are derived: one per ICB code the sub-ICBs carry, named from the sub-ICB names ("NHS SUSSEX ICB - 09D"
 * → "NHS SUSSEX ICB", upper case as ODS writes it). With no epraccur, no ICB is known.
 */
export function mergeOds(files: readonly OdsFileContents[]): OdsDataset {
  const ordered = files
    .map((file, index) => ({ file, index, date: fileDate(file) }))
    .sort((a, b) => compareDates(a.date, b.date) || a.index - b.index)
    .map((entry) => entry.file);

  const pcns = new Map<string, OdsDataset['pcns'][number]>();
  const memberships = new Map<string, OdsDataset['memberships'][number]>();
  const practices = new Map<string, OdsPractice>();
  const subIcbs = new Map<string, OdsSubIcb>();
  for (const file of ordered) {
    for (const pcn of file.pcns) pcns.set(pcn.code, pcn);
    for (const membership of file.memberships) memberships.set(membershipKey(membership), membership);
    for (const practice of file.practices) {
      const known = practices.get(practice.code);
      if (known?.source === 'epraccur' && practice.source !== 'epraccur') continue;
      practices.set(practice.code, practice);
    }
    for (const subIcb of file.subIcbs) addSubIcb(subIcbs, subIcb);
  }
  const subIcbList = [...subIcbs.values()];
  return {
    pcns: [...pcns.values()],
    practices: [...practices.values()],
    memberships: [...memberships.values()],
    subIcbs: subIcbList,
    icbs: deriveIcbs(subIcbList),
    snapshots: ordered.flatMap((file) => file.snapshots),
  };
}

/** Adds a sub-ICB field by field: a later value wins, but an empty one never erases a known one. */
export function addSubIcb(subIcbs: Map<string, OdsSubIcb>, subIcb: OdsSubIcb): void {
  const known = subIcbs.get(subIcb.code);
  subIcbs.set(subIcb.code, {
    code: subIcb.code,
    name: subIcb.name ?? known?.name ?? null,
    icbCode: subIcb.icbCode ?? known?.icbCode ?? null,
  });
}

/** The newest snapshot date of a file, or null if any of its snapshots is undated. */
function fileDate(file: OdsFileContents): string | null {
  let latest: string | null = null;
  for (const snapshot of file.snapshots) {
    if (snapshot.snapshotDate === null) return null;
    if (latest === null || snapshot.snapshotDate > latest) latest = snapshot.snapshotDate;
  }
  return latest;
}

/** Ascending, with null (undated) last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const ICB_NAME_IN_SUB_ICB_NAME = /^(.*\bICB)\s*-\s*[A-Z0-9]+$/i;

/** "NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C" → "NHS NORTH EAST AND NORTH CUMBRIA ICB"; CCG names give null. */
export function icbNameFromSubIcbName(name: string): string | null {
  return ICB_NAME_IN_SUB_ICB_NAME.exec(name.trim())?.[1]?.replace(/\s+/g, ' ') ?? null;
}

export function deriveIcbs(subIcbs: readonly OdsSubIcb[]): OdsIcb[] {
  const names = new Map<string, Map<string, number>>();
  for (const subIcb of subIcbs) {
    if (subIcb.icbCode === null) continue;
    const votes = names.get(subIcb.icbCode) ?? new Map<string, number>();
    names.set(subIcb.icbCode, votes);
    const name = subIcb.name === null ? null : icbNameFromSubIcbName(subIcb.name);
    if (name !== null) votes.set(name, (votes.get(name) ?? 0) + 1);
  }
  return [...names].map(([code, votes]) => {
    let best: string | null = null;
    let bestVotes = 0;
    for (const [name, count] of votes) {
      if (count > bestVotes) [best, bestVotes] = [name, count];
    }
    return { code, name: best };
  });
}

export interface OdsSummary {
  pcns: { total: number; open: number };
  memberships: { total: number; open: number };
  /**
   * total: every row (epraccur lists all prescribing cost centres: GP practices, walk-in centres, prisons…),
   * plus practices known only from ePCN. active: GP practices in England (status A, prescribing setting 4,
   * not Welsh); activeWales: the same in Wales.
   */
  practices: { total: number; active: number; activeWales: number };
  /** England's sub-ICB locations in use: lead of an open PCN, in an open membership, or of an active GP practice. */
  subIcbs: number;
  /** England's ICBs (not Q99). */
  icbs: number;
  /** The newest snapshot date per source (null when no file of that source was dated). */
  snapshots: Partial<Record<OdsSource, string | null>>;
}

export function isActiveGpPractice(practice: OdsPractice): boolean {
  return practice.status === 'A' && practice.prescribingSetting === GP_PRACTICE_SETTING;
}

export function isWelshPractice(practice: OdsPractice): boolean {
  return practice.nationalGrouping === WALES_NATIONAL_GROUPING;
}

export function summariseOds(dataset: OdsDataset): OdsSummary {
  const activeGp = dataset.practices.filter(isActiveGpPractice);
  const activeWales = activeGp.filter(isWelshPractice);
  const activeEngland = activeGp.filter(
    (practice) => !isWelshPractice(practice) && practice.icbCode !== NON_ENGLAND_ICB_CODE,
  );

  const inUse = new Set<string>();
  for (const pcn of dataset.pcns) if (pcn.closeDate === null && pcn.subIcbCode) inUse.add(pcn.subIcbCode);
  for (const membership of dataset.memberships) {
    if (membership.endDate !== null) continue;
    if (membership.practiceSubIcbCode) inUse.add(membership.practiceSubIcbCode);
    if (membership.pcnSubIcbCode) inUse.add(membership.pcnSubIcbCode);
  }
  for (const practice of activeEngland) if (practice.subIcbCode) inUse.add(practice.subIcbCode);
  const englandSubIcbs = dataset.subIcbs.filter(
    (subIcb) => inUse.has(subIcb.code) && subIcb.icbCode !== NON_ENGLAND_ICB_CODE,
  );

  const snapshots: OdsSummary['snapshots'] = {};
  for (const snapshot of dataset.snapshots) {
    const known = snapshots[snapshot.source];
    const date = snapshot.snapshotDate;
    if (known === undefined || (date !== null && (known === null || date > known))) snapshots[snapshot.source] = date;
  }

  return {
    pcns: { total: dataset.pcns.length, open: dataset.pcns.filter((pcn) => pcn.closeDate === null).length },
    memberships: {
      total: dataset.memberships.length,
      open: dataset.memberships.filter((membership) => membership.endDate === null).length,
    },
    practices: { total: dataset.practices.length, active: activeEngland.length, activeWales: activeWales.length },
    subIcbs: englandSubIcbs.length,
    icbs: dataset.icbs.filter((icb) => icb.code !== NON_ENGLAND_ICB_CODE).length,
    snapshots,
  };
}
