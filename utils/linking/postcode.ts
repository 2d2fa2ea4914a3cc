/**
 * UK postcodes as area evidence: "B31 2AB" has the district (outward code) "B31" and the area "B".
 * A federation's practices usually share a few districts, so a district is a cheap "nearby" test.
 */

const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** "b312ab" / " B31  2AB " → "B31 2AB"; an outward code alone ("b31") → "B31"; anything else → null. */
export function normalisePostcode(text: string | null | undefined): string | null {
  if (!text) return null;
  const compact = text.toUpperCase().replace(/\s+/g, ' ').trim();
  const full = FULL.exec(compact.replace(/ /g, ''));
  if (full) return `${full[1]} ${full[2]}`;
  return OUTWARD.test(compact) ? compact : null;
}

/** The outward code ("B31"), or null when the text is not a postcode. */
export function postcodeDistrict(postcode: string | null | undefined): string | null {
  const normal = normalisePostcode(postcode);
  return normal === null ? null : normal.split(' ')[0]!;
}

/** The letters of the outward code ("B", "BN"), or null. */
export function postcodeArea(postcode: string | null | undefined): string | null {
  return postcodeDistrict(postcode)?.match(/^[A-Z]+/)?.[0] ?? null;
}

/** Whether the text is a whole postcode (not only an outward code). */
export function isFullPostcode(postcode: string | null | undefined): boolean {
  return normalisePostcode(postcode)?.includes(' ') ?? false;
}
