import type { SearchIndex } from './search-index';

export interface SearchTimings {
  /** Milliseconds per search. */
  median: number;
  p95: number;
  max: number;
  mean: number;
  samples: number;
}

/**
 * Times each query through `index.search`, after one untimed pass so the engine has compiled the hot paths
 * (a side panel searches many times per session; the first keystroke's cost is the build, measured apart).
 * Uses performance.now(), so it runs the same in Node and in an extension page.
 */
export function measureSearch(
  index: Pick<SearchIndex, 'search'>,
  queries: readonly string[],
  options: { limit?: number; rounds?: number; warmUp?: boolean } = {},
): SearchTimings {
  const limit = options.limit ?? 20;
  if (options.warmUp ?? true) for (const query of queries) index.search(query, { limit });
  const times: number[] = [];
  for (let round = 0; round < (options.rounds ?? 1); round++) {
    for (const query of queries) {
      const start = performance.now();
      index.search(query, { limit });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))] ?? 0;
  return {
    median: at(0.5),
    p95: at(0.95),
    max: times[times.length - 1] ?? 0,
    mean: times.length ? times.reduce((sum, t) => sum + t, 0) / times.length : 0,
    samples: times.length,
  };
}
