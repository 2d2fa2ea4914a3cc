/**
 * Organisation names normalised for matching: ODS writes "ST. MARY'S MED.CTR. (SMMC) PCN", a website
 * "St Mary's Medical Centre Primary Care Network"; both become "st marys medical centre". The result is for
 * comparing names, never for display, and never a key (codes are the keys).
 *
 * Rules, in order:
 * - accents dropped, lower case, apostrophes removed ("mary's" → "marys"), "&" and "+" → "and", "@" → "at";
 * - other punctuation is a space; letters and digits glued together are split ("pcn6" → "pcn 6", "ss9" → "ss 9");
 * - runs of initials are joined ("N.J. BHATT" and "NJ BHATT" → "nj bhatt");
 * - abbreviations found in epraccur and ePCN are expanded (MED → medical, CTR / CTRE / CNTR → centre,
 *   HC and H/C → health centre, MC → medical centre, HLTH → health, SURG → surgery, PRAC / PRACT → practice,
 *   GRP → group, FAM → family, P'SHIP → partnership, PTNR → partners, RD → road, HOSP → hospital, …);
 * - "Saint", "Street" and "St" all become "st": ODS uses "ST" for both, so it is never expanded;
 * - number words one to twenty become digits, and leading zeros go ("(01)" → "1");
 * - "health care" → "healthcare"; "the" is dropped;
 * - a bracketed acronym of the words next to it is dropped: "ANGMERING COPPICE FITZALAN (ACF)" →
 *   "angmering coppice fitzalan", "CHOC (CONGLETON & HOLMES CHAPEL)" → "congleton and holmes chapel";
 *   other brackets keep their words ("NEXUS (DEVON)" → "nexus devon": they often tell two names apart);
 * - trailing PCN / Primary Care Network / Network / Ltd / Limited / LLP / PLC / CIC are removed, repeatedly.
 */
export function normaliseOrgName(name: string): string {
  return nameTokens(name).join(' ');
}

/** The words of the normalised name, in order. */
export function nameTokens(name: string): string[] {
  // Applied until stable, so that normalising a normalised name changes nothing: dropping brackets can
  // bring initials together ("A (B)" → "a b" → "ab"). Later passes start from the tokens, not the text:
  // re-reading the joined tokens as text gives the same tokens back (lower-case words and numbers, no
  // punctuation), and skipping that costly reading halves the time to index the national practice list.
  let tokens = normalisePass(rawTokens(name));
  for (let pass = 0; pass < 3; pass++) {
    const next = normalisePass(tokens);
    if (next.join(' ') === tokens.join(' ')) break;
    tokens = next;
  }
  return tokens;
}

function normalisePass(words: string[]): string[] {
  let tokens = joinInitials(words);
  tokens = tokens.flatMap(canonicalWord);
  tokens = joinHealthCare(tokens);
  tokens = resolveBrackets(tokens);
  tokens = tokens.filter((token) => token !== 'the');
  return stripSuffixes(tokens);
}

const OPEN = '(';
const CLOSE = ')';

function rawTokens(name: string): string[] {
  // NFKD only when needed: nearly every ODS name is plain ASCII, and this runs for every name indexed.
  const plain = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  const text = plain
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    // Abbreviations spelled with punctuation, read before punctuation becomes space.
    .replace(/\bh\s*[/.]\s*c\b\.?/g, ' health centre ')
    .replace(/\bh\/care\b/g, ' healthcare ')
    .replace(/\bh\/centre\b/g, ' health centre ')
    .replace(/[&+]/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/[([{]/g, ` ${OPEN} `)
    .replace(/[)\]}]/g, ` ${CLOSE} `)
    .replace(/[^a-z0-9()]+/g, ' ');
  const tokens: string[] = [];
  for (const token of text.split(' ')) {
    if (!token) continue;
    if (LETTERS_ONLY.test(token) || ORDINAL.test(token)) tokens.push(token);
    // Otherwise letters and digits glued together are two words ("pcn6" → "pcn 6").
    else tokens.push(...(token.match(/[a-z]+|\d+|[()]/g) ?? []));
  }
  return tokens;
}

const NON_ASCII = /[\u0080-\uffff]/;
const LETTERS_ONLY = /^[a-z]+$/;
/** Ordinals stay whole ("1st"). */
const ORDINAL = /^\d+(st|nd|rd|th)$/;

const isSingleLetter = (token: string) => /^[a-z]$/.test(token);

/** "n j bhatt" → "nj bhatt": initials written with dots or spaces read like initials written together. */
function joinInitials(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (isSingleLetter(token)) {
      run += token;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(token);
  }
  if (run) out.push(run);
  return out;
}

