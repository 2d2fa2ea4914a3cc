import { describe, expect, it } from 'vitest';
import { selectionToItems } from '../../../utils/federation/selection';

describe('selectionToItems', () => {
  it('gives one item per line, without bullets or numbering', () => {
    expect(selectionToItems('• Extended access\n• Phlebotomy\n\n  3) Care homes\r\n- Minor surgery\n(5) Spirometry')).toEqual([
      'Extended access',
      'Phlebotomy',
      'Care homes',
      'Minor surgery',
      'Spirometry',
    ]);
  });

  it('splits a single line at semicolons and inline bullets', () => {
    expect(selectionToItems('Extended access; phlebotomy;care homes')).toEqual(['Extended access', 'phlebotomy', 'care homes']);
    expect(selectionToItems('Hillside Surgery · Meadow View Medical Practice • Brookfield Health Centre')).toEqual([
      'Hillside Surgery',
      'Meadow View Medical Practice',
      'Brookfield Health Centre',
    ]);
  });

  it('keeps semicolons inside items that are already on their own lines', () => {
    expect(selectionToItems('Dr Sam Sample — Chair; Clinical Director, Eastside PCN\nJo Example — Chief Executive')).toEqual([
      'Dr Sam Sample — Chair; Clinical Director, Eastside PCN',
      'Jo Example — Chief Executive',
    ]);
  });

  it('turns column gaps (tabs, runs of spaces) and spaced dashes into the " — " between name and detail', () => {
    expect(selectionToItems('Dr Anna Example\u00a0\u00a0\u00a0 Chair\u00a0\u00a0 North Riverside PCN\nDan Dummy\tCEO')).toEqual([
      'Dr Anna Example — Chair — North Riverside PCN',
      'Dan Dummy — CEO',
    ]);
    expect(selectionToItems('1.  Northgate Hub - Northgate Medical Centre')).toEqual(['Northgate Hub — Northgate Medical Centre']);
  });

  it('keeps hyphens that are not separators and initials that look like list letters', () => {
    expect(selectionToItems('Health Spot - GP Hub for young people aged 11-19\nJ. Smith')).toEqual([
      'Health Spot — GP Hub for young people aged 11-19',
      'J. Smith',
    ]);
  });

  it('gives nothing for an empty or blank selection', () => {
    expect(selectionToItems('')).toEqual([]);
    expect(selectionToItems(' \n\u00a0\n• ')).toEqual([]);
  });
});
