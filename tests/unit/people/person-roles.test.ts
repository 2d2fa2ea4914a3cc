import { describe, expect, it } from 'vitest';
import type { ClipRow, OfficerRow, PersonRow, PscRow } from '../../../utils/db/rows';
import { personNameKey } from '../../../utils/people/name-key';
import { personRoles } from '../../../utils/people/person-roles';

const officer = (over: Partial<OfficerRow>): OfficerRow => ({ name: 'SMITH, Jane Anne', nameKey: personNameKey('SMITH, Jane Anne'), role: 'Director', status: 'active', resignedOn: null, occupation: 'General Practitioner', companyNumber: '09876543', ...over }) as OfficerRow;
const psc = (over: Partial<PscRow>): PscRow => ({ name: 'Dr Jane Anne Smith', kind: 'individual', status: 'active', ceasedOn: null, companyNumber: '09876543', ...over }) as PscRow;

describe("a person's card", () => {
  it('gathers every role found: boards and significant control, website people lists and recorded roles, former ones marked', () => {
    const key = personNameKey('Dr Jane Smith');
    const clips: Pick<ClipRow, 'kind' | 'items' | 'siteOrigin'>[] = [
      { kind: 'people', items: ['Dr Jane Smith — Chair', 'Tom Brown — Chief Executive'], siteOrigin: 'https://northfieldgpfed.example' },
      { kind: 'services', items: ['Dr Jane Smith — Chair'], siteOrigin: 'https://northfieldgpfed.example' },
      // An imported row whose origin is not a URL: named as it is, not a crash.
      { kind: 'people', items: ['Jane Smith — Trustee'], siteOrigin: 'charity.example' },
    ];
    const people = [{ id: 'p1', name: 'Dr Jane Smith', nameKey: key, roles: [{ entityKind: 'pcn', entityId: 'U12340', title: 'Clinical Director', source: 'user' }] }] as unknown as PersonRow[];
    const roles = personRoles(key, {
      officers: [officer({}), officer({ companyNumber: '01234567', status: 'resigned', resignedOn: '2020-01-01', occupation: null }), officer({ name: 'BROWN, Tom', nameKey: personNameKey('BROWN, Tom') })],
      pscs: [psc({}), psc({ companyNumber: '01234567', status: 'ceased', ceasedOn: '2021-01-01' }), psc({ name: 'Smith Holdings Ltd', kind: 'corporate-entity' })],
      clips,
      people,
      companies: new Map([['09876543', { name: 'NORTHFIELD GP FEDERATION LIMITED' }]]),
    });
    expect(roles.name).toBe('Dr Jane Smith');
    expect(roles.sections).toEqual([
      {
        title: 'Companies House',
        lines: [
          'Director, NORTHFIELD GP FEDERATION LIMITED (General Practitioner)',
          'former Director, 01234567',
          'person with significant control, NORTHFIELD GP FEDERATION LIMITED',
          'former person with significant control, 01234567',
        ],
      },
      { title: 'Federation websites', lines: ['Chair, northfieldgpfed.example', 'Trustee, charity.example'] },
      { title: 'Recorded roles', lines: ['Clinical Director, PCN U12340'] },
    ]);
  });
});
