import type { CompanySnapshot } from '../db/company-assessment';
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
  /** When the page is no company's: the companies updated most recently, newest first. */
  recent: CompanyRow[] | null;
}

/** Where the first-read script leaves its promise for the popup's bundle to pick up. */
export const FIRST_READ_GLOBAL = '__icsScoutFirstRead';

/**
 * Reads what the popup shows first for `target`. Null when the store cannot be read directly (none yet, or
 * Dexie has still to migrate it): the popup's live queries then do all the reading, as they would anyway.
 */
export async function readPopupFirst(target: PopupTarget, factory: IDBFactory = indexedDB): Promise<PopupFirstRead | null> {
  const { companyNumber: onPage, websiteOrigin } = targetKind(target.url);
  const idb = await openStoreDirect(factory);
  if (!idb) return null;
  try {
    const websiteFederation = websiteOrigin ? await readWebsiteFederationDirect(idb, websiteOrigin) : null;
    const companyNumber = onPage ?? websiteFederation;
    const snapshot = companyNumber ? await readCompanySnapshotDirect(idb, companyNumber) : null;
    const recent = companyNumber ? null : await readRecentCompaniesDirect(idb, RECENT_COMPANIES);
    return { target, websiteFederation, companyNumber, snapshot, recent };
  } finally {
    idb.close();
  }
}

/** The first read the script started (never rejecting: a failure is null), or null when there is none. */
function startedPopupFirstRead(): Promise<PopupFirstRead | null> | null {
  const started = (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] as Promise<PopupFirstRead | null> | undefined;
  return started ? started.catch(() => null) : null;
}

/**
 * What the popup renders with: the first read when it finishes within `waitMs` (it began well before this
 * bundle ran, so it normally has), else `later`, the same read still on its way. The popup then shows its
 * loading state and takes whichever answers first, the first read or its own live queries.
 */
export async function takePopupFirstRead(waitMs = 150): Promise<{ initial: PopupFirstRead | null; later?: Promise<PopupFirstRead | null> }> {
  const started = startedPopupFirstRead();
  if (!started) return { initial: null };
  const late = Symbol('late');
  const first = await Promise.race([started, new Promise<typeof late>((resolve) => setTimeout(() => resolve(late), waitMs))]);
  return first === late ? { initial: null, later: started } : { initial: first };
}
