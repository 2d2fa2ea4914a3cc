/**
 * Keys within a few typing errors of a word: insertions, deletions, substitutions and swapped neighbours
 * (optimal string alignment distance), against the whole key or, for the word being typed, any start of it.
 *
 * One edit-distance table row per character of the key. The keys are sorted, so neighbours share their
 * start and the rows for it are kept, not recomputed: this walks the sorted list as a trie would be walked.
 * A row whose every cell exceeds the allowed distance ends the key and every key sharing that start.
 */
export interface FuzzyMatch {
  position: number;
  /** Distance from the word to the whole key (Infinity when above the limit). */
  whole: number;
  /** Smallest distance from the word to a start of the key (≤ whole). */
  start: number;
}

export function fuzzyKeys(keys: readonly string[], word: string, maxDistance: number, found: (match: FuzzyMatch) => void): void {
  const m = word.length;
  // A key start longer than this is more than maxDistance insertions away from the word.
  const maxRows = m + maxDistance;
  const width = m + 1;
  const rows = new Int32Array((maxRows + 1) * width);
  for (let i = 0; i <= m; i++) rows[i] = i;
  const codes = Array.from(word, (c) => c.charCodeAt(0));
  const tooFar = maxDistance + 1;

  let previous = '';
  /** Rows 0..computed are valid for `previous`. */
  let computed = 0;
  /** The first of those rows whose every cell is above the limit (Infinity when none). */
  let dead = Infinity;

  for (let position = 0; position < keys.length; position++) {
    const key = keys[position]!;
    const limit = Math.min(computed, key.length, previous.length);
    let shared = 0;
    while (shared < limit && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    previous = key;
    const last = Math.min(key.length, maxRows);
    if (dead <= shared) {
      // The shared start already went beyond the limit: nothing to compute, but its shorter starts may match.
      computed = shared;
    } else {
      dead = Infinity;
      let row = shared + 1;
      for (; row <= last; row++) {
        const base = row * width;
        const up = base - width;
        const c = key.charCodeAt(row - 1);
        const before = row > 1 ? key.charCodeAt(row - 2) : -1;
        rows[base] = row;
        // Only cells within maxDistance of the diagonal can stay within the limit: the rest are "too far"
        // (maxDistance + 1), written at the band's edges so the next row reads a defined value there.
        const low = Math.max(1, row - maxDistance);
        const high = Math.min(m, row + maxDistance);
        if (low > 1) rows[base + low - 1] = tooFar;
        if (high < m) rows[base + high + 1] = tooFar;
        let rowMin = low === 1 ? row : tooFar;
        for (let i = low; i <= high; i++) {
          const w = codes[i - 1]!;
          let cell = Math.min(rows[up + i]! + 1, rows[base + i - 1]! + 1, rows[up + i - 1]! + (c === w ? 0 : 1));
          if (row > 1 && i > 1 && c === codes[i - 2] && before === w) cell = Math.min(cell, rows[up - width + i - 2]! + 1);
          rows[base + i] = cell;
          if (cell < rowMin) rowMin = cell;
        }
        if (rowMin > maxDistance) {
          dead = row;
          break;
        }
      }
      computed = Math.min(row, last);
    }
    // Rows shorter than m - maxDistance never reach the word's last column within the band.
    const alive = Math.min(last, dead - 1);
    let start = Infinity;
    for (let r = Math.max(1, m - maxDistance); r <= alive; r++) start = Math.min(start, rows[r * width + m]!);
    if (start > maxDistance) continue;
    const whole = dead === Infinity && key.length <= maxRows && key.length >= m - maxDistance ? rows[key.length * width + m]! : Infinity;
    found({ position, whole: whole <= maxDistance ? whole : Infinity, start });
  }
}
