import { describe, expect, it } from 'vitest';
import { fetchAccountsDocument } from '../../../utils/accounts-capture/fetch-document';

const LINK = 'https://find-and-update.company-information.service.gov.uk/company/09876543/filing-history/MzQ1/document?format=pdf&download=0';
const STORE = 'https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/docs/MzQ1/application-pdf';

function response(body: BodyInit | null, init: ResponseInit, url: string): Response {
  const r = new Response(body, init);
  Object.defineProperty(r, 'url', { value: url });
  return r;
}

describe('fetchAccountsDocument', () => {
  it('follows the redirect without cookies and returns the bytes from the document store', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetched = await fetchAccountsDocument(LINK, async (input, init) => {
      calls.push([input, init]);
      return response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { 'content-type': 'application/pdf' } }, STORE);
    });
    expect(calls).toEqual([[LINK, { credentials: 'omit', redirect: 'follow' }]]);
    expect(fetched).toEqual({ status: 200, contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]), finalUrl: STORE, retryAfterSeconds: null });
  });

  it('reads Retry-After on a 429 and never keeps an error page as the document', async () => {
    const fetched = await fetchAccountsDocument(LINK, async () => response('<html>slow down</html>', { status: 429, headers: { 'retry-after': '5', 'content-type': 'text/html' } }, LINK));
    expect(fetched).toMatchObject({ status: 429, retryAfterSeconds: 5, bytes: new Uint8Array(), finalUrl: LINK });
  });
});
