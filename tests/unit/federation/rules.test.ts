import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHeading, isPcnName } from '../../../utils/federation/classify';
import { readHeadlineCounts } from '../../../utils/federation/counts';
import { detectClipLists } from '../../../utils/federation/detect-lists';
import { isPersonName, peopleInProse, personFields } from '../../../utils/federation/people';
import { servicesInProse, splitEnumeration } from '../../../utils/federation/prose-lists';
import { cleanItem, itemFields, joinFields, stripListMarker } from '../../../utils/federation/text';
import { detectIn, page, toDocument, toLinkedomDocument } from './helpers';

describe('item text', () => {
  it('joins and splits the parts of an item with " — "', () => {
    expect(joinFields(['Northgate Hub - Northgate Medical Centre'])).toBe('Northgate Hub — Northgate Medical Centre');
    expect(joinFields(['Health Spot', 'GP Hub for young people aged 11-19'])).toBe('Health Spot — GP Hub for young people aged 11-19');
    expect(itemFields('Dr Anna Example — Chair — North Riverside PCN')).toEqual(['Dr Anna Example', 'Chair', 'North Riverside PCN']);
  });

  it('strips bullets and numbering but not initials', () => {
    expect(stripListMarker('• Phlebotomy')).toBe('Phlebotomy');
    expect(stripListMarker('12. Phlebotomy')).toBe('Phlebotomy');
    expect(stripListMarker('(3) Phlebotomy')).toBe('Phlebotomy');
    expect(stripListMarker('b) Phlebotomy')).toBe('Phlebotomy');
    expect(stripListMarker('J. Smith')).toBe('J. Smith');
    expect(cleanItem('  –\u00a0Extended\n access ;')).toBe('Extended access');
  });
});

describe('headings', () => {
  it.each([
    ['Our Board', 'people'],
    ['Board members', 'people'],
    ['Who represents members on the Federation?', 'people'],
    ['Our memberships', 'practices'],
    ['Member practices by PCN', 'practices'],
    ['Services for PCNs', 'services'],
    ['GP Extended Hours Hubs', 'services'],
    ['Services in development', 'services-in-development'],
    ['Coming soon', 'services-in-development'],
    ['Our pilots', 'services-in-development'],
    ['Planned care', null],
    ['PCNs we support', 'pcns'],
    ['Our Mission', null],
    ['Who we are & what we do', null],
  ] as const)('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('tells a PCN name from a heading about PCNs', () => {
    for (const name of ['Riverside Central PCN', 'North Riverside Primary Care Network', 'South & Rural Network (PCN)']) expect(isPcnName(name), name).toBe(true);
    for (const heading of ['Our PCNs', 'Primary Care Networks', 'PCN services', 'Our Primary Care Network', 'Member practices']) expect(isPcnName(heading), heading).toBe(false);
  });
});

