import { z } from 'zod';
import { extractIxbrlAccounts } from '../accounts/ixbrl';
import { AccountsExtract, PdfAccountsText } from '../accounts/records';
import { OFFSCREEN_TARGET } from '../background/page-parser';
import { parseCompanyPage } from '../companies-house/parse-page';
import type { ParsedPage } from '../companies-house/records';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { AccountsCaptureDeps } from './capture-accounts';

/**
 * What the background asks Chrome's offscreen document (which has the DOM and can run pdf.js) and what it answers.
 * Both sides are here: `handleOffscreenAccountsRequest` for the offscreen document, `offscreenAccountsReaders`
 * for the background. Requests are checked with zod on arrival and answers on return, as at every boundary.
 *
 * In entrypoints/offscreen/main.ts:
 *   const reply = handleOffscreenAccountsRequest(message, { parseHtml, readPdf: (b) => readPdfAccountsText(b) });
 *   if (!reply) return undefined;
 *   void reply.then(sendResponse);
 *   return true; // sendResponse is called later: Chrome ignores a returned promise
 */

const Target = z.literal(OFFSCREEN_TARGET);

/** The company page request predates `kind`: a request without one is a company page. */
export const ParseCompanyPageRequest = z.object({ target: Target, kind: z.literal('parse-company-page').optional(), html: z.string(), url: z.string() });
export const ExtractIxbrlRequest = z.object({ target: Target, kind: z.literal('extract-ixbrl'), html: z.string() });
/** PDF bytes as base64: runtime messages are JSON. */
export const ReadPdfRequest = z.object({ target: Target, kind: z.literal('read-pdf'), base64: z.string() });
export const OffscreenRequest = z.union([ParseCompanyPageRequest, ExtractIxbrlRequest, ReadPdfRequest]);

export type ParseCompanyPageRequest = z.infer<typeof ParseCompanyPageRequest>;
export type ExtractIxbrlRequest = z.infer<typeof ExtractIxbrlRequest>;
export type ReadPdfRequest = z.infer<typeof ReadPdfRequest>;
export type OffscreenRequest = z.infer<typeof OffscreenRequest>;

export interface ParseCompanyPageResponse {
  page: ParsedPage | null;
}
export interface ExtractIxbrlResponse {
  extract: AccountsExtract;
}
export interface ReadPdfResponse {
  result: PdfAccountsText;
}
/** Anything that threw in the offscreen document; the background rethrows it. */
export interface OffscreenErrorResponse {
  error: string;
}
export type OffscreenResponse = ParseCompanyPageResponse | ExtractIxbrlResponse | ReadPdfResponse | OffscreenErrorResponse;

export interface OffscreenTools {
  /** `new DOMParser().parseFromString(html, 'text/html')`: HTML parsing also reads XHTML that is not well-formed. */
  parseHtml(html: string): Document;
  readPdf(bytes: Uint8Array): Promise<PdfAccountsText>;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function extractIxbrlFromHtml(html: string, parseHtml: OffscreenTools['parseHtml']): AccountsExtract {
  return extractIxbrlAccounts(parseHtml(html));
}

async function answer(request: OffscreenRequest, tools: OffscreenTools): Promise<OffscreenResponse> {
  switch (request.kind) {
    case undefined:
    case 'parse-company-page':
      return { page: parseCompanyPage(tools.parseHtml(request.html), request.url) };
    case 'extract-ixbrl':
      return { extract: extractIxbrlFromHtml(request.html, tools.parseHtml) };
    case 'read-pdf':
      return { result: await tools.readPdf(base64ToBytes(request.base64)) };
  }
}

/**
 * The answer to a message, or undefined (synchronously) when the message is not a request for the offscreen
 * document, so the listener can leave it to others. A request it cannot read is left unanswered, as before.
 */
export function handleOffscreenAccountsRequest(message: unknown, tools: OffscreenTools): Promise<OffscreenResponse> | undefined {
  // Every runtime message reaches this listener; most are for the background, so the cheap test goes first.
  if ((message as { target?: unknown } | null)?.target !== OFFSCREEN_TARGET) return undefined;
  const parsed = OffscreenRequest.safeParse(message);
  if (!parsed.success) return undefined;
  return answer(parsed.data, tools).catch((error: unknown) => ({ error: errorMessage(error) }));
}

/** Sends one request to the offscreen document (creating it when needed) and resolves with its answer. */
export type SendToOffscreen = (request: OffscreenRequest) => Promise<unknown>;

const ExtractIxbrlAnswer = z.union([z.object({ extract: AccountsExtract }), z.object({ error: z.string() })]);
const ReadPdfAnswer = z.union([z.object({ result: PdfAccountsText }), z.object({ error: z.string() })]);

function readAnswer<T extends object>(schema: z.ZodType<T | OffscreenErrorResponse>, answer: unknown): T {
  if (answer === undefined || answer === null) throw new Error('the offscreen document did not answer');
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new Error('the offscreen document answered in an unexpected shape');
  if ('error' in parsed.data) throw new Error(parsed.data.error);
  return parsed.data;
}

/** The background's readers for captureAccounts in Chrome, where the service worker has no DOM. */
export function offscreenAccountsReaders(send: SendToOffscreen): Pick<AccountsCaptureDeps, 'extractIxbrl' | 'readPdf'> {
  return {
    async extractIxbrl(html) {
      return readAnswer(ExtractIxbrlAnswer, await send({ target: OFFSCREEN_TARGET, kind: 'extract-ixbrl', html })).extract;
    },
    async readPdf(bytes) {
      return readAnswer(ReadPdfAnswer, await send({ target: OFFSCREEN_TARGET, kind: 'read-pdf', base64: bytesToBase64(bytes) })).result;
    },
  };
}
