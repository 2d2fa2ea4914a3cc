import { useState } from 'react';
import { callBackground } from '../utils/messages/client';

/** Records a person in a role at a PCN or practice (a clinical director, say), for the people overlap. */
export function RecordPerson({ entityKind, entityId }: { entityKind: 'pcn' | 'practice'; entityId: string }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState(entityKind === 'pcn' ? 'Clinical Director' : '');
  const [message, setMessage] = useState<string | null>(null);

  async function save() {
    try {
      await callBackground('people.add', { name, title: title.trim() || null, entityKind, entityId });
      setMessage(`Recorded ${name.trim()}.`);
      setName('');
    } catch (error) {
      setMessage((error as Error).message.replace(/^people\.add: invalid params at \w+: /, ''));
    }
  }

  return (
    <section aria-label="Record a person" className="space-y-1 text-xs" data-testid="record-person">
      <div className="flex gap-1">
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" aria-label="Person's name" className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 dark:border-slate-600 dark:bg-slate-800" />
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Role" aria-label="Role" className="w-32 rounded border border-slate-300 bg-white px-1 dark:border-slate-600 dark:bg-slate-800" />
        <button type="button" onClick={save} className="rounded border border-indigo-600 px-2 text-indigo-700 dark:text-indigo-300">
          Record
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
