/**
 * People on a board or team: telling a name from a role, putting the name first, and finding "Dr Jane Smith,
 * our chair, …" in prose. People items are stored as "Name — Role" (then any affiliation).
 */
import { anyCase, cleanItem, sentencesOf, titleCase } from './text';

const TITLE = String.raw`(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr|Rev|Revd)\.?`;
const NAME_WORD = String.raw`[A-Z][a-zA-Z'’-]+`;
// With a title a surname alone is a name ("Dr Patel"); without one, two to four capitalised words.
const NAME = String.raw`(?:${TITLE}\s+(?:[A-Z]\.?\s+)*${NAME_WORD}(?:\s+${NAME_WORD}){0,3}|${NAME_WORD}(?:\s+(?:[A-Z]\.?\s+)?${NAME_WORD}){1,3})`;

// Capitalised words that make a phrase a role, a body or a place rather than somebody's name.
const NOT_NAME_WORDS = new Set(
  (
    'chair chairman chairwoman chairperson vice deputy chief executive executives director directors officer manager nurse lead ' +
    'member members board committee council federation confederation alliance surgery practice practices centre center pcn pcns ' +
    'network networks primary care health healthcare nhs gp gps clinical medical finance financial operating operations company ' +
    'companies house ltd limited cic community interest articles hospital street road lane trust icb england wales the our a an ' +
    'this these their its and or of for to in at on with audit remuneration secretary treasurer partner partners group services ' +
    'service team people lay salaried independent vacant co-opted elected appointed non-executive managing transformation ' +
    'strategic strategy quality governance patient patients registered learn more read about contact home news ' +
    // Words that start a sentence before a name: "Alongside Jo Bloggs, our CEO, …"
    'alongside welcome meet today including congratulations thanks also led introducing new former joined when after before since'
  ).split(' '),
);

const ROLE_WORD = /\b(?:chair(?:man|woman|person)?|director|officer|executive|secretary|treasurer|lead|manager|ceo|coo|cfo|cmo|cno|president|partner|nurse|member|trustee|head|gp|pharmacist|administrator|clinician)s?\b/i;

export function isRoleLike(text: string): boolean {
  return ROLE_WORD.test(text) && text.split(/\s+/).length <= 10;
}

/** A person's name as written ("Dr Sam Sample", "Alex Placeholder"), not a role or an organisation. */
export function isPersonName(text: string): boolean {
  const clean = text.trim();
  if (!new RegExp(`^${NAME}$`).test(clean)) return false;
  const words = clean.replace(new RegExp(`^${TITLE}\\s+`), '').split(/\s+/);
  // Initials ("Dr A Khan") are never role words, even "A".
  return !words.some((w) => w.replace(/\.$/, '').length > 1 && NOT_NAME_WORDS.has(w.toLowerCase().replace(/[’']s$/, '')));
}

function isVacancy(fields: string[]): boolean {
  return fields.some((f) => /^vacan(?:t|cy)\b/i.test(f));
}

/**
 * A people entry as [name, role, …details], or null for a vacant seat (not a person to clip). Reads
 * "Name (Role)", "Name, Role", "Role: Name" and role-first pairs.
 */
export function personFields(fields: string[]): string[] | null {
  if (fields.length === 0 || isVacancy(fields)) return null;
  if (fields.length === 1) {
    const only = fields[0]!;
    const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(only);
    if (bracketed && isPersonName(bracketed[1]!) && isRoleLike(bracketed[2]!)) return [bracketed[1]!, bracketed[2]!];
    const roleFirst = /^([^:]+):\s*(.+)$/.exec(only);
    if (roleFirst && isRoleLike(roleFirst[1]!) && isPersonName(roleFirst[2]!)) return [roleFirst[2]!, roleFirst[1]!];
    const comma = only.indexOf(', ');
    if (comma > 0) {
      const name = only.slice(0, comma);
      const rest = only.slice(comma + 2);
      if (isPersonName(name) && isRoleLike(rest)) return [name, rest];
      if (isRoleLike(name) && isPersonName(rest)) return [rest, name];
    }
    return fields;
  }
  const [first, second, ...rest] = fields;
  if (!isPersonName(first!) && isRoleLike(first!) && isPersonName(second!)) return [second!, first!, ...rest];
  return fields;
}

// Prose patterns stay case-sensitive so that a name is capitalised words only; role words match in either case.
const ROLE_NOUN = String.raw`(?:${anyCase('chair')}(?:man|woman|person)?|${anyCase('director')}(?:\s+of\s+[A-Za-z]+(?:\s+(?!and\b|at\b|for\b|who\b|since\b|is\b|was\b|has\b)[A-Za-z]+)?)?|${[
  'officer', 'executive', 'secretary', 'treasurer', 'lead', 'manager', 'ceo', 'coo', 'cfo', 'cmo', 'president', 'trustee',
].map(anyCase).join('|')})`;
const ROLE_PHRASE = String.raw`((?:[A-Za-z-]+\s+){0,4}?${ROLE_NOUN})`;
const OUR = '(?:[Oo]ur|[Tt]he)';

const PROSE_PATTERNS: { pattern: RegExp; name: number; role: number | null; fixedRole?: string }[] = [
  // "Dr Jane Smith, our chair, …" / "Dr Jane Smith is our Medical Director"
  { pattern: new RegExp(`(${NAME}),?\\s+(?:is\\s+|as\\s+)?${OUR}\\s+${ROLE_PHRASE}(?=[,.;:)]|\\s+(?:and|of|at|since|for|who|has|is|was|will|leads|chairs)\\b|$)`, 'g'), name: 1, role: 2 },
  // "Our chair is Dr Jane Smith" / "The Chief Executive, Jo Bloggs, …"
  { pattern: new RegExp(`\\b${OUR}\\s+${ROLE_PHRASE}(?:,\\s+|\\s+is\\s+)(${NAME})`, 'g'), name: 2, role: 1 },
  // "Jo Bloggs (Finance Director)"
  { pattern: new RegExp(`(${NAME})\\s+\\(${ROLE_PHRASE}\\)`, 'g'), name: 1, role: 2 },
  // "The board is chaired by Dr Jane Smith"
  { pattern: new RegExp(`\\bchaired by\\s+(${NAME})`, 'g'), name: 1, role: null, fixedRole: 'Chair' },
];

/** People named with their role in running text; each as [name, role]. */
export function peopleInProse(text: string): string[][] {
  const found: string[][] = [];
  for (const sentence of sentencesOf(text)) {
    for (const { pattern, name, role, fixedRole } of PROSE_PATTERNS) {
      pattern.lastIndex = 0;
      for (const match of sentence.matchAll(pattern)) {
        const who = trimName(match[name] ?? '');
        const what = role === null ? fixedRole! : cleanItem(match[role] ?? '');
        if (!isPersonName(who) || what === '') continue;
        found.push([who, /[A-Z]/.test(what) ? what : titleCase(what)]);
      }
    }
  }
  return found;
}

// A capitalised word starting the sentence ("Today Dr Jane Smith") is not part of the name that follows a title.
function trimName(name: string): string {
  const words = cleanItem(name).split(' ');
  const titleAt = words.findIndex((w) => new RegExp(`^${TITLE}$`).test(w));
  return (titleAt > 0 ? words.slice(titleAt) : words).join(' ');
}
