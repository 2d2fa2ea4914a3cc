/**
 * Keys in sorted order with the documents under each: exact look-up and prefix ranges by binary search.
 * A sorted array rather than a Map or a trie: one structure answers both questions, builds in a sort,
 * and keeps neighbouring keys together for the fuzzy scan (fuzzy.ts), which reuses their shared starts.
 */
export interface KeyIndex {
  keys: readonly string[];
  /** Document positions under each key, ascending. */
  docs: readonly (readonly number[])[];
}

export function buildKeyIndex(byKey: ReadonlyMap<string, number[]>): KeyIndex {
  // Default sort compares UTF-16 code units, the order the binary searches below assume.
  const keys = [...byKey.keys()].sort();
  return { keys, docs: keys.map((key) => byKey.get(key)!) };
}

/** Adds `doc` under each key once (documents are added in ascending order). */
export function addKeys(byKey: Map<string, number[]>, keys: readonly string[], doc: number): void {
  for (const key of keys) {
    const docs = byKey.get(key);
    if (!docs) byKey.set(key, [doc]);
    else if (docs[docs.length - 1] !== doc) docs.push(doc);
  }
}

/** The first position whose key is not below `key`. */
export function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Position of `key`, or -1. */
export function findKey(index: KeyIndex, key: string): number {
  const at = lowerBound(index.keys, key);
  return index.keys[at] === key ? at : -1;
}

/** Positions [start, end) of the keys starting with `prefix`. */
export function prefixRange(index: KeyIndex, prefix: string): [number, number] {
  const start = lowerBound(index.keys, prefix);
  let end = start;
  // Keys hold letters, digits and spaces only, so '\uffff' sorts after every continuation of the prefix.
  if (end < index.keys.length && index.keys[end]!.startsWith(prefix)) end = lowerBound(index.keys, `${prefix}\uffff`);
  return [start, end];
}
