import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../../utils/db/schema-history';
import { ScoutDb } from '../../../utils/db/schema';
import { importAll } from '../../../utils/db/transfer';
import { FIRST_READ_GLOBAL, readPopupFirst, takePopupFirstRead, type FirstReadHandoff } from '../../../utils/popup/first-read';
import { targetFromSearch, targetKind } from '../../../utils/popup/target';
import { sampleExport } from '../../support/sample-store';

const CH = 'https://find-and-update.company-information.service.gov.uk';
const scope = globalThis as Record<string, unknown>;

afterEach(async () => {
  delete scope[FIRST_READ_GLOBAL];
  await new ScoutDb().delete();
});

describe('the page the popup describes', () => {
  it('is named by ?url= and ?tab= when the popup is opened as a tab, and otherwise unknown', () => {
    expect(targetFromSearch(`?url=${encodeURIComponent(`${CH}/company/09876543/officers`)}&tab=7`)).toEqual({ url: `${CH}/company/09876543/officers`, tabId: 7 });
    expect(targetFromSearch('')).toBeNull();
  });

  it('is a company page, another website, or neither', () => {
    expect(targetKind(`${CH}/company/09876543/filing-history?page=2`)).toEqual({ companyNumber: '09876543', websiteOrigin: null });
    expect(targetKind('https://northfieldgpfed.example/our-services')).toEqual({ companyNumber: null, websiteOrigin: 'https://northfieldgpfed.example' });
    expect(targetKind('chrome://newtab/')).toEqual({ companyNumber: null, websiteOrigin: null });
    // Every page of a company is that company's (the verdict links to its Insolvency tab), and Companies
    // House's other pages are not a website to clip.
    expect(targetKind(`${CH}/company/8123456/insolvency`)).toEqual({ companyNumber: '08123456', websiteOrigin: null });
    expect(targetKind(`${CH}/company/09876543/filing-history/MzQ1NjgyODYwN2FkaXF6a2N4/document?format=pdf`)).toEqual({ companyNumber: '09876543', websiteOrigin: null });
    expect(targetKind(`${CH}/search?q=northfield`)).toEqual({ companyNumber: null, websiteOrigin: null });
    expect(targetKind(`${CH}/officers/abc/appointments`)).toEqual({ companyNumber: null, websiteOrigin: null });
    expect(targetKind(null)).toEqual({ companyNumber: null, websiteOrigin: null });
  });
});

describe("the popup's first read", () => {
  async function fillStore() {
    const db = new ScoutDb(DATABASE_NAME);
    await importAll(db, sampleExport(2));
    db.close();
  }

  it('reads the company on a Companies House page', async () => {
    await fillStore();
    const read = await readPopupFirst({ url: `${CH}/company/09876544/officers`, tabId: 3 });
    expect(read?.companyNumber).toBe('09876544');
    expect(read?.snapshot?.records.company?.name).toBe('SAMPLE FEDERATION 1 LIMITED');
    expect(read?.target.tabId).toBe(3);
  });

  it("reads a linked federation website's company, and only the link for an unlinked site", async () => {
    await fillStore();
    const linked = await readPopupFirst({ url: 'https://northfieldgpfed.example/services', tabId: 1 });
    expect(linked).toMatchObject({ websiteFederation: '09876543', companyNumber: '09876543' });
    expect(linked?.snapshot?.records.clips.length).toBeGreaterThan(0);
    expect(linked?.recent).toBeNull();
    const unlinked = await readPopupFirst({ url: 'https://another.example/', tabId: 1 });
    expect(unlinked).toMatchObject({ websiteFederation: null, companyNumber: null, snapshot: null });
    expect(unlinked?.recent?.map((c) => c.companyNumber)).toEqual(['09876544', '09876543']);
  });

  it('reads the recent companies for a page that is no company\'s', async () => {
    await fillStore();
    const read = await readPopupFirst({ url: 'chrome://newtab/', tabId: 2 });
    expect(read?.snapshot).toBeNull();
    expect(read?.recent?.map((c) => c.name)).toEqual(['SAMPLE FEDERATION 1 LIMITED', 'SAMPLE FEDERATION 0 LIMITED']);
  });

  it('leaves the reading to the live queries when there is no store yet', async () => {
    expect(await readPopupFirst({ url: `${CH}/company/09876543`, tabId: 1 })).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
  });

  it('computes the card it read, as of one moment the popup keeps', async () => {
    await fillStore();
    const now = new Date('2026-12-06T09:00:00Z');
    const read = await readPopupFirst({ url: `${CH}/company/09876544`, tabId: 3 }, indexedDB, now);
    expect(read?.now).toBe(now);
    expect(read?.shown).toBe(false);
    expect(read?.view?.summary.company.name).toBe('SAMPLE FEDERATION 1 LIMITED');
    expect(read?.view?.assessment.reasons.length).toBeGreaterThan(0);
    const unknown = await readPopupFirst({ url: `${CH}/company/01234567`, tabId: 3 }, indexedDB, now);
    expect(unknown?.view).toBeNull();
  });

  it('is taken when it finishes by its deadline, handed over when late, and skipped when missing or failed', async () => {
    const read = { target: { url: null, tabId: null }, websiteFederation: null, companyNumber: null, snapshot: null, view: null, now: new Date(), shown: false, recent: [] };
    const handoff = (promise: Promise<unknown>, waitMs = 150): FirstReadHandoff => ({ read: promise as FirstReadHandoff['read'], deadline: performance.now() + waitMs });
    scope[FIRST_READ_GLOBAL] = handoff(Promise.resolve(read));
    expect(await takePopupFirstRead()).toEqual({ initial: read });
    // A read already finished is taken even when the deadline has passed (the script started the bundle then).
    scope[FIRST_READ_GLOBAL] = handoff(Promise.resolve(read), -1000);
    expect(await takePopupFirstRead()).toEqual({ initial: read });
    delete scope[FIRST_READ_GLOBAL];
    expect(await takePopupFirstRead()).toEqual({ initial: null });
    scope[FIRST_READ_GLOBAL] = Promise.resolve(read); // not a handoff
    expect(await takePopupFirstRead()).toEqual({ initial: null });
    scope[FIRST_READ_GLOBAL] = handoff(Promise.reject(new Error('store unreadable')));
    expect(await takePopupFirstRead()).toEqual({ initial: null });
    // Late: the popup renders at once, and the read still arrives for it.
    let finish!: (value: typeof read) => void;
    scope[FIRST_READ_GLOBAL] = handoff(new Promise((resolve) => (finish = resolve)), 20);
    const started = performance.now();
    const taken = await takePopupFirstRead();
    expect(performance.now() - started).toBeLessThan(150);
    expect(taken.initial).toBeNull();
    finish(read);
    expect(await taken.later).toBe(read);
  });
});
