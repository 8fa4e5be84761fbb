import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChildStack } from '../support/child-stack';
import { exampleConfig } from '../support/fixtures';
import { tempDataDir } from '../support/local-stack';

// Attacker's report (round 28): an urgent case not yet emailed waits for the sweep (its email throttled, or past its
// holder's emails for the hour), and the local stack's sweep ran only `escalation.sweepMinutes` after it started.
// Restarted (a crash, Ctrl-C, a laptop's sleep) before then, the case waited a whole interval again; restarted
// more often, it never reached anyone. `npm start` now sweeps once as it starts.

async function statusOf(url: string, code: string): Promise<string | undefined> {
  const res = await fetch(`${url}/status/${code}`, { headers: { accept: 'application/json' } });
  return res.ok ? ((await res.json()) as { status: string }).status : undefined;
}

async function until(url: string, code: string, wanted: string, ms: number): Promise<string | undefined> {
  const end = Date.now() + ms;
  let last: string | undefined;
  while (Date.now() < end) {
    last = await statusOf(url, code);
    if (last === wanted) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

const report = async (url: string, text: string) => {
  const res = await fetch(`${url}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ text, site: 'plant2' }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { caseCode: string }).caseCode;
};

describe('an urgent case waiting for the sweep when the local stack restarts', () => {
  it('Should be emailed as the stack starts again, not a whole sweep interval later', {
    timeout: 180_000,
  }, async () => {
    const dataDir = tempDataDir();
    const configPath = join(dataDir.path, 'config.json');
    // One email an hour per holder and an hour between sweeps: the second urgent report waits for the sweep. One
    // report an hour from a quiet source too: both come from the web form at Plant 2 (one source), and a source's
    // first few urgent reports are emailed on their own from a second allowance (quiet-source.ts), which would
    // email the second at once rather than leave it for the sweep.
    writeFileSync(
      configPath,
      JSON.stringify({
        ...exampleConfig,
        escalation: {
          ...exampleConfig.escalation,
          urgentEmailsPerHour: 1,
          sweepMinutes: 60,
          urgentReportsPerSourcePerHour: 1,
        },
      }),
    );
    const env = process.env.CONFIG;
    process.env.CONFIG = configPath;
    try {
      const first = await startChildStack(dataDir.path);
      const told = await report(first.url, 'There is a fire in the paint shop, smoke everywhere');
      expect(await until(first.url, told, 'escalated', 60_000)).toBe('escalated');
      const waiting = await report(first.url, 'A man collapsed by press 4 and is not breathing');
      expect(await until(first.url, waiting, 'forwarding', 60_000)).toBe('forwarding');
      await first.interrupt();

      const second = await startChildStack(dataDir.path);
      try {
        expect(await until(second.url, waiting, 'escalated', 45_000)).toBe('escalated');
      } finally {
        await second.interrupt();
      }
    } finally {
      if (env === undefined) delete process.env.CONFIG;
      else process.env.CONFIG = env;
      dataDir.remove();
    }
  });
});
