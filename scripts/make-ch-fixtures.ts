/**
 * Writes the Companies House fixture pages in tests/fixtures/companies-house/ (and their manifest.json entries).
 * The committed HTML files are the fixtures; this script only saves typing for the long, repetitive ones
 * (60 filings over 3 pages, 40 appointments over 2 pages). The companies and people are made up; the markup
 * follows the live service's templates as described in ../shared/docs/companies-house.md.
 *
 *   node --import tsx scripts/make-ch-fixtures.ts
 *
 * Then run scripts/regenerate-expected.ts and review the diff of the *.expected.json files.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'companies-house');
const HOST = 'https://find-and-update.company-information.service.gov.uk';

// ---------------------------------------------------------------- formatting as the service does

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** "%e %B %Y": 8 October 1999 */
function longDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
}

/** "%d %b %Y": 01 Sep 2026 */
function shortDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')} ${LONG_MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}

/** "%B %Y": March 1970 */
function monthYear(iso: string): string {
  const [y, m] = parts(iso);
  return `${LONG_MONTHS[m - 1]} ${y}`;
}

/** Deterministic ids that look like the service's (officer ids, transaction ids). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20260817);
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function officerId(): string {
  return Array.from({ length: 27 }, () => ID_CHARS[Math.floor(random() * 64)]).join('');
}
let transactionSerial = 3_456_789_012;
function transactionId(): string {
  transactionSerial += 7919;
  return Buffer.from(`${transactionSerial}adiqzkcx`).toString('base64').replace(/=+$/, '');
}

// ---------------------------------------------------------------- page skeleton

type Tab = 'company-overview-tab' | 'filing-history-tab' | 'people-tab';

interface Company {
  name: string;
  number: string;
  charges?: boolean;
  insolvency?: boolean;
  annotations?: string[];
}

const TITLE_SUFFIX: Record<string, string> = {
  company_profile: 'overview',
  company_filing_history: 'filing history',
  company_officers: 'people',
  list_pscs: 'persons with significant control',
};

function page(company: Company, titleId: string, active: Tab, content: string): string {
  const base = `/company/${company.number}`;
  const tab = (id: string, href: string, label: string) =>
    `          <li class="govuk-tabs__list-item${id === active ? ' govuk-tabs__list-item--selected' : ''}">
            <a class="govuk-tabs__tab" id="${id}" href="${href}">${label}</a>
          </li>`;
  const tabs = [
    tab('company-overview-tab', base, 'Overview'),
    tab('filing-history-tab', `${base}/filing-history`, 'Filing history'),
    tab('people-tab', `${base}/officers`, 'People'),
    ...(company.charges ? [tab('charges-tab', `${base}/charges`, 'Charges')] : []),
    ...(company.insolvency ? [tab('insolvency-tab', `${base}/insolvency`, 'Insolvency')] : []),
    tab('more-tab', `${base}/more`, 'More'),
  ].join('\n');
  const annotations = company.annotations?.length
    ? `
      <div class="corporate-annotations-text">
${company.annotations.map((a) => `        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            ${esc(a)}
          </strong>
        </div>`).join('\n')}
      </div>`
    : '';
  // No stylesheet or script links: happy-dom's DOMParser would try to fetch them during the tests.
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title data-id="${titleId}">${esc(company.name)} ${TITLE_SUFFIX[titleId]} - Find and update company information - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container govuk-width-container">
      <a href="/" class="govuk-header__link govuk-header__service-name">Find and update company information</a>
    </div>
  </header>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <div class="company-header">
        <div id="content" class="content-override"></div>
        <h1 class="heading-xlarge">${esc(company.name)}</h1>
        <p id="company-number">
            Company number
            <strong>${company.number}</strong>
        </p>
        <div class="actions">
          <a href="/follow-company?company_number=${company.number}" class="govuk-button" id="follow-this-company">Follow this company</a>
          <a href="${base}/authorise?return_to=${base}" id="file-for-this-company" class="govuk-button">File for this company</a>
        </div>
      </div>${annotations}
      <div class="govuk-tabs" data-module="govuk-tabs">
        <h2 class="govuk-tabs__title">Contents</h2>
        <ul class="govuk-tabs__list">
${tabs}
        </ul>
        <div class="govuk-tabs__panel" id="main-panel">
${content}
        </div>
      </div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-width-container">
      <p class="govuk-footer__meta">Companies House does not verify the accuracy of the information filed</p>
    </div>
  </footer>
</body>
</html>
`;
}

/** The GOV.UK pagination nav. `withIds` gives the page links ids pageNoN (filing history does, officers not). */
function pagination(path: string, current: number, last: number, withIds: boolean): string {
  if (last <= 1) return '';
  const items = Array.from({ length: last }, (_, i) => i + 1).map((n) => `              <li class="govuk-pagination__item govuk-!-display-block ${n === current ? ' govuk-pagination__item--current ' : ''}">
                <a ${withIds ? `id="pageNo${n}" ` : ''}class="govuk-link govuk-pagination__link" href="${path}?page=${n}"${withIds ? ` data-page="${n}"` : ''}
                  aria-label="Page ${n}"${n === current ? ' aria-current="page"' : ''}>${n}
                </a>
              </li>`).join('\n');
  const prev = current > 1 ? `
            <div class="govuk-pagination__prev">
              <a class="govuk-link govuk-pagination__link" href="${path}?page=${current - 1}" rel="prev">
                <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>
              </a>
            </div>` : '';
  const next = current < last ? `
            <div class="govuk-pagination__next">
              <a class="govuk-link govuk-pagination__link" id="next-page" href="${path}?page=${current + 1}" rel="next">
                <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
              </a>
            </div>` : '';
  return `
          <nav class="govuk-!-margin-top-6 govuk-!-margin-bottom-0 govuk-pagination" aria-label="Pagination">${prev}
            <ul class="govuk-pagination__list">
${items}
            </ul>${next}
          </nav>`;
}

// ---------------------------------------------------------------- overview

interface Overview {
  address: string;
  status: string;
  statusDetail?: string;
  closed?: { label: string; date: string };
  type: string;
  cic?: boolean;
  birthLabel?: string;
  incorporated: string;
  accounts?: { overdue?: boolean; first?: boolean; next?: string; due?: string; last?: string };
  statement?: { kind: 'Confirmation statement' | 'Annual return'; overdue?: boolean; first?: boolean; next?: string; due?: string; last?: string };
  sic: string[] | null;
  previousNames?: { name: string; from: string; to: string }[];
}

function summaryHeading(title: string, overdue: boolean | undefined): string {
  return overdue
    ? `              <div class="help-notice overdue">
                <h2 class="heading-medium">
                  <span class="govuk-visually-hidden">Warning</span>
                  ${title} overdue
                </h2>
              </div>`
    : `              <h2 class="heading-medium"><strong>${title}</strong></h2>`;
}

