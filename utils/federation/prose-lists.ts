/**
 * Lists written as sentences: "we run several NHS services, including A, B and C", "We run the extended access
 * service, the phlebotomy service and the care home service", "Our members are X Surgery, Y Surgery and …".
 */
import { isPcnName, looksLikePractice, type ListKind } from './classify';
import { cleanItem, sentencesOf } from './text';

const TRAILING_ETC = /(?:,?\s*(?:and|&)\s+(?:many\s+|much\s+)?(?:more|others)|,?\s*etc\.?|,?\s*among others|,?\s*(?:(?:and|or|&)\s*)?(?:…|\.{3}))\s*$/i;
// Lower case only: a capital "The" starts a name ("The Old Mill Surgery"), a lower-case one is grammar.
const LEADING_FILLER = /^(?:(?:and|or|also|both|the|a|an|our|their|its)\s+)+/;
const MAX_ITEM_WORDS = 12;
const LIST_QUALIFIER = /\s+(?:for|across|to|throughout|within|on behalf of)\s+(?:our|the|all|local|patients|people|residents|practices|member)\b.*$/i;

/** Splits on commas and semicolons outside brackets: "phlebotomy (pilot, 2025/26), spirometry" → two parts. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * The items of an enumeration "A, B and C" / "A, B, and C" / "A and B". Only the last part is split at "and",
 * and only at its first "and", so "Health and Wellbeing coaching" survives as the last item after a comma.
 */
export function splitEnumeration(text: string): string[] {
  const body = text.trim().replace(TRAILING_ETC, '').replace(/[.!?]+$/, '').replace(TRAILING_ETC, '').trim();
  const parts = splitOutsideBrackets(body).map((p) => p.trim()).filter((p) => p !== '');
  const last = parts[parts.length - 1];
  if (last !== undefined && !/^(?:and|or)\s/i.test(last)) {
    const and = /\s+(?:and|&)\s+/i.exec(last);
    if (and && !/\([^)]*$/.test(last.slice(0, and.index))) {
      parts.splice(parts.length - 1, 1, last.slice(0, and.index), last.slice(and.index + and[0].length));
    }
  }
  const lastAt = parts.length - 1;
  // "…, and the care home service for our 20 member practices": the qualifier belongs to the whole list.
  if (lastAt > 0) parts[lastAt] = parts[lastAt]!.replace(LIST_QUALIFIER, '');
  return parts
    .map((p) => cleanItem(p.replace(LEADING_FILLER, '')))
    .filter((p) => p !== '' && p.split(' ').length <= MAX_ITEM_WORDS);
}

const SERVICE_NOUN = /\b(?:services?|clinics?|hubs?|access|programmes?|schemes?|cent(?:re|er)s?|care|support|visiting|nursing|pathways?|phlebotomy|physiotherapy|pharmacy|screening|vaccinations?|immunisations?|checks?|rehabilitation|therapy|therapies)\b/i;
const IN_DEVELOPMENT = /\b(?:pilot(?:s|ing|ed)?|developing|in development|under development|planned|planning|plan to|coming soon|will (?:soon )?(?:launch|introduce|offer|provide|run)|launching|setting up|bidding)\b/i;
const PROVIDER_VERB = /\b(?:we|federation|group|company|alliance|confederation|organisation)\b[^.]*?\b(?:run|runs|provide|provides|deliver|delivers|offer|offers|operate|operates|host|hosts|manage|manages|commissioned|hold|holds|piloting|developing|planning|launching)\b/i;
const LIST_MARKER = /(?:\b(?:including|includes|include|such as|namely|for example|e\.g\.)|:)\s+/i;
const WE_PROVIDE = /\bwe\s+(?:currently\s+|also\s+|now\s+|already\s+)?(?:run|provide|deliver|offer|operate|host|manage|are\s+(?:currently\s+|now\s+)?(?:piloting|developing|planning|setting up|launching|introducing)|will\s+(?:soon\s+)?(?:launch|introduce|offer|provide|run))\s+(.+)$/i;

export interface ProseList {
  kind: ListKind;
  items: string[];
}

function listAfterMarker(sentence: string, from: number): string[] {
  const rest = sentence.slice(from);
  const marker = LIST_MARKER.exec(rest);
  return marker ? splitEnumeration(rest.slice(marker.index + marker[0].length)) : [];
}

/**
 * Services named in a paragraph. Anywhere on a page a sentence must say who provides them ("we run …");
 * under a services heading (`sectionKind`) any "including …" list counts.
 */
export function servicesInProse(text: string, sectionKind: ListKind | null): ProseList[] {
  const lists: ProseList[] = [];
  const inServicesSection = sectionKind === 'services' || sectionKind === 'services-in-development';
  for (const sentence of sentencesOf(text)) {
    const kind: ListKind = IN_DEVELOPMENT.test(sentence) || sectionKind === 'services-in-development' ? 'services-in-development' : 'services';
    const provider = PROVIDER_VERB.exec(sentence);
    let items: string[] = [];
    if (provider || inServicesSection) items = listAfterMarker(sentence, provider ? provider.index + provider[0].length : 0);
    if (items.length < 2) {
      const object = WE_PROVIDE.exec(sentence);
      const candidates = object ? splitEnumeration(object[1]!) : [];
      // Without a marker word the sentence must read as a list of services, not "we run the company for practices".
      if (candidates.length >= 2 && candidates.filter((c) => SERVICE_NOUN.test(c)).length * 2 >= candidates.length) items = candidates;
    }
    if (items.length >= 2 || (items.length === 1 && inServicesSection)) lists.push({ kind, items });
  }
  return lists;
}

/** Practice or PCN names listed in a sentence under a practices or PCNs heading ("Our members are A, B and C."). */
export function namesInProse(text: string, kind: 'practices' | 'pcns'): string[] {
  const fits = kind === 'practices' ? looksLikePractice : (name: string) => isPcnName(name);
  const names: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const marker = /(?:\b(?:are|include|includes|including|comprises?)|:)\s+/i.exec(sentence);
    if (!marker) continue;
    const items = splitEnumeration(sentence.slice(marker.index + marker[0].length)).filter(fits);
    if (items.length >= 2) names.push(...items);
  }
  return names;
}
