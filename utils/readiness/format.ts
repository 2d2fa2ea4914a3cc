/**
 * Money and counts as the popup writes them: short enough for one line, exact where small. Written by hand
 * rather than with Intl so the output is the same in every browser and in Node.
 */

const SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One decimal, without a trailing ".0": 2.4, 12, 1.1. */
function oneDecimal(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

/**
 * £3,810 under ten thousand; £350k under a million; £2.4m; £1.2bn. Whole pounds; a negative amount is -£3,810.
 * Other currencies take their symbol (€, $) or their code ("CHF 3,810").
 */
export function formatMoney(amount: number, currency: string | null = 'GBP'): string {
  const code = (currency ?? 'GBP').toUpperCase();
  const prefix = SYMBOLS[code] ?? `${code} `;
  const sign = amount < 0 ? '-' : '';
  const size = Math.abs(Math.round(amount));
  let body: string;
  if (size < 10_000) body = grouped(size);
  else if (size < 999_500) body = `${Math.round(size / 1_000)}k`;
  else if (size < 999_950_000) body = `${oneDecimal(size / 1_000_000)}m`;
  else body = `${oneDecimal(size / 1_000_000_000)}bn`;
  return `${sign}${prefix}${body}`;
}

/** "1 service", "3 services". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more" (at most `limit` named). */
export function listed(items: readonly string[], limit = 3): string {
  if (items.length > limit) return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
