import { describe, expect, it } from 'vitest';
import { extractIxbrlAccounts } from '../../../utils/accounts/ixbrl';
import { AccountsExtract } from '../../../utils/accounts/records';
import {
  NAMESPACES,
  STANDARD_CONTEXTS,
  durationContext,
  extractFrom,
  extractFromText,
  ixbrlDocument,
  parseWithHappyDom,
  turnover,
} from './ixbrl-test-documents';

/** One small document per rule of reading inline XBRL. Every case runs through happy-dom and linkedom. */

const currentTurnover = (body: string) => extractFrom({ body }).periods[0]?.turnover;

describe('numbers: scale and sign', () => {
  it('multiplies by 10^scale (figures shown in thousands)', () => {
    expect(currentTurnover(turnover('1,234', 'scale="3" format="ixt2:numdotdecimal"'))).toBe(1_234_000);
  });

  it('applies a negative scale without float error', () => {
    expect(currentTurnover(turnover('12345', 'scale="-2"'))).toBe(123.45);
  });

  it('makes a value negative only with sign="-"; brackets in the text are presentation', () => {
    const extract = extractFrom({
      body: `
        (<ix:nonFraction name="core:ProfitLoss" contextRef="cy" unitRef="GBP" decimals="0" sign="-" format="ixt2:numdotdecimal">3,210</ix:nonFraction>)
        <ix:nonFraction name="core:ProfitLoss" contextRef="py" unitRef="GBP" decimals="0" format="ixt2:numdotdecimal">(1,500)</ix:nonFraction>`,
    });
    expect(extract.periods.map((p) => p.profitLoss)).toEqual([-3210, 1500]);
  });

  it('reads sign="-" on a zero as 0, not -0', () => {
    expect(Object.is(currentTurnover(turnover('-', 'sign="-" format="ixt2:zerodash"')), 0)).toBe(true);
  });
});

describe('numbers: formats', () => {
  it.each([
    ['no format (canonical)', '1234567.50', '', 1234567.5],
    ['ixt:numdotdecimal (2010)', '1,234,567', 'format="ixt:numdotdecimal"', 1234567],
    ['ixt2:numdotdecimal', '1,234,567.89', 'format="ixt2:numdotdecimal"', 1234567.89],
    ['ixt4:num-dot-decimal', '1,234,567', 'format="ixt4:num-dot-decimal"', 1234567],
    ['ixt:numcommadot', '1,234,567', 'format="ixt:numcommadot"', 1234567],
    ['ixt:numdotcomma', '1.234.567,89', 'format="ixt:numdotcomma"', 1234567.89],
    ['ixt2:numcommadecimal', '1 234 567,5', 'format="ixt2:numcommadecimal"', 1234567.5],
    ['ixt:numspacedot', '1 234 567', 'format="ixt:numspacedot"', 1234567],
    ['ixt2:numdotdecimal with a non-breaking space', '1\u00a0234', 'format="ixt2:numdotdecimal"', 1234],
    ['ixt2:zerodash', '-', 'format="ixt2:zerodash"', 0],
    ['ixt2:zerodash with an en dash', '\u2013', 'format="ixt2:zerodash"', 0],
    ['ixt2:fixedzero (text ignored)', 'nil', 'format="ixt2:fixedzero"', 0],
    ['ixt4:fixed-zero', '', 'format="ixt4:fixed-zero"', 0],
    ['ixt3:numwordsen', 'one hundred and twenty-five thousand', 'format="ixt3:numwordsen"', 125000],
    ['ixt2:numunitdecimal', '1,234 pounds 50 pence', 'format="ixt2:numunitdecimal"', 1234.5],
  ])('%s', (_label, text, attributes, expected) => {
    expect(currentTurnover(turnover(text, attributes))).toBe(expected);
  });

  it('ixt2:nocontent gives no value (not disclosed), never 0', () => {
    const extract = extractFrom({ body: turnover('', 'format="ixt2:nocontent"') });
    expect(extract.periods[0]?.turnover).toBeNull();
    expect(extract.warnings).toEqual([]);
  });

  it('an unknown format gives no value and a warning instead of a guess', () => {
    const extract = extractFrom({ body: turnover('1,234', 'format="ixt9:numinvented"') });
    expect(extract.periods[0]?.turnover).toBeNull();
    expect(extract.warnings).toEqual(['TurnoverRevenue for 2024-04-01 to 2025-03-31: unsupported format "ixt9:numinvented"; ignored']);
  });

  it('text the format cannot read gives no value and a warning', () => {
    const extract = extractFrom({ body: turnover('n/a', 'format="ixt2:numdotdecimal"') });
    expect(extract.periods[0]?.turnover).toBeNull();
    expect(extract.warnings[0]).toMatch(/^TurnoverRevenue for 2024-04-01 to 2025-03-31: no digits in "n\/a"/);
  });

  it('a nil fact (xsi:nil="true") is not disclosed', () => {
    const body = `<ix:nonFraction name="core:TurnoverRevenue" contextRef="cy" unitRef="GBP" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>`;
    expect(currentTurnover(body)).toBeNull();
  });

  it('a nested ix:nonFraction gives its value to the outer one', () => {
    const body = `<ix:nonFraction name="core:TurnoverRevenue" contextRef="cy" unitRef="GBP" decimals="0"><ix:nonFraction name="core:TurnoverRevenue" contextRef="cy" unitRef="GBP" decimals="0" format="ixt2:numdotdecimal">4,321</ix:nonFraction></ix:nonFraction>`;
    const extract = extractFrom({ body });
    expect(extract.periods[0]?.turnover).toBe(4321);
    expect(extract.warnings).toEqual([]);
  });
});

