import { CriteriaEditor } from '../../components/CriteriaEditor';
import { DataSafety } from '../../components/DataSafety';
import { OdsDataPanel } from '../../components/OdsDataPanel';
import { useFirstRenderMark } from '../../components/hooks/useFirstRenderMark';

export function OptionsApp() {
  useFirstRenderMark(true);
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      <header>
        <h1 className="text-xl font-bold text-indigo-700 dark:text-indigo-300">ICS Scout settings and data</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Everything ICS Scout captures stays in this browser on this computer, unless you export it.
        </p>
      </header>
      <CriteriaEditor />
      <OdsDataPanel />
      <DataSafety />
    </main>
  );
}
