import { parseHTML } from 'linkedom';

/**
 * A Document for HTML the background fetched itself. Chrome's MV3 service worker has no DOMParser
 * (Firefox's event page has one); there the same page parsers run on linkedom, a DOM without a browser,
 * which the parser tests also cover.
 */
export function htmlDocument(html: string): Document {
  if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(html, 'text/html');
  return parseHTML(html).document as unknown as Document;
}
