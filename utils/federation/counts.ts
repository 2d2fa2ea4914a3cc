/**
 * Headline figures stated in a page's text: "31 member practices", "Nine Riverside practices", "the 5 Primary
 * Care Networks (PCNs)", "about 310,000 registered patients", "a population of 1.2 million".
 */
import { anyCase } from './text';
import type { HeadlineCounts } from './types';

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

// Patterns are case-sensitive so that "[A-Z]…" in FILLER means a capitalised word (a place name); anyCase() does the rest.
const WORD_NUMBER = String.raw`(?:(?:${anyCase(Object.keys(TENS).join('|'))})(?:[\s-](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${anyCase(Object.keys(UNITS).join('|'))})`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s*(?:k|m|million|thousand)\b)?`;
// Group 1: the number; group 2: its scale ("k", "million"). Not part of a range ("11-19") or a longer number.
const NUMBER = String.raw`(?<![\w,.\-–])(${DIGITS}|${WORD_NUMBER})(${SCALE})\+?`;
// Words allowed between a number and what it counts: "29 GP practices", "Nine Riverside practices", "31 of our member practices".
const FILLER = String.raw`(?:\s+(?:[A-Z][\w'’&-]*|GP|${anyCase('general|member|local|constituent|partner|individual|independent|registered|of|our|the|its|across|within|in|some|around|about|over|nearly|approximately')}))`;
const GAP = `${FILLER}{0,3}\\s+`;

function wordValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (UNITS[lower] !== undefined) return UNITS[lower];
  const [tens, unit] = lower.split(/[\s-]/);
  const t = TENS[tens ?? ''];
  if (t === undefined) return null;
  return t + (unit ? (UNITS[unit] ?? 0) : 0);
}

function numberValue(number: string, scale: string): number | null {
  const base = /\d/.test(number) ? Number(number.replace(/,/g, '')) : wordValue(number);
  if (base === null || !Number.isFinite(base)) return null;
  const s = scale.trim().toLowerCase();
  const factor = s === 'k' || s === 'thousand' ? 1_000 : s === 'm' || s === 'million' ? 1_000_000 : 1;
  return Math.round(base * factor);
}

interface CountRule {
  key: keyof HeadlineCounts;
  patterns: RegExp[];
  min: number;
  max: number;
}

const RULES: CountRule[] = [
  { key: 'practices', patterns: [new RegExp(`${NUMBER}${GAP}(?:${anyCase('practices|surgeries')})\\b`, 'g')], min: 1, max: 2_000 },
  {
    key: 'pcns',
    patterns: [new RegExp(`${NUMBER}${GAP}(?:PCNs|${anyCase('primary care networks|networks')})\\b`, 'g')],
    min: 1,
    max: 200,
  },
  {
    key: 'patients',
    patterns: [
      new RegExp(`${NUMBER}${GAP}(?:${anyCase('patients|registered population')})\\b`, 'g'),
      new RegExp(`\\b${anyCase('population of')}\\s+(?:(?:${anyCase('about|around|over|nearly|approximately|some|almost|more than')})\\s+)?${NUMBER}`, 'g'),
    ],
    min: 1_000,
    max: 20_000_000,
  },
];

/**
 * The counts stated in the texts, each the first one found in page order. Different figures for the same thing
 * are reported as a warning (the first stands: headline figures usually come first).
 */
export function readHeadlineCounts(texts: string[], warnings: string[]): HeadlineCounts {
  const counts: HeadlineCounts = {};
  for (const rule of RULES) {
    const found: number[] = [];
    for (const text of texts) {
      const hits: { at: number; value: number }[] = [];
      for (const pattern of rule.patterns) {
        pattern.lastIndex = 0;
        for (const match of text.matchAll(pattern)) {
          const value = numberValue(match[1] ?? '', match[2] ?? '');
          if (value !== null && value >= rule.min && value <= rule.max) hits.push({ at: match.index, value });
        }
      }
      found.push(...hits.sort((a, b) => a.at - b.at).map((h) => h.value));
    }
    const first = found[0];
    if (first === undefined) continue;
    counts[rule.key] = first;
    const others = [...new Set(found)].filter((v) => v !== first);
    if (others.length > 0) warnings.push(`the page states more than one number of ${rule.key} (${[first, ...others].join(', ')}); kept ${first}`);
  }
  return counts;
}
