import type { OdsPracticeRow } from '../db/rows';
import { normalisePostcode } from '../linking/postcode';
import { organisationWords, plural, STANDING, type SearchDocument } from './document';
import type { SearchData } from './types';

export type OdsSearchData = Pick<SearchData, 'odsPcns' | 'odsPractices' | 'odsMemberships' | 'odsSubIcbs' | 'odsIcbs'>;

/**
 * The epraccur prescribing settings other than GP practice, as the detail line names them. Copied from the
 * epraccur specification rather than imported: utils/ods/rows.ts carries zod, too heavy for the side panel.
 */
const GP_PRACTICE_SETTING = 4;
const SETTING_LABELS: ReadonlyMap<number, string> = new Map([
  [0, 'Other prescriber'],
  [1, 'Walk-in centre'],
  [2, 'Out of hours service'],
  [3, 'Walk-in and out of hours service'],
  [8, 'Public health service'],
  [9, 'Community health service'],
  [10, 'Hospital service'],
  [11, 'Optometry service'],
  [12, 'Urgent and emergency care'],
  [13, 'Hospice'],
  [14, 'Care home'],
  [25, 'Prison'],
]);

function practiceLabel(practice: OdsPracticeRow): string {
  const setting = practice.prescribingSetting;
  if (setting === null || setting === GP_PRACTICE_SETTING) return 'Practice';
  return SETTING_LABELS.get(setting) ?? 'Prescriber';
}

function practiceStanding(practice: OdsPracticeRow): number {
  const gp = practice.prescribingSetting === null || practice.prescribingSetting === GP_PRACTICE_SETTING;
  switch (practice.status) {
    case 'A':
      return gp ? STANDING.current : STANDING.otherActive;
    case 'C':
      return STANDING.former;
    case null:
      // Known only from the ePCN partner sheet: a PCN member, so in use when the sheet was published.
      return STANDING.unknown;
    default:
      return STANDING.dormant;
  }
}

const STATUS_WORDS: Record<string, string> = { C: 'closed', D: 'dormant', P: 'proposed' };

/** Practices, PCNs, sub-ICB locations and ICBs, with the details a caller needs to place them. */
export function odsDocuments(data: OdsSearchData): SearchDocument[] {
  const pcnNames = new Map(data.odsPcns.map((pcn) => [pcn.code, pcn.name]));
  const subIcbs = new Map(data.odsSubIcbs.map((subIcb) => [subIcb.code, subIcb]));

  const currentPcn = new Map<string, string>();
  const membersOf = new Map<string, number>();
  for (const membership of data.odsMemberships) {
    if (membership.endDate !== null) continue;
    currentPcn.set(membership.practiceCode, membership.pcnCode);
    membersOf.set(membership.pcnCode, (membersOf.get(membership.pcnCode) ?? 0) + 1);
  }
  const openPcnsIn = new Map<string, number>();
  for (const pcn of data.odsPcns) {
    if (pcn.closeDate === null && pcn.subIcbCode) openPcnsIn.set(pcn.subIcbCode, (openPcnsIn.get(pcn.subIcbCode) ?? 0) + 1);
  }
  // Sub-ICBs counted under an ICB are those with an open PCN: the old CCG codes linger in the data.
  const subIcbsIn = new Map<string, number>();
  for (const subIcb of data.odsSubIcbs) {
    if (subIcb.icbCode && openPcnsIn.has(subIcb.code)) subIcbsIn.set(subIcb.icbCode, (subIcbsIn.get(subIcb.icbCode) ?? 0) + 1);
  }

  const docs: SearchDocument[] = [];
  for (const pcn of data.odsPcns) {
    const subIcb = pcn.subIcbCode ? subIcbs.get(pcn.subIcbCode) : undefined;
    const postcode = normalisePostcode(pcn.postcode);
    docs.push({
      kind: 'pcn',
      id: pcn.code,
      title: pcn.name,
      detail: [
        `PCN ${pcn.code}`,
        pcn.closeDate ? `closed ${pcn.closeDate}` : null,
        subIcb?.name ?? pcn.subIcbCode,
        plural(membersOf.get(pcn.code) ?? 0, 'practice'),
      ].filter(Boolean).join(' · '),
      standing: pcn.closeDate === null ? STANDING.current : STANDING.former,
      codes: [pcn.code],
      postcodes: postcode ? [postcode] : [],
      ...organisationWords([pcn.name]),
    });
  }
  for (const practice of data.odsPractices) {
    const postcode = normalisePostcode(practice.postcode);
    const pcnCode = currentPcn.get(practice.code);
    docs.push({
      kind: 'practice',
      id: practice.code,
      title: practice.name,
      detail: [
        `${practiceLabel(practice)} ${practice.code}`,
        practice.status ? STATUS_WORDS[practice.status] : null,
        postcode,
        pcnCode ? (pcnNames.get(pcnCode) ?? `PCN ${pcnCode}`) : null,
      ].filter(Boolean).join(' · '),
      standing: practiceStanding(practice),
      codes: [practice.code],
      postcodes: postcode ? [postcode] : [],
      ...organisationWords([practice.name]),
    });
  }
  for (const subIcb of data.odsSubIcbs) {
    const pcns = openPcnsIn.get(subIcb.code) ?? 0;
    docs.push({
      kind: 'sub-icb',
      id: subIcb.code,
      title: subIcb.name ?? `Sub-ICB location ${subIcb.code}`,
      detail: [`Sub-ICB ${subIcb.code}`, subIcb.icbCode ? `ICB ${subIcb.icbCode}` : null, plural(pcns, 'open PCN')].filter(Boolean).join(' · '),
      // Sub-ICBs without an open PCN are the old CCGs still named in history.
      standing: pcns > 0 ? STANDING.current : STANDING.former,
      codes: [subIcb.code],
      postcodes: [],
      ...organisationWords(subIcb.name ? [subIcb.name] : []),
    });
  }
  for (const icb of data.odsIcbs) {
    const count = subIcbsIn.get(icb.code) ?? 0;
    docs.push({
      kind: 'icb',
      id: icb.code,
      title: icb.name ?? `ICB ${icb.code}`,
      detail: `ICB ${icb.code} · ${plural(count, 'sub-ICB location')}`,
      standing: count > 0 ? STANDING.current : STANDING.former,
      codes: [icb.code],
      postcodes: [],
      ...organisationWords(icb.name ? [icb.name] : []),
    });
  }
  return docs;
}
