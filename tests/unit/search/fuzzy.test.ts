import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyKeys, type FuzzyMatch } from '../../../utils/search/fuzzy';

/** Optimal string alignment distance, the plain way. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function bruteForce(keys: readonly string[], word: string, max: number): FuzzyMatch[] {
  const out: FuzzyMatch[] = [];
  keys.forEach((key, position) => {
    const whole = osa(word, key);
    let start = Infinity;
    for (let length = 1; length <= key.length; length++) start = Math.min(start, osa(word, key.slice(0, length)));
    if (start <= max) out.push({ position, whole: whole <= max ? whole : Infinity, start });
  });
  return out;
}

function run(keys: readonly string[], word: string, max: number): FuzzyMatch[] {
  const out: FuzzyMatch[] = [];
  fuzzyKeys(keys, word, max, (match) => out.push(match));
  return out;
}

describe('fuzzy key matching', () => {
  it('finds typing errors in whole words and in word starts', () => {
    const keys = ['north', 'northfield', 'northfields', 'nottingham', 'southfield'].sort();
    const found = (word: string, max: number) => Object.fromEntries(run(keys, word, max).map((m) => [keys[m.position], [m.whole, m.start]]));
    expect(found('nothfield', 2)).toEqual({ northfield: [1, 1], northfields: [2, 1], southfield: [2, 2] });
    // Swapped neighbours are one error.
    expect(found('nrothfield', 1)).toEqual({ northfield: [1, 1], northfields: [Infinity, 1] });
    // A word still being typed: close to the start of longer words.
    expect(found('nothf', 1)).toMatchObject({ northfield: [Infinity, 1], northfields: [Infinity, 1] });
  });

  it('agrees with the plain computation on any sorted word list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[abc]{1,7}$/), { maxLength: 30 }),
        fc.stringMatching(/^[abc]{1,6}$/),
        fc.integer({ min: 1, max: 2 }),
        (words, word, max) => {
          const keys = [...words].sort();
          expect(run(keys, word, max)).toEqual(bruteForce(keys, word, max));
        },
      ),
      { numRuns: 500 },
    );
  });
});
