import MiniSearch from 'minisearch';
import { isActiveGpPractice } from '../ods/merge';
import { nameTokens } from '../ods/normalise-name';
import { GP_PRACTICE_SETTING, type OdsDataset, type OdsMembership, type OdsPractice } from '../ods/rows';
import { formFromTokens, GENERIC_WORDS, type NameForm, type WordWeight } from './name-form';
import { normalisePostcode } from './postcode';

/**
 * A search index over ODS practices and PCNs, built once per dataset: each practice's normalised name (and
 * the building named in its address, which websites often use instead), postcode, area (sub-ICB, ICB,
 * postcode district) and current PCN. Exact normalised names and postcodes are looked up in maps; other
 * names through a MiniSearch index of their distinctive words, fuzzy and by prefix, then scored by
 * compareNames. Active GP practices rank first; closed ones and other practice-like rows follow (`prior`).
 */

export interface IndexedPractice {
  code: string;
  name: string;
  postcode: string | null;
  district: string | null;
  postcodeArea: string | null;
  subIcbCode: string | null;
  icbCode: string | null;
  /** How much a match on this row is worth before any other evidence: 1 for an active GP practice. */
  prior: number;
  /** The current PCN (a membership without end date), if any. */
  pcnCode: string | null;
  pcnName: string | null;
}

/** A name to search: a practice's own name, or (alias) the building its address names. */
export interface NameEntry {
  practice: number;
  form: NameForm;
  alias: boolean;
}

export interface IndexedPcn {
  code: string;
  name: string;
  subIcbCode: string | null;
  icbCode: string | null;
  open: boolean;
  form: NameForm;
  /** Practices in it now (memberships without end date). */
  memberCodes: string[];
}

export interface PracticeIndex {
  practices: IndexedPractice[];
  byCode: ReadonlyMap<string, number>;
  entries: NameEntry[];
  /** Practice → its entries (name, then aliases). */
  entriesOf: readonly number[][];
  /** Normalised name → entries. */
  byKey: ReadonlyMap<string, number[]>;
  /** "B31 2AB" → practices. */
  byPostcode: ReadonlyMap<string, number[]>;
  bySubIcb: ReadonlyMap<string, number[]>;
  search: MiniSearch<SearchDocument>;
  wordWeight: WordWeight;
  /** In how many indexed names each word occurs (to choose what to search for, and to split "Parkview"). */
  wordFrequency: ReadonlyMap<string, number>;
  pcns: IndexedPcn[];
  pcnByCode: ReadonlyMap<string, IndexedPcn>;
  /** Word weights of PCN names (a website's PCN name is weighed with these). */
  pcnWordWeight: WordWeight;
  /** First three letters of each distinctive word of PCN names → PCNs (positions in `pcns`). */
  pcnsByWordStart: ReadonlyMap<string, number[]>;
}

export interface SearchDocument {
  id: number;
  text: string;
}

/** Ranking of ODS rows that are not active GP practices: a website may name a closed or merged practice. */
export const PRIOR = {
  activeGp: 1,
  /** Known only from the ePCN partner sheet: a PCN member, status unknown. */
  unknownStatus: 0.97,
  proposedGp: 0.9,
  closedGp: 0.85,
  activeOther: 0.8,
  closedOther: 0.7,
} as const;

export function practicePrior(practice: OdsPractice): number {
  if (isActiveGpPractice(practice)) return PRIOR.activeGp;
  if (practice.status === null) return PRIOR.unknownStatus;
  const gp = practice.prescribingSetting === GP_PRACTICE_SETTING;
  if (practice.status === 'A') return PRIOR.activeOther;
  if (gp) return practice.status === 'P' ? PRIOR.proposedGp : PRIOR.closedGp;
  return PRIOR.closedOther;
}

function isGpSetting(practice: OdsPractice): boolean {
  return practice.prescribingSetting === GP_PRACTICE_SETTING || practice.prescribingSetting === null;
}

/** Names of other prescribing cost centres that read like a practice's ("ST MARTIN SURGERY", "DR X'S PRACTICE"). */
const PRACTICE_LIKE_NAME = /SURG|MED|PRAC|\bDRS?\b|HEALTH C|\bH\/?C\b|\bMC\b/i;

