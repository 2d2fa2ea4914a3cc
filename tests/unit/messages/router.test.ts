import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../utils/background/api-handlers';
import { ScoutDb } from '../../../utils/db/schema';
import { countRows, exportAll } from '../../../utils/db/transfer';
import { createApiRouter, type MessageSender } from '../../../utils/messages/router';
import { sampleExport, sampleOverviewPage } from '../../support/sample-store';

const EXTENSION = { id: 'ics-scout-test-id', baseUrl: 'chrome-extension://ics-scout-test-id/' };
const CH_PAGE = 'https://find-and-update.company-information.service.gov.uk/company/09876543';
const fromCompaniesHouse: MessageSender = { id: EXTENSION.id, url: CH_PAGE, tab: { id: 7, url: CH_PAGE } };
const fromOptionsPage: MessageSender = { id: EXTENSION.id, url: `${EXTENSION.baseUrl}options.html` };

let db: ScoutDb;
let route: ReturnType<typeof createApiRouter>;
let n = 0;
beforeEach(() => {
  db = new ScoutDb(`router-${n++}`);
  route = createApiRouter(createApiHandlers(db, { now: () => new Date('2026-11-20T09:00:00Z') }), EXTENSION);
});
afterEach(() => db.delete());

async function storeIsEmpty() {
  return Object.values(await countRows(db)).every((c) => c === 0);
}

describe('background message boundary', () => {
  it('stores a valid capture from a Companies House page', async () => {
    const response = await route({ api: 'capture.page', params: { page: sampleOverviewPage() } }, fromCompaniesHouse);
    expect(response).toMatchObject({ ok: true, result: { companyNumber: '09876543', status: 'new' } });
    expect((await db.companies.get('09876543'))?.name).toBe('NORTHFIELD GP FEDERATION LIMITED');
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a message that is not an object', 'capture everything', /not an ICS Scout message/],
    ['an unknown call', { api: 'db.dropEverything', params: {} }, /unknown call "db.dropEverything"/],
    ['a capture without a page', { api: 'capture.page', params: {} }, /capture.page: invalid params at page/],
    ['a capture with a malformed company number', { api: 'capture.page', params: { page: { ...sampleOverviewPage(), companyNumber: '123' } } }, /at page.companyNumber: expected an 8-character company number/],
    ['a capture with a date in the wrong format', { api: 'capture.page', params: { page: { ...sampleOverviewPage(), record: { ...sampleOverviewPage().record, incorporatedDate: '12 September 2014' } } } }, /page.record.incorporatedDate/],
  ];
  for (const [what, message, error] of invalid) {
    it(`rejects ${what} with a clear error and writes nothing`, async () => {
      const response = await route(message, fromCompaniesHouse);
      expect(response.ok).toBe(false);
      if (!response.ok) {
        expect(response.code).toBe('invalid-message');
        expect(response.error).toMatch(error);
      }
      expect(await storeIsEmpty()).toBe(true);
    });
  }

  it('rejects a capture sent from a page outside the site it claims, and writes nothing', async () => {
    const forged = { id: EXTENSION.id, url: 'https://evil.example/company/09876543', tab: { id: 3, url: 'https://evil.example/company/09876543' } };
    const response = await route({ api: 'capture.page', params: { page: sampleOverviewPage() } }, forged);
    expect(response).toEqual({
      ok: false,
      code: 'forbidden-sender',
      error: 'capture.page: rejected: the message claims to come from https://find-and-update.company-information.service.gov.uk but was sent from https://evil.example',
    });
    expect(await storeIsEmpty()).toBe(true);
  });

  it('rejects a capture claiming a page on another site, and writes nothing', async () => {
    const page = { ...sampleOverviewPage(), url: 'https://evil.example/company/09876543' };
    const response = await route({ api: 'capture.page', params: { page } }, fromCompaniesHouse);
    expect(response).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(await storeIsEmpty()).toBe(true);
  });

  it('rejects messages from another extension', async () => {
    const response = await route({ api: 'capture.page', params: { page: sampleOverviewPage() } }, { ...fromCompaniesHouse, id: 'someone-else' });
    expect(response).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(await storeIsEmpty()).toBe(true);
  });

  it('lets only extension pages import or delete', async () => {
    const text = JSON.stringify(sampleExport(1));
    expect(await route({ api: 'data.import', params: { text } }, fromCompaniesHouse)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(await storeIsEmpty()).toBe(true);
    expect(await route({ api: 'data.import', params: { text } }, fromOptionsPage)).toMatchObject({ ok: true, result: { total: expect.any(Number) } });
    expect(await route({ api: 'data.deleteAll', params: { confirm: true } }, fromOptionsPage)).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(await storeIsEmpty()).toBe(false);
    expect(await route({ api: 'data.deleteAll', params: { confirm: 'delete-all-data' } }, fromOptionsPage)).toMatchObject({ ok: true });
    expect(await storeIsEmpty()).toBe(true);
  });

  it('answers a failed import in plain words and keeps the data', async () => {
    await route({ api: 'data.import', params: { text: JSON.stringify(sampleExport(2)) } }, fromOptionsPage);
    const before = await exportAll(db);
    const response = await route({ api: 'data.import', params: { text: '{"format":"ics-scout-export"' } }, fromOptionsPage);
    expect(response).toEqual({ ok: false, code: 'failed', error: 'data.import: the file is not JSON (is it an ICS Scout export?)' });
    expect(await exportAll(db, new Date(before.exportedAt))).toEqual(before);
  });

  it('saves valid readiness criteria, refuses invalid ones in plain words, and resets', async () => {
    const bad = await route({ api: 'settings.saveCriteria', params: { criteria: { minYearsTrading: -2 } } }, fromOptionsPage);
    expect(bad).toMatchObject({ ok: true, result: { saved: false, errors: [expect.stringMatching(/^Minimum years trading must be a whole number from 0 to 50/)] } });
    expect(await db.settings.count()).toBe(0);
    expect(await route({ api: 'settings.saveCriteria', params: { criteria: { minYearsTrading: 5 } } }, fromOptionsPage)).toMatchObject({ ok: true, result: { saved: true } });
    expect((await db.settings.get('readiness.criteria'))?.value).toMatchObject({ minYearsTrading: 5, minTurnover: 100_000 });
    await route({ api: 'settings.saveCriteria', params: { criteria: null } }, fromOptionsPage);
    expect(await db.settings.count()).toBe(0);
  });
});
