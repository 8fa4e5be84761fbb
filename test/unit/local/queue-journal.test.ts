import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueJournal } from '../../../infra/local/queue-journal';
import { tempDataDir } from '../../support/local-stack';

describe('the local queue journal', () => {
  const dir = tempDataDir();
  const key = randomBytes(32);
  const path = join(dir.path, 'journal.jsonl');
  afterEach(() => dir.remove());

  it('Should keep a message across restarts until it is deleted, sealed on disk', () => {
    const first = new QueueJournal(path, key);
    first.sent('analysis', 'm1', 'call me on 555-0147');
    first.sent('analysis', 'm2', 'second');
    first.deleted('m2');
    expect(readFileSync(path, 'utf8')).not.toContain('555-0147');
    expect(new QueueJournal(path, key).unfinished()).toEqual([{ queueName: 'analysis', messageId: 'm1', body: 'call me on 555-0147' }]);
  });

  it('Should lose nothing when a restart dies half-way through sending the unfinished messages again', () => {
    const first = new QueueJournal(path, key);
    first.sent('analysis', 'a', 'one');
    first.sent('analysis', 'b', 'two');
    // The next start re-sends "a" (journalled under its new id) and dies before "b".
    const replaying = new QueueJournal(path, key);
    replaying.sent('analysis', 'a2', 'one');
    replaying.deleted('a');
    const afterCrash = new QueueJournal(path, key).unfinished().map((m) => m.body).sort();
    expect(afterCrash).toEqual(['one', 'two']);
  });

  it('Should drop finished messages from disk when it compacts', () => {
    const journal = new QueueJournal(path, key, 2);
    journal.sent('analysis', 'x', 'x');
    journal.sent('analysis', 'y', 'y');
    journal.deleted('x');
    journal.deleted('y'); // the second finished entry triggers compaction
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});
