import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { requestsTakeTurns } from '../../../local/requests-take-turns';

// The local stack's pages beside urgent work: while it waits they are read one at a time with a rest between,
// never shut (local/requests-take-turns.ts). Timed against each page's own time, not fixed figures alone.

const PAGE_MS = 150;
const REST_AT_MOST_MS = 100;

let server: Server | undefined;
afterEach(async () => {
  const closed = new Promise((resolve) => server?.close(resolve));
  server?.closeAllConnections(); // the page that never answers
  await closed;
  server = undefined;
});

/** A server whose pages take PAGE_MS each (waiting, as on I/O), whose reports 20 ms, and `/hang` never answers. */
async function pages(urgentWork: { waiting: boolean }) {
  const log = { answering: 0, mostAtOnce: 0, started: [] as { path: string; at: number }[] };
  server = createServer(
    requestsTakeTurns(
      (req, res) => {
        req.resume();
        log.started.push({ path: req.url ?? '', at: performance.now() });
        if (req.url === '/hang') return;
        log.answering += 1;
        log.mostAtOnce = Math.max(log.mostAtOnce, log.answering);
        setTimeout(
          () => {
            log.answering -= 1;
            res.end('ok');
          },
          req.url === '/feedback' ? 20 : PAGE_MS,
        );
      },
      () => urgentWork.waiting,
      { restAtMostMs: REST_AT_MOST_MS, turnAtMostMs: 400 },
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ask = async (path: string, method = 'GET') => {
    const started = performance.now();
    await (await fetch(`${base}${path}`, { method, body: method === 'POST' ? '{}' : undefined })).text();
    return { path, at: performance.now(), tookMs: performance.now() - started };
  };
  return { log, ask };
}

describe('requestsTakeTurns', () => {
  it('Should answer pages side by side, as before, while no urgent work waits', async () => {
    const { log, ask } = await pages({ waiting: false });
    await Promise.all([1, 2, 3, 4].map((i) => ask(`/page${i}`)));
    expect(log.mostAtOnce).toBe(4);
  });

  // Timed by real timers: on a machine loaded past its cores a timer can fire late enough to break the order being
  // checked (CI once, 2026-12-06, at a load of about 10; it passes alone). Tried again before it counts as failed.
  it('Should read pages one at a time, resting between them, while urgent work waits; reports never wait', {
    retry: 2,
  }, async () => {
    const { log, ask } = await pages({ waiting: true });
    const answered = await Promise.all([
      ...[1, 2, 3, 4].map((i) => ask(`/page${i}`)),
      new Promise<void>((resolve) => setTimeout(resolve, PAGE_MS / 2)).then(() => ask('/feedback', 'POST')),
    ]);
    expect(log.mostAtOnce).toBe(2); // one page, and the report beside it
    const starts = log.started.filter((s) => s.path.startsWith('/page')).map((s) => s.at);
    for (let i = 1; i < starts.length; i += 1) {
      // Each page read after the one before was answered and as long again had passed (its rest), less timer slack.
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThan(PAGE_MS + REST_AT_MOST_MS * 0.8);
    }
    const report = answered.find((a) => a.path === '/feedback')!;
    expect(report.tookMs).toBeLessThan(PAGE_MS); // taken beside the page being read, not after the queue
    expect(report.at).toBeLessThan(Math.max(...answered.map((a) => a.at)));
  });

  it('Should read a page asked alone at once while urgent work waits (nothing is shut)', async () => {
    const { ask } = await pages({ waiting: true });
    const { tookMs } = await ask('/status');
    expect(tookMs).toBeLessThan(PAGE_MS * 3);
  });

  // Timed by real timers too (the four requests must arrive before the urgent work ends, half a page later): tried
  // again under load before it counts as failed (CI at a load of 19, 2026-12-07).
  it('Should read every waiting page at once when the urgent work is done', { retry: 2 }, async () => {
    const urgentWork = { waiting: true };
    const { log, ask } = await pages(urgentWork);
    const all = Promise.all([1, 2, 3, 4].map((i) => ask(`/page${i}`)));
    await new Promise((resolve) => setTimeout(resolve, PAGE_MS / 2));
    urgentWork.waiting = false;
    await all;
    expect(log.mostAtOnce).toBe(3); // the first, then the three left together
  });

  it('Should not let a page that never answers keep the next one out', async () => {
    const { ask } = await pages({ waiting: true });
    void ask('/hang').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { tookMs } = await ask('/status');
    expect(tookMs).toBeLessThan(400 + REST_AT_MOST_MS + PAGE_MS * 4);
  });
});
