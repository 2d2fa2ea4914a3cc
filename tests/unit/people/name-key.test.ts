import { describe, expect, it } from 'vitest';
import { personNameKey } from '../../../utils/people/name-key';

describe('person name key', () => {
  it.each([
    ['SMITH, Jane Anne', 'jane smith'],
    ['Dr Jane Smith', 'jane smith'],
    ['Dr. Jane Smith MBE FRCGP', 'jane smith'],
    ["O'BRIEN, Seán", 'sean obrien'],
    ['VAN DER BERG, Pieter Jan', 'pieter van der berg'],
    ['Prof Pieter van der Berg', 'pieter van der berg'],
  ])('%s → %s', (name, key) => expect(personNameKey(name)).toBe(key));

  it('does not confuse two people sharing a surname', () => {
    expect(personNameKey('SMITH, John')).not.toBe(personNameKey('Dr Jane Smith'));
  });
});
