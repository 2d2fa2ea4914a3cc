import { GaveUpError } from '../capture/polite-requests';

/** Why a document could not be fetched, in words a researcher can act on; stored on its AccountsDocumentRow. */

export function describeHttpStatus(status: number, tries = 1): string {
  const code = tries > 1 ? `HTTP ${status} on all ${tries} tries` : `HTTP ${status}`;
  if (status === 404 || status === 410) return `Companies House has no document at this link (${code})`;
  if (status === 401 || status === 403) return `Companies House refused the document (${code}); try opening it yourself`;
  if (status === 429) return `Companies House asked to slow down (${code}); try again later`;
  if (status >= 500) return `Companies House could not serve the document (${code}); try again later`;
  return `the document could not be fetched (${code})`;
}

export function describeFetchFailure(error: unknown): string {
  if (error instanceof GaveUpError) return describeHttpStatus(error.status, error.attempts);
  const detail = error instanceof Error ? error.message : String(error);
  return `could not reach Companies House (${detail}); check the connection and try again`;
}
