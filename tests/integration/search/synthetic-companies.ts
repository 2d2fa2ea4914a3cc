import type { CompanyRow, OdsPcnRow, OfficerRow, PersonRow, PscRow } from '../../../utils/db/rows';
import { personNameKey } from '../../../utils/people/name-key';
import { seededRandom } from '../../../utils/search/sample-queries';

/**
 * Made-up federations with boards, for measuring search at the size the brief sets (200 companies with about
 * 20 officers each): names borrowed from real PCNs, people drawn from common names so that some sit on
 * several boards, as GPs do. Deterministic for a given seed.
 */
export interface SyntheticCompanies {
  companies: CompanyRow[];
  officers: OfficerRow[];
  pscs: PscRow[];
  people: PersonRow[];
}

const FORENAMES = [
  'Jane', 'John', 'Sarah', 'David', 'Emma', 'James', 'Priya', 'Mohammed', 'Claire', 'Richard', 'Helen', 'Andrew',
  'Fatima', 'Peter', 'Rachel', 'Simon', 'Anita', 'Mark', 'Louise', 'Paul', 'Aisha', 'Stephen', 'Nicola', 'Rajesh',
  'Catherine', 'Michael', 'Joanne', 'Imran', 'Elizabeth', 'Thomas', 'Sunita', 'Gareth', 'Fiona', 'Kwame', 'Alison',
];
const SURNAMES = [
  'SMITH', 'JONES', 'PATEL', 'WILLIAMS', 'TAYLOR', 'BROWN', 'KHAN', 'DAVIES', 'EVANS', 'WILSON', 'THOMAS', 'ROBERTS',
  'JOHNSON', 'LEWIS', 'WALKER', 'ROBINSON', 'WOOD', 'THOMPSON', 'WHITE', 'WATSON', 'JACKSON', 'WRIGHT', 'GREEN',
  'HARRIS', 'COOPER', 'KING', 'LEE', 'MARTIN', 'CLARKE', 'JAMES', 'MORGAN', 'HUGHES', 'EDWARDS', 'HILL', 'MOORE',
  'CLARK', 'HARRISON', 'SCOTT', 'YOUNG', 'MORRIS', 'HALL', 'WARD', 'TURNER', 'CARTER', 'PHILLIPS', 'MITCHELL', 'SHAH',
  "O'BRIEN", 'MCDONALD', 'AHMED', 'SINGH', 'OKAFOR', 'NGUYEN', 'KOWALSKI', 'MURPHY', 'KELLY', 'CAMPBELL', 'STEWART',
];
const SUFFIXES = ['GP FEDERATION LIMITED', 'HEALTHCARE LIMITED', 'PRIMARY CARE LIMITED', 'GP ALLIANCE LTD', 'HEALTH CIC', 'FEDERATION LTD'];
const ROLES = ['Director', 'Director', 'Director', 'Director', 'Secretary', 'Director'];
const PERSON_TITLES = ['Clinical Director', 'PCN Manager', 'Chief Executive', 'Medical Director', 'Operations Manager'];

const provenance = (url: string) => ({ sourceUrl: url, capturedAt: '2026-11-01T10:00:00.000Z', parserVersion: 1 });

export function syntheticCompanies(pcns: readonly OdsPcnRow[], options: { companies?: number; officersEach?: number; seed?: number } = {}): SyntheticCompanies {
  const count = options.companies ?? 200;
  const officersEach = options.officersEach ?? 20;
  const next = seededRandom(options.seed ?? 7);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const open = pcns.filter((pcn) => pcn.closeDate === null);
  const out: SyntheticCompanies = { companies: [], officers: [], pscs: [], people: [] };

  for (let i = 0; i < count; i++) {
    const pcn = open.length ? pick(open) : null;
    const stem = (pcn?.name ?? `AREA ${i}`).replace(/\s+(PCN|PRIMARY CARE NETWORK)$/i, '');
    const companyNumber = i % 10 === 9 ? `SC${String(400000 + i).padStart(6, '0')}` : String(7000000 + i * 137).padStart(8, '0');
    const name = `${stem} ${pick(SUFFIXES)}`;
    const url = `https://find-and-update.company-information.service.gov.uk/company/${companyNumber}`;
    const active = next() > 0.1;
    out.companies.push({
      companyNumber,
      name,
      overview: {
        name,
        status: active ? 'Active' : 'Dissolved',
        statusDetail: null,
        closedDate: active ? null : '2023-05-02',
        closedLabel: active ? null : 'Dissolved on',
        companyType: 'Private limited Company',
        isCic: name.endsWith('CIC'),
        incorporatedDate: '2015-04-01',
        incorporatedLabel: 'Incorporated on',
        registeredOffice: pcn?.postcode ? { address: pcn.address ?? '', postcode: pcn.postcode } : null,
        sicCodes: [{ code: '86210', description: 'General medical practice activities' }],
        previousNames: [],
        accounts: null,
        confirmationStatement: null,
        hasInsolvencyTab: false,
        annotations: [],
      },
      provenance: provenance(url),
      updatedAt: `2026-11-01T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
    });
    const board = officersEach - 3 + Math.floor(next() * 7);
    for (let j = 0; j < board; j++) {
      const officerName = `${pick(SURNAMES)}, ${pick(FORENAMES)}${next() < 0.4 ? ` ${pick(FORENAMES)}` : ''}`;
      const role = pick(ROLES);
      const resigned = next() < 0.3;
      const appointedOn = `20${String(10 + Math.floor(next() * 14)).padStart(2, '0')}-04-01`;
      const officerId = `syn${i}x${j}`;
      out.officers.push({
        appointmentKey: `${companyNumber}/${officerId}/${role}/${appointedOn}`,
        companyNumber,
        nameKey: personNameKey(officerName),
        officerId,
        name: officerName,
        role,
        status: resigned ? 'resigned' : 'active',
        appointedOn,
        appointedBefore: null,
        resignedOn: resigned ? '2024-03-31' : null,
        dateOfBirth: '1970-03',
        nationality: 'British',
        countryOfResidence: 'England',
        occupation: 'General Practitioner',
        address: null,
        corporate: null,
        provenance: provenance(`${url}/officers`),
      });
      if (j < 2) {
        const pscName = `Dr ${officerName.split(', ')[1]} ${officerName.split(', ')[0]}`;
        out.pscs.push({
          pscKey: `${companyNumber}/${personNameKey(pscName)}/2016-04-06`,
          companyNumber,
          name: pscName,
          kind: 'individual',
          status: resigned ? 'ceased' : 'active',
          notifiedOn: '2016-04-06',
          ceasedOn: resigned ? '2024-03-31' : null,
          dateOfBirth: '1970-03',
          nationality: 'British',
          countryOfResidence: 'England',
          address: null,
          naturesOfControl: ['voting-rights-25-to-50-percent'],
          provenance: provenance(`${url}/persons-with-significant-control`),
        });
      }
    }
    if (pcn && i % 4 === 0) {
      const personName = `Dr ${pick(FORENAMES)} ${pick(SURNAMES).toLowerCase().replace(/^./, (c) => c.toUpperCase())}`;
      out.people.push({
        id: `person-${i}`,
        name: personName,
        nameKey: personNameKey(personName),
        roles: [{ entityKind: 'pcn', entityId: pcn.code, title: pick(PERSON_TITLES), source: 'user' }],
        updatedAt: '2026-11-01T10:00:00.000Z',
      });
    }
  }
  return out;
}
