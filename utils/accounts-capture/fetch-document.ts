/** Fetching one accounts document: the real `fetchDocument` for captureAccounts. */

export interface FetchedDocument {
  status: number;
  contentType: string | null;
  /** Empty unless the status is 2xx: an error page is never read as a document. */
  bytes: Uint8Array;
  /** Where the redirects ended (the S3 document store for a document served). */
  finalUrl: string;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfterSeconds?: number | null;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export async function fetchAccountsDocument(url: string, fetchImpl: Fetch = (input, init) => fetch(input, init)): Promise<FetchedDocument> {
  // No cookies: the document link needs none, and the S3 store it redirects to must not get Companies House's.
  const response = await fetchImpl(url, { credentials: 'omit', redirect: 'follow' });
  const retryAfter = Number(response.headers.get('retry-after'));
  const ok = response.status >= 200 && response.status < 300;
  const bytes = ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
  if (!ok) await response.body?.cancel().catch(() => undefined);
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    bytes,
    finalUrl: response.url || url,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}
