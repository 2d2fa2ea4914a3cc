/**
 * A key for recognising the same person across places: Companies House writes "SMITH, Jane Anne",
 * websites write "Dr Jane Smith" or "Jane Smith MBE". The key is "jane smith": first forename and
 * surname, lower case, without titles, honours or punctuation.
 */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd']);
/** Surname particles: "Pieter van der Berg" has the surname "van der berg", as Companies House files it. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'st', 'bin', 'al', 'el']);
const HONOURS = new Set(['mbe', 'obe', 'cbe', 'frcgp', 'mrcgp', 'frcp', 'mrcp', 'phd', 'md', 'mbbs', 'bsc', 'msc', 'rn', 'kbe', 'dbe', 'jp']);

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .replace(/['-]/g, '')
    .split(/\s+/)
    .filter((w) => w && !TITLES.has(w) && !HONOURS.has(w));
}

export function personNameKey(name: string): string {
  const comma = name.indexOf(',');
  let forenames: string[];
  let surname: string[];
  if (comma >= 0) {
    surname = words(name.slice(0, comma));
    forenames = words(name.slice(comma + 1));
  } else {
    const all = words(name);
    let start = all.length - 1;
    while (start > 1 && PARTICLES.has(all[start - 1]!)) start--;
    surname = all.slice(start);
    forenames = all.slice(0, start);
  }
  return [forenames[0], surname.join(' ')].filter(Boolean).join(' ');
}
