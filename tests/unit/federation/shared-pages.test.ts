import { describe, expect, it } from 'vitest';
import { detectClipLists } from '../../../utils/federation/detect-lists';
import type { DetectedLists } from '../../../utils/federation/types';
import { HAVE_SHARED_PAGES, SHARED_PAGES_DIR, listPages, readPage, toDocument, toLinkedomDocument } from './helpers';

// What a rep would clip from each example page, written by reading the page (not by copying the output).
const EXPECTED: Record<string, DetectedLists> = {
  // "About us" prose: counts only. The board make-up names no one, so there is no list to clip.
  'about_counts.html': {
    lists: [],
    counts: { practices: 29, pcns: 5, patients: 310_000 },
    warnings: [],
  },
  // A whitespace-aligned "Name / Fed role / Affiliation" table in <p>s; the two vacant seats are not people.
  'board_text_table.html': {
    lists: [
      {
        kind: 'people',
        heading: 'Who represents members on the Federation?',
        items: [
          'Dr Anna Example — Chair — North Riverside PCN',
          'Dr Ben Sample — Director — Riverside Primary Care (super-partnership)',
          'Carla Placeholder — Director — Independent',
          'Dan Dummy — CEO — Independent, non-exec at Riverside Primary Care',
          'Dr Eve Test — Executive Director — Riverside Primary Care',
        ],
      },
    ],
    counts: {},
    warnings: [],
  },
  // The board is described by roles only ("a Chair", "the Chief Executive"): nobody to clip, and a warning says so.
  'governance_prose.html': {
    lists: [],
    counts: {},
    warnings: ['no people listed under “Our Governance”'],
  },
  // Practices under three PCN headings, as a list (name, address), a table (name, address, code) and a "·" line.
  'members_by_pcn.html': {
    lists: [
      {
        kind: 'practices',
        heading: 'Our memberships',
        items: [
          'Northgate Medical Centre — 12 High St, Riverside RV1 2AB',
          'The Old Mill Surgery — Mill Lane, Riverside RV1 3CD',
          'Dr Patel & Partners (Quayside Health Centre) — RV2 4EF',
          'Central Surgery — 3 Market Sq, RV3 5GH — X99001',
          "St Example's Practice — 8 Church Rd, RV3 6JK — X99002",
          'Bridge Street Surgery — Bridge St, RV3 7LM',
          'Hillside Surgery',
          'Meadow View Medical Practice',
          'Brookfield Health Centre',
        ],
        groups: [
          'North Riverside Primary Care Network',
          'North Riverside Primary Care Network',
          'North Riverside Primary Care Network',
          'Riverside Central PCN',
          'Riverside Central PCN',
          'Riverside Central PCN',
          'South & Rural Network (PCN)',
          'South & Rural Network (PCN)',
          'South & Rural Network (PCN)',
        ],
      },
      {
        kind: 'pcns',
        heading: 'Our memberships',
        items: ['North Riverside Primary Care Network', 'Riverside Central PCN', 'South & Rural Network (PCN)'],
      },
    ],
    // "Nine Riverside practices … 3 Primary Care Networks, about 95,000 patients"
    counts: { practices: 9, pcns: 3, patients: 95_000 },
    warnings: [],
  },
  // Services in a sentence under "Our Mission", a hub list, two service cards and a separate in-development list.
  'services_mixed.html': {
    lists: [
      {
        kind: 'services',
        heading: 'Our Mission',
        items: ['Health Visiting and School Nursing', 'Out of Hours GP service', 'Urgent Treatment Centre at Riverside General Hospital'],
      },
      {
        kind: 'services',
        heading: 'GP Extended Hours Hubs',
        items: [
          'Northgate Hub — Northgate Medical Centre',
          'Quayside Hub — Quayside Health Centre',
          'Mill Lane Hub — Mill Lane Surgery',
          'Health Spot — GP Hub for young people aged 11-19',
        ],
      },
      { kind: 'services', heading: 'Services for PCNs', items: ['Enhanced access', 'ARRS workforce hosting'] },
      {
        kind: 'services-in-development',
        heading: 'Services in development',
        items: ['Community phlebotomy (pilot, 2025/26)', 'Spirometry hub — subject to ICB approval'],
      },
    ],
    counts: {},
    warnings: [],
  },
  // The composition paragraphs ("Primary care network level: …") are prose, not lists; the executive team is a list.
  'structure_levels.html': {
    lists: [
      {
        kind: 'people',
        heading: 'Our executive team',
        items: [
          'Jo Example — Chief Executive',
          'Dr Sam Sample — Chair; Clinical Director, Eastside PCN',
          'Alex Placeholder — Director of Transformation',
        ],
      },
    ],
    counts: {},
    warnings: [],
  },
};

describe.skipIf(!HAVE_SHARED_PAGES)(`shared federation pages (${SHARED_PAGES_DIR}; skipped when that folder is absent)`, () => {
  it('has an expectation for every shared page', () => {
    expect(listPages(SHARED_PAGES_DIR)).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: the lists and counts a rep would clip`, () => {
      const html = readPage(SHARED_PAGES_DIR, file);
      expect(detectClipLists(toDocument(html), `https://riverside.example/${file}`)).toEqual(expected);
    });

    it(`${file}: the same through linkedom (the CLI's DOM)`, () => {
      const html = readPage(SHARED_PAGES_DIR, file);
      expect(detectClipLists(toLinkedomDocument(html), `https://riverside.example/${file}`)).toEqual(expected);
    });
  }
});