/**
 * GP practices (setting 4, or known only from ePCN), open or closed, and the other rows whose name reads like a
 * practice's (Isle of Man and armed-forces practices, some closed practices re-filed): about 9,500 of
 * epraccur's 16,700 rows. The rest (hospitals, pharmacies, community services, prisons) are not what a
 * federation lists as members, and leaving them out halves the time to build the index.
 */
export function mayBeListedAsPractice(practice: OdsPractice): boolean {
  return isGpSetting(practice) || PRACTICE_LIKE_NAME.test(practice.name);
}

/** An alias is the only name the index gives of a building, and other practices may share it. */
export const ALIAS_FACTOR = 0.92;

export type PracticeIndexSource = Pick<OdsDataset, 'practices' | 'pcns' | 'memberships' | 'subIcbs'>;

export function buildPracticeIndex(dataset: PracticeIndexSource): PracticeIndex {
  const icbOfSubIcb = new Map(dataset.subIcbs.map((subIcb) => [subIcb.code, subIcb.icbCode]));
  const currentPcn = currentPcnOfPractice(dataset.memberships);
  const pcnNames = new Map(dataset.pcns.map((pcn) => [pcn.code, pcn.name]));

  const practices: IndexedPractice[] = [];
  const byCode = new Map<string, number>();
  const rawEntries: { practice: number; tokens: string[]; alias: boolean }[] = [];
  for (const practice of dataset.practices) {
    if (byCode.has(practice.code) || !mayBeListedAsPractice(practice)) continue;
    const id = practices.length;
    const postcode = normalisePostcode(practice.postcode);
    const district = postcode?.split(' ')[0] ?? null;
    const pcnCode = currentPcn.get(practice.code) ?? null;
    practices.push({
      code: practice.code,
      name: practice.name,
      postcode,
      district,
      postcodeArea: district?.match(/^[A-Z]+/)?.[0] ?? null,
      subIcbCode: practice.subIcbCode,
      icbCode: practice.icbCode ?? (practice.subIcbCode ? (icbOfSubIcb.get(practice.subIcbCode) ?? null) : null),
      prior: practicePrior(practice),
      pcnCode,
      pcnName: pcnCode ? (pcnNames.get(pcnCode) ?? null) : null,
    });
    byCode.set(practice.code, id);
    const tokens = nameTokens(practice.name);
    rawEntries.push({ practice: id, tokens, alias: false });
    if (!isGpSetting(practice)) continue;
    for (const alias of buildingNames(practice.address, tokens.join(' '))) {
      rawEntries.push({ practice: id, tokens: alias, alias: true });
    }
  }

  const { wordWeight, wordFrequency } = idfWeights(rawEntries.map((entry) => entry.tokens));
  const entries: NameEntry[] = rawEntries.map((entry) => ({
    practice: entry.practice,
    form: formFromTokens(entry.tokens, wordWeight),
    alias: entry.alias,
  }));

  const byKey = new Map<string, number[]>();
  const entriesOf: number[][] = practices.map(() => []);
  entries.forEach((entry, id) => {
    push(byKey, entry.form.key, id);
    entriesOf[entry.practice]!.push(id);
  });
  const byPostcode = new Map<string, number[]>();
  const bySubIcb = new Map<string, number[]>();
  practices.forEach((practice, id) => {
    if (practice.postcode) push(byPostcode, practice.postcode, id);
    if (practice.subIcbCode) push(bySubIcb, practice.subIcbCode, id);
  });

  const search = new MiniSearch<SearchDocument>({
    fields: ['text'],
    // Names are normalised already: split on the spaces normaliseOrgName leaves, change nothing.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  });
  search.addAll(entries.map((entry, id) => ({ id, text: searchText(entry.form) })));

  const { pcns, pcnWordWeight } = buildPcns(dataset, icbOfSubIcb);
  const pcnsByWordStart = new Map<string, number[]>();
  pcns.forEach((pcn, id) => {
    const starts = new Set(pcn.form.tokens.filter((_, i) => pcn.form.kinds[i] === 'word').map(wordStart));
    for (const start of starts) push(pcnsByWordStart, start, id);
  });  return {
    practices,
    byCode,
    entries,
    entriesOf,
    byKey,
    byPostcode,
    bySubIcb,
    search,
    wordWeight,
    wordFrequency,
    pcns,
    pcnByCode: new Map(pcns.map((pcn) => [pcn.code, pcn])),
    pcnWordWeight,
    pcnsByWordStart,
  };
}

/** Names that share no word start share no word (bar a typo in the first letters): a cheap first filter. */
export function wordStart(word: string): string {
  return word.slice(0, 3);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A practice moves PCN by ending one spell and starting another; the open spell with the latest start wins. */
function currentPcnOfPractice(memberships: readonly OdsMembership[]): Map<string, string> {
  const latest = new Map<string, OdsMembership>();
  for (const membership of memberships) {
    if (membership.endDate !== null) continue;
    const known = latest.get(membership.practiceCode);
    if (!known || membership.startDate > known.startDate) latest.set(membership.practiceCode, membership);
  }
  return new Map([...latest].map(([code, membership]) => [code, membership.pcnCode]));
}

/** Words that make an address line the name of a building ("QUAYSIDE HEALTH CENTRE", "THE POPLARS SURGERY"). */
const BUILDING_HINT = /SURG|MED|HEALTH|HLTH|HTH|H\/C|\bHC\b|CENT|CTR|CNTR|PRAC|CLINIC|\bMC\b|H\/CARE/i;
const BUILDING_WORDS = new Set(['surgery', 'medical', 'health', 'centre', 'practice', 'clinic', 'healthcare']);

/**
 * The buildings named in the first two address lines, as tokens: websites often call a practice by its
 * building ("The Poplars Surgery" for "DR SN CLAY AND PARTNERS"). Street lines and bare "THE SURGERY" are not names.
 */
function buildingNames(address: string | null, nameKey: string): string[][] {
  if (!address) return [];
  const names: string[][] = [];
  for (const line of address.split(',').slice(0, 2)) {
    // Cheap test first: normalising every address line would double the time to build the index.
    if (/^\s*\d/.test(line) || !BUILDING_HINT.test(line)) continue;
    const tokens = nameTokens(line);
    const key = tokens.join(' ');
    if (key === nameKey || names.some((name) => name.join(' ') === key)) continue;
    if (!tokens.some((token) => BUILDING_WORDS.has(token))) continue;
    if (!tokens.some((token) => !GENERIC_WORDS.has(token))) continue;
    names.push(tokens);
  }
  return names;
}

/**
 * Inverse document frequency over the names, mapped to 0.5 (a word in most names) … 1 (a word in one name,
 * or in none: an unknown word on a website is as telling as a rare one); and the words seen.
 */
function idfWeights(names: readonly string[][]): {
  wordWeight: WordWeight;
  wordFrequency: ReadonlyMap<string, number>;
} {
  const documentFrequency = new Map<string, number>();
  for (const tokens of names) {
    for (const token of new Set(tokens)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const total = Math.max(names.length, 2);
  const scale = Math.log(total);
  const wordWeight: WordWeight = (token) => {
    const frequency = documentFrequency.get(token);
    if (!frequency) return 1;
    return 0.5 + 0.5 * Math.min(1, Math.log(total / frequency) / scale);
  };
  return { wordWeight, wordFrequency: documentFrequency };
}

/** The words MiniSearch indexes: all but the generic ones ("surgery", "medical"), which every name has. */
function searchText(form: NameForm): string {
  return form.tokens.filter((_, i) => form.kinds[i] !== 'generic').join(' ');
}

function buildPcns(
  dataset: PracticeIndexSource,
  icbOfSubIcb: ReadonlyMap<string, string | null>,
): { pcns: IndexedPcn[]; pcnWordWeight: WordWeight } {
  const members = new Map<string, string[]>();
  for (const membership of dataset.memberships) {
    if (membership.endDate === null) push(members, membership.pcnCode, membership.practiceCode);
  }
  const tokens = dataset.pcns.map((pcn) => nameTokens(pcn.name));
  const { wordWeight: pcnWordWeight } = idfWeights(tokens);
  const pcns = dataset.pcns.map((pcn, i) => ({
    code: pcn.code,
    name: pcn.name,
    subIcbCode: pcn.subIcbCode,
    icbCode: pcn.subIcbCode ? (icbOfSubIcb.get(pcn.subIcbCode) ?? null) : null,
    open: pcn.closeDate === null,
    form: formFromTokens(tokens[i]!, pcnWordWeight),
    memberCodes: [...new Set(members.get(pcn.code) ?? [])],
  }));
  return { pcns, pcnWordWeight };
}
