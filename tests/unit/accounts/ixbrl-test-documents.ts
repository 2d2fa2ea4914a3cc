import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { extractIxbrlAccounts } from '../../../utils/accounts/ixbrl';
import type { AccountsExtract } from '../../../utils/accounts/records';

/**
 * Small inline XBRL documents for one rule each: the caller writes only the facts (and contexts when the rule
 * is about them); the envelope is the usual FRC one with `core:` / `bus:` prefixes and four contexts:
 * `cy` / `py` (years to 31 March 2025 / 2024) and `cy-end` / `py-end` (those balance sheet dates).
 */

export const NAMESPACES: Record<string, string> = {
  ix: 'http://www.xbrl.org/2013/inlineXBRL',
  ixt: 'http://www.xbrl.org/inlineXBRL/transformation/2010-04-20',
  ixt2: 'http://www.xbrl.org/inlineXBRL/transformation/2011-07-31',
  ixt3: 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
  ixt4: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  xbrli: 'http://www.xbrl.org/2003/instance',
  xbrldi: 'http://xbrl.org/2006/xbrldi',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
  core: 'http://xbrl.frc.org.uk/fr/2022-01-01/core',
  bus: 'http://xbrl.frc.org.uk/cd/2022-01-01/business',
};

const ENTITY = '<xbrli:entity><xbrli:identifier scheme="http://www.companieshouse.gov.uk/">12345678</xbrli:identifier></xbrli:entity>';

export function durationContext(id: string, start: string, end: string, member?: string): string {
  const entity = member
    ? ENTITY.replace(
        '</xbrli:entity>',
        `<xbrli:segment><xbrldi:explicitMember dimension="bus:SomeDimension">${member}</xbrldi:explicitMember></xbrli:segment></xbrli:entity>`,
      )
    : ENTITY;
  return `<xbrli:context id="${id}">${entity}<xbrli:period><xbrli:startDate>${start}</xbrli:startDate><xbrli:endDate>${end}</xbrli:endDate></xbrli:period></xbrli:context>`;
}

export function instantContext(id: string, date: string): string {
  return `<xbrli:context id="${id}">${ENTITY}<xbrli:period><xbrli:instant>${date}</xbrli:instant></xbrli:period></xbrli:context>`;
}

export const STANDARD_CONTEXTS = [
  durationContext('cy', '2024-04-01', '2025-03-31'),
  durationContext('py', '2023-04-01', '2024-03-31'),
  instantContext('cy-end', '2025-03-31'),
  instantContext('py-end', '2024-03-31'),
].join('\n');

export interface TestDocument {
  body: string;
  contexts?: string;
  namespaces?: Record<string, string>;
}

export function ixbrlDocument({ body, contexts = STANDARD_CONTEXTS, namespaces = NAMESPACES }: TestDocument): string {
  const declarations = Object.entries(namespaces)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" ${declarations}>
<head><title>test</title></head>
<body>
<div style="display:none"><ix:header><ix:resources>
${contexts}
<xbrli:unit id="GBP"><xbrli:measure>iso4217:GBP</xbrli:measure></xbrli:unit>
<xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div>
${body}
</body>
</html>`;
}

/** A turnover fact for the current year with the given attributes and text. */
export function turnover(text: string, attributes = ''): string {
  return `<ix:nonFraction name="core:TurnoverRevenue" contextRef="cy" unitRef="GBP" decimals="0" ${attributes}>${text}</ix:nonFraction>`;
}

export function parseWithHappyDom(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/html');
}

export function parseWithLinkedom(text: string): Document {
  return parseHTML(text).document as unknown as Document;
}

/** Extracts with happy-dom (the test DOM) and linkedom (the CLI's), which must agree. */
export function extractFromText(text: string): AccountsExtract {
  const fromHappyDom = extractIxbrlAccounts(parseWithHappyDom(text));
  const fromLinkedom = extractIxbrlAccounts(parseWithLinkedom(text));
  expect(fromLinkedom).toEqual(fromHappyDom);
  return fromHappyDom;
}

export function extractFrom(document: TestDocument): AccountsExtract {
  return extractFromText(ixbrlDocument(document));
}
