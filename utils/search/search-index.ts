import type { SearchDocument } from './document';
import { findKey, prefixRange } from './key-index';
import { expandWord, matchWords, maxTypos, type WordExpansion } from './match-words';
import { odsDocuments, type OdsSearchData } from './ods-documents';
import { companyDocuments, personDocuments, type OdsNames, type PeopleSearchData } from './people-documents';
import { parseQuery, queryWord, type ParsedQuery, type QueryVariant, type QueryWord } from './query';
import { codePrefixScore, exactCodeScore, nameScore, postcodeScore } from './rank';
import { buildSection, offer, type SearchSection } from './section';
import { ODS_SEARCH_TABLES, type SearchData, type SearchHit, type SearchKind, type SearchOptions, type SearchTable } from './types';

export interface SearchIndex {
  /** Hits best first (see rank.ts for the order); an empty query finds nothing. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * A new index with some tables replaced; this one stays usable. Only the parts built from those tables are
   * rebuilt: companies, officers, PSCs or people alone take milliseconds; ODS tables rebuild everything.
   */
  update(changes: Partial<SearchData>): SearchIndex;
  /** The rows it was built from. */
  readonly data: SearchData;
  readonly documentCount: number;
}

const DEFAULT_LIMIT = 20;
/** Splitting one typed word in two ("northfield" → NORTH FIELD) is a guess below joining two. */
const SPLIT_FACTOR = 0.85;
/** At most this many ways to split a word are tried. */
const MAX_SPLITS = 2;

/**
 * Equal scores: PCNs and federations first (what the panel is asked about), then people, then practices (many
 * share their PCN's name: "WILLOWS HEALTH" is both).
 */
const KIND_ORDER: Record<SearchKind, number> = { pcn: 0, company: 1, person: 2, practice: 3, 'sub-icb': 4, icb: 5 };


export function buildSearchIndex(data: SearchData): SearchIndex {
  const ods = buildSection(odsDocuments(data));
  return createIndex(data, ods, buildPeopleSection(data));
}

function buildPeopleSection(data: PeopleSearchData & OdsSearchData): SearchSection {
  const names: OdsNames = {
    pcns: new Map(data.odsPcns.map((pcn) => [pcn.code, pcn.name])),
    practices: new Map(data.odsPractices.map((practice) => [practice.code, practice.name])),
  };
  return buildSection([...companyDocuments(data.companies), ...personDocuments(data, names)]);
}

function createIndex(data: SearchData, ods: SearchSection, people: SearchSection): SearchIndex {
  const sections = [ods, people];
  const index: SearchIndex = {
    data,
    documentCount: ods.docs.length + people.docs.length,
    search: (query, options = {}) => search(sections, parseQuery(query), options.limit ?? DEFAULT_LIMIT),
    update(changes) {
      const changed = (Object.keys(changes) as SearchTable[]).filter((table) => changes[table] !== undefined && changes[table] !== data[table]);
      if (changed.length === 0) return index;
      const next: SearchData = { ...data };
      for (const table of changed) Object.assign(next, { [table]: changes[table] });
      // People's roles name PCNs and practices, so an ODS change rebuilds both sections.
      const odsChanged = changed.some((table) => (ODS_SEARCH_TABLES as readonly SearchTable[]).includes(table));
      return createIndex(next, odsChanged ? buildSection(odsDocuments(next)) : ods, buildPeopleSection(next));
    },
  };
  return index;
}

function search(sections: readonly SearchSection[], query: ParsedQuery, limit: number): SearchHit[] {
  if (limit <= 0 || (query.code === null && query.postcode === null && query.variants.length === 0)) return [];
  let exactCode = false;
  let exactPostcode = false;
  for (const section of sections) exactCode = matchCodes(section, query) || exactCode;
  for (const section of sections) exactPostcode = matchPostcodes(section, query) || exactPostcode;
  // A whole postcode that matched says what was meant; its letters and digits as name words would only add noise.
  if (!exactPostcode) {
    for (const section of sections) matchNames(section, query, false);
    // Typos are looked for only when the words as typed leave room: they rank below every name typed right.
    const offered = sections.reduce((sum, section) => sum + section.scratch.offered.length, 0);
    if (!exactCode && offered < limit && hasTypoWords(query)) {
      for (const section of sections) matchNames(section, query, true);
    }
  }
  return collectHits(sections, limit);
}

/** Codes exactly, then by prefix; true when a code matched exactly. */
function matchCodes(section: SearchSection, query: ParsedQuery): boolean {
  if (query.code === null) return false;
  const { codes } = section;
  const exact = findKey(codes, query.code);
  if (exact >= 0) for (const doc of codes.docs[exact]!) offer(section, doc, exactCodeScore(section.docs[doc]!));
  if (query.codePrefix) {
    const [start, end] = prefixRange(codes, query.code);
    for (let position = start; position < end; position++) {
      if (position === exact) continue;
      for (const doc of codes.docs[position]!) offer(section, doc, codePrefixScore(section.docs[doc]!, query.code, codes.keys[position]!));
    }
  }
  return exact >= 0;
}

