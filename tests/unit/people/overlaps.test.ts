import { describe, expect, it } from 'vitest';
import { findPeopleOverlaps } from '../../../utils/people/overlaps';

describe('people who appear in more than one place', () => {
  const officers = [
    { companyNumber: '09876543', name: 'SMITH, Jane Anne', nameKey: 'jane smith', role: 'Director', status: 'active' as const },
    { companyNumber: '09876543', name: 'PATEL, Ravi', nameKey: 'ravi patel', role: 'Director', status: 'active' as const },
    { companyNumber: '09876543', name: 'JONES, Old', nameKey: 'old jones', role: 'Director', status: 'resigned' as const },
  ];
  const companyNames = new Map([['09876543', 'NORTHFIELD GP FEDERATION LIMITED']]);
  const clips = [{ kind: 'people' as const, items: ['Dr Jane Smith — Clinical Director — Northfield PCN', 'Old Jones — Chair'], siteOrigin: 'https://northfieldpcn.example', companyNumber: null }];
  const people = [{ name: 'Dr Ravi Patel', nameKey: 'ravi patel', roles: [{ entityKind: 'pcn' as const, entityId: 'U12340', title: 'Clinical Director', source: 'user' }] }];

  it('lists every place for a person found on a board and on a website or in the user\'s records', () => {
    const overlaps = findPeopleOverlaps({ officers, companyNames, clips, people });
    expect(overlaps.map((o) => o.nameKey).sort()).toEqual(['jane smith', 'ravi patel']);
    expect(overlaps.find((o) => o.nameKey === 'jane smith')!.places).toEqual([
      { source: 'companies-house', entity: '09876543', label: 'NORTHFIELD GP FEDERATION LIMITED', role: 'Director' },
      { source: 'website', entity: 'https://northfieldpcn.example', label: 'northfieldpcn.example', role: 'Clinical Director' },
    ]);
  });

  it('leaves out resigned directors and people found in one place only', () => {
    const overlaps = findPeopleOverlaps({ officers, companyNames, clips: [], people: [] });
    expect(overlaps).toEqual([]);
  });
});
