import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfAccountsText } from '../../../utils/accounts/pdf-text';
import { base64ToBytes, bytesToBase64 } from '../../../utils/accounts-capture/base64';
import { handleOffscreenAccountsRequest, offscreenAccountsReaders, type OffscreenTools } from '../../../utils/accounts-capture/offscreen-requests';
import { OFFSCREEN_TARGET } from '../../../utils/background/page-parser';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const read = (name: string) => readFileSync(path.join(FIXTURES, name));
const tools: OffscreenTools = { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'), readPdf: (bytes) => readPdfAccountsText(bytes) };
/** The offscreen document as the background's readers see it: requests pass through the handler. */
const readers = offscreenAccountsReaders(async (request) => handleOffscreenAccountsRequest(JSON.parse(JSON.stringify(request)), tools));

describe('offscreen requests', () => {
  it('leaves messages that are not for the offscreen document to others', () => {
    expect(handleOffscreenAccountsRequest({ type: 'capture-all', companyNumber: '09876543' }, tools)).toBeUndefined();
    expect(handleOffscreenAccountsRequest(null, tools)).toBeUndefined();
    expect(handleOffscreenAccountsRequest({ target: OFFSCREEN_TARGET, kind: 'read-pdf' }, tools)).toBeUndefined();
  });

  it('still parses company pages sent without a kind, as before', async () => {
    const html = read('companies-house/ashby-psc.html').toString('utf8');
    const url = 'https://find-and-update.company-information.service.gov.uk/company/05432109/persons-with-significant-control';
    const answer = await handleOffscreenAccountsRequest({ target: OFFSCREEN_TARGET, html, url }, tools);
    expect(answer).toMatchObject({ page: { pageType: 'psc', companyNumber: '05432109' } });
    expect(await handleOffscreenAccountsRequest({ target: OFFSCREEN_TARGET, kind: 'parse-company-page', html, url }, tools)).toEqual(answer);
  });

  it('extracts iXBRL figures with the real extractor', async () => {
    const extract = await readers.extractIxbrl(read('accounts/ixbrl/small-company-full-frc2022.xhtml').toString('utf8'));
    expect(extract.periods.map((p) => [p.end, p.turnover])).toEqual([['2025-03-31', 1234567], ['2024-03-31', 987654]]);
  });

  it('reads a PDF sent as base64 with pdf.js', async () => {
    expect(await readers.readPdf(new Uint8Array(read('accounts/income-two-years.pdf')))).toMatchObject({ machineReadable: true, incomeLines: [{ label: 'turnover' }] });
    expect(await readers.readPdf(new Uint8Array(read('accounts/scanned-no-text.pdf')))).toMatchObject({ machineReadable: false });
  });

  it('sends a reader failure back, and the background rethrows it', async () => {
    await expect(readers.readPdf(new TextEncoder().encode('not a pdf'))).rejects.toThrow(/PDF/i);
  });

  it('rejects an answer it cannot trust', async () => {
    await expect(offscreenAccountsReaders(async () => undefined).extractIxbrl('<html></html>')).rejects.toThrow('the offscreen document did not answer');
    await expect(offscreenAccountsReaders(async () => ({ extract: { periods: 'many' } })).extractIxbrl('<html></html>')).rejects.toThrow('unexpected shape');
  });

  it('base64 carries every byte value, in large documents too', () => {
    // Over two chunks of String.fromCharCode arguments.
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(Buffer.from(base64ToBytes(bytesToBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });
});
