import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createApiHandlers } from '../../utils/background/api-handlers';
import { createAccountsService } from '../../utils/background/accounts-service';
import { createCaptureService, runningCaptureJobs } from '../../utils/background/capture-service';
import { createClipService } from '../../utils/background/clip-service';
import { OFFSCREEN_TARGET } from '../../utils/background/page-parser';
import { refreshBadgeOfTab, showVerdictOnTabs } from '../../utils/background/verdict-badge';
import { detectCompanyPage } from '../../utils/companies-house/detect';
import { db } from '../../utils/db/database';
import { createApiRouter } from '../../utils/messages/router';

const RESUME_ALARM = 'resume-capture-jobs';

// Wiring only: the background is the store's single writer and answers the calls in utils/messages/api.ts.
export default defineBackground(() => {
  const captureAll = createCaptureService(db);

  /**
   * Runs capture-all jobs to the end: the given companies plus any a stopped worker left running. While
   * they run, an alarm is set (it wakes a worker the browser stopped, which then resumes here) and a
   * cheap extension call every 20 s keeps the worker from being stopped for idleness.
   */
  async function runCaptureJobs(start: string[] = []) {
    const companies = [...new Set([...start, ...(await runningCaptureJobs(db))])];
    if (!companies.length) return void (await browser.alarms.clear(RESUME_ALARM));
    // A job this worker is already running has its own call here, which reports its end once.
    const toStart = companies.filter((companyNumber) => !captureAll.isRunning(companyNumber));
    if (!toStart.length) return;
    await browser.alarms.create(RESUME_ALARM, { periodInMinutes: 0.5 });
    const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
    await Promise.allSettled(toStart.map((companyNumber) => captureAll.run(companyNumber).then(() => onCompanyChanged(companyNumber))));
    clearInterval(keepAlive);
    if (!(await runningCaptureJobs(db)).length) await browser.alarms.clear(RESUME_ALARM);
  }

  function startCaptureAll(companyNumber: string): boolean {
    const started = !captureAll.isRunning(companyNumber);
    void runCaptureJobs([companyNumber]);
    return started;
  }

  const accounts = createAccountsService(db);
  const showVerdict = (companyNumber: string, tabId?: number) =>
    void showVerdictOnTabs(db, companyNumber, tabId === undefined ? undefined : [tabId]).catch((error: unknown) => console.warn('ICS Scout badge:', error));

  /** After a company's records change: its verdict on the badge, and its latest accounts' figures fetched. */
  const onCompanyChanged = (companyNumber: string, tabId?: number) => {
    showVerdict(companyNumber, tabId);
    void accounts
      .run(companyNumber)
      .then((result) => {
        if (result.fetched > 0) showVerdict(companyNumber, tabId);
      })
      .catch((error: unknown) => console.warn('ICS Scout accounts:', error));
  };

  const showBadge = (tabId: number, url: string) => refreshBadgeOfTab(db, tabId, url);
  const route = createApiRouter(createApiHandlers(db, { startCaptureAll, onCompanyChanged, showBadge, clips: createClipService(db) }), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Requests addressed to the offscreen document are its to answer, not the background's.
    if ((message as { target?: unknown } | null)?.target === OFFSCREEN_TARGET) return undefined;
    route(message, sender).then(sendResponse);
    return true; // keeps the channel open for the async answer (Chrome ignores a returned promise)
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESUME_ALARM) void runCaptureJobs();
  });
  void runCaptureJobs();

  // The keyboard shortcut: capture all of the company on the active tab.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'open-side-panel') {
      // Must be called within the shortcut's user gesture, so before any other await.
      if (tab?.windowId !== undefined) await browser.sidePanel.open({ windowId: tab.windowId });
      return;
    }
    if (command !== 'capture-all') return;
    const url = tab?.url ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
    const company = url ? detectCompanyPage(url) : null;
    if (company) startCaptureAll(company.companyNumber);
  });
});
