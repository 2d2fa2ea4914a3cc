import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompanyPage } from '../../../utils/companies-house/parse-page';
import { readCompanyPage } from '../../../utils/companies-house/read-page';
import { ParsedPage } from '../../../utils/companies-house/records';
import { FIXTURES, readFixture, toDocument } from './helpers';

/**
 * Damaged pages: drop elements, rename ids and classes, reorder siblings, cut or replace text. Whatever the page
 * has become, parseCompanyPage must not throw and anything it returns must pass the ParsedPage schema.
 * Each run parses one fixture once, then mutates it step by step and parses the page after every step.
 */

const PAGES = FIXTURES.map((f) => ({ ...f, html: readFixture(f.file) }));

// Names the parsers look for, so that renames also create look-alikes and duplicates, not just misses.
const IDS = ['', 'x', 'fhTable', 'company-status', 'company-status-detail', 'cessation-date', 'company-creation-date',
  'roa-address', 'sic0', 'no-sic', 'previous-date-1', 'company-appointments', 'officer-name-1', 'officer-role-2',
  'officer-date-of-birth-1', 'officer-appointed-before1', 'officer-legal-form-1', 'psc-name-1', 'psc-statement-1',
  'psc-noc-1-', 'pageNo0', 'pageNo999999', 'next-page', 'officer-category-active', 'company-number', 'insolvency-tab'];
const CLASSES = ['', 'y', 'appointment-1', 'appointment-x', 'appointments-list', 'nowrap', 'filing-type', 'download',
  'govuk-visually-hidden', 'help-notice overdue', 'column-half', 'govuk-pagination', 'heading-xlarge', 'company-header',
  'govuk-pagination__item--current', 'corporate-annotations-text'];
const TEXTS = ['', '31 February 2020', '29 February 2024', '(0 pages)', '(99999999999999999999 pages)', '-1 officers',
  '99999999999999999999 officers / 3 resignations', 'Accounts overdue', 'Annual return', 'made up to 1 Jan 1',
  'Mr', 'March 0000', '0', '1,2,3', 'Dissolved', '\u00a0', 'SC1234567', 'Next accounts made up to 31 April 2024 due by'];

const mutation = fc.record({
  kind: fc.constantFrom('drop', 'rename-id', 'rename-class', 'reorder', 'truncate', 'retext', 'set-attr'),
  pick: fc.nat(),
  // Ids come from a fixed set (or are cut from the page's own): happy-dom exposes ids as window properties,
  // so a stream of new random ids would pin every parsed page in memory.
  id: fc.constantFrom(...IDS),
  className: fc.oneof(fc.constantFrom(...CLASSES), fc.string({ maxLength: 12 })),
  text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 30 })),
  fraction: fc.double({ min: 0, max: 1, noNaN: true }),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function textNodes(node: Node, found: Node[] = []): Node[] {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) found.push(child);
    else if (child.nodeType === 1) textNodes(child, found);
  }
  return found;
}

function pickFrom<T>(items: T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

function mutate(doc: Document, m: Mutation): void {
  const all = Array.from(doc.querySelectorAll('*')).filter((el) => el !== doc.documentElement);
  switch (m.kind) {
    case 'drop': {
      const el = pickFrom(all, m.pick);
      el?.parentNode?.removeChild(el);
      break;
    }
    case 'rename-id': {
      const el = pickFrom(all.filter((e) => e.hasAttribute('id')), m.pick);
      const current = el?.getAttribute('id') ?? '';
      el?.setAttribute('id', m.fraction < 0.5 ? m.id : current.slice(0, Math.floor(current.length * m.fraction)));
      break;
    }
    case 'rename-class':
      pickFrom(all.filter((el) => el.hasAttribute('class')), m.pick)?.setAttribute('class', m.className);
      break;
    case 'reorder': {
      const parent = pickFrom(all.filter((el) => el.children.length > 1), m.pick);
      if (!parent) break;
      const children = Array.from(parent.children);
      // Rotate by a pick-dependent amount, then swap two: enough to move any sibling anywhere over a few steps.
      const shift = 1 + (m.pick % (children.length - 1));
      for (const child of [...children.slice(shift), ...children.slice(0, shift)]) parent.appendChild(child);
      break;
    }
    case 'truncate': {
      const node = pickFrom(textNodes(doc), m.pick);
      if (node) node.textContent = (node.textContent ?? '').slice(0, Math.floor((node.textContent ?? '').length * m.fraction));
      break;
    }
    case 'retext': {
      const node = pickFrom(textNodes(doc), m.pick);
      if (node) node.textContent = m.text;
      break;
    }
    case 'set-attr': {
      // Links and form state: hrefs, checked boxes, title data-id.
      const el = pickFrom(all.filter((e) => e.tagName === 'A' || e.tagName === 'INPUT' || e.tagName === 'TITLE'), m.pick);
      if (el?.tagName === 'A') el.setAttribute('href', m.text);
      else if (el?.tagName === 'INPUT') el.setAttribute('checked', '');
      else el?.setAttribute('data-id', m.id);
      break;
    }
  }
}

function expectValid(doc: Document, url: string): void {
  const parsed = parseCompanyPage(doc, url);
  if (parsed === null) return;
  const check = ParsedPage.safeParse(parsed);
  if (!check.success) throw new Error(`invalid output: ${check.error.message}`);
  // The content script sends readCompanyPage's output unvalidated and the background rejects an invalid
  // page outright, so the raw reading must be valid too, not only after repair.
  const { page: _page, ...raw } = readCompanyPage(doc, url)!;
  const rawCheck = ParsedPage.safeParse(raw);
  if (!rawCheck.success) throw new Error(`invalid raw output: ${rawCheck.error.message}`);
}

// happy-dom frees a parsed document only once the event loop turns (capricorn86/happy-dom#2148): without a
// pause between runs, hundreds of parsed pages stay on the heap.
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Companies House parsers under damaged pages', () => {
  it('never throw and always return a valid record or null', async () => {
    let mutations = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(PAGES.length - 1),
        fc.option(fc.integer({ min: -5, max: 10_000_000 }), { freq: 4 }),
        fc.array(mutation, { minLength: 1, maxLength: 16 }),
        async (index, page, steps) => {
          const { html, url } = PAGES[index]!;
          const pageUrl = page === null ? url : `${url.split('?')[0]}?page=${page}`;
          const doc = toDocument(html);
          for (const step of steps) {
            mutate(doc, step);
            mutations++;
            expectValid(doc, pageUrl);
          }
          await nextTurn();
        },
      ),
      // About 2,500 damaged pages: some 7 s alone on a 2-core machine, 12 s beside the other test files.
      { numRuns: 300 },
    );
    // The point is volume: thousands of damaged pages in all.
    expect(mutations).toBeGreaterThan(1500);
  });
});