describe('lists in sentences', () => {
  it('splits an enumeration with or without the Oxford comma', () => {
    expect(splitEnumeration('A service, the B service and the C service.')).toEqual(['A service', 'B service', 'C service']);
    expect(splitEnumeration('Health Visiting and School Nursing, the Out of Hours GP service, and the UTC')).toEqual([
      'Health Visiting and School Nursing',
      'Out of Hours GP service',
      'UTC',
    ]);
    expect(splitEnumeration('phlebotomy (pilot, 2025/26), spirometry and more')).toEqual(['phlebotomy (pilot, 2025/26)', 'spirometry']);
  });

  it('reads services only where a sentence says who provides them', () => {
    expect(servicesInProse('We run the extended access service, the phlebotomy service and…', null)).toEqual([
      { kind: 'services', items: ['extended access service', 'phlebotomy service'] },
    ]);
    expect(servicesInProse('Practices keep their contracts, including GMS, PMS and APMS.', null)).toEqual([]);
    expect(servicesInProse('We plan to offer a frailty hub and a falls clinic.', null)).toEqual([]);
    expect(servicesInProse('We will soon launch a frailty hub and a falls clinic.', null)).toEqual([
      { kind: 'services-in-development', items: ['frailty hub', 'falls clinic'] },
    ]);
  });

  it('finds people named with their role, and nobody where only roles are named', () => {
    expect(peopleInProse('Dr Jane Smith, our chair, has been a GP since 2004.')).toEqual([['Dr Jane Smith', 'Chair']]);
    expect(peopleInProse('Our chair is Dr Jane Smith.')).toEqual([['Dr Jane Smith', 'Chair']]);
    expect(peopleInProse('Today Dr Jane Smith, our medical director, said so.')).toEqual([['Dr Jane Smith', 'Medical Director']]);
    expect(peopleInProse('Alongside them sit the Chief Executive and the Finance Director.')).toEqual([]);
    expect(peopleInProse('A team led by our Chief Operating Officer runs the company.')).toEqual([]);
  });

  it('puts the name first in a people entry and drops vacant seats', () => {
    expect(personFields(['Chair: Dr Jane Smith'])).toEqual(['Dr Jane Smith', 'Chair']);
    expect(personFields(['Jo Bloggs (Finance Director)'])).toEqual(['Jo Bloggs', 'Finance Director']);
    expect(personFields(['Chief Executive', 'Tom Brown'])).toEqual(['Tom Brown', 'Chief Executive']);
    expect(personFields(['Salaried post', 'Co-opted', 'Vacant'])).toBeNull();
    expect(isPersonName('Audit Committee')).toBe(false);
    expect(isPersonName('Dr Patel')).toBe(true);
  });
});

describe('headline counts', () => {
  const counts = (...texts: string[]) => {
    const warnings: string[] = [];
    return { counts: readHeadlineCounts(texts, warnings), warnings };
  };

  it('reads figures in digits, words, "k" and "million"', () => {
    expect(counts('31 member practices … 6 PCNs … 355,000 patients').counts).toEqual({ practices: 31, pcns: 6, patients: 355_000 });
    expect(counts('Nine Riverside practices', 'the 5 Primary Care Networks (PCNs)', 'a population of 1.2 million').counts).toEqual({
      practices: 9,
      pcns: 5,
      patients: 1_200_000,
    });
    expect(counts('all forty-five of our practices', 'over 300k registered patients').counts).toEqual({ practices: 45, patients: 300_000 });
  });

  it('ignores ranges, years and numbers that count something else', () => {
    expect(counts('young people aged 11-19 at our practices', 'Seven directors are elected by member practices', 'Founded in 2015').counts).toEqual({});
    expect(counts('We saw 12 patients').counts).toEqual({});
  });

  it('keeps the first of two different figures and warns', () => {
    expect(counts('29 practices', 'now 31 practices')).toEqual({
      counts: { practices: 29 },
      warnings: ['the page states more than one number of practices (29, 31); kept 29'],
    });
  });
});

