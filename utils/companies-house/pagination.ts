import { hasClass, textOf } from './text';

/**
 * Pagination on the list pages (filing history 25 a page, officers 35, PSCs): the service prints no total,
 * so the last page is the highest page it links to.
 */

export interface PageInfo {
  page: number;
  lastPage: number;
}

function positiveInt(text: string | null | undefined): number | null {
  if (!text || !/^\d{1,6}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= 1 ? n : null;
}

/** The page asked for in the URL (`?page=N`); 1 when absent or not a positive number. */
export function pageFromUrl(url: URL): number {
  return positiveInt(url.searchParams.get('page')) ?? 1;
}

/** The pagination links; the GOV.UK nav first, the older `ul.pager` and stray `a#pageNoN` links as fallbacks. */
function paginationLinks(doc: Document): Element[] {
  for (const selector of ['nav.govuk-pagination a', '.govuk-pagination a', 'ul.pager a']) {
    const links = Array.from(doc.querySelectorAll(selector));
    if (links.length > 0) return links;
  }
  return Array.from(doc.querySelectorAll('a[id^="pageNo"]'));
}

/** The page number a pagination link leads to, read from its id, data-page, href, aria-label or text. */
function linkedPage(link: Element, base: URL | null): number | null {
  const fromId = /^pageNo(\d+)$/.exec(link.getAttribute('id') ?? '')?.[1];
  const fromData = link.getAttribute('data-page');
  const fromLabel = /\bpage\s+(\d+)/i.exec(link.getAttribute('aria-label') ?? '')?.[1];
  let fromHref: string | null = null;
  const href = link.getAttribute('href');
  if (href) {
    try {
      fromHref = new URL(href, base ?? 'https://example.invalid/').searchParams.get('page');
    } catch {
      fromHref = null;
    }
  }
  return positiveInt(fromId) ?? positiveInt(fromData) ?? positiveInt(fromHref) ?? positiveInt(fromLabel)
    ?? positiveInt(textOf(link));
}

function isNextLink(link: Element): boolean {
  return link.getAttribute('id') === 'next-page' || link.getAttribute('id') === 'nextButton'
    || link.getAttribute('rel') === 'next';
}

/** Current page from the URL; last page = the highest page linked, at least the current (+1 with a Next link). */
export function parsePagination(doc: Document, url: URL): PageInfo {
  const page = pageFromUrl(url);
  let lastPage = page;
  for (const link of paginationLinks(doc)) {
    const linked = linkedPage(link, url);
    if (linked !== null) lastPage = Math.max(lastPage, linked);
    if (isNextLink(link)) lastPage = Math.max(lastPage, page + 1);
  }
  return { page, lastPage };
}

/** The page the pagination marks as current (for a page saved without its URL); null without pagination. */
export function currentPageFromDocument(doc: Document): number | null {
  for (const link of paginationLinks(doc)) {
    const parent = link.parentElement;
    const current = link.getAttribute('aria-current') === 'page'
      || (parent !== null && hasClass(parent, 'govuk-pagination__item--current'))
      || link.querySelector('strong') !== null;
    if (current) return linkedPage(link, null);
  }
  // The older pager shows the current page as a span, not a link.
  return positiveInt(textOf(doc.querySelector('ul.pager .pager_selected')));
}
