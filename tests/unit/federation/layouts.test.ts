import { describe, expect, it } from 'vitest';
import { detectClipLists } from '../../../utils/federation/detect-lists';
import type { DetectedLists } from '../../../utils/federation/types';
import { FIXTURE_DIR, listPages, readPage, toDocument, toLinkedomDocument } from './helpers';

// One small page per layout rule (tests/fixtures/federation/README.md); expectations written by hand.
const EXPECTED: Record<string, DetectedLists> = {
  'services-prose.html': {
    lists: [
      // "We run the X service, the Y service and the Z service for our 20 member practices."
      { kind: 'services', heading: 'About the federation', items: ['extended access service', 'phlebotomy service', 'care home service'] },
      // "We are currently piloting …"; "We run the federation on behalf of practices …" is not a list of services.
      { kind: 'services-in-development', heading: 'About the federation', items: ['community spirometry service', 'long COVID clinic'] },
      // "Our services include:" names the bullet list under a heading that does not.
      { kind: 'services', heading: 'What we do', items: ['Minor surgery', 'Anticoagulation monitoring'] },
    ],
    counts: { practices: 20 },
    warnings: [],
  },
  'services-bullets.html': {
    lists: [
      {
        kind: 'services',
        heading: 'Our Services',
        items: ['Extended Access', 'Phlebotomy — blood tests at four sites', 'Social prescribing', 'Link workers', 'Health and wellbeing coaches'],
      },
      // "Planned care" is a kind of service; the list inherits "Our Services"; "1." numbering is dropped.
      { kind: 'services', heading: 'Planned care', items: ['Dermatology clinic', 'Gynaecology clinic'] },
      { kind: 'services-in-development', heading: 'Coming soon', items: ['Frailty hub'] },
    ],
    counts: {},
    warnings: [],
  },
  'hub-list.html': {
    lists: [
      {
        kind: 'services',
        heading: 'Weekday evening hubs',
        items: ['Eastgate Hub — Eastgate Surgery', 'Westfield Hub — The Westfield Practice', 'Riverside Hub'],
      },
      { kind: 'services', heading: 'Weekend hubs', items: ['Northgate Hub — Northgate Medical Centre', 'Southbank Hub — Southbank Health Centre'] },
    ],
    counts: {},
    warnings: [],
  },
  'card-grid.html': {
    lists: [
      { kind: 'services', heading: 'Our services', items: ['Extended access', 'Care home support', 'Diabetes clinic'] },
      { kind: 'services', heading: 'Services for PCNs', items: ['ARRS payroll', 'Data and reporting'] },
    ],
    counts: {},
    warnings: [],
  },
  'in-development.html': {
    lists: [
      { kind: 'services', heading: 'Services', items: ['Extended access', 'Phlebotomy'] },
      { kind: 'services-in-development', heading: 'Services in development', items: ['Community ECG service', "Women's health hub"] },
      { kind: 'services-in-development', heading: 'Pilots', items: ['Remote monitoring for care homes', 'Digital weight management'] },
      { kind: 'services', heading: 'Our services for PCNs', items: ['Workforce hosting'] },
      // "Planned for 2026:" narrows the services heading for the list below it.
      { kind: 'services-in-development', heading: 'Our services for PCNs', items: ['Shared ARRS rota'] },
    ],
    counts: {},
    warnings: [],
  },
  'subheading-items.html': {
    lists: [
      { kind: 'services', heading: 'Our services', items: ['Extended access', 'Phlebotomy'] },
      { kind: 'people', heading: 'Meet the board', items: ['Dr Jane Smith — Chair', 'Tom Brown'] },
    ],
    counts: {},
    warnings: [],
  },
  'practices-by-pcn.html': {
    lists: [
      {
        kind: 'practices',
        heading: 'Member practices',
        items: ['Eastgate Surgery', 'Harbour Medical Practice', 'The Westfield Practice — 1 West Road, EX2 3CD'],
        groups: ['Eastgate PCN', 'Eastgate PCN', 'Westfield Primary Care Network'],
      },
      { kind: 'pcns', heading: 'Member practices', items: ['Eastgate PCN', 'Westfield Primary Care Network'] },
      {
        kind: 'practices',
        heading: 'Our members by network',
        items: ['Northgate Medical Centre', 'Old Mill Surgery', 'Southbank Health Centre'],
        groups: ['Northgate PCN', 'Northgate PCN', 'Southbank Network'],
      },
      { kind: 'pcns', heading: 'Our members by network', items: ['Northgate PCN', 'Southbank Network'] },
      {
        kind: 'practices',
        heading: 'Practice list',
        items: ['Castle Surgery — EX9 1AA', 'Moor Lane Practice — EX9 2BB', 'Quay Street Surgery — EX9 3CC'],
        groups: ['Castle PCN', 'Castle PCN', null],
      },
      { kind: 'pcns', heading: 'Practice list', items: ['Castle PCN'] },
    ],
    counts: {},
    warnings: [],
  },
  'practices-and-pcns.html': {
    lists: [
      { kind: 'practices', heading: 'Our practices', items: ['Eastgate Surgery', 'Harbour Medical Practice', 'Dr Shah & Partners'] },
      { kind: 'pcns', heading: 'PCNs we support', items: ['Eastgate PCN', 'Harbour & Coast Primary Care Network'] },
    ],
    counts: {},
    warnings: [],
  },
  'board-list.html': {
    lists: [
      {
        kind: 'people',
        heading: 'Our Board',
        items: ['Dr Jane Smith — Chair', 'Mr John Doe — Finance Director', 'Jo Bloggs — Chief Executive', 'Priya Patel — Nurse Director'],
      },
      { kind: 'people', heading: 'Company secretary', items: ['Sam Green — Company Secretary'] },
    ],
    counts: {},
    warnings: [],
  },
  'board-cards.html': {
    lists: [
      { kind: 'people', heading: 'Our team', items: ['Dr Jane Smith — Chair', 'Tom Brown — Chief Executive'] },
      { kind: 'people', heading: 'Operations', items: ['Ann Lee — Operations Manager', 'Raj Kumar — Data Lead'] },
    ],
    counts: {},
    warnings: [],
  },
  'board-aligned-text.html': {
    lists: [
      { kind: 'people', heading: 'Directors', items: ['Dr Jane Smith — Chair', 'Tom Brown — Chief Executive'] },
      { kind: 'people', heading: 'Non-executive directors', items: ['Ann Lee — Lay member', 'Raj Kumar — Independent director'] },
    ],
    counts: {},
    warnings: [],
  },
  'board-prose.html': {
    lists: [
      {
        kind: 'people',
        heading: 'How we are run',
        items: ['Dr Jane Smith — Chair', 'Tom Brown — Chief Executive', 'Ann Lee — Finance Director', 'Dr Raj Kumar — Chair'],
      },
    ],
    counts: {},
    warnings: [],
  },
  'strong-headings.html': {
    lists: [
      { kind: 'services', heading: 'Our services', items: ['Extended access', 'Phlebotomy'] },
      { kind: 'people', heading: 'Our Board', items: ['Dr Jane Smith — Chair', 'Tom Brown — Chief Executive'] },
    ],
    counts: {},
    warnings: [],
  },
  'counts.html': {
    lists: [],
    counts: { practices: 31, pcns: 6, patients: 355_000 },
    warnings: ['the page states more than one number of practices (31, 21); kept 31'],
  },
  'page-builder.html': {
    lists: [
      // "… across the borough" qualifies the whole list, not its last item.
      { kind: 'services', heading: 'Our services', items: ['extended access', 'care home support', 'phlebotomy'] },
      { kind: 'people', heading: 'Our Board', items: ['Dr Mina Shah — Chair'] },
      {
        kind: 'practices',
        heading: 'Member practices',
        items: ['Eastgate Surgery — 1 High St, EX1 1AA', 'Harbour Medical Practice', 'The Westfield Practice'],
        groups: ['Eastgate PCN', 'Eastgate PCN', 'Westfield PCN'],
      },
      { kind: 'pcns', heading: 'Member practices', items: ['Eastgate PCN', 'Westfield PCN'] },
    ],
    counts: {},
    warnings: [],
  },
  'odd-page.html': { lists: [], counts: {}, warnings: [] },
};

describe('federation page layouts', () => {
  it('has an expectation for every fixture page', () => {
    expect(listPages(FIXTURE_DIR)).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const html = readPage(FIXTURE_DIR, file);
      expect(detectClipLists(toDocument(html), `https://federation.example/${file}`)).toEqual(expected);
    });
  }

  it('gives the same result through linkedom for every fixture page', () => {
    for (const file of Object.keys(EXPECTED)) {
      const html = readPage(FIXTURE_DIR, file);
      const url = `https://federation.example/${file}`;
      expect(detectClipLists(toLinkedomDocument(html), url), file).toEqual(detectClipLists(toDocument(html), url));
    }
  });
});