/** A whole postcode exactly, or the postcodes starting with a district or a postcode being typed; true when a whole one matched. */
function matchPostcodes(section: SearchSection, query: ParsedQuery): boolean {
  if (query.postcode === null) return false;
  const { key, full } = query.postcode;
  const { postcodes } = section;
  if (full) {
    const exact = findKey(postcodes, key);
    if (exact < 0) return false;
    for (const doc of postcodes.docs[exact]!) offer(section, doc, postcodeScore(section.docs[doc]!, key, key, true));
    return true;
  }
  const [start, end] = prefixRange(postcodes, key);
  for (let position = start; position < end; position++) {
    for (const doc of postcodes.docs[position]!) offer(section, doc, postcodeScore(section.docs[doc]!, key, postcodes.keys[position]!, false));
  }
  return false;
}

function hasTypoWords(query: ParsedQuery): boolean {
  return query.variants[0]?.words.some((word) => maxTypos(word.forms[0]!) > 0) ?? false;
}

function matchNames(section: SearchSection, query: ParsedQuery, withTypos: boolean): void {
  if (section.docs.length === 0) return;
  // Join variants repeat words: expand each word once per pass.
  const expansions = new Map<string, WordExpansion>();
  const expand = (word: QueryWord) => {
    const key = `${word.typing ? '+' : ''}${word.typos ? '~' : ''}${word.forms.join('|')}`;
    let expansion = expansions.get(key);
    if (!expansion) expansions.set(key, (expansion = expandWord(section, word, withTypos)));
    return expansion;
  };
  const variants = withTypos ? [...query.variants, ...splitVariants(section, query)] : query.variants;
  for (const variant of variants) {
    const words = variant.words.length;
    matchWords(section, variant.words.map(expand), (position, quality, typos) => {
      const doc = section.docs[position]!;
      const exactName = doc.nameKey === (doc.kind === 'person' ? query.personKey : query.organisationKey);
      offer(section, position, nameScore(doc, words, quality, typos, variant.factor, exactName, titleShare(doc, query.optional)));
    });
  }
}

function titleShare(doc: SearchDocument, titles: readonly string[]): number {
  if (titles.length === 0) return 0;
  return titles.filter((title) => doc.words.includes(title)).length / titles.length;
}

/** "northfield" also read as "north field", when this section has both words: names are written either way. */
function splitVariants(section: SearchSection, query: ParsedQuery): QueryVariant[] {
  const words = query.variants[0]?.words ?? [];
  const variants: QueryVariant[] = [];
  words.forEach((word, i) => {
    const typed = word.forms[0]!;
    if (typed.length < 6 || !/^[a-z]+$/.test(typed)) return;
    for (let cut = typed.length - 3; cut >= 3 && variants.length < MAX_SPLITS; cut--) {
      const [left, right] = [typed.slice(0, cut), typed.slice(cut)];
      const [start, end] = prefixRange(section.words, right);
      if (findKey(section.words, left) < 0 || start === end) continue;
      const parts = [queryWord(left, false, false), queryWord(right, word.typing, false)];
      variants.push({ words: [...words.slice(0, i), ...parts, ...words.slice(i + 1)], factor: SPLIT_FACTOR });
    }
  });
  return variants;
}

/**
 * The best `limit` offered documents, and the sections' scratch cleared for the next search. A one-letter
 * query offers thousands, many with equal scores: the cut-off score is found with a numeric sort, and of the
 * documents tied at it only as many as fit are kept (in index order), so the sort by title stays small.
 */
function collectHits(sections: readonly SearchSection[], limit: number): SearchHit[] {
  const total = sections.reduce((sum, section) => sum + section.scratch.offered.length, 0);
  let threshold = 0;
  let above = 0;
  if (total > limit) {
    const scores = new Float64Array(total);
    let i = 0;
    for (const { scratch } of sections) for (const doc of scratch.offered) scores[i++] = scratch.best[doc]!;
    scores.sort();
    threshold = scores[total - limit]!;
    above = total - upperBoundNumber(scores, threshold);
  }
  let tiesLeft = limit - above;
  const picked: { doc: SearchDocument; score: number }[] = [];
  for (const section of sections) {
    const { best, offered } = section.scratch;
    for (const position of offered) {
      const score = best[position]!;
      if (score > threshold || (score === threshold && tiesLeft-- > 0)) picked.push({ doc: section.docs[position]!, score });
      best[position] = 0;
    }
    offered.length = 0;
  }
  picked.sort((a, b) => b.score - a.score || KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind] || compareText(a.doc.title, b.doc.title) || compareText(a.doc.id, b.doc.id));
  return picked.slice(0, limit).map(({ doc, score }) => ({
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    detail: doc.detail,
    score: Math.round(score * 100) / 100,
  }));
}

/** The first position in ascending `values` holding a value above `value`. */
function upperBoundNumber(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