/** Abbreviations that occur in ODS names (checked against epraccur 2025-09 and ePCN 2024-10), and spellings. */
const WORDS: Record<string, string[]> = {
  med: ['medical'],
  ctr: ['centre'],
  ctre: ['centre'],
  cntr: ['centre'],
  cntre: ['centre'],
  center: ['centre'],
  hc: ['health', 'centre'],
  mc: ['medical', 'centre'],
  hlth: ['health'],
  hth: ['health'],
  surg: ['surgery'],
  prac: ['practice'],
  pract: ['practice'],
  grp: ['group'],
  fam: ['family'],
  pship: ['partnership'],
  ptnr: ['partners'],
  ptnrs: ['partners'],
  drs: ['dr'],
  rd: ['road'],
  ave: ['avenue'],
  tce: ['terrace'],
  hosp: ['hospital'],
  univ: ['university'],
  comm: ['community'],
  limited: ['ltd'],
  saint: ['st'],
  street: ['st'],
};

const NUMBERS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

// Maps, not the objects above: a plain object would also answer for "constructor" (a word a name may hold),
// and a Map lookup is the cheaper one for every word of every name indexed.
const CANONICAL = new Map<string, string[]>([
  ...Object.entries(WORDS),
  ...NUMBERS.map((word, number): [string, string[]] => [word, [String(number)]]),
]);

function canonicalWord(token: string): string[] {
  const mapped = CANONICAL.get(token);
  if (mapped) return mapped;
  if (token.length > 1 && token[0] === '0' && /^0\d+$/.test(token)) return [String(Number(token))];
  return [token];
}

function joinHealthCare(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token === 'care' && out.at(-1) === 'health') out[out.length - 1] = 'healthcare';
    else out.push(token);
  }
  return out;
}

/** Small words an acronym leaves out ("Kidlington, Islip, Woodstock & Yarnton" → KIWY). */
const ACRONYM_SKIPS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'with']);

/**
 * Whether `acronym` is made of the starts of `words`, in order, all of them used, allowing several letters
 * from one word ("SEOXHA" = SOUTH EAST OXFORD HEALTH ALLIANCE) and one skipped middle word
 * ("CHAW" = CHELFORD, HANDFORTH, ALDERLEY EDGE, WILMSLOW). Needs at least two words.
 */
export function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  const list = words.filter((word) => !ACRONYM_SKIPS.has(word));
  if (list.length < 2 || !/^[a-z]{2,8}$/.test(acronym)) return false;
  const spell = (a: number, w: number, skips: number): boolean => {
    if (w === list.length) return a === acronym.length;
    if (a === acronym.length) return false;
    const word = list[w]!;
    for (let length = Math.min(word.length, acronym.length - a); length >= 1; length--) {
      if (word.startsWith(acronym.slice(a, a + length)) && spell(a + length, w + 1, skips)) return true;
    }
    return skips > 0 && w > 0 && w < list.length - 1 && spell(a, w + 1, skips - 1);
  };
  return spell(0, 0, 1);
}

function isAcronymOfTail(acronym: string, before: readonly string[]): boolean {
  for (let start = before.length - 2; start >= 0; start--) {
    if (isAcronymOf(acronym, before.slice(start))) return true;
  }
  return false;
}

/** Drops acronyms that repeat the words beside them; otherwise keeps the bracketed words without brackets. */
function resolveBrackets(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === CLOSE) continue; // unbalanced
    if (token !== OPEN) {
      out.push(token);
      continue;
    }
    const end = tokens.indexOf(CLOSE, i + 1);
    const inside = tokens.slice(i + 1, end < 0 ? tokens.length : end).filter((t) => t !== OPEN);
    i = end < 0 ? tokens.length : end;
    const last = out.at(-1);
    if (inside.length === 1 && isAcronymOfTail(inside[0]!, out)) continue;
    if (last !== undefined && isAcronymOf(last, inside)) out.pop();
    out.push(...inside);
  }
  return out;
}

const SUFFIXES: readonly (readonly string[])[] = [
  ['primary', 'care', 'network'],
  ['pcn'],
  ['network'],
  ['ltd'],
  ['llp'],
  ['plc'],
  ['cic'],
];

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
  return tokens.length > suffix.length && suffix.every((word, i) => tokens[tokens.length - suffix.length + i] === word);
}

/** Removes trailing organisation-type words, keeping at least one word ("Network PCN" stays "network"). */
function stripSuffixes(tokens: string[]): string[] {
  let out = tokens;
  for (;;) {
    const suffix = SUFFIXES.find((candidate) => endsWith(out, candidate));
    if (!suffix) return out;
    out = out.slice(0, out.length - suffix.length);
  }
}
