import { describe, expect, it } from 'vitest';
import { createPoliteRequests, GaveUpError } from '../../../utils/capture/polite-requests';

/** A virtual clock: sleeps resolve in time order once everything else waits. */
function virtualClock() {
  let clock = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.push({ at: clock + ms, resolve }));
  async function run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(() => (settled = true), () => (settled = true));
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift();
      if (!next) continue;
      clock = Math.max(clock, next.at);
      next.resolve();
    }
    return work;
  }
  return { sleep, run, now: () => new Date(clock), get clock() { return clock; } };
}

describe('polite requests', () => {
  it('keeps to the limit and hands a freed slot to the next in line', async () => {
    const time = virtualClock();
    const requests = createPoliteRequests({ maxInFlight: 2, now: time.now, sleep: time.sleep });
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const one = (i: number) => requests.send(async () => {
      started.push(i);
      most = Math.max(most, ++inFlight);
      await time.sleep(100);
      inFlight--;
      return { status: 200, i };
    });
    const answers = await time.run(Promise.all([0, 1, 2, 3, 4].map(one)));
    expect(answers.map((a) => a.i)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(time.clock).toBe(300);
  });

  it('pauses every request after a 429, for Retry-After seconds', async () => {
    const time = virtualClock();
    const requests = createPoliteRequests({ maxInFlight: 2, now: time.now, sleep: time.sleep });
    const statuses = [429, 200];
    const at: number[] = [];
    const answer = await time.run(requests.send(async () => {
      at.push(time.clock);
      return { status: statuses.shift()!, retryAfterSeconds: 7 };
    }));
    expect(answer.status).toBe(200);
    expect(at).toEqual([0, 7000]);
  });

  it('passes other statuses straight back and gives up on 5xx after 5 attempts', async () => {
    const time = virtualClock();
    const requests = createPoliteRequests({ maxInFlight: 1, now: time.now, sleep: time.sleep });
    expect((await time.run(requests.send(async () => ({ status: 404 })))).status).toBe(404);
    let tries = 0;
    const failing = requests.send(async () => ({ status: 500 + tries++ }));
    await expect(time.run(failing)).rejects.toEqual(new GaveUpError(504, 5));
    await expect(failing).rejects.toThrow('HTTP 504 after 5 attempts');
    // Waits of 1, 2, 4 and 8 seconds between the tries.
    expect(time.clock).toBe(15_000);
  });
});