describe('page structure', () => {
  it('reads <br>-separated "Name    Role" lines with no-break spaces as columns', () => {
    const html = page('<h2>Our directors</h2><p>Dr A Khan&nbsp;&nbsp;&nbsp;&nbsp; Chair<br>B Lowe&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Secretary</p>');
    expect(detectIn(html).lists).toEqual([{ kind: 'people', heading: 'Our directors', items: ['Dr A Khan — Chair', 'B Lowe — Secretary'] }]);
  });

  it('does not read ordinary source indentation as column gaps', () => {
    const html = page('<h2>Our directors</h2><p>Dr A Khan,\n        our chair,\n        joined in 2019.</p>');
    expect(detectIn(html).lists).toEqual([{ kind: 'people', heading: 'Our directors', items: ['Dr A Khan — Chair'] }]);
  });

  it('reads a header-less aligned text table only under a heading that names it', () => {
    const rows = '<p>Alpha&nbsp;&nbsp;&nbsp; One</p><p>Beta&nbsp;&nbsp;&nbsp;&nbsp; Two</p>';
    expect(detectIn(page(`<h2>Opening times</h2>${rows}`)).lists).toEqual([]);
    expect(detectIn(page(`<h2>Our services</h2>${rows}`)).lists).toEqual([{ kind: 'services', heading: 'Our services', items: ['Alpha — One', 'Beta — Two'] }]);
  });

  it('skips navigation, site header, footer and hidden text, and prefers <main>', () => {
    const html = `<html><body><header><nav><h2>Our services</h2><ul><li>Menu item</li></ul></nav></header>
      <div><h2>Our services</h2><ul><li>Outside main</li></ul></div>
      <main><h2>Our services</h2><ul><li>Extended access <span class="sr-only">(opens in a new tab)</span></li><li hidden>Hidden</li></ul></main>
      <footer><h2>Our practices</h2><ul><li>Footer</li></ul></footer></body></html>`;
    expect(detectIn(html).lists).toEqual([{ kind: 'services', heading: 'Our services', items: ['Extended access'] }]);
  });

  it('uses the page title for a list above the first heading', () => {
    const html = page('<ul><li>Dr A Khan - Chair</li><li>B Lowe - Secretary</li></ul>', 'Our Board | Example Federation');
    expect(detectIn(html).lists).toEqual([{ kind: 'people', heading: null, items: ['Dr A Khan — Chair', 'B Lowe — Secretary'] }]);
    expect(detectIn(page('<ul><li>Dr A Khan - Chair</li></ul>', 'Home')).lists).toEqual([]);
  });

  it('attributes practices under PCN headings set in bold paragraphs', () => {
    const html = page('<p><strong>Eastgate PCN</strong></p><ul><li>Eastgate Surgery</li><li>Harbour Medical Practice</li></ul>');
    expect(detectIn(html).lists).toEqual([
      { kind: 'practices', heading: null, items: ['Eastgate Surgery', 'Harbour Medical Practice'], groups: ['Eastgate PCN', 'Eastgate PCN'] },
      { kind: 'pcns', heading: null, items: ['Eastgate PCN'] },
    ]);
  });

  it('does not take a PCN news item for a list of practices', () => {
    expect(detectIn(page('<h2>Eastgate PCN</h2><ul><li>Flu clinics start in October</li></ul>')).lists).toEqual([]);
  });

  it('groups practices under the PCN on a single PCN page', () => {
    const html = page('<h1>Northgate PCN</h1><h2>Our practices</h2><ul><li>Northgate Surgery</li></ul>');
    expect(detectIn(html).lists).toEqual([
      { kind: 'practices', heading: 'Our practices', items: ['Northgate Surgery'], groups: ['Northgate PCN'] },
      { kind: 'pcns', heading: 'Our practices', items: ['Northgate PCN'] },
    ]);
  });

  it('reads cards beside other content in the same container without swallowing it', () => {
    const cards = '<div class="card"><h3>Care homes</h3><p>Ward rounds.</p></div><div class="card"><h3>Diabetes clinic</h3></div>';
    const html = page(`<div class="col"><h2>Our services</h2><ul><li>Extended access</li></ul>${cards}<h2>Board</h2><ul><li>Dr A Khan - Chair</li></ul></div>`);
    expect(detectIn(html).lists).toEqual([
      { kind: 'services', heading: 'Our services', items: ['Extended access', 'Care homes', 'Diabetes clinic'] },
      { kind: 'people', heading: 'Board', items: ['Dr A Khan — Chair'] },
    ]);
  });

  it('reads a short sentence without a full stop as prose', () => {
    expect(detectIn(page('<h2>About us</h2><p>Our chair is Dr Jane Smith</p>')).lists).toEqual([
      { kind: 'people', heading: 'About us', items: ['Dr Jane Smith — Chair'] },
    ]);
  });

  it('reads a heading set in an accordion button', () => {
    const html = page('<h2><button aria-expanded="false">Our services</button></h2><ul><li>Extended access</li></ul>');
    expect(detectIn(html).lists).toEqual([{ kind: 'services', heading: 'Our services', items: ['Extended access'] }]);
  });

  it('reads a board table with a practice column as people', () => {
    const html = page('<h2>Directors</h2><table><tr><th>Name</th><th>Role</th><th>Practice</th></tr><tr><td>Dr A Khan</td><td>Chair</td><td>Eastgate Surgery</td></tr></table>');
    expect(detectIn(html).lists).toEqual([{ kind: 'people', heading: 'Directors', items: ['Dr A Khan — Chair — Eastgate Surgery'] }]);
  });

  it('leaves contact lines out of a team list', () => {
    const html = page('<h2>Contact the team</h2><ul><li>Phone: 01234 567890</li><li>info@federation.example</li><li>Ann Lee - Office Manager</li></ul>');
    expect(detectIn(html).lists).toEqual([{ kind: 'people', heading: 'Contact the team', items: ['Ann Lee — Office Manager'] }]);
  });

  it('warns about a heading with nothing listed under it', () => {
    expect(detectIn(page('<h2>Our services</h2><p>Please call us to find out more.</p>')).warnings).toEqual(['no services listed under “Our services”']);
  });

  it('gives the same lists for the same page in happy-dom and linkedom', () => {
    const html = page('<h2>Board</h2><ul><li><strong>Dr A Khan</strong> Chair</li></ul><h2>Hubs</h2><p>North Hub &middot; South Hub</p>');
    const url = 'https://federation.example/';
    const expected = {
      lists: [
        { kind: 'people', heading: 'Board', items: ['Dr A Khan — Chair'] },
        { kind: 'services', heading: 'Hubs', items: ['North Hub', 'South Hub'] },
      ],
      counts: {},
      warnings: [],
    };
    expect(detectClipLists(toDocument(html), url)).toEqual(expected);
    expect(detectClipLists(toLinkedomDocument(html), url)).toEqual(expected);
  });
});

