import { ISO4217_NAMESPACE, IX_NAMESPACES, XBRLI_NAMESPACE } from './ixbrl-concepts';

/**
 * One pass over an inline XBRL document: contexts, units and facts, with every prefix resolved to its namespace.
 *
 * Works on documents parsed as XML (XHTML) or as HTML, in Chromium, happy-dom and linkedom. In HTML parsing
 * the `xmlns:*` declarations stay plain attributes and tag names come back upper- or lower-cased, so names are
 * compared case-insensitively and prefixes are resolved from those attributes, not from `namespaceURI`.
 * Elements are visited with firstElementChild / nextElementSibling: linkedom's getElementsByTagName('*')
 * returns nothing.
 */

export interface IxContext {
  id: string;
  startDate: string | null;
  endDate: string | null;
  instant: string | null;
  /** Has a segment or scenario: a breakdown (per director, per class of equity…), not a headline figure. */
  dimensional: boolean;
  /** Local names of the dimension members, e.g. "Micro-entities", "AbridgedAccounts". */
  members: string[];
  identifier: string | null;
  identifierScheme: string | null;
}

export interface IxUnit {
  id: string;
  /** ISO 4217 code when the unit is a single currency measure. */
  currency: string | null;
}

export interface IxFact {
  kind: 'nonFraction' | 'nonNumeric';
  /** Namespace bound to the prefix of `name`; null when the prefix is not declared. */
  namespace: string | null;
  localName: string;
  name: string;
  contextRef: string | null;
  unitRef: string | null;
  format: string | null;
  scale: string | null;
  sign: string | null;
  decimals: string | null;
  nil: boolean;
  element: Element;
}

export interface IxDocument {
  contexts: Map<string, IxContext>;
  units: Map<string, IxUnit>;
  /** In document order, without those inside `ix:exclude`. */
  facts: IxFact[];
  warnings: string[];
}

/** Prefix bindings declared on one element, chained to the enclosing element's. */
interface Scope {
  prefixes: Map<string, string> | null;
  defaultNamespace: string | null | undefined;
  parent: Scope | null;
}

interface UnitRead {
  id: string;
  measures: string[];
  scope: Scope;
}

interface Frame {
  element: Element;
  scope: Scope;
  context: IxContext | null;
  unit: UnitRead | null;
  inHeader: boolean;
}

export function splitQName(qname: string): { prefix: string; local: string } {
  const colon = qname.indexOf(':');
  return colon < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, colon), local: qname.slice(colon + 1) };
}

function lookupPrefix(scope: Scope | null, prefix: string): string | null {
  const key = prefix.toLowerCase();
  for (let s = scope; s; s = s.parent) {
    if (key === '') {
      if (s.defaultNamespace !== undefined) return s.defaultNamespace;
    } else {
      const found = s.prefixes?.get(key);
      if (found !== undefined) return found;
    }
  }
  if (key === 'xml') return 'http://www.w3.org/XML/1998/namespace';
  return null;
}

function scopeFor(element: Element, parent: Scope): Scope {
  if (!element.hasAttributes()) return parent;
  let prefixes: Map<string, string> | null = null;
  let defaultNamespace: string | null | undefined;
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i];
    if (!attribute) continue;
    const name = attribute.name.toLowerCase();
    if (name === 'xmlns') defaultNamespace = attribute.value.trim() || null;
    else if (name.startsWith('xmlns:')) (prefixes ??= new Map()).set(name.slice(6), attribute.value.trim());
  }
  return prefixes || defaultNamespace !== undefined ? { prefixes, defaultNamespace, parent } : parent;
}

/** Attribute by its XML spelling; HTML parsers may have lower-cased the name. */
export function attr(element: Element, name: string): string | null {
  return element.getAttribute(name) ?? element.getAttribute(name.toLowerCase());
}

function isNil(element: Element): boolean {
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i];
    if (attribute && /(^|:)nil$/i.test(attribute.name) && attribute.value.trim() === 'true') return true;
  }
  return false;
}

/** Lower-cased local part of a tag name ("IX:NONFRACTION" → "nonfraction"). */
export function localTagName(element: Element): string {
  const tag = element.tagName.toLowerCase();
  return tag.slice(tag.indexOf(':') + 1);
}

function tagNamespace(element: Element, scope: Scope): { namespace: string | null; local: string; prefix: string } {
  const { prefix, local } = splitQName(element.tagName);
  const declared = lookupPrefix(scope, prefix);
  // A document parsed as XML knows its namespaces even where the declaring attribute is out of reach.
  const namespace = declared ?? (prefix ? element.namespaceURI : null);
  return { namespace, local: local.toLowerCase(), prefix: prefix.toLowerCase() };
}

