import { browser } from 'wxt/browser';
import { COMPANIES_HOUSE_ORIGIN } from '../companies-house/site';
import { assessStoredCompany } from '../db/company-assessment';
import type { ScoutDb } from '../db/schema';
import { targetKind } from '../popup/target';
import { oneLineReason, type ReadinessAssessment } from '../readiness/assess';
import { VERDICT_LABELS, type Verdict } from '../readiness/reasons';

/**
 * Badge text says the verdict in words, four characters at most (all a toolbar badge shows); the colour
 * only backs it up, and the button's title says it in full.
 */
export const BADGE: Record<Verdict, { text: string; color: string }> = {
  ready: { text: 'YES', color: '#15803d' },
  promising: { text: 'MAY?', color: '#b45309' },
  'not-ready': { text: 'NO', color: '#b91c1c' },
  'insufficient-data': { text: 'TBC', color: '#475569' },
};

/** The button's title where there is no verdict to show (the manifest's default_title). */
const PLAIN_TITLE = 'ICS Scout';

/** The company a page belongs to: a Companies House company page's, or the federation a website is linked to. */
export async function companyOfPage(db: ScoutDb, url: string | null): Promise<string | null> {
  const { companyNumber, websiteOrigin } = targetKind(url);
  if (companyNumber) return companyNumber;
  if (!websiteOrigin) return null;
  return (await db.websites.get(websiteOrigin))?.companyNumber ?? null;
}

/**
 * Shows a company's verdict on the toolbar badge of every tab open on one of its Companies House pages or on
 * a website linked to it (or only `tabIds`), with the one-line reason as the button's title. Tabs on a
 * website are found only where the browser lets the extension see their address (Companies House, or a
 * site the user has opened the popup on); the others are badged when the popup is opened there.
 */
export async function showVerdictOnTabs(db: ScoutDb, companyNumber: string, tabIds?: number[]): Promise<void> {
  const assessment = await assessStoredCompany(db, companyNumber, new Date());
  if (assessment) await showAssessment(assessment, tabIds ?? (await tabsOfCompany(db, companyNumber)));
}

async function showAssessment(assessment: ReadinessAssessment, ids: readonly number[]): Promise<void> {
  const badge = BADGE[assessment.verdict];
  const title = `ICS Scout: ${VERDICT_LABELS[assessment.verdict]}. ${oneLineReason(assessment)}`;
  await Promise.all(
    ids.map(async (tabId) => {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setTitle({ tabId, title });
    }),
  );
}

async function tabsOfCompany(db: ScoutDb, companyNumber: string): Promise<number[]> {
  const sites = await db.websites.where('companyNumber').equals(companyNumber).primaryKeys();
  const patterns = [`${COMPANIES_HOUSE_ORIGIN}/company/${companyNumber}*`, ...sites.map((origin) => `${origin}/*`)];
  const tabs = (await Promise.all(patterns.map((url) => browser.tabs.query({ url }).catch(() => [])))).flat();
  return [...new Set(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])))];
}

/**
 * The badge for a tab showing `url`: its company's verdict (true), or no badge at all. The browser itself
 * resets a tab's badge when the tab goes to another page.
 */
export async function showBadgeForPage(db: ScoutDb, tabId: number, url: string | null): Promise<boolean> {
  const companyNumber = await companyOfPage(db, url);
  const assessment = companyNumber ? await assessStoredCompany(db, companyNumber, new Date()) : null;
  if (assessment) {
    await showAssessment(assessment, [tabId]);
    return true;
  }
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: PLAIN_TITLE });
  return false;
}

/**
 * The popup asks for the badge of the tab it was opened on, showing `url`. The tab may have moved on since
 * (a redirect, a script): the badge follows the tab's own address, and only where the browser still gives
 * it (the popup's click lets the extension see that tab until it leaves the site) and it is the same site.
 */
export async function refreshBadgeOfTab(db: ScoutDb, tabId: number, url: string): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || new URL(tab.url).origin !== new URL(url).origin) return false;
  return showBadgeForPage(db, tabId, tab.url);
}
