import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../utils/db/database';
import type { EntityKind } from '../utils/db/rows';
import { callBackground } from '../utils/messages/client';

/** Notes and tags on any entity (a federation, PCN, practice, person, sub-ICB or ICB), for calls. */
export function EntityNotes({ entityKind, entityId }: { entityKind: EntityKind; entityId: string }) {
  const notes = useLiveQuery(() => db.notes.where('[entityKind+entityId]').equals([entityKind, entityId]).sortBy('createdAt'), [entityKind, entityId]);
  const tags = useLiveQuery(() => db.tags.where('[entityKind+entityId]').equals([entityKind, entityId]).toArray(), [entityKind, entityId]);
  const [note, setNote] = useState('');
  const [tag, setTag] = useState('');

  async function addNote() {
    if (!note.trim()) return;
    await callBackground('notes.add', { entityKind, entityId, text: note.trim() });
    setNote('');
  }
  async function addTag() {
    if (!tag.trim()) return;
    await callBackground('tags.set', { entityKind, entityId, tag: tag.trim().toLowerCase(), present: true });
    setTag('');
  }

  return (
    <section aria-label="Notes and tags" className="space-y-1 border-t border-slate-200 pt-2 text-xs dark:border-slate-700" data-testid="entity-notes">
      <div className="flex flex-wrap items-center gap-1">
        {(tags ?? []).map((t) => (
          <span key={t.tag} className="rounded-full bg-indigo-100 px-2 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">
            {t.tag}{' '}
            <button type="button" aria-label={`Remove tag ${t.tag}`} onClick={() => callBackground('tags.set', { entityKind, entityId, tag: t.tag, present: false })}>
              ×
            </button>
          </span>
        ))}
        <input value={tag} onChange={(e) => setTag(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && addTag()} placeholder="Add a tag" aria-label="Add a tag" className="w-24 rounded border border-slate-300 bg-white px-1 dark:border-slate-600 dark:bg-slate-800" />
      </div>
      <ul className="space-y-0.5">
        {(notes ?? []).map((n) => (
          <li key={n.id} className="whitespace-pre-wrap rounded bg-slate-100 p-1 dark:bg-slate-800">
            {n.text} <span className="text-slate-500">({n.createdAt.slice(0, 10)})</span>
          </li>
        ))}
      </ul>
      <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} placeholder="Add a note" aria-label="Add a note" className="w-full rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-800" />
      <button type="button" onClick={addNote} className="rounded border border-indigo-600 px-2 text-indigo-700 dark:text-indigo-300">
        Save note
      </button>
    </section>
  );
}
