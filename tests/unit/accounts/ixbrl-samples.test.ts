import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIxbrlAccounts } from '../../../utils/accounts/ixbrl';
import { AccountsExtract } from '../../../utils/accounts/records';
import { parseWithHappyDom, parseWithLinkedom } from './ixbrl-test-documents';

/**
 * Real Companies House accounts from ../shared/data/ixbrl (see PROVENANCE.md there). Expected values were read
 * off the documents by hand. The folder lives outside this repository: without it these tests are skipped.
 */
const SAMPLES = path.resolve(__dirname, '../../../../shared/data/ixbrl');
const samplesPresent = existsSync(SAMPLES);
const read = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');

const title = samplesPresent ? 'shared iXBRL samples' : `shared iXBRL samples: skipped, ${SAMPLES} not found`;

describe.skipIf(!samplesPresent)(title, () => {
  const parsers = [
    ['happy-dom, text/html', parseWithHappyDom],
    ['happy-dom, application/xhtml+xml', (text: string) => new DOMParser().parseFromString(text, 'application/xhtml+xml')],
    ['linkedom parseHTML', parseWithLinkedom],
  ] as const;

  describe.each(parsers)('%s', (_label, parse) => {
    it('account_1: micro-entity, FRC 2014, uk-core/uk-bus prefixes, prior year only as a balance sheet date', () => {
      const extract = extractIxbrlAccounts(parse(read('kanedata-ixbrl-parse_account_1.html')));
      expect(AccountsExtract.parse(extract)).toEqual({
        periods: [
          { start: '2016-11-01', end: '2017-10-31', turnover: null, profitLoss: null, netAssets: 3810, employees: null },
          { start: null, end: '2016-10-31', turnover: null, profitLoss: null, netAssets: 1294, employees: null },
        ],
        dormant: false,
        // Micro-entities (AccountingStandardsDimension) outranks FullAccounts (AccountsTypeDimension).
        regime: 'micro-entity',
        currency: 'GBP',
        companyNumber: '02345678',
        companyName: 'GREEN BARKINGSHIRE LIMITED',
        warnings: [],
      });
    });

    it('account_2: micro-entity, 2009 UK GAAP taxonomy, unprefixed contexts, regime from the directors\' statement', () => {
      const extract = extractIxbrlAccounts(parse(read('kanedata-ixbrl-parse_account_2.html')));
      expect(AccountsExtract.parse(extract)).toEqual({
        periods: [
          { start: '2016-04-01', end: '2017-03-31', turnover: null, profitLoss: null, netAssets: 3219, employees: null },
          { start: null, end: '2016-03-31', turnover: null, profitLoss: null, netAssets: 4433, employees: null },
        ],
        dormant: false,
        regime: 'micro-entity',
        currency: 'GBP',
        companyNumber: '12345678',
        companyName: 'COMMA NAME, TESTAREA AND DISTRICT COMMUNITY ASSOCIATION LIMITED',
        warnings: [],
      });
    });

    it('account_4: abridged small company, ns5/ns10 prefixes, employees; its 2018 balance sheet context has lost its id', () => {
      const extract = extractIxbrlAccounts(parse(read('kanedata-ixbrl-parse_account_4.html')));
      expect(AccountsExtract.parse(extract)).toMatchObject({
        periods: [
          // Net assets at 31 March 2018 (32,248 in the text) sit on contextRef "cfwd_31_03_2018", which this copy
          // does not declare: reported as undisclosed with a warning rather than pinned on a guessed period.
          { start: '2017-04-01', end: '2018-03-31', turnover: null, profitLoss: null, netAssets: null, employees: 5 },
          { start: '2016-03-29', end: '2017-03-31', turnover: null, profitLoss: null, netAssets: 26199, employees: 4 },
        ],
        dormant: false,
        // SmallEntities + AbridgedAccounts members, and the members' consent to an abridged balance sheet.
        regime: 'abridged',
        currency: 'GBP',
        companyNumber: '10023456',
        companyName: 'Fake Company Limited',
      });
      expect(extract.warnings).toEqual([
        '1 context(s) have no id and cannot be referred to',
        '15 fact(s) refer to context "cfwd_31_03_2018", which the document does not declare: their figures are ignored',
      ]);
    });
  });

  it('gives the same extract with linkedom as with happy-dom for every sample', () => {
    for (const name of ['kanedata-ixbrl-parse_account_1.html', 'kanedata-ixbrl-parse_account_2.html', 'kanedata-ixbrl-parse_account_4.html']) {
      const text = read(name);
      expect(extractIxbrlAccounts(parseWithLinkedom(text)), name).toEqual(extractIxbrlAccounts(parseWithHappyDom(text)));
    }
  });
});