function overviewContent(o: Overview): string {
  const out: string[] = [];
  out.push(`          <dl>
            <dt>Registered office address</dt>
            <dd style="margin-top: 5px; margin-bottom: 10px">
              <span class="text data" id="roa-address">
                ${esc(o.address)}
              </span>
            </dd>
          </dl>`);
  out.push(`          <div class="grid-row">
            <dl class="column-two-thirds">
              <dt>Company status</dt>
              <dd class="text data" id="company-status">
                ${o.status}${o.statusDetail ? `
                <span class="normal" id="company-status-detail">&mdash; ${esc(o.statusDetail)}</span>` : ''}
              </dd>
            </dl>${o.closed ? `
            <dl class="column-third">
              <dt id="cessation-date-label">${o.closed.label}</dt>
              <dd class="data" id="cessation-date">${longDate(o.closed.date)}</dd>
            </dl>` : ''}
          </div>`);
  out.push(`          <div class="grid-row">
            <dl class="column-two-thirds">
              <dt>Company type</dt>
              <dd id="company-type" style="margin-top: 5px; margin-bottom: 10px">
                <span class="text data" id="company-type-value">
                  ${esc(o.type)}
                </span>${o.cic ? `
                <span class="normal" id="cic-indicator">&mdash; Community Interest Company (CIC)</span>` : ''}
              </dd>
            </dl>
            <dl class="column-third">
              <dt id="company-birth-type">${o.birthLabel ?? 'Incorporated on'}</dt>
              <dd class="data" id="company-creation-date">${longDate(o.incorporated)}</dd>
            </dl>
          </div>`);
  const boxes: string[] = [];
  if (o.accounts) {
    const a = o.accounts;
    const lines = [summaryHeading('Accounts', a.overdue)];
    if (a.next) {
      lines.push(`              <p>
                ${a.first ? 'First' : 'Next'} accounts made up to
                <strong>${longDate(a.next)}</strong>${a.due ? `
                <br>
                due by
                <strong>${longDate(a.due)}</strong>` : ''}
              </p>`);
    }
    if (a.last) {
      lines.push(`              <p>
                Last accounts made up to
                <strong>${longDate(a.last)}</strong>
              </p>`);
    }
    boxes.push(`            <div class="column-half">\n${lines.join('\n')}\n            </div>`);
  }
  if (o.statement) {
    const s = o.statement;
    const ar = s.kind === 'Annual return';
    const lines = [summaryHeading(s.kind, s.overdue)];
    if (s.next) {
      const lead = ar ? `${s.first ? 'First' : 'Next'} annual return made up to` : `${s.first ? 'First' : 'Next'} statement date`;
      lines.push(`              <p>
                ${lead}
                <strong>${longDate(s.next)}</strong> <br>
                due by <strong>${longDate(s.due!)}</strong>
              </p>`);
    }
    if (s.last) {
      lines.push(`              <p>
                ${ar ? 'Last annual return made up to' : 'Last statement dated'} <strong>${longDate(s.last)}</strong>
              </p>`);
    }
    boxes.push(`            <div class="column-half">\n${lines.join('\n')}\n            </div>`);
  }
  out.push(`          <div class="grid-row">\n${boxes.join('\n')}\n          </div>`);
  out.push('          <h2 id="sic-title" class="heading-medium">Nature of business (SIC)</h2>');
  if (o.sic && o.sic.length > 0) {
    out.push(`          <ul>
${o.sic.map((s, i) => `            <li>
              <span id="sic${i}">
                ${esc(s)}
              </span>
            </li>`).join('\n')}
          </ul>`);
  } else {
    out.push('          <p id="no-sic" class="text">To be provided on next annual return.</p>');
  }
  if (o.previousNames?.length) {
    out.push(`          <h2 class="heading-medium" id="header">  Previous company names </h2>
          <table id="previousNameTable" class="full-width-table">
            <caption class="govuk-visually-hidden">Previous company names</caption>
            <tr>
              <th>Name</th>
              <th>Period</th>
            </tr>
${o.previousNames.map((p, i) => `            <tr>
              <td id="previous-name-${i + 1}">
                ${esc(p.name)}
              </td>
              <td id="previous-date-${i + 1}">
                ${shortDate(p.from)} -
                ${shortDate(p.to)}
              </td>
            </tr>`).join('\n')}
          </table>`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- filing history

interface FilingRow {
  /** Transaction id, shared by every page that lists the filing. */
  id?: string;
  date: string;
  type: string;
  /** HTML: the lead in <strong>, as the service renders descriptions. */
  description: string;
  pages?: number;
  ixbrl?: boolean;
  zip?: boolean;
  associated?: string[];
  /** No document: "being processed" or "not available" hint instead of links. */
  missing?: 'available_in_5_days' | 'unavailable';
}

const CATEGORIES: [string, string][] = [
  ['accounts', 'Accounts'], ['address', 'Address'], ['capital', 'Capital'], ['change-of-name', 'Change of name'],
  ['confirmation-statement', 'Confirmation statements / Annual returns'], ['incorporation', 'Incorporation'],
  ['mortgage', 'Charges'], ['officers', 'Officers'], ['persons-with-significant-control', 'Persons with significant control'],
  ['resolution', 'Resolutions'],
];

function filingHistoryContent(company: Company, rows: FilingRow[], current: number, last: number, checked: string[]): string {
  const base = `/company/${company.number}`;
  const filter = `          <div class="js-only">
            <form id="filing-history-filter" class="form grid-row font-xsmall">
              <fieldset class="govuk-!-margin-top-2">
                <legend class="govuk-visually-hidden">Filter by category</legend>
                <div class="column-quarter">
                  <h2 class="heading-medium govuk-!-margin-top-0 govuk-!-margin-bottom-3">Filter by category</h2>
                  <label for="show-filing-type" class="block-label selection-button-checkbox">
                    <input id="show-filing-type" type="checkbox" />
                    <strong>Show filing type</strong>
                  </label>
                </div>
                <div class="column-quarter">
                  <fieldset>
                    <legend class="govuk-visually-hidden">Confirmation statement filters</legend>
${CATEGORIES.map(([id, name]) => `                    <label for="filter-category-${id}" class="block-label selection-button-checkbox selection-button-checkbox-small">
                      <input id="filter-category-${id}" name="category" value="${id}" type="checkbox" ${checked.includes(id) ? 'checked' : ''} />
                      ${name}
                    </label>`).join('\n')}
                  </fieldset>
                  <input id="submit-filter-by-category" class="button js-hidden" type="submit" value="Apply filter"/>
                </div>
              </fieldset>
            </form>
          </div>`;
  const body = rows.map((row) => {
    const doc = `${base}/filing-history/${row.id ?? transactionId()}/document`;
    const pagesText = row.pages ? `${row.pages} ${row.pages === 1 ? 'page' : 'pages'}` : '';
    const associated = row.associated?.length
      ? `\n                  <ul>\n${row.associated.map((a) => `                    <li>${a}</li>`).join('\n')}\n                  </ul>`
      : '';
    const hint = row.missing === 'available_in_5_days'
      ? `\n                  <div class="form-hint">\n                    This document is being processed and will be available in 5 days.\n                  </div>`
      : row.missing === 'unavailable'
        ? `\n                  <div class="form-hint">\n                    This document is not available online but it may be possible to order a copy from the Contact Centre. Telephone +44(0)303 1234 500.\n                  </div>`
        : '';
    const links = row.missing
      ? ''
      : `
                  <div>
                    <a href="${doc}?format=pdf&amp;download=0" target="_blank" class="download">View PDF
                      <span class="visuallyhidden">${row.description} - link opens in a new window${pagesText ? ` - ${pagesText}` : ''}</span></a>
                    ${pagesText ? `(${pagesText})` : ''}</div>${row.ixbrl ? `
                  <div>
                    <a href="${doc}?format=xhtml&amp;download=1">Download iXBRL</a></div>` : ''}${row.zip ? `
                  <div>
                    <a href="${doc}?format=zip&amp;download=1">Download ZIP</a></div>` : ''}
                `;
    return `              <tr>
                <td class="nowrap">
                  ${shortDate(row.date)}
                </td>
                <td class="filing-type sft-toggled js-hidden">
                  ${row.type}
                </td>
                <td>
                  ${row.description}${associated}${hint}
                </td>
                <td class="nowrap">${links}</td>
              </tr>`;
  }).join('\n');
  return `${filter}
          <div id="filing-history-content">
            <p class="text">
              The filing history is available for this company.
            </p>
            <table id="fhTable" class="full-width-table">
              <caption class="visuallyhidden">Company Results (links open in a new window)</caption>
              <tr>
                <th class="nowrap">
                  Date <span class="visuallyhidden">(document was filed at Companies House)</span>
                </th>
                <th class="filing-type sft-toggled js-hidden">
                  Type
                </th>
                <th>
                  Description <span class="visuallyhidden">(of the document filed at Companies House)</span>
                </th>
                <th class="nowrap">
                  View / Download <span class="visuallyhidden">(PDF file, link opens in new window)</span>
                </th>
              </tr>
${body}
            </table>${pagination(`${base}/filing-history`, current, last, true)}
          </div>`;
}

// ---------------------------------------------------------------- officers

interface Appointment {
  name: string;
  id: string;
  role: string;
  appointed: string;
  resigned?: string;
  dob?: string;
  nationality?: string;
  country?: string;
  occupation?: string;
  address: string;
  corporate?: { kind: string; authority: string; legalForm: string; place: string; registration: string };
}

function peopleTabs(company: Company, active: 'officers' | 'pscs'): string {
  const base = `/company/${company.number}`;
  return `          <ul class="search-tabs">
            <li${active === 'officers' ? ' class="active"' : ''}><a id="officers-tab" href="${base}/officers">Officers</a></li>
            <li${active === 'pscs' ? ' class="active"' : ''}><a id="pscs-tab" href="${base}/persons-with-significant-control">Persons with significant control</a></li>
          </ul>`;
}

function quarter(label: string, id: string, value: string): string {
  return `                <dl class="column-quarter">
                  <dt>${label}</dt>
                  <dd id="${id}" class="data">
                    ${value}
                  </dd>
                </dl>`;
}

/** `closed`: the company is dissolved, so appointments still held show no status tag. */
function appointmentBlock(a: Appointment, n: number, closed: boolean): string {
  const tag = a.resigned
    ? `\n                    <span id="officer-status-tag-${n}" class="status-tag ceased-tag font-xsmall">Resigned</span>`
    : closed ? '' : `\n                    <span id="officer-status-tag-${n}" class="status-tag font-xsmall">Active</span>`;
  const dates = [
    a.dob ? quarter('Date of birth', `officer-date-of-birth-${n}`, monthYear(a.dob)) : '',
    quarter('Appointed on', `officer-appointed-on-${n}`, longDate(a.appointed)),
    a.resigned ? quarter('Resigned on', `officer-resigned-on-${n}`, longDate(a.resigned)) : '',
  ].filter(Boolean).join('\n');
  const details = [
    a.nationality ? quarter('Nationality', `officer-nationality-${n}`, esc(a.nationality)) : '',
    a.country ? quarter('Country of residence', `officer-country-of-residence-${n}`, esc(a.country)) : '',
    a.occupation ? quarter('Occupation', `officer-occupation-${n}`, esc(a.occupation)) : '',
  ].filter(Boolean).join('\n');
  const corporate = a.corporate ? `
              <h3 class="">${a.corporate.kind} <a href="/help/corporate-officer-identification-type">What's this?</a></h3>
              <div class="grid-row">
${quarter('Law governed', `officer-legal-authority-${n}`, esc(a.corporate.authority))}
${quarter('Legal form', `officer-legal-form-${n}`, esc(a.corporate.legalForm))}
${quarter('Place registered', `officer-register-location-${n}`, esc(a.corporate.place))}
              </div>
              <div class="grid-row">
${quarter('Registration number', `officer-registration-number-${n}`, esc(a.corporate.registration))}
              </div>` : '';
  return `            <div class="appointment-${n}">
              <h2 class="heading-medium${n > 1 ? ' heading-with-border' : ''}">
                <span id="officer-name-${n}">
                  <a class="govuk-link" href="/officers/${a.id}/appointments">${esc(a.name)}</a>
                </span>
              </h2>
              <dl>
                <dt id="officer-address-field-${n}">Correspondence address</dt>
                <dd class="data" id="officer-address-value-${n}">
                  ${esc(a.address)}
                </dd>
              </dl>
              <div class="grid-row">
                <dl class="column-quarter">
                  <dt>Role${tag}
                  </dt>
                  <dd id="officer-role-${n}" class="data">
                    ${a.role}
                  </dd>
                </dl>
${dates}
              </div>
              <div class="grid-row">
${details}
              </div>${corporate}
            </div>`;
}

function officersContent(company: Company, list: Appointment[], counts: string, current: number, last: number,
  opts: { activeOnly?: boolean; closed?: boolean } = {}): string {
  return `${peopleTabs(company, 'officers')}
          <div class="js-only">
            <form id="officer-filter" class="form grid-row">
              <div class="column-half">
                <h2 class="heading-medium filter-appointments" id="officer-filter-h2">
                  Filter officers
                </h2>
                <fieldset>
                  <legend class="govuk-visually-hidden">Filter officers</legend>
                  <label for="officer-category-active" class="block-label selection-button-checkbox">
                    <input id="officer-category-active" name="filter" value="active" type="checkbox" ${opts.activeOnly ? 'checked' : ''} />
                    Current officers
                  </label>
                </fieldset>
                <input class="button js-hidden" type="submit" value="Apply filter">
              </div>
            </form>
          </div>
          <h2 class="heading-medium" id="company-appointments">
            <span class="govuk-visually-hidden">Officers:</span> ${counts}
          </h2>
          <div class="appointments-list">
${list.map((a, i) => appointmentBlock(a, i + 1, opts.closed ?? false)).join('\n')}
          </div>${pagination(`/company/${company.number}/officers`, current, last, false)}`;
}

// ---------------------------------------------------------------- persons with significant control

type PscEntry =
  | { statement: string; notified: string; ceased?: string }
  | {
    name: string; notified: string; ceased?: string; dob?: string; nationality?: string; country?: string;
    address: string; natures: [string, string][];
    corporate?: { authority: string; legalForm: string; place: string; registration: string; countryRegistered: string };
  };

function pscContent(company: Company, entries: PscEntry[], summary: string | null): string {
  const blocks = entries.map((e, i) => {
    const n = i + 1;
    const headClass = `heading-medium${n > 1 ? ' heading-with-border' : ''}`;
    if ('statement' in e) {
      return `            <div class="appointment-${n}">
              <h2 class="${headClass}">
                <span id="psc-statement-label-${n}">
                  Statement
                </span>
                ${e.ceased
    ? `<span id="statement-status-tag-${n}" class="status-tag ceased-tag font-xsmall">Withdrawn</span>`
    : `<span id="statement-status-tag-${n}" class="status-tag font-xsmall">Active</span>`}
              </h2>
              <div class="grid-row">
                <dl class="column-half">
                  <dd id="psc-statement-${n}" class="data">
                    ${esc(e.statement)}
                  </dd>
                </dl>
${quarter('Notified on', `psc-statement-notified-on-${n}`, longDate(e.notified))}${e.ceased ? `\n${quarter('Withdrawn on', `psc-statement-ceased-on-${n}`, longDate(e.ceased))}` : ''}
              </div>
            </div>`;
    }
    const half = (label: string, id: string, value: string) => `                <dl class="column-half">
                  <dt>${label}</dt>
                  <dd id="${id}" class="data">
                    ${esc(value)}
                  </dd>
                </dl>`;
    const corp = e.corporate;
    return `            <div class="appointment-${n}">
              <h2 class="${headClass}">
                <span id="psc-name-${n}">
                  <span><b>${esc(e.name)}</b></span>
                </span>
                ${e.ceased
    ? `<span id="psc-status-tag-${n}" class="status-tag ceased-tag font-xsmall">Ceased</span>`
    : `<span id="psc-status-tag-${n}" class="status-tag font-xsmall">Active</span>`}
              </h2>
              <dl>
                <dt id="psc-address-field-${n}">Correspondence address</dt>
                <dd class="data" id="psc-address-value-${n}">
                  ${esc(e.address)}
                </dd>
              </dl>
              <div class="grid-row">
${[
    quarter('Notified on', `psc-notified-on-${n}`, longDate(e.notified)),
    e.ceased ? quarter('Ceased on', `psc-ceased-on-${n}`, longDate(e.ceased)) : '',
    e.dob ? quarter('Date of birth', `psc-date-of-birth-${n}`, monthYear(e.dob)) : '',
    e.nationality ? quarter('Nationality', `psc-nationality-${n}`, esc(e.nationality)) : '',
  ].filter(Boolean).join('\n')}
              </div>${corp ? `
              <div class="grid-row">
${half('Governing law', `psc-legal-authority-${n}`, corp.authority)}
${half('Legal form', `psc-legal-form-${n}`, corp.legalForm)}
              </div>
              <div class="grid-row">
${half('Place registered', `psc-place-registered-${n}`, corp.place)}
${half('Registration number', `psc-registration-number-${n}`, corp.registration)}
              </div>` : ''}
              <div class="grid-row">
${[
    e.country ? half('Country of residence', `psc-country-of-residence-${n}`, e.country) : '',
    corp ? half('Incorporated in', `psc-country-registered-${n}`, corp.countryRegistered) : '',
  ].filter(Boolean).join('\n')}
              </div>
              <div class="grid-row">
                <dl class="column-full">
                  <dt>Nature of control</dt>
${e.natures.map(([code, text]) => `                  <dd id="psc-noc-${n}-${code}" class="data">
                    ${esc(text)}
                  </dd>`).join('\n')}
                </dl>
              </div>
            </div>`;
  }).join('\n');
  const head = summary === null
    ? `          <p class="text" id="no-pscs">
            There are no persons with significant control or statements available for this company.
          </p>`
    : `          <p class="heading-medium total-appointments" id="company-pscs">
            <span class="govuk-visually-hidden">Persons with significant control:</span>
            ${summary}
          </p>`;
  return `${peopleTabs(company, 'pscs')}
${head}
          <div class="appointments-list">
${blocks}
          </div>`;
}

// ---------------------------------------------------------------- the companies

const NORTHFIELD: Company = { name: 'NORTHFIELD GP FEDERATION LIMITED', number: '09876543', charges: true };
const NORTHFIELD_OFFICE = 'Unit 4 Northfield Business Park, Mill Lane, Leeds, England, LS12 4AB';

const northfieldOverview: Overview = {
  address: NORTHFIELD_OFFICE,
  status: 'Active',
  type: 'Private company limited by guarantee without share capital',
  incorporated: '2014-09-12',
  accounts: { next: '2026-03-31', due: '2026-12-31', last: '2025-03-31' },
  statement: { kind: 'Confirmation statement', next: '2026-09-11', due: '2026-09-25', last: '2025-09-11' },
  sic: ['86210 - General medical practice activities', '86900 - Other human health activities'],
  previousNames: [{ name: 'NORTHFIELD HEALTHCARE ALLIANCE LIMITED', from: '2014-09-12', to: '2016-03-03' }],
};

const patelId = officerId();
const brennanId = officerId();
type Person = Omit<Appointment, 'id' | 'address'> & { id?: string };
const director = (name: string, appointed: string, resigned: string | undefined, dob: string, occupation: string,
  nationality = 'British', country = 'England'): Person =>
  ({ name, role: 'Director', appointed, resigned, dob, occupation, nationality, country });

const northfieldPeople: Person[] = [
  {
    name: 'HALLAM COMPANY SECRETARIES LIMITED', role: 'Corporate Secretary', appointed: '2019-04-01',
    corporate: {
      kind: 'UK Limited Company', authority: 'Companies Act 2006', legalForm: 'Limited Company',
      place: 'Companies House England And Wales', registration: '05123456',
    },
  },
  { ...director('BRENNAN, Oliver James', '2026-08-17', undefined, '1981-02-01', 'General Practitioner'), id: brennanId },
  { ...director('PATEL, Anjali Ramesh', '2014-09-12', undefined, '1972-05-01', 'General Practitioner'), id: patelId },
  director('OKONKWO, Chiamaka Grace', '2016-10-04', undefined, '1979-08-01', 'GP Partner'),
  director('HARGREAVES, Peter John', '2015-06-15', undefined, '1961-11-01', 'Practice Manager'),
  director('SINGH, Harpreet Kaur', '2018-01-22', undefined, '1984-06-01', 'General Practitioner'),
  director('WHITAKER, Joanne Elizabeth', '2019-04-01', undefined, '1970-03-01', 'Chief Executive'),
  director('MAHMOOD, Tariq', '2020-02-03', undefined, '1976-09-01', 'Pharmacist'),
  director("O'BRIEN, Siobhan Mary", '2021-05-10', undefined, '1982-12-01', 'Advanced Nurse Practitioner', 'Irish'),
  director('CHEN, Wei', '2021-11-01', undefined, '1988-04-01', 'General Practitioner'),
  director('DAWSON, Richard Mark', '2022-06-06', undefined, '1965-07-01', 'Chartered Accountant'),
  director('KOWALSKA, Agnieszka', '2023-01-16', undefined, '1986-10-01', 'Practice Manager', 'Polish'),
  director('ADEYEMI, Oluwaseun', '2023-09-04', undefined, '1990-01-01', 'Salaried GP'),
  director('FLETCHER, Emma Louise', '2024-04-02', undefined, '1978-05-01', 'Finance Director'),
  director('RAHMAN, Nazia', '2024-10-07', undefined, '1987-02-01', 'General Practitioner'),
  director('THORNTON, Gareth', '2025-01-13', undefined, '1969-08-01', 'Retired'),
  director('MCALLISTER, Fiona Jane', '2025-10-01', undefined, '1975-03-01', 'Clinical Director', 'British', 'Scotland'),
  director('NAYAK, Vikram', '2026-03-02', undefined, '1983-11-01', 'General Practitioner', 'Indian'),
  // Resigned, most recent first.
  director('IQBAL, Zahid', '2023-09-04', '2026-01-31', '1985-10-01', 'General Practitioner'),
  director('TAYLOR, Mark Steven', '2024-04-02', '2025-12-31', '1974-02-01', 'Operations Director'),
  director('WHITFIELD, Sarah Louise', '2014-09-12', '2025-09-30', '1966-06-01', 'General Practitioner'),
  director('AKHTAR, Samina', '2023-01-16', '2025-06-30', '1989-03-01', 'General Practitioner'),
  director('DIXON, Paul', '2022-06-06', '2024-12-31', '1967-09-01', 'General Practitioner'),
  director('SHAW, Rebecca', '2021-05-10', '2024-09-30', '1983-04-01', 'Practice Manager'),
  director('NWOSU, Ifeoma', '2020-02-03', '2024-03-31', '1981-06-01', 'Pharmacist', 'Nigerian'),
  { ...director('BRENNAN, Oliver James', '2018-01-22', '2023-08-31', '1981-02-01', 'General Practitioner'), id: brennanId },
  director('WALSH, Bernadette', '2022-06-06', '2023-03-31', '1959-07-01', 'Registered Nurse', 'Irish'),
  director('GRANT, Hamish', '2020-02-03', '2022-12-31', '1976-01-01', 'GP Partner', 'British', 'Scotland'),
  director('JACKSON, Thomas William', '2017-03-01', '2022-05-31', '1963-12-01', 'Chief Executive'),
  director('ROBERTS, Gwyneth', '2019-04-01', '2021-10-31', '1960-08-01', 'Retired', 'Welsh', 'Wales'),
  director('PATEL, Ravi', '2016-10-04', '2021-04-30', '1977-07-01', 'General Practitioner'),
  director('ANDERSON, Keith', '2019-04-01', '2020-09-30', '1972-11-01', 'Finance Director'),
  director('HUSSAIN, Shabana', '2015-06-15', '2020-01-31', '1980-03-01', 'General Practitioner'),
  director('LEE, Sunita', '2018-01-22', '2019-12-31', '1985-05-01', 'General Practitioner'),
  director('EVANS, Catherine', '2016-10-04', '2019-06-30', '1969-02-01', 'Nurse', 'British', 'Wales'),
  // The same person as the active director above: secretary until the corporate secretary took over.
  { name: 'PATEL, Anjali Ramesh', role: 'Secretary', appointed: '2014-09-12', resigned: '2019-03-31', id: patelId },
  director('KHAN, Imran', '2014-09-12', '2018-03-31', '1971-04-01', 'General Practitioner'),
  director('MORTON, Daniel Paul', '2015-06-15', '2017-12-31', '1974-10-01', 'Accountant'),
  director('BRIGGS, Andrew', '2014-09-12', '2016-09-30', '1958-01-01', 'General Practitioner'),
  director('LOCKWOOD, Margaret Anne', '2014-09-12', '2015-05-31', '1955-09-01', 'Practice Manager'),
];
const northfieldAppointments: Appointment[] = northfieldPeople.map((p) => ({
  ...p,
  id: p.id ?? officerId(),
  address: p.corporate ? '2 Wellington Place, Leeds, England, LS1 4AP' : NORTHFIELD_OFFICE,
}));

/** "Anjali Ramesh Patel" from "PATEL, Anjali Ramesh"; "Hallam Company Secretaries Limited" for a company. */
function filingName(a: Appointment): string {
  const [surname, forenames] = a.name.split(', ');
  const title = (s: string) => s.toLowerCase().replace(/(^|[\s'-])\w/g, (c) => c.toUpperCase());
  if (!forenames) return title(a.name);
  const doctor = /^(General Practitioner|GP Partner|Salaried GP|Clinical Director)$/.test(a.occupation ?? '') ? 'Dr ' : '';
  return `${doctor}${forenames} ${title(surname!)}`;
}

function northfieldFilings(): FilingRow[] {
  const rows: FilingRow[] = [
    { date: '2014-09-12', type: 'NEWINC', description: '<strong>Incorporation</strong>', pages: 28,
      associated: ['<strong>Statement of guarantee</strong> by members'] },
    { date: '2015-02-10', type: 'AA01', description: '<strong>Current accounting period shortened from 30 September 2015 to 31 March 2015</strong>', pages: 1 },
    { date: '2015-09-21', type: 'AR01', description: '<strong>Annual return</strong> made up to 12 September 2015 no member list', pages: 4 },
    { date: '2016-03-03', type: 'CERTNM', description: '<strong>Company name changed</strong> northfield healthcare alliance limited\\certificate issued on 03/03/16', pages: 3,
      associated: ['<strong>Change of name notice</strong>'] },
    { date: '2016-09-20', type: 'PSC08', description: '<strong>Notification of a person with significant control statement</strong>', pages: 2 },
    { date: '2017-05-08', type: 'AD01', description: '<strong>Registered office address changed</strong> from 14 Chapel Street Leeds LS6 3BW to Unit 4 Northfield Business Park Mill Lane Leeds LS12 4AB on 8 May 2017', pages: 1 },
    { date: '2019-08-12', type: 'MR01', description: '<strong>Registration of charge 098765430001, created on 5 August 2019</strong>', pages: 25 },
    { date: '2024-02-20', type: 'MR04', description: '<strong>Satisfaction of charge 098765430001 in full</strong>', pages: 4 },
    { date: '2019-04-05', type: 'AP04', description: '<strong>Appointment of Hallam Company Secretaries Limited as a secretary on 1 April 2019</strong>', pages: 2 },
    { date: '2019-04-05', type: 'TM02', description: '<strong>Termination of appointment of Anjali Ramesh Patel as a secretary on 31 March 2019</strong>', pages: 1 },
    { date: '2020-01-15', type: 'CH01', description: '<strong>Director&#39;s details changed for Dr Anjali Ramesh Patel</strong> on 15 January 2020', pages: 2 },
    { date: '2025-06-03', type: 'CH01', description: '<strong>Director&#39;s details changed for Dr Chiamaka Grace Okonkwo</strong> on 1 June 2025', pages: 2 },
    // Accounts: PDF only in the early years, iXBRL or ZIP since, one amendment.
    { date: '2015-12-18', type: 'AA', description: '<strong>Total exemption small company accounts</strong> made up to 31 March 2015', pages: 6 },
    { date: '2016-12-20', type: 'AA', description: '<strong>Total exemption small company accounts</strong> made up to 31 March 2016', pages: 7 },
    { date: '2017-12-15', type: 'AA', description: '<strong>Total exemption full accounts</strong> made up to 31 March 2017', pages: 9, ixbrl: true },
    { date: '2018-12-19', type: 'AA', description: '<strong>Accounts for a small company</strong> made up to 31 March 2018', pages: 18 },
    { date: '2019-02-11', type: 'AAMD', description: '<strong>Amended accounts for a small company</strong> made up to 31 March 2018', pages: 18 },
    { date: '2019-12-17', type: 'AA', description: '<strong>Full accounts</strong> made up to 31 March 2019', pages: 24 },
    { date: '2020-12-22', type: 'AA', description: '<strong>Accounts for a small company</strong> made up to 31 March 2020', pages: 20, ixbrl: true },
    { date: '2021-12-21', type: 'AA', description: '<strong>Unaudited abridged accounts</strong> made up to 31 March 2021', pages: 8, ixbrl: true },
    { date: '2022-12-20', type: 'AA', description: '<strong>Micro company accounts</strong> made up to 31 March 2022', pages: 4, ixbrl: true },
    { date: '2023-12-19', type: 'AA', description: '<strong>Total exemption full accounts</strong> made up to 31 March 2023', pages: 11, zip: true },
    { date: '2024-12-17', type: 'AA', description: '<strong>Total exemption full accounts</strong> made up to 31 March 2024', pages: 13, ixbrl: true },
    { date: '2025-12-16', type: 'AA', description: '<strong>Total exemption full accounts</strong> made up to 31 March 2025', pages: 14, ixbrl: true },
  ];
  for (let year = 2016; year <= 2025; year++) {
    rows.push({
      date: `${year}-09-${year === 2016 ? 20 : 18}`,
      type: 'CS01',
      description: `<strong>Confirmation statement</strong> made on 11 September ${year} with ${year === 2016 ? 'updates' : 'no updates'}`,
      pages: year === 2016 ? 5 : 3,
    });
  }
  // The most recent appointments and resignations (the rest are on pages this fixture leaves out of scope).
  const directors = northfieldAppointments.filter((a) => a.role === 'Director');
  const appointed = directors.filter((a) => a.appointed > '2014-09-12')
    .sort((a, b) => b.appointed.localeCompare(a.appointed)).slice(0, 13);
  for (const a of appointed) {
    const filed = new Date(Date.parse(a.appointed) + 7 * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      date: filed, type: 'AP01', pages: 2,
      description: `<strong>Appointment of ${esc(filingName(a))} as a director</strong> on ${longDate(a.appointed)}`,
      // The newest filing has no document yet.
      ...(a.appointed === '2026-08-17' ? { missing: 'available_in_5_days' as const, pages: undefined } : {}),
    });
  }
  const resigned = directors.filter((a) => a.resigned)
    .sort((a, b) => b.resigned!.localeCompare(a.resigned!)).slice(0, 13);
  for (const a of resigned) {
    const filed = new Date(Date.parse(a.resigned!) + 5 * 86_400_000).toISOString().slice(0, 10);
    rows.push({
      date: filed, type: 'TM01', pages: 1,
      description: `<strong>Termination of appointment of ${esc(filingName(a))} as a director</strong> on ${longDate(a.resigned!)}`,
    });
  }
  // Newest first, as the service lists them.
  return rows.sort((a, b) => b.date.localeCompare(a.date));
}

const HOLLINS: Company = { name: 'HOLLINS VALLEY PRIMARY CARE LIMITED', number: '08123456', insolvency: true };
const hollinsOverview: Overview = {
  address: 'C/O Begbies Traynor, 4th Floor, 340 Deansgate, Manchester, M3 4LY',
  status: 'Dissolved',
  closed: { label: 'Dissolved on', date: '2023-03-14' },
  type: 'Private limited Company',
  incorporated: '2012-07-03',
  accounts: { last: '2020-03-31' },
  statement: { kind: 'Confirmation statement', last: '2020-07-03' },
  sic: ['86210 - General medical practice activities'],
};
const hollinsAppointments: Appointment[] = [
  { name: 'FAIRBROTHER, Nigel', role: 'Director', appointed: '2012-07-03', dob: '1960-04-01', nationality: 'British', country: 'England', occupation: 'General Practitioner' },
  { name: 'QUINN, Deborah Ann', role: 'Director', appointed: '2012-07-03', dob: '1968-10-01', nationality: 'British', country: 'England', occupation: 'Practice Manager' },
  { name: 'QUINN, Deborah Ann', role: 'Secretary', appointed: '2012-07-03' },
  { name: 'ASHWORTH, Malcolm', role: 'Director', appointed: '2012-07-03', resigned: '2019-11-30', dob: '1954-01-01', nationality: 'British', country: 'England', occupation: 'General Practitioner' },
  { name: 'BHATT, Priya', role: 'Director', appointed: '2016-05-01', resigned: '2020-06-30', dob: '1983-07-01', nationality: 'British', country: 'England', occupation: 'Salaried GP' },
].map((a) => ({ ...a, id: officerId(), address: 'C/O Begbies Traynor, 4th Floor, 340 Deansgate, Manchester, M3 4LY' }));
// Deborah Quinn holds two appointments: one officer id.
hollinsAppointments[2]!.id = hollinsAppointments[1]!.id;

const ASHBY: Company = { name: 'ASHBY PRIMARY CARE LIMITED', number: '05432109' };
const ashbyOverview: Overview = {
  address: 'The Health Centre, Market Street, Ashby-de-la-Zouch, Leicestershire, LE65 1AG',
  status: 'Active',
  type: 'Private limited Company',
  incorporated: '2005-04-20',
  accounts: { next: '2026-04-30', due: '2027-01-31', last: '2025-04-30' },
  statement: { kind: 'Confirmation statement', next: '2027-04-20', due: '2027-05-04', last: '2026-04-20' },
  sic: null,
};

const EASTGATE: Company = {
  name: 'EASTGATE HEALTH PARTNERSHIP LIMITED', number: '07654321',
  annotations: ['The registered office address of this company has been changed to the Companies House default address.'],
};
const eastgateOverview: Overview = {
  address: 'PO Box 4385, 07654321 - Companies House Default Address, Cardiff, CF14 8LH',
  status: 'Active',
  statusDetail: 'Active proposal to strike off',
  type: 'Private limited Company',
  incorporated: '2011-06-09',
  accounts: { overdue: true, next: '2025-03-31', due: '2025-12-31', last: '2024-03-31' },
  statement: { kind: 'Confirmation statement', overdue: true, next: '2026-06-09', due: '2026-06-23', last: '2025-06-09' },
  sic: ['86210 - General medical practice activities', '86220 - Specialists medical practice activities'],
};

const PENNINE: Company = { name: 'PENNINE DOCTORS CO-OPERATIVE LIMITED', number: '03456789' };
const pennineOverview: Overview = {
  address: 'Holmfield House, 2 Halifax Road, Huddersfield, West Yorkshire, HD3 3BS',
  status: 'Dissolved',
  closed: { label: 'Dissolved on', date: '2016-09-20' },
  type: 'Private company limited by guarantee without share capital',
  incorporated: '1997-10-15',
  accounts: { last: '2015-03-31' },
  statement: { kind: 'Annual return', next: '2016-10-15', due: '2016-11-12', last: '2015-10-15' },
  sic: ['86900 - Other human health activities'],
  previousNames: [
    { name: "PENNINE DOCTORS' CO-OPERATIVE LIMITED", from: '2004-04-01', to: '2009-12-14' },
    { name: 'PENNINE OUT OF HOURS CO-OPERATIVE LIMITED', from: '1997-10-15', to: '2004-04-01' },
  ],
};

const RIVERSIDE: Company = { name: 'RIVERSIDE COMMUNITY HEALTH C.I.C.', number: '16712345' };
const RIVERSIDE_OFFICE = 'The Boathouse, 12 Riverside Walk, Bristol, England, BS1 6HQ';
const riversideOverview: Overview = {
  address: RIVERSIDE_OFFICE,
  status: 'Active',
  type: 'Private company limited by guarantee without share capital',
  cic: true,
  incorporated: '2025-09-14',
  accounts: { first: true, next: '2026-09-30', due: '2027-06-14' },
  statement: { kind: 'Confirmation statement', first: true, next: '2026-09-13', due: '2026-09-27' },
  sic: ['86900 - Other human health activities', '88990 - Other social work activities without accommodation n.e.c.'],
};
const riversideAppointments: Appointment[] = [
  { name: 'OKAFOR, Helen Margaret', role: 'Director', appointed: '2025-09-14', dob: '1974-03-01', nationality: 'British', country: 'England', occupation: 'General Practitioner' },
  { name: 'DUNCAN, Mairi', role: 'Director', appointed: '2025-09-14', dob: '1980-05-01', nationality: 'British', country: 'England', occupation: 'Community Nurse' },
  { name: 'PRICE, Jonathan', role: 'Director', appointed: '2025-09-14', dob: '1958-12-01', nationality: 'British', country: 'Wales', occupation: 'Retired Headteacher' },
  { name: 'YUSUF, Amina', role: 'Director', appointed: '2025-11-03', dob: '1991-09-01', nationality: 'Somali', country: 'England', occupation: 'Social Prescriber' },
  { name: 'OKAFOR, Helen Margaret', role: 'Secretary', appointed: '2025-09-14' },
].map((a) => ({ ...a, id: officerId(), address: RIVERSIDE_OFFICE }));
riversideAppointments[4]!.id = riversideAppointments[0]!.id;

const NO_REGISTRABLE_PERSON = 'The company knows or has reasonable cause to believe that there is no registrable person or registrable relevant legal entity in relation to the company';

// ---------------------------------------------------------------- writing

interface ManifestEntry {
  file: string;
  url: string;
  covers: string;
}

const written: ManifestEntry[] = [];

function write(file: string, url: string, covers: string, html: string): void {
  writeFileSync(join(DIR, file), html);
  written.push({ file, url, covers });
}

function main(): void {
  const fh = `${HOST}/company/${NORTHFIELD.number}/filing-history`;
  const off = `${HOST}/company/${NORTHFIELD.number}/officers`;

  write('northfield-overview.html', `${HOST}/company/${NORTHFIELD.number}`,
    'GP federation overview: limited by guarantee, two SIC codes, a previous name, next/last accounts and statement, charges tab',
    page(NORTHFIELD, 'company_profile', 'company-overview-tab', overviewContent(northfieldOverview)));

  const filings = northfieldFilings().map((f) => ({ ...f, id: transactionId() }));
  if (filings.length !== 60) throw new Error(`expected 60 filings, made ${filings.length}`);
  for (let p = 1; p <= 3; p++) {
    write(`northfield-filing-history-${p}.html`, p === 1 ? fh : `${fh}?page=${p}`,
      `filing history page ${p} of 3 (60 filings, 25 a page): ${[
        'AP01 still being processed (no document, no transaction id), total exemption full AA with iXBRL, AA with a ZIP link, CS01, AP01, TM01, CH01, MR04',
        'micro, unaudited abridged and small AA with iXBRL; full and small AA as PDF only; AAMD; AP04/TM02; MR01; CH01',
        'last page (10 rows, no Next link): total exemption small AA as PDF only, AD01, PSC08, CERTNM and NEWINC with associated filings (nested ul), AR01 (made up to date), AA01',
      ][p - 1]}`,
      page(NORTHFIELD, 'company_filing_history', 'filing-history-tab',
        filingHistoryContent(NORTHFIELD, filings.slice((p - 1) * 25, p * 25), p, 3, [])));
  }
  write('northfield-filing-history-filtered.html', fh,
    'filing history with the Accounts category checked (filtered view; the URL does not show it)',
    page(NORTHFIELD, 'company_filing_history', 'filing-history-tab',
      filingHistoryContent(NORTHFIELD, filings.filter((f) => /^AA/.test(f.type)), 1, 1, ['accounts'])));

  write('northfield-officers-1.html', off,
    'officers page 1 of 2 (35 of 40 appointments): active and resigned, corporate secretary, GP occupations, the same person as director and former secretary, a re-appointed director, a name with an apostrophe',
    page(NORTHFIELD, 'company_officers', 'people-tab',
      officersContent(NORTHFIELD, northfieldAppointments.slice(0, 35), '40 officers / 22 resignations', 1, 2)));
  write('northfield-officers-2.html', `${off}?page=2`,
    'officers page 2 of 2 (5 appointments, numbering restarts at 1; pagination links without ids)',
    page(NORTHFIELD, 'company_officers', 'people-tab',
      officersContent(NORTHFIELD, northfieldAppointments.slice(35), '40 officers / 22 resignations', 2, 2)));

  write('northfield-psc.html', `${HOST}/company/${NORTHFIELD.number}/persons-with-significant-control`,
    'PSC page with one statement (no registrable person), as member-owned federations usually have',
    page(NORTHFIELD, 'list_pscs', 'people-tab', pscContent(NORTHFIELD,
      [{ statement: NO_REGISTRABLE_PERSON, notified: '2016-09-11' }],
      '0 active persons with significant control / 1 active statement')));

  write('hollins-dissolved-overview.html', `${HOST}/company/${HOLLINS.number}`,
    'dissolved company: "Dissolved on", last accounts and statement only, insolvency tab, c/o address',
    page(HOLLINS, 'company_profile', 'company-overview-tab', overviewContent(hollinsOverview)));
  write('hollins-dissolved-officers.html', `${HOST}/company/${HOLLINS.number}/officers`,
    'officers of a dissolved company: appointments held at dissolution have no status tag (status null); resigned ones keep their tag; one person as director and secretary',
    page(HOLLINS, 'company_officers', 'people-tab',
      officersContent(HOLLINS, hollinsAppointments, '5 officers / 2 resignations', 1, 1, { closed: true })));

  write('ashby-no-sic-overview.html', `${HOST}/company/${ASHBY.number}`,
    'company with no SIC codes on record (p#no-sic)',
    page(ASHBY, 'company_profile', 'company-overview-tab', overviewContent(ashbyOverview)));
  write('ashby-psc.html', `${HOST}/company/${ASHBY.number}/persons-with-significant-control`,
    'PSC page with no PSCs or statements (p#no-pscs)',
    page(ASHBY, 'list_pscs', 'people-tab', pscContent(ASHBY, [], null)));

  write('eastgate-overdue-overview.html', `${HOST}/company/${EASTGATE.number}`,
    'overdue accounts and confirmation statement (help-notice boxes), status detail "Active proposal to strike off", a corporate annotation, default registered office',
    page(EASTGATE, 'company_profile', 'company-overview-tab', overviewContent(eastgateOverview)));

  write('pennine-annual-return-overview.html', `${HOST}/company/${PENNINE.number}`,
    'company dissolved in 2016 showing an "Annual return" box instead of a confirmation statement; two previous names, one with an apostrophe',
    page(PENNINE, 'company_profile', 'company-overview-tab', overviewContent(pennineOverview)));

  write('riverside-cic-overview.html', `${HOST}/company/${RIVERSIDE.number}`,
    'community interest company (span#cic-indicator), first accounts and first statement not yet due',
    page(RIVERSIDE, 'company_profile', 'company-overview-tab', overviewContent(riversideOverview)));
  write('riverside-cic-officers-current.html', `${HOST}/company/${RIVERSIDE.number}/officers`,
    'officers with the "Current officers" filter checked (" 5 current officers", activeOnly)',
    page(RIVERSIDE, 'company_officers', 'people-tab',
      officersContent(RIVERSIDE, riversideAppointments, '5 current officers', 1, 1, { activeOnly: true })));
  write('riverside-cic-psc.html', `${HOST}/company/${RIVERSIDE.number}/persons-with-significant-control`,
    'PSC page with an individual (Dr, date of birth, natures of control) and a ceased corporate entity',
    page(RIVERSIDE, 'list_pscs', 'people-tab', pscContent(RIVERSIDE, [
      {
        name: 'Dr Helen Margaret Okafor', notified: '2025-09-14', dob: '1974-03-01', nationality: 'British',
        country: 'England', address: RIVERSIDE_OFFICE,
        natures: [
          ['voting-rights-25-to-50-percent', 'Ownership of voting rights - More than 25% but not more than 50%'],
          ['right-to-appoint-and-remove-directors', 'Right to appoint or remove directors'],
        ],
      },
      {
        name: 'RIVERSIDE HEALTH HOLDINGS LIMITED', notified: '2025-09-14', ceased: '2025-12-01',
        address: '1 Temple Quay, Bristol, England, BS1 6DG',
        corporate: {
          authority: 'Companies Act 2006', legalForm: 'Private Limited Company', place: 'Companies House',
          registration: '12345670', countryRegistered: 'England',
        },
        natures: [['voting-rights-25-to-50-percent', 'Ownership of voting rights - More than 25% but not more than 50%']],
      },
    ], '1 active person with significant control / 0 active statements')));

  // Keep manifest entries for fixtures this script does not make (pages saved by hand).
  const manifestPath = join(DIR, 'manifest.json');
  const previous: ManifestEntry[] = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { fixtures: ManifestEntry[] }).fixtures
    : [];
  const ours = new Set(written.map((w) => w.file));
  const fixtures = [...written, ...previous.filter((p) => !ours.has(p.file))];
  writeFileSync(manifestPath, JSON.stringify({ fixtures }, null, 2) + '\n');
  process.stdout.write(`wrote ${written.length} fixtures to ${DIR}\n`);
}

main();
