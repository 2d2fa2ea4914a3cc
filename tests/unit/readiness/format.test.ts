import { describe, expect, it } from 'vitest';
import { counted, formatMoney, listed } from '../../../utils/readiness/format';

describe('formatMoney', () => {
  it('writes money short enough for one line, exact where small', () => {
    const cases: [number, string][] = [
      [0, '£0'],
      [3_810, '£3,810'],
      [9_999, '£9,999'],
      [10_000, '£10k'],
      [12_400, '£12k'],
      [350_000, '£350k'],
      [999_499, '£999k'],
      [999_500, '£1m'],
      [1_000_000, '£1m'],
      [2_412_345, '£2.4m'],
      [2_108_000, '£2.1m'],
      [12_345_678, '£12.3m'],
      [1_234_000_000, '£1.2bn'],
      [-3_810, '-£3,810'],
      [-250_000, '-£250k'],
      [3_810.6, '£3,811'],
    ];
    for (const [amount, text] of cases) expect(formatMoney(amount), String(amount)).toBe(text);
  });

  it('uses the currency given', () => {
    expect(formatMoney(2_400_000, 'EUR')).toBe('€2.4m');
    expect(formatMoney(3_810, 'CHF')).toBe('CHF 3,810');
    expect(formatMoney(3_810, null)).toBe('£3,810');
  });
});

describe('counted and listed', () => {
  it('agree in number and join names', () => {
    expect(counted(1, 'service')).toBe('1 service');
    expect(counted(3, 'service')).toBe('3 services');
    expect(listed(['A'])).toBe('A');
    expect(listed(['A', 'B'])).toBe('A and B');
    expect(listed(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listed(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});
