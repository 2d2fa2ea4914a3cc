/**
 * Polite requests to Companies House: a fixed number in flight, and backing off on 429 and 5xx. Capture-all
 * (pages) and the accounts capture (documents) share this one behaviour. One instance can be shared by several
 * runs: the limit then spans them all.
 */

export const MAX_ATTEMPTS = 5;
/** Longest exponential wait when the server gives no Retry-After. */
const MAX_BACKOFF_MS = 30_000;

export interface RetryableResponse {
  status: number;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfterSeconds?: number | null;
}

export interface PoliteRequestsOptions {
  maxInFlight: number;
  maxAttempts?: number;
  now(): Date;
  sleep(ms: number): Promise<void>;
}

/** The server kept answering 429 or 5xx. */
export class GaveUpError extends Error {
  constructor(
    readonly status: number,
    readonly attempts: number,
  ) {
    super(`HTTP ${status} after ${attempts} attempts`);
    this.name = 'GaveUpError';
  }
}

export interface PoliteRequests {
  /**
   * Runs one request when a slot is free, retrying 429, 5xx and network errors; the slot stays taken while it
   * waits. Resolves with the first other response (any status); rejects with GaveUpError, or the last network
   * error, after `maxAttempts`.
   */
  send<T extends RetryableResponse>(request: () => Promise<T>): Promise<T>;
}

export function createPoliteRequests({ maxInFlight, maxAttempts = MAX_ATTEMPTS, now, sleep }: PoliteRequestsOptions): PoliteRequests {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  let pausedUntil = 0;

  const acquire = async (): Promise<void> => {
    if (inFlight < maxInFlight) {
      inFlight++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  // A freed slot passes straight to the longest waiter, so the count never dips and lets a newcomer jump the queue.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  };

  const withBackoff = async <T extends RetryableResponse>(request: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const wait = pausedUntil - now().getTime();
      if (wait > 0) await sleep(wait);
      let response: T;
      try {
        response = await request();
      } catch (error) {
        if (attempt >= maxAttempts) throw error;
        await sleep(1000 * 2 ** (attempt - 1));
        continue;
      }
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable) return response;
      if (attempt >= maxAttempts) throw new GaveUpError(response.status, attempt);
      // A 429 or 5xx pauses every request: the server is asking this client to slow down.
      const retryAfter = response.retryAfterSeconds ?? null;
      const backoffMs = retryAfter !== null ? retryAfter * 1000 : Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1));
      pausedUntil = Math.max(pausedUntil, now().getTime() + backoffMs);
    }
  };

  return {
    async send(request) {
      await acquire();
      try {
        return await withBackoff(request);
      } finally {
        release();
      }
    },
  };
}
