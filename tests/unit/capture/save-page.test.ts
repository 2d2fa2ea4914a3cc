import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePage } from '../../../utils/capture/save-page';
import type { ParsedPage } from '../../../utils/companies-house/records';
import { ScoutDb } from '../../../utils/db/schema';
import { exportAll } from '../../../utils/db/transfer';
import { sampleOverviewPage } from '../../support/sample-store';

let db: ScoutDb;
let n = 0;
beforeEach(() => {
  db = new ScoutDb(`save-page-${n++}`);
});
afterEach(() => db.delete());

const officersPage = (resignedOn: string | null): ParsedPage => ({
  pageType: 'officers',
  companyNumber: '09876543',
  companyName: 'NORTHFIELD GP FEDERATION LIMITED',
  url: 'https://find-and-update.company-information.service.gov.uk/company/09876543/officers',
  warnings: [],
  record: {
    page: 1,
    lastPage: 2,
    totalOfficers: 2,
    resignations: resignedOn ? 1 : 0,
    activeOnly: false,
    officers: [
      { officerId: 'AbC1', name: 'PATEL, Ravi', role: 'Director', status: resignedOn ? 'resigned' : 'active', appointedOn: '2015-01-05', appointedBefore: null, resignedOn, dateOfBirth: '1968-11', nationality: 'British', countryOfResidence: 'England', occupation: 'General Practitioner', address: null, corporate: null },
      { officerId: 'AbC1', name: 'PATEL, Ravi', role: 'Secretary', status: 'active', appointedOn: '2016-02-01', appointedBefore: null, resignedOn: null, dateOfBirth: null, nationality: null, countryOfResidence: null, occupation: null, address: null, corporate: null },
    ],
  },
});

describe('saving a captured page', () => {
  it('keeps both appointments of one person, keyed by officer id, role and date', async () => {
    await savePage(db, officersPage(null), new Date('2026-11-01T10:00:00Z'));
    const officers = await db.officers.where('officerId').equals('AbC1').toArray();
    expect(officers.map((o) => o.role).sort()).toEqual(['Director', 'Secretary']);
    expect(officers[0]!.nameKey).toBe('ravi patel');
  });

  it('changes nothing when the same page is captured twice, and reports when it was first captured', async () => {
    const first = await savePage(db, sampleOverviewPage(), new Date('2026-11-01T10:00:00Z'));
    expect(first.status).toBe('new');
    const snapshot = await exportAll(db, new Date('2026-11-01T11:00:00Z'));
    const second = await savePage(db, sampleOverviewPage(), new Date('2026-11-06T10:00:00Z'));
    expect(second).toMatchObject({ status: 'unchanged', previousCaptureAt: '2026-11-01T10:00:00.000Z', capturedAt: '2026-11-01T10:00:00.000Z' });
    expect(await exportAll(db, new Date('2026-11-01T11:00:00Z'))).toEqual(snapshot);
  });

  it('updates what changed, with fresh provenance', async () => {
    await savePage(db, officersPage(null), new Date('2026-11-01T10:00:00Z'));
    const result = await savePage(db, officersPage('2026-10-31'), new Date('2026-11-08T10:00:00Z'));
    expect(result.status).toBe('updated');
    const director = (await db.officers.where('companyNumber').equals('09876543').toArray()).find((o) => o.role === 'Director')!;
    expect(director).toMatchObject({ status: 'resigned', resignedOn: '2026-10-31', provenance: { capturedAt: '2026-11-08T10:00:00.000Z' } });
    expect(await db.officers.count()).toBe(2);
  });

  it('creates the company from any tab, named from the page header', async () => {
    await savePage(db, officersPage(null), new Date('2026-11-01T10:00:00Z'));
    expect(await db.companies.get('09876543')).toMatchObject({ name: 'NORTHFIELD GP FEDERATION LIMITED', overview: null });
    const capture = await db.pageCaptures.get(['09876543', 'officers', 1]);
    expect(capture).toMatchObject({ lastPage: 2, itemCount: 2 });
  });
});
