import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueJournal } from '../../local/queue-journal';
import { tempDataDir } from '../support/local-stack';

/** Starts the sender and kills it (SIGKILL, no chance to tidy) once it has answered `acks` sends; resolves with the numbers it answered. */
async function sendUntilKilled(path: string, key: Buffer, first: number, acks: number): Promise<number[]> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/journal-sender.ts', path, key.toString('hex'), String(first)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.split('\n').length > acks) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  // Only whole lines: a number is answered once its line is out.
  return output.split('\n').slice(0, -1).map(Number);
}

describe('the local queue journal, killed mid-send', () => {
  const dir = tempDataDir();
  afterEach(() => dir.remove());

  it('Should keep every message it answered, whenever the process is killed', async () => {
    const key = randomBytes(32);
    const path = join(dir.path, 'queues', 'journal.jsonl');
    const answered: number[] = [];
    // Killed three times at whatever write it was doing (a key, the journal's rewrite, a rename, an erasure).
    for (const [first, acks] of [
      [0, 40],
      [10_000, 75],
      [20_000, 120],
    ] as const) {
      answered.push(...(await sendUntilKilled(path, key, first, acks)));
    }
    const expected = answered.filter((n) => n % 4 !== 0).map((n) => `message ${n}`);
    expect(expected.length).toBeGreaterThan(100);
    const kept = new QueueJournal(path, key).unfinished().map((m) => m.body);
    expect(kept).toEqual(expect.arrayContaining(expected));
    // Whatever else is kept was sent when the kill came: at most one per kill, not yet answered.
    expect(kept.length - expected.length).toBeLessThanOrEqual(3);
  });
});
