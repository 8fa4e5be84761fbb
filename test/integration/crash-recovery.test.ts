import { describe, expect, it } from 'vitest';
import { startChildStack } from '../support/child-stack';
import { tempDataDir } from '../support/local-stack';

const DONE = ['analysed', 'escalated', 'acknowledged', 'responded'];

async function statusOf(url: string, code: string): Promise<string | undefined> {
  const res = await fetch(`${url}/status/${code}`, { headers: { accept: 'application/json' } });
  return res.ok ? ((await res.json()) as { status: string }).status : undefined;
}

describe('the local runtime killed mid-stream', () => {
  it('Should analyse, after a restart, every submission that got a 2xx before SIGKILL', {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDataDir();
    try {
      const first = await startChildStack(dataDir.path);
      const accepted: string[] = [];
      let refused = 0;
      const send = async (i: number) => {
        try {
          const res = await fetch(`${first.url}/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ text: `Submission ${i}: the night shift is understaffed again`, site: 'plant2' }),
          });
          if (res.status === 201) accepted.push(((await res.json()) as { caseCode: string }).caseCode);
        } catch {
          refused += 1; // the process was gone: never accepted
        }
      };
      // A steady stream, killed part-way through with requests in flight.
      const inFlight: Promise<void>[] = [];
      let killedAt = -1;
      for (let i = 0; killedAt < 0 || i < killedAt + 20; i += 1) {
        inFlight.push(send(i));
        if (killedAt < 0 && accepted.length >= 25) {
          killedAt = i;
          void first.kill();
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(inFlight);
      await first.kill();
      expect(accepted.length).toBeGreaterThanOrEqual(25);

      const second = await startChildStack(dataDir.path);
      try {
        const deadline = Date.now() + 30_000;
        let pending = [...accepted];
        let last: (string | undefined)[] = [];
        while (pending.length && Date.now() < deadline) {
          const statuses = await Promise.all(pending.map((code) => statusOf(second.url, code)));
          pending = pending.filter((_, i) => !DONE.includes(statuses[i] ?? ''));
          last = statuses.filter((_, i) => !DONE.includes(statuses[i] ?? ''));
          if (pending.length) await new Promise((r) => setTimeout(r, 250));
        }
        expect(
          pending,
          `${pending.length} of ${accepted.length} accepted submissions never analysed (${refused} refused; statuses ${last.join(', ')})`,
        ).toEqual([]);
      } finally {
        await second.interrupt();
      }
    } finally {
      dataDir.remove();
    }
  });

  it('Should stop cleanly on Ctrl-C and keep the data for the next start', { timeout: 90_000 }, async () => {
    const dataDir = tempDataDir();
    try {
      const first = await startChildStack(dataDir.path);
      const res = await fetch(`${first.url}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Keep me' }),
      });
      const { caseCode } = (await res.json()) as { caseCode: string };
      expect(await first.interrupt()).toBe(0);
      expect(first.output()).toContain('Stopped. Your data is kept for next time.');
      const second = await startChildStack(dataDir.path);
      try {
        expect(await statusOf(second.url, caseCode)).toBe('analysed');
      } finally {
        await second.interrupt();
      }
    } finally {
      dataDir.remove();
    }
  });
});
