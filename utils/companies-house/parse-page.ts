import { ParsedPage } from './records';
import type { PageType } from './site';
import { emptyRecord, LABELS, message, readCompanyPage } from './read-page';

export { emptyRecord };

/**
 * Parses and validates a Companies House page. Where the schema rejects a field, the record is repaired
 * rather than lost (see validateParsedPage). Never throws; null only when the page is not a company page.
 */
export function parseCompanyPage(doc: Document, url: string): ParsedPage | null {
  const read = readCompanyPage(doc, url);
  if (!read) return null;
  const { page, ...candidate } = read;
  try {
    return validateParsedPage(candidate, page);
  } catch {
    return null;
  }
}

type Path = (string | number)[];
type Container = Record<string | number, unknown>;

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Container)[key];
  }
  return value;
}

/** A value of the same kind that the schema accepts where null is not allowed. */
function plainDefault(kind: string | undefined): unknown {
  switch (kind) {
    case 'boolean': return false;
    case 'number': return 1; // page and lastPage; nullable numbers were fixed by null already
    case 'string': return '';
    case 'array': return [];
    default: return undefined;
  }
}

/**
 * Validates the candidate; where a field fails, repairs the record instead of losing the page: the field set to
 * null, else to a plain value of its kind, else its list entry dropped, else an empty record. Each repair is
 * named in the warnings.
 */
export function validateParsedPage(
  candidate: { pageType: PageType; record: unknown; warnings: string[] } & Record<string, unknown>,
  page = 1,
): ParsedPage | null {
  const warnings = candidate.warnings;
  const tries = new Map<string, number>();
  const originals = new Map<string, unknown>();

  const withEmptyRecord = (): ParsedPage | null => {
    warnings.push(`validation: ${LABELS[candidate.pageType]} record could not be repaired; returned an empty record`);
    candidate.record = emptyRecord(candidate.pageType, page);
    const result = ParsedPage.safeParse(candidate);
    return result.success ? result.data : null;
  };

  for (let round = 0; round < 8; round++) {
    const result = ParsedPage.safeParse(candidate);
    if (result.success) return result.data;
    const drops: { list: unknown[]; index: number; where: string }[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path as Path;
      // Only the record is the parser's; the rest comes from detection and cannot be repaired here.
      if (path[0] !== 'record' || path.length < 2) return path[0] === 'record' ? withEmptyRecord() : null;
      const where = path.slice(1).join('.');
      const parent = valueAt(candidate, path.slice(0, -1));
      const key = path[path.length - 1]!;
      if (parent === null || typeof parent !== 'object') return withEmptyRecord();
      const attempt = tries.get(where) ?? 0;
      tries.set(where, attempt + 1);
      if (attempt === 0) {
        originals.set(where, (parent as Container)[key]);
        warnings.push(`validation: ${where}: ${message(issue.message)}; set to null`);
        (parent as Container)[key] = null;
        continue;
      }
      // The schema's expected type, as the issue names it; else the kind of value the parser gave.
      const original = originals.get(where);
      const kind = (issue as { expected?: string }).expected
        ?? (Array.isArray(original) ? 'array' : original === null || original === undefined ? undefined : typeof original);
      const fallback = attempt === 1 ? plainDefault(kind) : undefined;
      if (fallback !== undefined) {
        warnings.push(`validation: ${where}: null not allowed; set to ${JSON.stringify(fallback)}`);
        (parent as Container)[key] = fallback;
        continue;
      }
      // Drop the list entry (a filing, an officer) that holds the field.
      const indexAt = path.findLastIndex((part, i) => i > 1 && typeof part === 'number');
      const list = indexAt > 0 ? valueAt(candidate, path.slice(0, indexAt)) : undefined;
      if (!Array.isArray(list)) return withEmptyRecord();
      drops.push({ list, index: path[indexAt] as number, where: path.slice(1, indexAt + 1).join('.') });
    }
    // Highest index first, so earlier drops do not shift later ones.
    const seen = new Set<string>();
    for (const drop of drops.sort((a, b) => b.index - a.index)) {
      if (seen.has(drop.where)) continue;
      seen.add(drop.where);
      warnings.push(`validation: ${drop.where} dropped (a field would not validate)`);
      drop.list.splice(drop.index, 1);
      // Indices under that list have moved: forget what was tried there.
      tries.clear();
      originals.clear();
    }
  }
  return withEmptyRecord();
}

