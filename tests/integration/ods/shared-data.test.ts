import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isActiveGpPractice, mergeOds, summariseOds } from '../../../utils/ods/merge';
import { normaliseOrgName } from '../../../utils/ods/normalise-name';
import { readOdsFile } from '../../../utils/ods/read-file';
import type { OdsFileContents } from '../../../utils/ods/rows';

/** The real ODS files of the shared folder; counts below are those of its PROVENANCE.md. */
const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ods');
const present = existsSync(join(SHARED, 'PROVENANCE.md'));
if (!present) console.warn(`ODS integration tests skipped: shared data not found at ${SHARED}`);

const TODAY = '2025-11-23';
const cache = new Map<string, OdsFileContents>();

/** Reads a shared file once, logging how long readOdsFile took (the figure the report quotes). */
function read(path: string): OdsFileContents {
  let contents = cache.get(path);
  if (!contents) {
    const bytes = new Uint8Array(readFileSync(join(SHARED, path)));
    const started = performance.now();
    contents = readOdsFile(path.split('/').pop()!, bytes, { today: TODAY });
    console.log(`readOdsFile ${path}: ${Math.round(performance.now() - started)} ms`);
    cache.set(path, contents);
  }
  return contents;
}

const open = <T extends { closeDate?: string | null; endDate?: string | null }>(rows: T[]) =>
  rows.filter((row) => (row.closeDate ?? row.endDate ?? null) === null).length;

