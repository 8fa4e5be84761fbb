import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueJournal } from '../../../local/queue-journal';
import { tempDataDir } from '../../support/local-stack';
import { readableBodies } from '../../support/sealed-journal';

/** A journal line as the journal wrote them before each message had its own key. */
function legacySend(masterKey: Buffer, messageId: string, body: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  const data = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  return JSON.stringify({ op: 'send', queueName: 'analysis', messageId, sealed });
}

describe('the local queue journal', () => {
  const dir = tempDataDir();
  const key = randomBytes(32);
  const path = join(dir.path, 'queues', 'journal.jsonl');
  const keysDir = join(dir.path, 'queues', 'keys');
  afterEach(() => dir.remove());

  it('Should keep a message across restarts until it is deleted, sealed on disk', () => {
    const first = new QueueJournal(path, key);
    first.sent('analysis', 'm1', 'call me on 555-0147');
    first.sent('analysis', 'm2', 'second');
    first.deleted('m2');
    expect(readFileSync(path, 'utf8')).not.toContain('555-0147');
    expect(new QueueJournal(path, key).unfinished()).toEqual([
      { queueName: 'analysis', messageId: expect.any(String), body: 'call me on 555-0147' },
    ]);
  });

  it('Should make a deleted message unreadable at once, even to someone holding the journal and the master key', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis', 'm1', 'Dave in bay 3 keeps shouting at the new starters');
    journal.sent('analysis', 'm2', 'still waiting to be analysed');
    expect(readableBodies(path, key).sort()).toEqual([
      'Dave in bay 3 keeps shouting at the new starters',
      'still waiting to be analysed',
    ]);

    journal.deleted('m1');
    // No compaction has happened: the sealed text is still in the journal, and cannot be opened.
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readableBodies(path, key)).toEqual(['still waiting to be analysed']);
    expect(readdirSync(keysDir)).toHaveLength(1);
  });

  it('Should overwrite a deleted message’s key on disk before removing it', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis', 'm1', 'text');
    const [name] = readdirSync(keysDir);
    const keptLink = join(dir.path, 'what-the-disk-still-holds');
    linkSync(join(keysDir, name!), keptLink); // a second name for the same bytes on disk
    const before = readFileSync(keptLink);
    expect(before.some((b) => b !== 0)).toBe(true);

    journal.deleted('m1');
    expect(existsSync(join(keysDir, name!))).toBe(false);
    const after = readFileSync(keptLink);
    expect(after).toHaveLength(before.length);
    expect(after.every((b) => b === 0)).toBe(true);
  });

  it('Should lose nothing when a restart dies half-way through sending the unfinished messages again', () => {
    const first = new QueueJournal(path, key);
    first.sent('analysis', 'a', 'one');
    first.sent('analysis', 'b', 'two');
    // The next start re-sends "a" (journalled under its new id) and dies before "b".
    const replaying = new QueueJournal(path, key);
    const a = replaying.unfinished().find((m) => m.body === 'one')!;
    replaying.sent('analysis', 'a2', 'one');
    replaying.deleted(a.messageId);
    const afterCrash = new QueueJournal(path, key)
      .unfinished()
      .map((m) => m.body)
      .sort();
    expect(afterCrash).toEqual(['one', 'two']);
  });

  it('Should erase a key left without its line by a crash between the two writes, and keep the rest', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis', 'kept', 'accepted before the crash');
    const orphan = 'ab'.repeat(16);
    writeFileSync(join(keysDir, orphan), randomBytes(60)); // the key of a send that was never answered
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"entry":"${'cd'.repeat(16)}","queue":"anal`); // a line cut short

    const restarted = new QueueJournal(path, key);
    expect(restarted.unfinished().map((m) => m.body)).toEqual(['accepted before the crash']);
    expect(readdirSync(keysDir)).toHaveLength(1);
    expect(existsSync(join(keysDir, orphan))).toBe(false);
  });

  it('Should drop finished messages from disk when it compacts', () => {
    const journal = new QueueJournal(path, key, 2);
    journal.sent('analysis', 'x', 'x');
    journal.sent('analysis', 'y', 'y');
    journal.deleted('x');
    journal.deleted('y'); // the second finished entry triggers compaction
    expect(readFileSync(path, 'utf8')).toBe('');
    expect(readdirSync(keysDir)).toEqual([]);
  });

  it('Should keep no queue message id and no time in the journal, and no time finer than the week on its files', () => {
    const wednesday = new Date('2026-11-18T15:30:27.123Z');
    const journal = new QueueJournal(path, key, 200, () => wednesday);
    journal.sent('analysis', 'f3b0c442-98fc-4c1c-9a11-0123456789ab', 'text');
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('f3b0c442');
    expect(text).not.toMatch(/20\d\d-\d\d-\d\d|"(at|time|timestamp|sentAt)"/i);
    const monday = Date.parse('2026-11-16T00:00:00Z');
    for (const file of [path, keysDir, ...readdirSync(keysDir).map((n) => join(keysDir, n))]) {
      // (Access times are set back too, but reading a file, as this test does, moves them on.)
      expect(statSync(file).mtimeMs, file).toBe(monday);
    }
  });

  it('Should write the live messages in a new, random order when it compacts, not the order they came in', () => {
    const journal = new QueueJournal(path, key);
    const ids = Array.from({ length: 30 }, (_, i) => `m${i}`);
    for (const id of ids) journal.sent('analysis', id, `body ${id}`);
    const before = readFileSync(path, 'utf8').trim().split('\n');
    journal.compact();
    const after = readFileSync(path, 'utf8').trim().split('\n');
    expect([...after].sort()).toEqual([...before].sort());
    expect(after).not.toEqual(before); // 1 chance in 30! of a false failure
  });

  it('Should take over a journal from before per-message keys: its unfinished messages kept, nothing left that the master key opens', () => {
    mkdirSync(join(dir.path, 'queues'), { recursive: true });
    const lines = [
      legacySend(key, 'old-1', 'analysed long ago'),
      JSON.stringify({ op: 'delete', messageId: 'old-1' }),
      legacySend(key, 'old-2', 'never analysed'),
    ];
    writeFileSync(path, `${lines.join('\n')}\n`);

    const journal = new QueueJournal(path, key);
    expect(journal.unfinished().map((m) => m.body)).toEqual(['never analysed']);
    expect(readFileSync(path, 'utf8')).not.toContain('"op"');
    expect(readableBodies(path, key)).toEqual(['never analysed']);
    journal.deleted(journal.unfinished()[0]!.messageId);
    expect(readableBodies(path, key)).toEqual([]);
  });
});
