import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcronymOf, nameTokens, normaliseOrgName } from '../../../utils/ods/normalise-name';

describe('normaliseOrgName', () => {
  it.each([
    // ODS name (upper case) and how websites or Companies House write the same organisation.
    ['RIVERSIDE PCN', 'Riverside Primary Care Network'],
    ['RIVERSIDE PCN', 'Riverside Network'],
    ['NEWCASTLE NORTH PCN LIMITED', 'Newcastle North PCN Ltd'],
    ['ECCLES & IRLAM PCN', 'Eccles and Irlam PCN'],
    ["ST. MARY'S SURGERY", 'Saint Marys Surgery'],
    ['SPENCER ST SURGERY', 'Spencer Street Surgery'],
    ['THE DENSHAM SURGERY', 'Densham Surgery'],
    ['GOSFORTH MEMORIAL MED.CTR', 'Gosforth Memorial Medical Centre'],
    ['FULLWELL CROSS MED. CTR.', 'Fullwell Cross Medical Centre'],
    ['TORKARD HILL MEDICAL CTRE', 'Torkard Hill Medical Center'],
    ['SOLE BAY H/C', 'Sole Bay Health Centre'],
    ['HORFIELD HC', 'Horfield Health Centre'],
    ['REEDYFORD HLTH CARE GROUP', 'Reedyford Healthcare Group'],
    ['MILTON KEYNES VILLAGE SURG', 'Milton Keynes Village Surgery'],
    ['WEST POTTERGATE MED PRAC', 'West Pottergate Medical Practice'],
    ['THE JAMES COCHRANE PRACT.', 'James Cochrane Practice'],
    ['HUMSHAUGH & WARK MED GRP', 'Humshaugh and Wark Medical Group'],
    ["THE SALTAIRE & WINDHILL MEDICAL P'SHIP", 'Saltaire and Windhill Medical Partnership'],
    ['DR KRISHNAN & PTNR', 'Dr Krishnan and Partners'],
    ['DR. N.J. BHATT & DR. H.M. BENN', 'Dr NJ Bhatt & Dr HM Benn'],
    ['WESTCOTES GP SURGERY (ONE)', 'Westcotes GP Surgery 1'],
    ['THREE SWANS SURGERY', '3 Swans Surgery'],
    ['PARKWAY HEALTH CENTRE (01)', 'Parkway Health Centre 1'],
    ['BRUNEL HEALTH GROUP PCN6', 'Brunel Health Group PCN 6'],
    ['ANGMERING COPPICE FITZALAN (ACF) PCN', 'Angmering Coppice Fitzalan PCN'],
    ['SOUTH EAST OXFORD HEALTH ALLIANCE (SEOXHA) PCN', 'South East Oxford Health Alliance'],
    ['KIDLINGTON, ISLIP, WOODSTOCK & YARNTON (KIWY) PCN', 'Kidlington, Islip, Woodstock and Yarnton PCN'],
    ['CHOC (CONGLETON & HOLMES CHAPEL) PCN', 'Congleton & Holmes Chapel Primary Care Network'],
    ['ARUN INTEGRATED CARE (AIC) PCN LTD', 'Arun Integrated Care PCN'],
    ['PHOENIX @ PANACEA NEL PCN', 'Phoenix at Panacea NEL PCN'],
    ['Café Médical', 'CAFE MEDICAL'],
  ])('%s = %s', (ods, other) => {
    expect(normaliseOrgName(ods)).toBe(normaliseOrgName(other));
  });

  it.each([
    // Brackets that are not acronyms tell names apart, so they stay.
    ['GROSVENOR HOUSE SURGERY (W)', 'GROSVENOR HOUSE SURGERY (F)'],
    ['CENTRAL & WEST (IW) PCN', 'CENTRAL & WEST PCN'],
    ['MODALITY PARTNERSHIP (HULL)', 'MODALITY PARTNERSHIP (AWC)'],
    ['WESTCOTES GP SURGERY (ONE)', 'WESTCOTES GP SURGERY (TWO)'],
    ['TOWER HAMLETS NETWORK 1 PCN', 'TOWER HAMLETS NETWORK 2 PCN'],
    ['CHARD, ILMINSTER & LANGPORT (CLICK) PCN', 'CHARD, ILMINSTER & LANGPORT PCN'],
  ])('%s ≠ %s', (a, b) => {
    expect(normaliseOrgName(a)).not.toBe(normaliseOrgName(b));
  });

  it.each([
    ["ST. MARY'S MED.CTR. (SMMC) PCN", 'st marys medical centre'],
    ['WYRE INTEGRATED NETWORK LTD PCN', 'wyre integrated'],
    ['HULL BEVAN LTD PCN', 'hull bevan'],
    ['NIMBUSCARE LTD YORK PCN', 'nimbuscare ltd york'],
    ['TOWER HAMLETS NETWORK 8 PCN', 'tower hamlets network 8'],
    ['NEXUS (DEVON) PCN', 'nexus devon'],
    ['EAST LEICESTER MED PRACT(S LONGWORTH)', 'east leicester medical practice s longworth'],
    ['BRANKSOMEWOOD H/CARE CTR', 'branksomewood healthcare centre'],
    ['SLAG LANE MC', 'slag lane medical centre'],
    ['GP SURGERY @ ACTON GARDENS', 'gp surgery at acton gardens'],
    ['FIRST 4 HEALTH GROUP - E7 HEALTH', 'first 4 health group e 7 health'],
    ['27@NORTHGATE', '27 at northgate'],
    ['HEALTH (UNCLOSED', 'health unclosed'],
    // Words that are also names of Object's own properties are words like any other.
    ['CONSTRUCTOR SURGERY', 'constructor surgery'],
    // Dropping brackets brings initials together; the next pass joins them.
    ['A (B) SURGERY', 'ab surgery'],
    // Never emptied: a name that is only a suffix keeps it.
    ['PCN', 'pcn'],
    ['NETWORK PCN', 'network'],
    ['', ''],
  ])('%s → "%s"', (name, normalised) => {
    expect(normaliseOrgName(name)).toBe(normalised);
  });

  it('nameTokens gives the words of the normalised name', () => {
    expect(nameTokens('THE DENSHAM SURGERY')).toEqual(['densham', 'surgery']);
    expect(nameTokens('FEARNHEAD CROSS MED.CTR.')).toEqual(['fearnhead', 'cross', 'medical', 'centre']);
  });

  it('is idempotent and ignores case', () => {
    const word = fc.constantFrom(
      'st', 'saint', 'street', 'med', 'ctr', 'h', 'c', 'a', 'b', '(', ')', '&', 'and', 'pcn', 'network', 'ltd',
      'limited', 'the', 'one', '01', '4', 'health', 'care', 'primary', '.', "'", 'x', 'ab', 'abc', 'surgery', 'h/c',
    );
    const name = fc.oneof(
      fc.array(word, { maxLength: 10 }).map((words) => words.join(' ')),
      fc.array(word, { maxLength: 10 }).map((words) => words.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(name, (n) => {
        const once = normaliseOrgName(n);
        expect(normaliseOrgName(once)).toBe(once);
        expect(normaliseOrgName(n.toUpperCase())).toBe(normaliseOrgName(n.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isAcronymOf', () => {
  it.each([
    ['acf', ['angmering', 'coppice', 'fitzalan']],
    ['seoxha', ['south', 'east', 'oxford', 'health', 'alliance']],
    ['kiwy', ['kidlington', 'islip', 'woodstock', 'and', 'yarnton']],
    ['chaw', ['chelford', 'handforth', 'alderley', 'edge', 'wilmslow']],
    ['nsg', ['north', 'and', 'south', 'gloucester']],
  ])('%s spells %j', (acronym, words) => {
    expect(isAcronymOf(acronym, words)).toBe(true);
  });

  it.each([
    ['click', ['chard', 'ilminster', 'and', 'langport']],
    ['hull', ['kingston', 'health']],
    ['heal', ['health']],
    ['iw', ['central', 'and', 'west']],
    ['w', ['west', 'hove']],
    ['ab', ['alpha', 'beta', 'gamma']],
  ])('%s does not spell %j', (acronym, words) => {
    expect(isAcronymOf(acronym, words)).toBe(false);
  });
});
