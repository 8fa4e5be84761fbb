import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyChannel, startTestStack, tempDataDir } from '../support/local-stack';
import { outbox } from '../support/outbox';

// Found by helper lost32, measured by wait32 and wait33: one local stack flooded with redaction previews took
// urgent reports but emailed their sponsors minutes later, as analysis and escalation share the process with the
// flood and each of their round trips to the stand-ins waited behind a whole turn of previews (2-4 s a turn).
// Before the fix: 10 urgent reports emailed in 5-10 s unflooded, none of them 150 s later beside 8 preview
// clients. Now, while urgent work waits, requests other than reports take turns (local/requests-take-turns.ts).

const REPORTS = 5;
const URGENT = (i: number, run: string) =>
  `There is a gas leak by press ${i} in hall ${run} and two people feel dizzy, nobody has evacuated us`;

describe('an urgent report reaches its sponsor beside a flood of previews', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  beforeAll(async () => {
    // Roomy budgets: the flood is answered, not refused, so its whole cost falls on the stack.
    stack = await startTestStack({ dataDir: dataDir.path, rateLimits: everyChannel({ perSecond: 1000, burst: 1000 }) });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const sponsorEmails = async () => (await outbox(stack.urls.outbox)).filter((e) => /\/ack\//.test(e.body.text ?? ''));

  /** Sends `REPORTS` urgent reports at once; ms until every one of them is in a sponsor's mailbox. */
  const sentToEmailed = async (run: string, limitMs: number): Promise<number> => {
    const before = (await sponsorEmails()).length;
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from(
        { length: REPORTS },
        async (_, i) => (await stack.submit({ text: URGENT(i, run), site: 'plant2' })).status,
      ),
    );
    expect(statuses).toEqual(Array(REPORTS).fill(201));
    while ((await sponsorEmails()).length - before < REPORTS) {
      if (Date.now() - started > limitMs) return Number.POSITIVE_INFINITY;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return Date.now() - started;
  };

  it('Should email urgent reports sent during a flood of previews within a small multiple of the unflooded time, the flood still answered', async () => {
    await sentToEmailed('warm', 60_000); // the detector and the stand-ins warmed, as on a stack running a while
    const quiet = await sentToEmailed('quiet', 60_000);
    const flood = spawn(
      process.execPath,
      [join(__dirname, '../support/preview-flood.mjs'), `${stack.urls.app}/feedback/preview`, '8'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let answered = 0;
    flood.stdout.on('data', (chunk) => {
      answered = Number(String(chunk).trim().split('\n').pop());
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 8_000));
      const answeredBefore = answered;
      const flooded = await sentToEmailed('flooded', Math.max(60_000, 15 * quiet));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      // The flood went on, answered, before and after the urgent reports: taking turns, never shut out.
      expect(answeredBefore).toBeGreaterThan(0);
      expect(answered).toBeGreaterThan(answeredBefore);
      // Before: no email in 150 s against 5-10 s unflooded. Now about 8 s against 1 s on a quiet laptop (the pages get
      // every other slice of time, and the urgent path's dozens of round trips each wait for one): under 10 times, or
      // under 30 s where the unflooded second is mostly noise (a CI runner at a load of 20 measured 10.1 times).
      expect(flooded).toBeLessThan(Math.max(10 * quiet, 30_000));
    } finally {
      flood.kill();
    }
  }, 300_000);
});
