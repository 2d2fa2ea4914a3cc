/** One benchmark figure; `budget` is the goal it is held to (same unit). */
export interface Metric {
  value: number;
  unit: string;
  budget?: number;
  samples?: number;
  [detail: string]: unknown;
}
export type Metrics = Record<string, Metric>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
