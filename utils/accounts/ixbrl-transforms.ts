/**
 * Inline XBRL transformation rules: how the displayed text of a fact is read, according to its `format`.
 * Only the rules UK accounts use are covered (registries ixt 2010, ixt2 2011, ixt4 2020); an unknown rule is
 * reported, never guessed. Pure string functions, no DOM.
 */

/** `ixt2:numdotdecimal`, `ixt4:num-dot-decimal` → "numdotdecimal": the registry version does not change meaning. */
export function transformName(format: string | null): string {
  if (!format) return '';
  const local = format.slice(format.lastIndexOf(':') + 1);
  return local.toLowerCase().replace(/-/g, '');
}

export type ParsedNumber = { ok: true; value: string | null } | { ok: false; reason: string };

const DASHES = /^[-\u2010-\u2015\u2212]$/;
const GROUP_SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads the text of an `ix:nonFraction` as a canonical decimal string ("1234.5"), before `scale` and `sign`.
 * `value: null` means the format says there is no number (nocontent).
 */
export function parseIxNumber(text: string, format: string | null): ParsedNumber {
  const rule = transformName(format);
  const trimmed = text.trim();
  switch (rule) {
    case 'fixedzero':
      return { ok: true, value: '0' };
    case 'nocontent':
    case 'fixedempty':
      return { ok: true, value: null };
    case 'zerodash':
    case 'numdash':
      return DASHES.test(trimmed) ? { ok: true, value: '0' } : { ok: false, reason: `"${trimmed}" is not a dash` };
    case '':
    case 'numdotdecimal':
    case 'numcommadot':
    case 'numspacedot':
    case 'numdotdecimalin':
      return readSeparated(trimmed, '.');
    case 'numcommadecimal':
    case 'numdotcomma':
    case 'numspacecomma':
    case 'numcomma':
      return readSeparated(trimmed, ',');
    case 'numunitdecimal':
      return readUnitDecimal(trimmed);
    case 'numwordsen':
    case 'numworden':
      return readEnglishWords(trimmed);
    default:
      return { ok: false, reason: `unsupported format "${format}"` };
  }
}

/**
 * Digits with group separators and one decimal mark. Brackets, currency signs and the like around the number
 * are presentation (only `sign` makes a value negative), so they are dropped.
 */
function readSeparated(text: string, decimalMark: '.' | ','): ParsedNumber {
  const core = text.replace(/^[^\d]+/, '').replace(/[^\d]+$/, '');
  if (!core) return { ok: false, reason: `no digits in "${text}"` };
  const groupMarks = decimalMark === '.' ? /[,'’]/g : /[.'’]/g;
  const compact = core.replace(GROUP_SPACES, '').replace(groupMarks, '');
  const parts = compact.split(decimalMark);
  if (parts.length > 2 || !/^\d+$/.test(parts[0] ?? '') || (parts[1] !== undefined && !/^\d*$/.test(parts[1]))) {
    return { ok: false, reason: `"${text}" is not a number` };
  }
  const whole = stripLeadingZeros(parts[0]!);
  const fraction = (parts[1] ?? '').replace(/0+$/, '');
  return { ok: true, value: fraction ? `${whole}.${fraction}` : whole };
}

/** "1 pound 50 pence", "12 dollars": whole units, then an optional one- or two-digit fraction. */
function readUnitDecimal(text: string): ParsedNumber {
  const match = /^([\d\s\u00a0,.']+?)\s*[^\d\s,.']+(?:\s*(\d{1,2})\s*[^\d]*)?$/.exec(text);
  if (!match) return readSeparated(text, '.');
  const whole = match[1]!.replace(/[\s\u00a0,.']/g, '');
  if (!/^\d+$/.test(whole)) return { ok: false, reason: `"${text}" is not a number` };
  const fraction = (match[2] ?? '').padStart(2, '0').replace(/0+$/, '');
  return { ok: true, value: fraction ? `${stripLeadingZeros(whole)}.${fraction}` : stripLeadingZeros(whole) };
}

const UNITS: Record<string, number> = {
  zero: 0, no: 0, none: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Whole numbers written in English words: "twelve", "one hundred and five", "no". */
export function readEnglishWords(text: string): ParsedNumber {
  const words = text.toLowerCase().split(/[\s\-,]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return { ok: false, reason: 'no words' };
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word in UNITS) {
      current += UNITS[word]!;
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (word in MULTIPLIERS) {
      total += (current || 1) * MULTIPLIERS[word]!;
      current = 0;
      seen = true;
    } else {
      return { ok: false, reason: `"${text}" is not a number in words` };
    }
  }
  return seen ? { ok: true, value: String(total + current) } : { ok: false, reason: `"${text}" is not a number in words` };
}

function stripLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** Applies `scale` (a power of ten) by moving the decimal point in the string, so no float error creeps in. */
export function applyScale(canonical: string, scale: number): number {
  if (scale === 0) return Number(canonical);
  const [whole = '0', fraction = ''] = canonical.split('.');
  const digits = whole + fraction;
  const point = whole.length + scale;
  let shifted: string;
  if (point <= 0) shifted = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) shifted = digits + '0'.repeat(point - digits.length);
  else shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(shifted);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date fact (period start/end, balance sheet date) to YYYY-MM-DD. Without a format the text is already
 * an ISO date. Returns null when the text cannot be read as the format says.
 */
export function parseIxDate(text: string, format: string | null): string | null {
  // ixt4 spells month names out in the rule name: date-day-monthname-year-en.
  const rule = transformName(format).replace('monthname', 'month');
  const trimmed = text.trim();
  if (!rule) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
    return iso ? validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
  }
  if (!rule.startsWith('date')) return null;
  const tokens = trimmed.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let order: 'dmy' | 'mdy' | 'ymd';
  if (rule.includes('yearmonthday') || rule.includes('ymd')) order = 'ymd';
  else if (rule.includes('monthdayyear') || rule.endsWith('us') || rule.includes('mdy')) order = 'mdy';
  else if (rule.includes('daymonthyear') || rule.endsWith('eu') || rule.endsWith('uk') || rule.includes('dmy')) order = 'dmy';
  else return null;
  const dayMonthYear = order === 'dmy' ? tokens : order === 'mdy' ? [tokens[1], tokens[0], tokens[2]] : [tokens[2], tokens[1], tokens[0]];
  const [dayToken, monthToken, yearToken] = dayMonthYear;
  if (!dayToken || !monthToken || !yearToken || tokens.length !== 3) return null;
  const day = Number(dayToken.replace(/(st|nd|rd|th)$/i, ''));
  const month = /^\d+$/.test(monthToken) ? Number(monthToken) : MONTH_NAMES.indexOf(monthToken.slice(0, 3).toLowerCase()) + 1;
  let year = Number(yearToken);
  if (!/^\d+$/.test(yearToken)) return null;
  if (yearToken.length <= 2) year += year < 70 ? 2000 : 1900;
  return validDate(year, month, day);
}

function validDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(day) || month < 1 || month > 12 || day < 1 || year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `EntityDormantTruefalse` and friends: the boolean formats decide regardless of text; otherwise "true"/"false". */
export function parseIxBoolean(text: string, format: string | null): boolean | null {
  const rule = transformName(format);
  if (rule === 'booleantrue' || rule === 'fixedtrue') return true;
  if (rule === 'booleanfalse' || rule === 'fixedfalse') return false;
  const value = text.trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return null;
}
