import { browser } from 'wxt/browser';
import { parseCompanyPage } from '../companies-house/parse-page';
import type { ParsedPage } from '../companies-house/records';

/**
 * Parses HTML the background fetched itself with the same parsers and a real browser DOM. Firefox's MV3
 * background is an event page with a DOMParser; Chrome's service worker has none, so there the page is
 * parsed in an offscreen document (entrypoints/offscreen).
 */

export const OFFSCREEN_TARGET = 'ics-scout-offscreen';

export interface OffscreenParseRequest {
  target: typeof OFFSCREEN_TARGET;
  html: string;
  url: string;
}

// One creation for every caller: parses start three at a time, and Chrome allows one offscreen document.
let ready: Promise<void> | null = null;

function ensureOffscreenDocument(): Promise<void> {
  ready ??= (async () => {
    const offscreen = browser.offscreen;
    if (await offscreen.hasDocument()) return;
    await offscreen.createDocument({
      url: 'offscreen.html',
      reasons: [offscreen.Reason.DOM_PARSER],
      justification: 'Parse Companies House pages fetched by capture-all',
    });
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

async function askOffscreen(request: object): Promise<unknown> {
  await ensureOffscreenDocument();
  return browser.runtime.sendMessage(request);
}

/** Sends a request to the offscreen document, creating it (again, once) when needed. */
export async function sendToOffscreen(request: object): Promise<unknown> {
  try {
    return await askOffscreen(request);
  } catch {
    // The document may have been closed under us: create it again, once.
    ready = null;
    return askOffscreen(request);
  }
}

/** Gets the parser ready while the first requests are in flight (Chrome creates its document once). */
export async function prepareFetchedPageParser(): Promise<void> {
  if (typeof DOMParser === 'undefined') await ensureOffscreenDocument();
}

export async function parseFetchedPage(html: string, url: string): Promise<ParsedPage | null> {
  if (typeof DOMParser !== 'undefined') return parseCompanyPage(new DOMParser().parseFromString(html, 'text/html'), url);
  const request: OffscreenParseRequest = { target: OFFSCREEN_TARGET, html, url };
  const response = (await sendToOffscreen(request)) as { page?: ParsedPage | null; error?: string } | undefined;
  if (!response) throw new Error('the page parser did not answer');
  if (response.error) throw new Error(response.error);
  return response.page ?? null;
}
