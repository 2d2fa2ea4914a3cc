/**
 * Facts about the Companies House website, free of zod so that the popup and content scripts can use
 * them without loading the schemas.
 */
export const COMPANIES_HOUSE_ORIGIN = 'https://find-and-update.company-information.service.gov.uk';

export const PAGE_TYPES = ['overview', 'filing-history', 'officers', 'psc'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
