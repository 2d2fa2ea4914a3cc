import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectClipLists } from '../../../utils/federation/detect-lists';
import type { DetectedLists } from '../../../utils/federation/types';

/** The six example federation pages shared with the other workstreams (absent in some checkouts). */
export const SHARED_PAGES_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'federations');
export const HAVE_SHARED_PAGES = existsSync(SHARED_PAGES_DIR);

/** This workstream's own small pages, one per layout rule. */
export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'federation');

export function listPages(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
}

export function readPage(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** A Document from the test environment's DOMParser (happy-dom), as a browser would build it. */
export function toDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The same page through linkedom, as the CLI reads it. */
export function toLinkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function detectIn(html: string, url = 'https://federation.example/page'): DetectedLists {
  return detectClipLists(toDocument(html), url);
}

/** A page around some body content, for focused tests. */
export function page(content: string, title = 'Example GP Federation'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><main>${content}</main></body></html>`;
}
