import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ClipKind } from '../utils/db/rows';
import { db } from '../utils/db/database';
import { recentCompanies } from '../utils/db/queries';
import type { DetectedList } from '../utils/federation/types';
import { selectionToItems } from '../utils/federation/selection';
import { callBackground } from '../utils/messages/client';

const KIND_LABELS: Record<ClipKind, string> = {
  services: 'Services running',
  'services-in-development': 'Services in development',
  practices: 'Member practices',
  pcns: 'PCNs',
  people: 'People',
  other: 'Other',
};

interface DraftList {
  kind: ClipKind;
  heading: string | null;
  text: string;
  original: DetectedList | null;
  keep: boolean;
}

interface PageLists {
  url: string;
  title: string;
  selection: string;
  lists: DetectedList[];
}

/**
 * Clip lists from the page in the active tab: found on request (the script is injected only on this click),
 * previewed and editable as plain text, then saved to a federation chosen once per website.
 */
export function ClipPanel({ tabId, url, federation }: { tabId: number | null; url: string; federation: string | null }) {
  const [drafts, setDrafts] = useState<DraftList[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(federation);
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const companies = useLiveQuery(() => recentCompanies(db, 50));
  const company = chosen ?? federation ?? companies?.[0]?.companyNumber ?? null;

  async function findLists() {
    setMessage(null);
    if (tabId === null) return setMessage({ kind: 'error', text: 'No tab to clip from.' });
    setBusy(true);
    try {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/clip-page.js'] });
      const page = injection?.result as PageLists | undefined;
      if (!page) throw new Error('the page gave no answer');
      const found: DraftList[] = page.lists.map((list) => ({ kind: list.kind, heading: list.heading, text: list.items.join('\n'), original: list, keep: list.kind !== 'other' }));
      const selected = selectionToItems(page.selection);
      if (selected.length) found.unshift({ kind: 'other', heading: 'Your selection', text: selected.join('\n'), original: null, keep: true });
      setDrafts(found);
      if (!found.length) setMessage({ kind: 'status', text: 'No lists found on this page. Select the text you want and try again.' });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not read this page: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!drafts || !company) return;
    const lists = drafts
      .filter((d) => d.keep)
      .map((d) => {
        const items = d.text.split('\n').map((line) => line.trim()).filter(Boolean);
        // Groups (the PCN heading of each practice) stay only while the items are the ones the page gave.
        const groups = d.original?.groups && d.original.items.join('\n') === items.join('\n') ? d.original.groups : undefined;
        return { kind: d.kind, heading: d.heading, items, ...(groups ? { groups } : {}) };
      })
      .filter((l) => l.items.length);
    if (!lists.length) return setMessage({ kind: 'error', text: 'Tick at least one list with items to save.' });
    setBusy(true);
    try {
      const result = await callBackground('clips.save', { url, companyNumber: company, lists });
      setMessage({ kind: 'status', text: `Saved ${result.saved} ${result.saved === 1 ? 'list' : 'lists'}; ${result.links} linked ${result.links === 1 ? 'PCN' : 'PCNs'}.` });
      setDrafts(null);
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const update = (index: number, change: Partial<DraftList>) => setDrafts((all) => all && all.map((d, i) => (i === index ? { ...d, ...change } : d)));
  return (
    <section aria-labelledby="clip-heading" className="space-y-2 text-xs" data-testid="clip-panel">
      <h3 id="clip-heading" className="font-semibold">
        Clip from this website
      </h3>
      <button type="button" onClick={findLists} disabled={busy} className="w-full rounded border border-indigo-600 px-2 py-1 text-indigo-700 hover:bg-indigo-50 disabled:opacity-50 dark:text-indigo-300 dark:hover:bg-indigo-950">
        Find lists on this page
      </button>
      {drafts?.length ? (
        <>
          <ul className="space-y-2" aria-label="Lists found">
            {drafts.map((draft, i) => (
              <li key={i} className="space-y-1 rounded border border-slate-200 p-1 dark:border-slate-700" data-testid="clip-draft">
                <div className="flex items-center gap-1">
                  <input type="checkbox" checked={draft.keep} onChange={(e) => update(i, { keep: e.target.checked })} aria-label={`Save “${draft.heading ?? KIND_LABELS[draft.kind]}”`} />
                  <select value={draft.kind} onChange={(e) => update(i, { kind: e.target.value as ClipKind })} aria-label="Kind of list" className="rounded border border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-800">
                    {Object.entries(KIND_LABELS).map(([kind, label]) => (
                      <option key={kind} value={kind}>
                        {label}
                      </option>
                    ))}
                  </select>
                  <span className="truncate text-slate-600 dark:text-slate-400">{draft.heading}</span>
                </div>
                <textarea value={draft.text} onChange={(e) => update(i, { text: e.target.value })} rows={Math.min(6, draft.text.split('\n').length)} aria-label="Items, one a line" className="w-full rounded border border-slate-300 bg-white p-1 font-mono text-[11px] dark:border-slate-600 dark:bg-slate-800" />
              </li>
            ))}
          </ul>
          <label className="block">
            Federation (remembered for this website)
            <select value={company ?? ''} onChange={(e) => setChosen(e.target.value)} className="mt-0.5 w-full rounded border border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-800" data-testid="clip-federation">
              {(companies ?? []).map((c) => (
                <option key={c.companyNumber} value={c.companyNumber}>
                  {c.name ?? c.companyNumber}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={save} disabled={busy || !company} className="w-full rounded bg-indigo-600 px-2 py-1 font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
            Save clips
          </button>
          {!companies?.length ? <p>Open the federation on Companies House first, so there is a company to attach clips to.</p> : null}
        </>
      ) : null}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="clip-message" className={message.kind === 'error' ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
