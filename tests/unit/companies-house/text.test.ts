import { describe, expect, it } from 'vitest';
import {
  countBefore, findDates, normaliseSpace, parseCount, parseDate, parseMonth, textOf,
} from '../../../utils/companies-house/text';
import { toDocument } from './helpers';

describe('dates', () => {
  it('reads the long, short and ISO forms as YYYY-MM-DD', () => {
    expect(parseDate('27 November 1947')).toBe('1947-11-27');
    expect(parseDate('8 October 1999')).toBe('1999-10-08');
    expect(parseDate('01 Sep 2026')).toBe('2026-09-01');
    expect(parseDate('14 Dec 1981')).toBe('1981-12-14');
    expect(parseDate('  3\n    Sept 2020 ')).toBe('2020-09-03');
    expect(parseDate('made up to 31 October 2025')).toBe('2025-10-31');
    expect(parseDate('2024-03-31')).toBe('2024-03-31');
  });

  it('rejects what is not a real date', () => {
    for (const text of ['31 September 2020', '29 February 2023', '0 May 2020', '12 Smarch 2020', 'soon', '', null, undefined]) {
      expect(parseDate(text), String(text)).toBeNull();
    }
    expect(parseDate('29 February 2024')).toBe('2024-02-29');
  });

  it('finds every date in order', () => {
    expect(findDates('14 Dec 1981 - 25 Aug 1983')).toEqual(['1981-12-14', '1983-08-25']);
    expect(findDates('from 30 September 2015 to 31 March 2015')).toEqual(['2015-09-30', '2015-03-31']);
    expect(findDates('no dates')).toEqual([]);
  });

  it('reads months of birth as YYYY-MM', () => {
    expect(parseMonth('March 1970')).toBe('1970-03');
    expect(parseMonth('  September\n 1984 ')).toBe('1984-09');
    expect(parseMonth('27 March 1970')).toBe('1970-03');
    expect(parseMonth('Born in 1970')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });
});

describe('counts', () => {
  it('reads the first number, and the number before a word', () => {
    expect(parseCount(' 49 officers / 42 resignations')).toBe(49);
    expect(parseCount('1,234 filings')).toBe(1234);
    expect(parseCount('none')).toBeNull();
    expect(countBefore(' 49 officers / 42 resignations', /resignations?/)).toBe(42);
    expect(countBefore(' 5 current officers', /(?:current\s+)?officers?/)).toBe(5);
    expect(countBefore(' 5 current officers', /resignations?/)).toBeNull();
  });
});

describe('element text', () => {
  it('normalises whitespace and no-break spaces', () => {
    expect(normaliseSpace('  a\u00a0\n\t b  ')).toBe('a b');
  });

  it('leaves out visually hidden text and keeps block boundaries', () => {
    const doc = toDocument(`<h2 id="h"><span class="govuk-visually-hidden">Warning</span>Accounts overdue</h2>
      <div id="d"><p>Next</p><p>Last</p><script>var x = 1;</script></div><p id="empty">  </p>`);
    expect(textOf(doc.getElementById('h'))).toBe('Accounts overdue');
    expect(textOf(doc.getElementById('d'))).toBe('Next Last');
    expect(textOf(doc.getElementById('empty'))).toBeNull();
    expect(textOf(doc.getElementById('missing'))).toBeNull();
  });

  it('decodes entities', () => {
    const doc = toDocument('<p id="p">O&#39;BRIEN &amp; Co&nbsp;Ltd</p>');
    expect(textOf(doc.getElementById('p'))).toBe("O'BRIEN & Co Ltd");
  });
});