describe('ix:exclude', () => {
  it('skips facts inside ix:exclude', () => {
    const body = `<ix:exclude>${turnover('999')}</ix:exclude>${turnover('1,000', 'format="ixt2:numdotdecimal"')}`;
    expect(extractFrom({ body }).periods[0]?.turnover).toBe(1000);
  });

  it('leaves excluded text out of a non-numeric fact', () => {
    const body = `<ix:nonNumeric name="bus:EntityCurrentLegalOrRegisteredName" contextRef="cy">ACME <ix:exclude>(a draft) </ix:exclude>LIMITED</ix:nonNumeric>`;
    expect(extractFrom({ body }).companyName).toBe('ACME LIMITED');
  });
});

describe('repeated facts', () => {
  it('keeps one value when the same fact repeats, even on another context id with the same dates', () => {
    const extract = extractFrom({
      contexts: `${STANDARD_CONTEXTS}${durationContext('cy-again', '2024-04-01', '2025-03-31')}`,
      body: `${turnover('5,000', 'format="ixt2:numdotdecimal"')}
        <ix:nonFraction name="core:TurnoverRevenue" contextRef="cy-again" unitRef="GBP" decimals="0">5000</ix:nonFraction>`,
    });
    expect(extract.periods[0]?.turnover).toBe(5000);
    expect(extract.warnings).toEqual([]);
  });

  it('treats values that agree at the lower precision as the same fact', () => {
    const extract = extractFrom({
      body: `${turnover('1,234,567', 'format="ixt2:numdotdecimal"')}
        <ix:nonFraction name="core:TurnoverRevenue" contextRef="cy" unitRef="GBP" decimals="-3" scale="3" format="ixt2:numdotdecimal">1,235</ix:nonFraction>`,
    });
    expect(extract.periods[0]?.turnover).toBe(1234567);
    expect(extract.warnings).toEqual([]);
  });

  it('keeps the first of conflicting values and warns', () => {
    const extract = extractFrom({ body: `${turnover('100')}${turnover('200')}` });
    expect(extract.periods[0]?.turnover).toBe(100);
    expect(extract.warnings).toEqual(['conflicting values for TurnoverRevenue for 2024-04-01 to 2025-03-31: kept 100, ignored 200']);
  });
});

describe('prefixes and namespaces', () => {
  it('matches concepts by namespace, whatever the prefix (ns5: bound to FRC core)', () => {
    const { core: _core, ...others } = NAMESPACES;
    const extract = extractFrom({
      namespaces: { ...others, ns5: 'http://xbrl.frc.org.uk/fr/2022-01-01/core' },
      body: `<ix:nonFraction name="ns5:TurnoverRevenue" contextRef="cy" unitRef="GBP" decimals="0">750</ix:nonFraction>`,
    });
    expect(extract.periods[0]?.turnover).toBe(750);
  });

  it('ignores a familiar prefix bound to another namespace', () => {
    const extract = extractFrom({
      namespaces: { ...NAMESPACES, core: 'http://example.com/core' },
      body: turnover('999'),
    });
    expect(extract.periods[0]?.turnover).toBeNull();
  });

  it('resolves a prefix declared on the fact itself, nearest declaration first', () => {
    const extract = extractFrom({
      namespaces: { ...NAMESPACES, core: 'http://example.com/core' },
      body: `<div xmlns:core="http://xbrl.frc.org.uk/fr/2023-01-01/core">${turnover('321')}</div>`,
    });
    expect(extract.periods[0]?.turnover).toBe(321);
  });

  it('reads contexts in the default namespace, without a prefix', () => {
    const contexts = `<context xmlns="http://www.xbrl.org/2003/instance" id="cy"><entity><identifier scheme="http://www.companieshouse.gov.uk/">00000001</identifier></entity><period><startDate>2024-04-01</startDate><endDate>2025-03-31</endDate></period></context>`;
    const extract = extractFrom({ contexts, body: turnover('42') });
    expect(extract.periods).toEqual([
      { start: '2024-04-01', end: '2025-03-31', turnover: 42, profitLoss: null, netAssets: null, employees: null },
    ]);
    expect(extract.companyNumber).toBe('00000001');
  });
});