describe('never throws', () => {
  it('returns a warning for a document it cannot read', () => {
    const broken = {
      querySelector() {
        throw new Error('boom');
      },
      get body(): never {
        throw new Error('boom');
      },
      get documentElement(): never {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(detectClipLists(broken, 'not a url')).toEqual({ lists: [], counts: {}, warnings: ['the page has no content to read'] });
  });

  it('reads an empty page and a fragment in linkedom', () => {
    expect(detectClipLists(toLinkedomDocument(''), 'https://x.example/')).toEqual({ lists: [], counts: {}, warnings: ['the page has no content to read'] });
    expect(detectClipLists(toLinkedomDocument('<p>hello</p>'), 'https://x.example/').lists).toEqual([]);
  });

  it('survives arbitrary tag soup in both DOMs', () => {
    const pieces = fc.constantFrom(
      '<h2>Our services</h2>', '<h3>North PCN</h3>', '<p>', '</p>', '<ul>', '<li>', '</li>', '</ul>', '<table><tr><td>',
      '</td></tr></table>', '<br>', '<strong>Board</strong>', 'Dr Jane Smith, our chair,', ' We run A, B and C. ', '&nbsp;&nbsp;',
      '31 practices', '<div class="card"><h3>X</h3></div>', '<pre>A  B\nC  D</pre>', '<dl><dt>A</dt><dd>B</dd></dl>', '</div>', '<nav>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const html = page(parts.join(''));
        for (const doc of [toDocument(html), toLinkedomDocument(html)]) {
          const result = detectClipLists(doc, 'https://x.example/');
          expect(Array.isArray(result.lists)).toBe(true);
          for (const list of result.lists) {
            expect(list.items.length).toBeGreaterThan(0);
            for (const item of list.items) expect(item).toBe(item.trim());
            if (list.groups) expect(list.groups).toHaveLength(list.items.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
