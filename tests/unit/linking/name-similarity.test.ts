import { describe, expect, it } from 'vitest';
import { formFromName, nameVariants, type WordWeight } from '../../../utils/linking/name-form';
import { compareNames, editDistance, tokenSimilarity } from '../../../utils/linking/name-similarity';

// Every distinctive word as rare as can be: the index's real weights only shade these.
const rare: WordWeight = () => 1;
const score = (website: string, ods: string) => compareNames(formFromName(website, rare), formFromName(ods, rare));

describe('compareNames', () => {
  it.each([
    // Website spelling, and the ODS name of the same practice: normalised alike.
    ['Riverside Medical Centre', 'RIVERSIDE MED.CTR.'],
    ['Horfield Health Centre', 'HORFIELD HC'],
    ["St Mary's Surgery", "ST. MARY'S SURGERY"],
    ['Saint Marys Surgery', "ST. MARY'S SURGERY"],
    ['Densham Surgery', 'THE DENSHAM SURGERY'],
    ['Drs Lambert and Ng', 'DRS LAMBERT & NG'],
    ['The Surgery', 'THE SURGERY'],
  ])('%s = %s', (website, ods) => {
    expect(score(website, ods)).toBe(1);
  });

  it.each([
    // Same practice, other words: high, below an exact match.
    ['Riverside Surgery', 'RIVERSIDE MEDICAL PRACTICE', 0.8, 0.95],
    ['Dr Patel & Partners', 'DR S N PATEL & PARTNERS', 0.9, 1],
    ['Dr Patel & Partners', 'THE PATEL PRACTICE', 0.85, 0.95],
    ['Drs Patel, Shah and Jones', 'DR PATEL & PARTNERS', 0.75, 0.9],
    ['Dr Lambert & Partners', 'DRS LAMBERT & NG', 0.8, 0.95],
    ['Drs Yasin and Jones', 'DR YASIN SA PRACTICE', 0.8, 0.9],
    ["Dr Hendow's Surgery", "DR GT HENDOW'S PRACTICE", 0.9, 1],
    ['Dr Hendow & Partners', "DR GT HENDOW'S PRACTICE", 0.85, 1],
    ['Park View Surgery', 'PARKVIEW SURGERY', 0.95, 1],
    ['Parkview Surgery', 'PARK VIEW SURGERY', 0.95, 1],
    ['Riversde Medical Centre', 'RIVERSIDE MED.CTR.', 0.8, 0.95],
    ['Tudor Practice', 'TUDOR PRACTICE STOCKLAND GREEN', 0.8, 0.95],
  ])('%s ~ %s: %f–%f', (website, ods, low, high) => {
    const value = score(website, ods);
    expect(value).toBeGreaterThanOrEqual(low);
    expect(value).toBeLessThanOrEqual(high);
  });

  it.each([
    // Different practices: under the accept threshold (0.7).
    ['Riverside Surgery', 'HILLSIDE SURGERY'],
    ['The Surgery', 'PARK SURGERY'],
    ['Selly Park Surgery', 'SELLY OAK SURGERY'],
    ['Dr Patel & Partners', 'PATEL MEDICAL CENTRE'],
    ['Tudor Practice Stockland Green', 'TUDOR PRACTICE'],
    ['Medical Centre', 'RIVERSIDE MED.CTR.'],
  ])('%s ≠ %s', (website, ods) => {
    expect(score(website, ods)).toBeLessThan(0.7);
  });

  it('prefers agreeing initials for doctors of one surname', () => {
    expect(score('Dr N Patel', 'DR N PATEL')).toBeGreaterThan(score('Dr N Patel', 'DR A PATEL'));
  });

  it('weighs common words less than rare ones', () => {
    const weights: WordWeight = (word) => (word === 'park' ? 0.5 : 1);
    const compare = (a: string, b: string) => compareNames(formFromName(a, weights), formFromName(b, weights));
    // Sharing the rare word counts for more than sharing the common one.
    expect(compare('Park Kingsway Surgery', 'KINGSWAY SURGERY')).toBeGreaterThan(
      compare('Park Kingsway Surgery', 'PARK SURGERY'),
    );
  });
});

describe('formFromName', () => {
  it('reads doctors, initials and generic words', () => {
    const form = formFromName('DR S N PATEL & PARTNERS', rare);
    expect(form.tokens).toEqual(['dr', 'sn', 'patel', 'and', 'partners']);
    expect(form.kinds).toEqual(['generic', 'initials', 'word', 'generic', 'generic']);
    expect(form.doctor).toBe(true);
    expect(formFromName('DRS LAMBERT & NG', rare).kinds).toEqual(['generic', 'word', 'generic', 'word']);
    // Initials after the surname, as ODS sometimes writes them; a short surname between generic words.
    expect(formFromName('DR ARORA RK', rare).kinds).toEqual(['generic', 'word', 'initials']);
    expect(formFromName('DR YASIN SA PRACTICE', rare).kinds).toEqual(['generic', 'word', 'initials', 'generic']);
    expect(formFromName('THE PATEL PRACTICE', rare).namedPractice).toBe(true);
    expect(formFromName('PARK MEDICAL PRACTICE', rare).namedPractice).toBe(false);
  });
});

describe('nameVariants', () => {
  it('tries the whole name, the name without its last part, and each part', () => {
    expect(nameVariants('Dr Patel & Partners (Quayside Health Centre)')).toEqual([
      { tokens: ['dr', 'patel', 'and', 'partners', 'quayside', 'health', 'centre'], factor: 1 },
      { tokens: ['dr', 'patel', 'and', 'partners'], factor: 0.95 },
      { tokens: ['quayside', 'health', 'centre'], factor: 0.9 },
    ]);
    expect(nameVariants('The Surgery, Cowfold').map((variant) => variant.tokens)).toEqual([
      ['surgery', 'cowfold'],
      ['surgery'],
    ]);
    expect(nameVariants('Timperley Health Centre (Westwood), Altrincham').map((variant) => variant.tokens)).toContainEqual([
      'timperley', 'health', 'centre', 'westwood',
    ]);
  });

  it('does not try a bare town or a lone generic word', () => {
    const variants = nameVariants('Northgate Medical Centre, Riverside').map((variant) => variant.tokens.join(' '));
    expect(variants).toEqual(['northgate medical centre riverside', 'northgate medical centre']);
  });
});

describe('tokenSimilarity and editDistance', () => {
  it.each([
    ['riverside', 'riverside', 1],
    ['hendows', 'hendow', 0.95],
    ['riversde', 'riverside', 0.85],
    ['stockland', 'stokeland', 0.7],
    ['park', 'bark', 0],
    ['12', '13', 0],
  ])('%s ~ %s = %f', (a, b, expected) => {
    expect(tokenSimilarity(a, b)).toBe(expected);
  });

  it('gives initials a partial match on their first letter only', () => {
    expect(tokenSimilarity('n', 'nj', 'initials', 'initials')).toBe(0.7);
    expect(tokenSimilarity('n', 'naveen', 'initials', 'word')).toBe(0.7);
    expect(tokenSimilarity('a', 'nj', 'initials', 'initials')).toBe(0);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});
