import { browser } from 'wxt/browser';
import { COMPANIES_HOUSE_ORIGIN } from '../companies-house/site';
import { assessStoredCompany } from '../db/company-assessment';
import type { ScoutDb } from '../db/schema';
import { oneLineReason } from '../readiness/assess';
import { VERDICT_LABELS, type Verdict } from '../readiness/reasons';

/** Badge text says the verdict in words; the colour only backs it up. */
export const BADGE: Record<Verdict, { text: string; color: string }> = {
  ready: { text: 'YES', color: '#15803d' },
  promising: { text: 'MAYBE', color: '#b45309' },
  'not-ready': { text: 'NO', color: '#b91c1c' },
  'insufficient-data': { text: '?', color: '#475569' },
};

/**
 * Shows a company's verdict on the toolbar badge of every tab open on one of its Companies House pages
 * (or only `tabIds`), with the one-line reason as the button's title.
 */
export async function showVerdictOnTabs(db: ScoutDb, companyNumber: string, tabIds?: number[]): Promise<void> {
  const assessment = await assessStoredCompany(db, companyNumber, new Date());
  if (!assessment) return;
  const ids = tabIds ?? (await browser.tabs.query({ url: `${COMPANIES_HOUSE_ORIGIN}/company/${companyNumber}*` })).flatMap((t) => (t.id === undefined ? [] : [t.id]));
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