export function readIxbrlDocument(doc: Document): IxDocument {
  const contexts = new Map<string, IxContext>();
  const units = new Map<string, IxUnit>();
  const facts: IxFact[] = [];
  const warnings: string[] = [];
  const unitsRead: UnitRead[] = [];
  let contextsWithoutId = 0;

  const root = doc.documentElement;
  if (!root) return { contexts, units, facts, warnings };

  const rootScope: Scope = { prefixes: null, defaultNamespace: undefined, parent: null };
  const stack: Frame[] = [{ element: root, scope: rootScope, context: null, unit: null, inHeader: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { element } = frame;
    const scope = scopeFor(element, frame.scope);
    const { namespace, local, prefix } = tagNamespace(element, scope);
    let { context, unit, inHeader } = frame;
    let descend = true;

    const isIx = namespace !== null ? IX_NAMESPACES.has(namespace) : prefix === 'ix';
    if (isIx) {
      if (local === 'exclude') descend = false;
      else if (local === 'header') inHeader = true;
      else if (local === 'nonfraction' || local === 'nonnumeric') facts.push(readFact(element, scope, local));
    } else if (context) {
      readContextPart(element, local, context);
    } else if (unit) {
      if (local === 'measure') unit.measures.push((element.textContent ?? '').trim());
      else if (local === 'divide') unit.measures.push('', '');
    } else if (local === 'context' && (namespace === XBRLI_NAMESPACE || inHeader)) {
      const id = attr(element, 'id');
      context = {
        id: id ?? '',
        startDate: null,
        endDate: null,
        instant: null,
        dimensional: false,
        members: [],
        identifier: null,
        identifierScheme: null,
      };
      if (!id) contextsWithoutId++;
      else if (contexts.has(id)) warnings.push(`context "${id}" is declared twice: the first is used`);
      else contexts.set(id, context);
    } else if (local === 'unit' && (namespace === XBRLI_NAMESPACE || inHeader)) {
      unit = { id: attr(element, 'id') ?? '', measures: [], scope };
      // Measures arrive as the walk goes on; the unit is resolved once the walk is over.
      if (unit.id) unitsRead.push(unit);
    }

    if (!descend) continue;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push({ element: child, scope, context, unit, inHeader });
    }
  }
  for (const read of unitsRead) units.set(read.id, { id: read.id, currency: currencyOf(read) });

  if (contextsWithoutId > 0) warnings.push(`${contextsWithoutId} context(s) have no id and cannot be referred to`);
  return { contexts, units, facts, warnings };
}

function currencyOf(unit: UnitRead): string | null {
  if (unit.measures.length !== 1) return null;
  const { prefix, local } = splitQName(unit.measures[0]!);
  const namespace = lookupPrefix(unit.scope, prefix);
  const isCurrency = namespace === ISO4217_NAMESPACE || (namespace === null && prefix.toLowerCase() === 'iso4217');
  return isCurrency && /^[A-Za-z]{3}$/.test(local) ? local.toUpperCase() : null;
}

function readContextPart(element: Element, local: string, context: IxContext): void {
  switch (local) {
    case 'identifier':
      context.identifier = (element.textContent ?? '').trim() || null;
      context.identifierScheme = attr(element, 'scheme');
      break;
    case 'segment':
    case 'scenario':
      context.dimensional = true;
      break;
    case 'explicitmember':
      context.members.push(splitQName((element.textContent ?? '').trim()).local);
      break;
    case 'startdate':
      context.startDate = isoDatePart(element.textContent);
      break;
    case 'enddate':
      context.endDate = isoDatePart(element.textContent);
      break;
    case 'instant':
      context.instant = isoDatePart(element.textContent);
      break;
  }
}

function isoDatePart(text: string | null): string | null {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text ?? '');
  return match ? match[1]! : null;
}

function readFact(element: Element, scope: Scope, local: string): IxFact {
  const name = (attr(element, 'name') ?? '').trim();
  const { prefix, local: localName } = splitQName(name);
  return {
    kind: local === 'nonfraction' ? 'nonFraction' : 'nonNumeric',
    namespace: lookupPrefix(scope, prefix),
    localName,
    name,
    contextRef: attr(element, 'contextRef')?.trim() || null,
    unitRef: attr(element, 'unitRef')?.trim() || null,
    format: attr(element, 'format')?.trim() || null,
    scale: attr(element, 'scale')?.trim() || null,
    sign: attr(element, 'sign')?.trim() || null,
    decimals: attr(element, 'decimals')?.trim() || null,
    nil: isNil(element),
    element,
  };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/**
 * The displayed text of a number: its own text, or that of the nested `ix:nonFraction` it wraps. Only direct
 * text counts, because an HTML parser turns a self-closed `<ix:nonFraction/>` into a container of whatever follows.
 */
export function nonFractionText(element: Element): string {
  let own = '';
  let nested: Element | null = null;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) own += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE && !nested && localTagName(node as Element) === 'nonfraction') nested = node as Element;
  }
  if (own.trim() || !nested) return own;
  return nonFractionText(nested);
}

/**
 * The text of a short non-numeric fact (a date, a name, a flag), without `ix:exclude` content and without
 * nested facts (again because HTML parsing nests whatever follows a self-closed fact inside it).
 */
export function nonNumericText(element: Element): string {
  let text = '';
  const stack: Node[] = [];
  for (let node = element.lastChild; node; node = node.previousSibling) stack.push(node);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      text += node.nodeValue ?? '';
    } else if (node.nodeType === ELEMENT_NODE) {
      const local = localTagName(node as Element);
      if (local === 'exclude' || local === 'nonnumeric' || local === 'nonfraction') continue;
      text += ' ';
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}