describe('periods', () => {
  it('gives a prior year known only from a balance sheet date start: null', () => {
    const extract = extractFrom({
      body: `${turnover('10')}
        <ix:nonFraction name="core:NetAssetsLiabilities" contextRef="cy-end" unitRef="GBP" decimals="0">700</ix:nonFraction>
        <ix:nonFraction name="core:NetAssetsLiabilities" contextRef="py-end" unitRef="GBP" decimals="0">650</ix:nonFraction>`,
    });
    expect(extract.periods).toEqual([
      { start: '2024-04-01', end: '2025-03-31', turnover: 10, profitLoss: null, netAssets: 700, employees: null },
      { start: null, end: '2024-03-31', turnover: null, profitLoss: null, netAssets: 650, employees: null },
    ]);
  });

  it('orders periods newest first, whatever the document order', () => {
    const extract = extractFrom({
      contexts: `${STANDARD_CONTEXTS}${durationContext('pp', '2022-04-01', '2023-03-31')}`,
      body: `<ix:nonFraction name="core:TurnoverRevenue" contextRef="pp" unitRef="GBP" decimals="0">1</ix:nonFraction>
        <ix:nonFraction name="core:TurnoverRevenue" contextRef="py" unitRef="GBP" decimals="0">2</ix:nonFraction>
        ${turnover('3')}`,
    });
    expect(extract.periods.map((p) => [p.end, p.turnover])).toEqual([
      ['2025-03-31', 3],
      ['2024-03-31', 2],
      ['2023-03-31', 1],
    ]);
  });

  it('takes headline figures only from contexts without a segment', () => {
    const extract = extractFrom({
      contexts: `${STANDARD_CONTEXTS}${durationContext('cy-seg', '2024-04-01', '2025-03-31', 'bus:SomeSegment')}`,
      body: `${turnover('100')}<ix:nonFraction name="core:TurnoverRevenue" contextRef="cy-seg" unitRef="GBP" decimals="0">60</ix:nonFraction>`,
    });
    expect(extract.periods).toHaveLength(1);
    expect(extract.periods[0]?.turnover).toBe(100);
  });

  it('prefers profit after tax, then before tax, then operating profit', () => {
    const fact = (concept: string, context: string, value: string) =>
      `<ix:nonFraction name="core:${concept}" contextRef="${context}" unitRef="GBP" decimals="0">${value}</ix:nonFraction>`;
    const extract = extractFrom({
      body: [
        fact('OperatingProfitLoss', 'cy', '30'),
        fact('ProfitLoss', 'cy', '20'),
        fact('OperatingProfitLoss', 'py', '15'),
        fact('ProfitLossOnOrdinaryActivitiesBeforeTax', 'py', '12'),
      ].join(''),
    });
    expect(extract.periods.map((p) => p.profitLoss)).toEqual([20, 12]);
  });

  it('reports facts on an undeclared context and leaves their figures out', () => {
    const extract = extractFrom({
      body: `<ix:nonFraction name="core:TurnoverRevenue" contextRef="nowhere" unitRef="GBP" decimals="0">5</ix:nonFraction>${turnover('6')}`,
    });
    expect(extract.periods[0]?.turnover).toBe(6);
    expect(extract.warnings).toEqual(['1 fact(s) refer to context "nowhere", which the document does not declare: their figures are ignored']);
  });

  it('uses the first of two contexts declared with the same id, and says so', () => {
    const extract = extractFrom({
      contexts: `${STANDARD_CONTEXTS}${durationContext('cy', '2019-01-01', '2019-12-31')}`,
      body: turnover('8'),
    });
    expect(extract.periods.map((p) => [p.end, p.turnover])).toEqual([['2025-03-31', 8]]);
    expect(extract.warnings).toEqual(['context "cy" is declared twice: the first is used']);
  });

  it('reads the period from date facts in other formats (ixt2:datedaymonthyear)', () => {
    const extract = extractFrom({
      contexts: `${STANDARD_CONTEXTS}${durationContext('half', '2024-10-01', '2025-03-31')}`,
      body: `<ix:nonNumeric name="bus:StartDateForPeriodCoveredByReport" contextRef="cy-end" format="ixt2:datedaymonthyear">1.4.24</ix:nonNumeric>
        <ix:nonNumeric name="bus:EndDateForPeriodCoveredByReport" contextRef="cy-end" format="ixt2:datedaymonthyearen">31st March 2025</ix:nonNumeric>
        <ix:nonFraction name="core:TurnoverRevenue" contextRef="half" unitRef="GBP" decimals="0">40</ix:nonFraction>
        ${turnover('90')}`,
    });
    // Two durations end on 31 March 2025: the one the report says it covers wins over the half year.
    expect(extract.periods).toEqual([
      { start: '2024-04-01', end: '2025-03-31', turnover: 90, profitLoss: null, netAssets: null, employees: null },
    ]);
  });
});

