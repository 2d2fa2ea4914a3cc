import { describe, expect, it } from 'vitest';
import { applyScale, parseIxBoolean, parseIxDate, parseIxNumber, readEnglishWords, transformName } from '../../../utils/accounts/ixbrl-transforms';

describe('transformName', () => {
  it('drops the prefix, case and ixt4 hyphens', () => {
    expect(transformName('ixt4:num-dot-decimal')).toBe('numdotdecimal');
    expect(transformName('IXT2:ZeroDash')).toBe('zerodash');
    expect(transformName(null)).toBe('');
  });
});

describe('parseIxNumber', () => {
  it('rejects a second decimal mark and a dash outside zerodash', () => {
    expect(parseIxNumber('1.234.567', 'ixt2:numdotdecimal').ok).toBe(false);
    expect(parseIxNumber('-', 'ixt2:numdotdecimal').ok).toBe(false);
    expect(parseIxNumber('12', 'ixt2:zerodash').ok).toBe(false);
  });

  it('keeps leading zeros out and trailing fraction zeros off', () => {
    expect(parseIxNumber('007.50', null)).toEqual({ ok: true, value: '7.5' });
  });
});

describe('applyScale', () => {
  it('moves the decimal point', () => {
    expect(applyScale('1.5', 6)).toBe(1_500_000);
    expect(applyScale('0.07', 2)).toBe(7);
    expect(applyScale('5', -3)).toBe(0.005);
    expect(applyScale('123', 0)).toBe(123);
  });
});

describe('readEnglishWords', () => {
  it.each([
    ['no', 0],
    ['twelve', 12],
    ['forty-two', 42],
    ['one hundred and five', 105],
    ['two million three hundred thousand', 2_300_000],
  ])('%s', (words, value) => {
    expect(readEnglishWords(words)).toEqual({ ok: true, value: String(value) });
  });

  it('refuses words that are not numbers', () => {
    expect(readEnglishWords('several').ok).toBe(false);
  });
});

describe('parseIxDate', () => {
  it.each([
    ['2025-03-31', null, '2025-03-31'],
    ['31.3.18', 'ixt2:datedaymonthyear', '2018-03-31'],
    ['10th September 2018', 'ixt2:datedaymonthyearen', '2018-09-10'],
    ['31 December 2014', 'ixt:datelonguk', '2014-12-31'],
    ['03/31/2025', 'ixt:dateslashus', '2025-03-31'],
    ['31 March 2025', 'ixt4:date-day-monthname-year-en', '2025-03-31'],
    ['2025-02-30', null, null],
    ['soon', 'ixt2:datedaymonthyearen', null],
  ])('%s (%s)', (text, format, expected) => {
    expect(parseIxDate(text, format)).toBe(expected);
  });
});

describe('parseIxBoolean', () => {
  it('lets the boolean formats decide', () => {
    expect(parseIxBoolean('no', 'ixt2:booleantrue')).toBe(true);
    expect(parseIxBoolean(' TRUE ', null)).toBe(true);
    expect(parseIxBoolean('maybe', null)).toBeNull();
  });
});
