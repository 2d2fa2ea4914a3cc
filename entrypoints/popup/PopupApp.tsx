import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { AccountsSummary } from '../../components/AccountsSummary';
import { BoardList } from '../../components/BoardList';
import { CaptureAllButton } from '../../components/CaptureAllButton';
import { ClipPanel } from '../../components/ClipPanel';
import { namedPcnLinks, PcnLinks } from '../../components/PcnLinks';
import { PeopleOverlaps } from '../../components/PeopleOverlaps';
import { CaptureStatusList } from '../../components/CaptureStatusList';
import { CompanySummaryCard } from '../../components/CompanySummaryCard';
import { POPUP_MAIN_CLASS, POPUP_TITLE_CLASS } from '../../components/first-frame/popup-first-frame';
import { VerdictCard } from '../../components/VerdictCard';
import { useFirstRenderMark } from '../../components/hooks/useFirstRenderMark';
import { useHydrating } from '../../components/hooks/useHydrating';
import { useTargetPage } from '../../components/hooks/useTargetPage';
import { RecentCompanies } from '../../components/RecentCompanies';
import { StoreSearch } from '../../components/StoreSearch';
import { companyPageUrl } from '../../utils/companies-house/detect';
import { loadCompanyView } from '../../utils/db/company-assessment';
import { db } from '../../utils/db/database';
import { recentCompanies } from '../../utils/db/queries';
import type { PopupFirstRead } from '../../utils/popup/first-read';
import { callBackground } from '../../utils/messages/client';
import { targetKind } from '../../utils/popup/target';
import { boardMembers } from '../../utils/readiness/board';

function openCompany(companyNumber: string) {
  void browser.tabs.create({ url: companyPageUrl(companyNumber, 'overview', 1) });
}

/**
 * Fixed width (at most 400 px): what is known about the company on this tab, or recent companies.
 * `initial` is what the first-read script found before this bundle loaded (or `later`, when it is still on
 * its way); it is shown until the live queries answer (with the same rows), and they follow every change
 * after that. When the script has already put the company's card in the page (`initial.shown`), the first
 * render is exactly that first frame (first-frame/popup-first-frame.ts), so that React hydrates its nodes
 * rather than replacing them; the rest of the card follows in the next render.
 */
export function PopupApp({ initial = null, later }: { initial?: PopupFirstRead | null; later?: Promise<PopupFirstRead | null> }) {
  // A first read that finished after this bundle started still counts, until the live queries answer.
  const [arrived, setArrived] = useState(initial);
  useEffect(() => {
    let mounted = true;
    void later?.then((read) => mounted && read && setArrived(read));
    return () => {
      mounted = false;
    };
  }, [later]);
  // Hydrating the first frame the first-read script drew: render just that frame, the rest right after.
  const firstFrame = useHydrating();
  const target = useTargetPage(initial?.target);
  const [now] = useState(() => initial?.now ?? new Date());
  // A web page other than Companies House may be a federation's website: clip it, and show its federation.
  const { companyNumber: onPage, websiteOrigin: website } = targetKind(target.url);
  const first = arrived && arrived.target.url === target.url ? arrived : null;
  const liveFederation = useLiveQuery(async () => (website ? ((await db.websites.get(website))?.companyNumber ?? null) : null), [website]);
  const websiteFederation = liveFederation !== undefined ? liveFederation : website && first ? first.websiteFederation : undefined;
  const companyNumber = onPage ?? websiteFederation ?? null;
  // One read of the company's records gives the summary, the verdict and the accounts, rendered together.
  const liveView = useLiveQuery(async () => (companyNumber ? ((await loadCompanyView(db, companyNumber, now)) ?? 'none') : 'none'), [companyNumber, now]);
  const firstView = first?.snapshot && first.companyNumber === companyNumber ? (first.view ?? 'none') : undefined;
  const view = liveView ?? firstView;
  const liveRecent = useLiveQuery(() => (companyNumber ? [] : recentCompanies(db)), [companyNumber]);
  const recent = liveRecent ?? (first && !companyNumber && first.companyNumber === null ? (first.recent ?? undefined) : undefined);
  const ready = !target.loading && (website ? websiteFederation !== undefined : true) && (companyNumber ? view !== undefined : recent !== undefined);
  useFirstRenderMark(ready);
  // The badge of the tab the popup was opened on: on a website the background cannot see which tab shows
  // it, and on a company's other pages (Insolvency, Charges) nothing is captured to set it. Again whenever
  // the link or the verdict changes while the popup is open.
  const verdict = view && view !== 'none' ? view.assessment.verdict : null;
  useEffect(() => {
    if (target.tabId === null || !target.url || !(onPage || (website && websiteFederation !== undefined))) return;
    callBackground('badge.refresh', { tabId: target.tabId, url: target.url }).catch((error: unknown) => console.warn('ICS Scout badge:', error));
  }, [onPage, website, target.tabId, target.url, websiteFederation, verdict]);

  return (
    <main className={POPUP_MAIN_CLASS} aria-busy={!ready || firstFrame}>
      <h1 className={POPUP_TITLE_CLASS}>ICS Scout</h1>
      {!ready ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" role="status">
          Loading…
        </p>
      ) : companyNumber ? (
        view && view !== 'none' ? (
          <>
            <CompanySummaryCard summary={view.summary} now={now} />
            <VerdictCard assessment={view.assessment} />
            {firstFrame ? null : (
              <>
                <AccountsSummary periods={view.accounts.periods} documents={view.accounts.documents} />
                <BoardList members={boardMembers(view.records.officers)} captured={view.summary.captures.some((c) => c.pageType === 'officers')} />
                <PcnLinks companyNumber={companyNumber} links={namedPcnLinks(view.records.pcnLinks, view.records.pcnNames ?? new Map())} />
                <PeopleOverlaps companyNumber={companyNumber} />
                <CaptureStatusList captures={view.summary.captures} now={now} />
                <CaptureAllButton companyNumber={companyNumber} />
              </>
            )}
          </>
        ) : (
          <>
            <p className="text-sm" data-testid="not-captured">
              Company {companyNumber} is not in your store yet. Its pages are captured as you open them.
            </p>
            <CaptureAllButton companyNumber={companyNumber} />
          </>
        )
      ) : (
        <>
          <StoreSearch onOpenCompany={openCompany} />
          <section aria-labelledby="recent-heading" className="space-y-1">
            <h2 id="recent-heading" className="text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">
              Recent companies
            </h2>
            <RecentCompanies companies={recent ?? []} now={now} onOpen={openCompany} />
          </section>
        </>
      )}
      {/* Outside the branches above so that its state (the preview, the saved message) survives the switch
          to the federation's card once the website is linked. */}
      {ready && !firstFrame && website && target.url ? <ClipPanel tabId={target.tabId} url={target.url} federation={websiteFederation ?? null} /> : null}
    </main>
  );
}
