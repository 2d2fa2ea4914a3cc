import { describe, expect, it } from 'vitest';
import { RowProblem } from '../../../utils/ods/errors';
import { normaliseHeader } from '../../../utils/ods/table';
import { cellBoolean, cellDate, cellInteger, joinAddress, latestDate } from '../../../utils/ods/values';

describe('cellDate', () => {
  it.each([
    ['20191001', '2019-10-01'],
    [' 20240229 ', '2024-02-29'],
    ['2019-10-01', '2019-10-01'],
    [20191001, '2019-10-01'],
    // An Excel date serial, for a workbook re-saved with real date cells.
    [43739, '2019-10-01'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (cell, iso) => {
    expect(cellDate(cell, 'Open Date')).toBe(iso);
  });

  it.each(['20230229', '20191301', '2019100', '01/10/2019', 'TRUE'])('rejects %j', (cell) => {
    expect(() => cellDate(cell, 'Open Date')).toThrow(RowProblem);
    expect(() => cellDate(cell, 'Open Date')).toThrow(`Open Date "${cell}" is not a date (expected YYYYMMDD)`);
  });
});

describe('cellBoolean', () => {
  it.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    [1, true],
    ['', null],
    [null, null],
  ])('%j → %j', (cell, value) => {
    expect(cellBoolean(cell, 'Match')).toBe(value);
  });

  it('rejects other text', () => {
    expect(() => cellBoolean('MAYBE', 'Match')).toThrow('Match "MAYBE" is not TRUE or FALSE');
  });
});

describe('small helpers', () => {
  it('cellInteger', () => {
    expect(cellInteger('4', 'setting')).toBe(4);
    expect(cellInteger('', 'setting')).toBeNull();
    expect(() => cellInteger('four', 'setting')).toThrow(RowProblem);
  });

  it('joinAddress drops empty lines', () => {
    expect(joinAddress(['ROOM 21', '', null, ' STOCKTON ', undefined])).toBe('ROOM 21, STOCKTON');
    expect(joinAddress(['', null])).toBeNull();
  });

  it('latestDate ignores dates after the cap', () => {
    expect(latestDate(['2024-01-01', null, '2025-09-01'], '2025-08-31')).toBe('2024-01-01');
    expect(latestDate([null])).toBeNull();
  });

  it('normaliseHeader collapses line breaks, spaces and punctuation', () => {
    expect(normaliseHeader('Practice to PCN\nRelationship\nStart Date')).toBe('practice to pcn relationship start date');
    expect(normaliseHeader('Current Clinical \nCommissioning \nGroup Code')).toBe(
      'current clinical commissioning group code',
    );
    expect(normaliseHeader('Practice CCG and PCN CCG Match? ')).toBe('practice ccg and pcn ccg match');
  });
});
