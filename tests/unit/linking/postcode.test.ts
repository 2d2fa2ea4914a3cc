import { describe, expect, it } from 'vitest';
import { isFullPostcode, normalisePostcode, postcodeArea, postcodeDistrict } from '../../../utils/linking/postcode';

describe('postcodes', () => {
  it.each([
    ['B31 2AB', 'B31 2AB', 'B31', 'B'],
    ['b312ab', 'B31 2AB', 'B31', 'B'],
    ['  sw1a   1aa ', 'SW1A 1AA', 'SW1A', 'SW'],
    ['EC1V 9NR', 'EC1V 9NR', 'EC1V', 'EC'],
    ['bn44', 'BN44', 'BN44', 'BN'],
  ])('%s → %s (district %s, area %s)', (text, normal, district, area) => {
    expect(normalisePostcode(text)).toBe(normal);
    expect(postcodeDistrict(text)).toBe(district);
    expect(postcodeArea(text)).toBe(area);
  });

  it.each(['', 'Birmingham', '12345', 'B31 2A', null, undefined])('%j is not a postcode', (text) => {
    expect(normalisePostcode(text)).toBeNull();
    expect(postcodeDistrict(text)).toBeNull();
  });

  it('tells a whole postcode from a district', () => {
    expect(isFullPostcode('B31 2AB')).toBe(true);
    expect(isFullPostcode('B31')).toBe(false);
  });
});
