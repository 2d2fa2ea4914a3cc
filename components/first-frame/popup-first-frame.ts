import type { CompanyView } from '../../utils/db/company-assessment';
import { companySummaryView } from './company-summary-view';
import { verdictView } from './verdict-view';
import { domFromView, h, type ViewNode } from './view-tree';

/** The popup's outer markup, shared by its React app (PopupApp) and its first frame below. */
export const POPUP_MAIN_CLASS = 'w-[380px] space-y-3 p-3';
export const POPUP_TITLE_CLASS = 'text-sm font-bold tracking-wide text-indigo-700 dark:text-indigo-300';

/**
 * The popup's first frame on a company's page: its title, the company and the verdict, exactly as the
 * popup's React app renders them on its first render (which hydrates these nodes, then adds the rest:
 * accounts, PCNs, board overlaps, captures). Busy until then.
 */
export function popupFirstFrameView(view: CompanyView, now: Date): ViewNode {
  return h(
    'main',
    { class: POPUP_MAIN_CLASS, 'aria-busy': 'true' },
    h('h1', { class: POPUP_TITLE_CLASS }, 'ICS Scout'),
    companySummaryView(view.summary, now),
    verdictView(view.assessment),
  );
}

/**
 * Puts the first frame into the popup's empty #root, before React has loaded, and marks the moment (the
 * marks the benchmark reads). False, leaving the page alone, when there is no company to show or the root
 * is no longer empty (React got there first).
 */
export function showPopupFirstFrame(doc: Document, view: CompanyView | null, now: Date): boolean {
  const root = doc.getElementById('root');
  if (!view || !root || root.childNodes.length > 0) return false;
  root.appendChild(domFromView(popupFirstFrameView(view, now), doc));
  performance.mark('ics-scout:verdict');
  performance.mark('ics-scout:ready');
  return true;
}
