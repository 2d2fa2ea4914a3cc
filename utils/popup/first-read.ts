import { companyView, type CompanySnapshot, type CompanyView } from '../db/company-assessment';
import { RECENT_COMPANIES } from '../db/queries';
import { openStoreDirect, readCompanySnapshotDirect, readRecentCompaniesDirect, readWebsiteFederationDirect } from '../db/read-direct';
import type { CompanyRow } from '../db/rows';
import { targetKind, type PopupTarget } from './target';

/**
 * What the popup shows first, read before its React and Dexie bundle has loaded: the target page, the
 * federation a website is linked to, and the company's snapshot. The popup renders it at once, then its
 * live queries take over (and follow later changes).
 */
export interface PopupFirstRead {
  target: PopupTarget;
  /** For a website other than Companies House: the federation it is linked to, or null. */
  websiteFederation: string | null;
  /** The company the popup describes (from the Companies House URL, or the website's federation). */
  companyNumber: string | null;
  snapshot: CompanySnapshot | null;
  /** The company's card (summary, verdict, accounts) from the snapshot, as of `now`. */
  view: CompanyView | null;
  /** The moment the card describes (a verdict depends on the day): the popup keeps it. */
  now: Date;
  /** True once the first-read script has put the card in the page (the popup then hydrates it). */
  shown: boolean;
  /** When the page is no company's: the companies updated most recently, newest first. */
  recent: CompanyRow[] | null;
}

/** Where the first-read script leaves its handoff (FirstReadHandoff) for the popup's bundle to pick up. */
export const FIRST_READ_GLOBAL = '__icsScoutFirstRead';

/**
 * How long the popup waits for the first read, counted from the moment the first-read script started,
 * before it shows its loading state instead (and takes the read when it comes, if the live queries have not
 * answered by then).
 */
export const FIRST_READ_WAIT_MS = 150;

/** What the first-read script leaves for the popup's bundle. */
export interface FirstReadHandoff {
  /** Never rejects: a failed read is null. */
  read: Promise<PopupFirstRead | null>;
  /** performance.now() after which the popup stops waiting for the read. */
  deadline: number;
}

/**
 * Reads what the popup shows first for `target`. Null when the store cannot be read directly (none yet, or
 * Dexie has still to migrate it): the popup's live queries then do all the reading, as they would anyway.
 */
export async function readPopupFirst(target: PopupTarget, factory: IDBFactory = indexedDB, now = new Date()): Promise<PopupFirstRead | null> {
  const { companyNumber: onPage, websiteOrigin } = targetKind(target.url);
  const idb = await openStoreDirect(factory);
  if (!idb) return null;
  let read: Omit<PopupFirstRead, 'view' | 'now' | 'shown'>;
  try {
    const websiteFederation = websiteOrigin ? await readWebsiteFederationDirect(idb, websiteOrigin) : null;
    const companyNumber = onPage ?? websiteFederation;
    const snapshot = companyNumber ? await readCompanySnapshotDirect(idb, companyNumber) : null;
    const recent = companyNumber ? null : await readRecentCompaniesDirect(idb, RECENT_COMPANIES);
    read = { target, websiteFederation, companyNumber, snapshot, recent };
  } finally {
    idb.close();
  }
  return { ...read, view: read.snapshot ? companyView(read.snapshot, now) : null, now, shown: false };
}

/** The handoff the first-read script left, or null when there is none (or it is not one). */
function firstReadHandoff(): FirstReadHandoff | null {
  const left = (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] as Partial<FirstReadHandoff> | undefined;
  return left?.read instanceof Promise && typeof left.deadline === 'number' ? (left as FirstReadHandoff) : null;
}

/**
 * What the popup renders with: the first read when it has finished by its deadline (it began well before
 * this bundle ran, so it normally has), else `later`, the same read still on its way. The popup then shows
 * its loading state and takes whichever answers first, the first read or its own live queries.
 */
export async function takePopupFirstRead(): Promise<{ initial: PopupFirstRead | null; later?: Promise<PopupFirstRead | null> }> {
  const handoff = firstReadHandoff();
  if (!handoff) return { initial: null };
  const started = handoff.read.catch(() => null);
  const late = Symbol('late');
  const wait = Math.max(0, handoff.deadline - performance.now());
  const first = await Promise.race([started, new Promise<typeof late>((resolve) => setTimeout(() => resolve(late), wait))]);
  return first === late ? { initial: null, later: started } : { initial: first };
}
