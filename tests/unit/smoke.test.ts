import { describe, expect, it } from 'vitest';
import { ParsedPage } from '../../utils/companies-house/records';
describe('smoke', () => {
  it('rejects a page without a company number', () => {
    expect(ParsedPage.safeParse({ pageType: 'psc' }).success).toBe(false);
  });
});
