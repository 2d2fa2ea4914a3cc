import { describe, expect, it } from 'vitest';
import { practiceInput, suggestPcnLinks } from '../../../utils/linking/link-federation';
import { buildPracticeIndex } from '../../../utils/linking/practice-index';
import { linkingDataset } from '../../fixtures/linking/ods-rows';

describe('suggesting a federation\'s PCN links from its clipped lists', () => {
  const index = buildPracticeIndex(linkingDataset());

  it('reads the name and the postcode of a clipped practice item', () => {
    expect(practiceInput('Riverside Medical Centre — 1 Bristol Road, B31 2AA')).toEqual({ name: 'Riverside Medical Centre', postcode: 'B31 2AA' });
    expect(practiceInput('Dr Patel & Partners, Quayside Health Centre')).toEqual({ name: 'Dr Patel & Partners, Quayside Health Centre' });
  });

  it('links the PCN its member practices belong to, with each match as evidence, and adds the PCN name found on the site', () => {
    const links = suggestPcnLinks(index, [
      {
        kind: 'practices',
        items: ['Riverside Medical Centre — 1 Bristol Road, B31 2AA', 'The Surgery — 2 High Street, B31 3BB', "St Mary's Surgery, Stirchley"],
        groups: ['Northfield Primary Care Network', 'Northfield Primary Care Network', 'Northfield Primary Care Network'],
      },
    ]);
    expect(links[0]!.pcnCode).toBe('U10001');
    expect(links[0]!.confidence).toBeGreaterThan(0.8);
    const texts = links[0]!.evidence.map((e) => e.text);
    expect(texts).toContain('Riverside Medical Centre → RIVERSIDE MED.CTR. (M85001), 1.00');
    expect(texts.some((t) => t.startsWith('“Northfield Primary Care Network” on the website → NORTHFIELD PCN (U10001)'))).toBe(true);
    // The Surgery in Leeds (B86002) shares the name but not the postcode or the area.
    expect(links.map((l) => l.pcnCode)).not.toContain('U20001');
  });

  it('suggests nothing from services or people', () => {
    expect(suggestPcnLinks(index, [{ kind: 'services', items: ['Phlebotomy'] }])).toEqual([]);
  });
});