describe('the kind of accounts', () => {
  const withMember = (member: string) =>
    extractFrom({
      contexts: `${STANDARD_CONTEXTS}${durationContext('cy-kind', '2024-04-01', '2025-03-31', member)}`,
      body: `<ix:nonNumeric name="bus:AccountsType" contextRef="cy-kind"></ix:nonNumeric>${turnover('1')}`,
    }).regime;

  it.each([
    ['bus:Micro-entities', 'micro-entity'],
    ['bus:SmallEntities', 'small'],
    ['bus:FilletedAccounts', 'filleted'],
    ['bus:AbridgedAccounts', 'abridged'],
    ['bus:FullAccounts', 'full'],
    ['bus:Director1', null],
  ])('reads the regime from the dimension member %s', (member, regime) => {
    expect(withMember(member)).toBe(regime);
  });

  it('reads the regime from the directors\' statement text when no member names it', () => {
    const extract = extractFrom({
      namespaces: { ...NAMESPACES, direp: 'http://xbrl.frc.org.uk/reports/2022-01-01/direp' },
      body: `<ix:nonNumeric name="direp:StatementThatAccountsHaveBeenPreparedInAccordanceWithProvisionsSmallCompaniesRegime" contextRef="cy">The accounts have been prepared in accordance with the micro-entity provisions.</ix:nonNumeric>`,
    });
    expect(extract.regime).toBe('micro-entity');
  });

  it('reads dormant from EntityDormantTruefalse, through boolean formats', () => {
    const dormant = (text: string, format = '') =>
      extractFrom({
        body: `<ix:nonNumeric name="bus:EntityDormantTruefalse" contextRef="cy" ${format}>${text}</ix:nonNumeric>`,
      }).dormant;
    expect(dormant('true')).toBe(true);
    expect(dormant('false')).toBe(false);
    expect(dormant('Yes', 'format="ixt2:booleantrue"')).toBe(true);
    expect(dormant('', 'format="ixt4:fixed-false"')).toBe(false);
    expect(dormant('perhaps')).toBeNull();
  });

  it('is not fooled by self-closed facts, which HTML parsing turns into containers', () => {
    const extract = extractFrom({
      body: `<div><ix:nonNumeric name="bus:EntityCurrentLegalOrRegisteredName" contextRef="cy"/>
        <ix:nonNumeric name="bus:EntityDormantTruefalse" contextRef="cy">true</ix:nonNumeric>
        <ix:nonFraction name="core:ProfitLoss" contextRef="cy" unitRef="GBP" xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
        ${turnover('77')}</div>`,
    });
    expect(extract).toMatchObject({ companyName: null, dormant: true });
    expect(extract.periods[0]).toMatchObject({ turnover: 77, profitLoss: null });
  });
});

describe('odd input never throws', () => {
  it.each([
    ['an empty document', ''],
    ['plain HTML', '<html><body><p>Hello</p></body></html>'],
    ['text that is not markup', 'Turnover 1,234'],
    ['a fact with no name, context or unit', ixbrlDocument({ body: '<ix:nonFraction>12</ix:nonFraction>' })],
    ['a context with no dates', ixbrlDocument({ body: turnover('1'), contexts: '<xbrli:context id="cy"></xbrli:context>' })],
    ['a bad scale', ixbrlDocument({ body: turnover('1', 'scale="three"') })],
  ])('%s', (_label, text) => {
    const extract = extractFromText(text);
    expect(AccountsExtract.safeParse(extract).success).toBe(true);
    expect(extract.periods.every((p) => p.turnover === null)).toBe(true);
  });

  it('turns an exception in a broken DOM into a warning', () => {
    const broken = { get documentElement(): never { throw new Error('boom'); } } as unknown as Document;
    expect(extractIxbrlAccounts(broken)).toEqual({
      periods: [], dormant: null, regime: null, currency: null, companyNumber: null, companyName: null,
      warnings: ['could not read the document: boom'],
    });
  });

  it('warns when a document has no inline XBRL at all', () => {
    expect(extractIxbrlAccounts(parseWithHappyDom('<p>not accounts</p>')).warnings).toEqual([
      'no inline XBRL facts found: is this an iXBRL accounts document?',
    ]);
  });
});