describe.skipIf(!present)('ODS shared data (PROVENANCE.md counts)', () => {
  describe('ePCN_2024-10.xlsx (Sub ICB era headers)', () => {
    it('1,366 PCNs (1,285 open), 7,705 memberships (6,224 open), 6,813 practices, no warnings', () => {
      const contents = read('ePCN_2024-10.xlsx');
      expect(contents.pcns).toHaveLength(1366);
      expect(open(contents.pcns)).toBe(1285);
      expect(contents.memberships).toHaveLength(7705);
      expect(open(contents.memberships)).toBe(6224);
      expect(contents.practices).toHaveLength(6813);
      expect(contents.warnings).toEqual([]);
      expect(contents.snapshots.map((s) => [s.source, s.snapshotDate, s.importedRows])).toEqual([
        ['epcn', '2024-10-01', 1366],
        ['epcncorepartnerdetails', '2024-10-01', 7705],
      ]);
    });

    it('keeps U00000, a real PCN code, and flags cross-boundary spells', () => {
      const contents = read('ePCN_2024-10.xlsx');
      expect(contents.pcns.find((pcn) => pcn.code === 'U00000')).toMatchObject({
        name: 'WEST NORWICH PCN',
        subIcbCode: '26A',
        openDate: '2024-04-01',
      });
      expect(contents.memberships.filter((m) => m.crossBoundary === true)).toHaveLength(136);
      expect(contents.memberships.every((m) => m.crossBoundary !== null)).toBe(true);
    });

    it('reads the same from epcn.zip', () => {
      const xlsx = readFileSync(join(SHARED, 'ePCN_2024-10.xlsx'));
      const zip = zipSync({ 'ePCN.xlsx': new Uint8Array(xlsx) });
      const contents = readOdsFile('epcn_2024-10.zip', zip);
      expect(contents.pcns).toHaveLength(1366);
      expect(contents.memberships).toHaveLength(7705);
      expect(contents.snapshots[0]?.snapshotDate).toBe('2024-10-01');
    });
  });

  describe('ePCN_2022-04_ccg-era.xlsx (CCG era headers)', () => {
    it('1,318 PCNs (1,260 open), 7,359 memberships (6,474 open)', () => {
      const contents = read('ePCN_2022-04_ccg-era.xlsx');
      expect(contents.pcns).toHaveLength(1318);
      expect(open(contents.pcns)).toBe(1260);
      expect(contents.memberships).toHaveLength(7359);
      expect(open(contents.memberships)).toBe(6474);
      expect(contents.warnings).toEqual([]);
      expect(contents.subIcbs.find((s) => s.code === '02P')?.name).toBe('NHS BARNSLEY CCG');
    });
  });

  describe('epraccur_2025-09.csv', () => {
    it('16,685 rows; active GP practices 6,220 in England and 398 in Wales', () => {
      const contents = read('epraccur_2025-09.csv');
      expect(contents.practices).toHaveLength(16685);
      expect(contents.warnings).toEqual([]);
      const activeGp = contents.practices.filter(isActiveGpPractice);
      expect(activeGp.filter((p) => p.nationalGrouping !== 'W00')).toHaveLength(6220);
      expect(activeGp.filter((p) => p.nationalGrouping === 'W00')).toHaveLength(398);
      expect(contents.snapshots[0]).toMatchObject({ source: 'epraccur', snapshotDate: '2025-09-01' });
    });

    it('maps 106 English sub-ICBs (and 7 Welsh health boards) to ICBs', () => {
      const contents = read('epraccur_2025-09.csv');
      expect(contents.subIcbs.filter((s) => s.icbCode !== 'Q99')).toHaveLength(106);
      expect(contents.subIcbs.filter((s) => s.icbCode === 'Q99')).toHaveLength(7);
    });
  });

  describe('combined', () => {
    it('ePCN 2024-10 + epraccur 2025-09: 106 sub-ICBs, 42 ICBs, every partner practice in epraccur', () => {
      const dataset = mergeOds([read('ePCN_2024-10.xlsx'), read('epraccur_2025-09.csv')]);
      expect(summariseOds(dataset)).toEqual({
        pcns: { total: 1366, open: 1285 },
        memberships: { total: 7705, open: 6224 },
        practices: { total: 16685, active: 6220, activeWales: 398 },
        subIcbs: 106,
        icbs: 42,
        snapshots: { epcn: '2024-10-01', epcncorepartnerdetails: '2024-10-01', epraccur: '2025-09-01' },
      });
      expect(dataset.practices.every((p) => p.source === 'epraccur')).toBe(true);
      const icbs = Object.fromEntries(dataset.icbs.map((icb) => [icb.code, icb.name]));
      expect(icbs.QHM).toBe('NHS NORTH EAST AND NORTH CUMBRIA ICB');
      expect(icbs.QNX).toBe('NHS SUSSEX ICB');
      expect(dataset.icbs.filter((icb) => icb.code !== 'Q99' && icb.name === null)).toEqual([]);
    });

    it('both ePCN eras: the 2024 file holds the 2022 history, its names win', () => {
      const dataset = mergeOds([read('ePCN_2024-10.xlsx'), read('ePCN_2022-04_ccg-era.xlsx')]);
      const summary = summariseOds(dataset);
      expect(summary.pcns).toEqual({ total: 1366, open: 1285 });
      expect(summary.memberships).toEqual({ total: 7705, open: 6224 });
      expect(dataset.subIcbs.find((s) => s.code === '16C')?.name).toBe('NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C');
    });
  });

  describe('sussex/ subsets (CSV with a header row, headerless epraccur)', () => {
    it('42 PCNs, 202 memberships, 383 epraccur rows', () => {
      const details = read('sussex/sussex_pcn_details_2024-10.csv');
      const partners = read('sussex/sussex_pcn_core_partner_details_2024-10.csv');
      const practices = read('sussex/sussex_epraccur_2025-09.csv');
      expect(details.kind).toBe('epcn-csv');
      expect(partners.kind).toBe('epcncorepartnerdetails-csv');
      expect(practices.kind).toBe('epraccur-csv');
      expect(details.pcns).toHaveLength(42);
      expect(partners.memberships).toHaveLength(202);
      expect(practices.practices).toHaveLength(383);

      const summary = summariseOds(mergeOds([details, partners, practices]));
      expect(summary).toMatchObject({ subIcbs: 3, icbs: 1 });
      // The CSV rows equal the workbook's for the same PCNs.
      const workbook = new Map(read('ePCN_2024-10.xlsx').pcns.map((pcn) => [pcn.code, pcn]));
      for (const pcn of details.pcns) expect(pcn).toEqual(workbook.get(pcn.code));
    });
  });

  describe('names', () => {
    it('normalises every PCN and practice name to something non-empty, quickly', () => {
      const names = [
        ...read('ePCN_2024-10.xlsx').pcns.map((pcn) => pcn.name),
        ...read('epraccur_2025-09.csv').practices.map((p) => p.name),
      ];
      const started = performance.now();
      const normalised = names.map(normaliseOrgName);
      console.log(`normaliseOrgName: ${names.length} names in ${Math.round(performance.now() - started)} ms`);
      expect(normalised.filter((name) => name === '')).toEqual([]);
      // 99% of PCN names end in "PCN", which never survives normalisation.
      const pcnNames = normalised.slice(0, 1366);
      expect(pcnNames.filter((name) => name.endsWith(' pcn')).length).toBeLessThan(5);
    });
  });
});
