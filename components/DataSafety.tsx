import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ChangeEvent } from 'react';
import { db } from '../utils/db/database';
import { countRows, exportAll, ImportError, parseExportText, validateExport, type ImportSummary } from '../utils/db/transfer';
import type { TableName } from '../utils/db/schema';
import { callBackground } from '../utils/messages/client';

const GROUPS: { label: string; tables: TableName[] }[] = [
  { label: 'Companies House', tables: ['companies', 'filings', 'accountsPeriods', 'accountsDocuments', 'officers', 'pscs'] },
  { label: 'Federation websites', tables: ['clips', 'websites'] },
  { label: 'NHS ODS', tables: ['odsPcns', 'odsPractices', 'odsMemberships', 'odsSubIcbs', 'odsIcbs'] },
  { label: 'Your links, people, notes and tags', tables: ['federationPcnLinks', 'people', 'notes', 'tags'] },
];

type Message = { kind: 'status' | 'error'; text: string } | null;
type PendingImport = { fileName: string; text: string; summary: ImportSummary } | null;

function total(counts: Record<string, number> | undefined): number {
  return counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
}

/** Export everything, import it back, delete everything: the user's data stays theirs. */
export function DataSafety() {
  const counts = useLiveQuery(() => countRows(db));
  const [message, setMessage] = useState<Message>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    // Ask once that the browser never evicts the store under storage pressure.
    navigator.storage?.persist?.().then(setPersisted, () => setPersisted(false));
  }, []);

  async function exportData() {
    setBusy(true);
    try {
      const document = await exportAll(db);
      const blob = new Blob([JSON.stringify(document)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = Object.assign(window.document.createElement('a'), { href: url, download: `ics-scout-export-${document.exportedAt.slice(0, 10)}.json` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ kind: 'status', text: `Exported ${total(counts)} records to ${link.download}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  async function chooseImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage(null);
    try {
      const text = await file.text();
      // A dry run here only reads the file; the background validates again before it writes anything.
      const { summary } = validateExport(parseExportText(text));
      setPendingImport({ fileName: file.name, text, summary });
    } catch (error) {
      const reason = error instanceof ImportError ? error.message : (error as Error).message;
      setMessage({ kind: 'error', text: `Cannot import ${file.name}: ${reason}. Your data is unchanged.` });
    }
  }

  async function confirmImport() {
    if (!pendingImport) return;
    setBusy(true);
    try {
      const summary = await callBackground('data.import', { text: pendingImport.text });
      setMessage({ kind: 'status', text: `Imported ${summary.total} records from ${pendingImport.fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Import failed: ${(error as Error).message.replace(/^data\.import: /, '')}. Your data is unchanged.` });
    } finally {
      setPendingImport(null);
      setBusy(false);
    }
  }

  async function confirmDelete() {
    setBusy(true);
    try {
      const { deletedRows } = await callBackground('data.deleteAll', { confirm: 'delete-all-data' });
      setMessage({ kind: 'status', text: `Deleted ${deletedRows} records. ICS Scout's store is empty.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Delete failed: ${(error as Error).message}` });
    } finally {
      setConfirmingDelete(false);
      setBusy(false);
    }
  }

  const button = 'rounded px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-50';
  return (
    <section aria-labelledby="data-heading" className="space-y-4">
      <h2 id="data-heading" className="text-lg font-semibold">
        Your data
      </h2>
      <table className="w-full text-sm" data-testid="data-counts">
        <tbody>
          {GROUPS.map((group) => (
            <tr key={group.label} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 text-left font-normal">
                {group.label}
              </th>
              <td className="py-1 text-right tabular-nums" data-group={group.label}>
                {counts ? group.tables.reduce((sum, t) => sum + counts[t], 0).toLocaleString('en-GB') : '…'} records
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Stored in this browser profile's IndexedDB (database “ics-scout”).{' '}
        {persisted === true
          ? 'The browser has marked it persistent: it is not cleared to free space.'
          : 'ICS Scout holds the unlimited-storage permission, so the browser does not clear it to free space; clearing browsing data can still remove it, so export a copy now and then.'}
      </p>

      <div className="flex flex-wrap gap-2">
        <button type="button" className={`${button} bg-indigo-600 text-white hover:bg-indigo-700`} onClick={exportData} disabled={busy}>
          Export everything
        </button>
        <label className={`${button} cursor-pointer border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}>
          Import a file…
          <input type="file" accept="application/json,.json" className="sr-only" onChange={chooseImport} disabled={busy} data-testid="import-file" />
        </label>
        <button type="button" className={`${button} border border-red-600 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950`} onClick={() => setConfirmingDelete(true)} disabled={busy}>
          Delete all data…
        </button>
      </div>

      {pendingImport ? (
        <div role="alertdialog" aria-labelledby="import-confirm" className="space-y-2 rounded border border-amber-500 p-3">
          <p id="import-confirm" className="text-sm">
            {pendingImport.fileName} holds {pendingImport.summary.total} records. Importing it replaces all {total(counts)} records you have now.
          </p>
          <div className="flex gap-2">
            <button type="button" className={`${button} bg-amber-600 text-white`} onClick={confirmImport} disabled={busy}>
              Replace my data with this file
            </button>
            <button type="button" className={`${button} border border-slate-300`} onClick={() => setPendingImport(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {confirmingDelete ? (
        <div role="alertdialog" aria-labelledby="delete-confirm" className="space-y-2 rounded border border-red-600 p-3">
          <p id="delete-confirm" className="text-sm">
            This deletes all {total(counts)} records from this browser. It cannot be undone; export first if you may need them.
          </p>
          <div className="flex gap-2">
            <button type="button" className={`${button} bg-red-600 text-white`} onClick={confirmDelete} disabled={busy}>
              Delete everything
            </button>
            <button type="button" className={`${button} border border-slate-300`} onClick={() => setConfirmingDelete(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-emerald-700 dark:text-emerald-400'} data-testid="data-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
