import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueJournal, REWRITE_WHOLE_UP_TO, SPARE_KEYS } from '../../../local/queue-journal';
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

function openWith(sealed: Buffer, key: Buffer, label: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(label));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
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
  });

  it('Should overwrite a deleted message’s key on disk at once, and remove its file on the cadence', () => {
    const journal = new QueueJournal(path, key, 0);
    journal.sent('analysis', 'm1', 'text');
    const [name] = readdirSync(keysDir);
    const keptLink = join(dir.path, 'what-the-disk-still-holds');
    linkSync(join(keysDir, name!), keptLink); // a second name for the same bytes on disk
    const before = readFileSync(keptLink);
    expect(before.some((b) => b !== 0)).toBe(true);

    journal.deleted('m1');
    const after = readFileSync(keptLink);
    expect(after).toHaveLength(before.length); // random bytes now, like a spare's
    expect(after.equals(before)).toBe(false);
    expect(readableBodies(path, key)).toEqual([]);
    journal.tick();
    expect(existsSync(join(keysDir, name!))).toBe(false);
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

    const restarted = new QueueJournal(path, key, 0);
    expect(restarted.unfinished().map((m) => m.body)).toEqual(['accepted before the crash']);
    expect(readdirSync(keysDir)).toHaveLength(1);
    expect(existsSync(join(keysDir, orphan))).toBe(false);
  });

  it('Should drop finished messages from disk when it compacts, and their key files on the cadence', () => {
    const journal = new QueueJournal(path, key, 2);
    journal.sent('analysis', 'x', 'x');
    journal.sent('analysis', 'y', 'y');
    journal.deleted('x');
    journal.deleted('y');
    journal.compact();
    journal.tick();
    expect(readFileSync(path, 'utf8')).toBe('');
    expect(readFileSync(`${path}.copy`, 'utf8')).toBe('');
    // Only the two fresh spares, made by the tick.
    expect(readdirSync(keysDir)).toHaveLength(2);
  });

  it('Should make and remove no file for a message: every file under the queue folder was born before it', () => {
    const journal = new QueueJournal(path, key);
    const files = () =>
      [path, `${path}.copy`, ...readdirSync(keysDir).map((n) => join(keysDir, n))].map((file) => {
        const { ino, birthtimeMs, size } = statSync(file);
        return { file, ino, birthtimeMs, size };
      });
    const before = files();
    journal.sent('analysis', 'm1', 'the fire exit is blocked again');
    journal.sent('analysis', 'm2', 'and the rota');
    journal.deleted('m1');
    // Same files, same inodes, same birth times: nothing was made or removed for the two submissions.
    expect(files().map(({ size: _size, ...rest }) => rest)).toEqual(before.map(({ size: _size, ...rest }) => rest));
    expect(readdirSync(keysDir)).toHaveLength(SPARE_KEYS);
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

  it('Should keep no arrival order, lane or length in the journal: two submissions cannot be ordered or told apart', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis-priority', 'first', 'someone collapsed on the line, come now');
    journal.sent(
      'escalation',
      'second',
      `a long and ordinary note about the rota. ${'The rota is fine. '.repeat(150)}`,
    );
    journal.sent('analysis', 'third', 'ok');
    const text = readFileSync(path, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1); // one length for a two-word and a 2,800-character text
    expect(text).not.toMatch(/analysis|priority|escalation|"queue"/);
    // The lines are sorted by their random entry ids, whatever order the messages came in.
    const entries = lines.map((line) => (JSON.parse(line) as { entry: string }).entry);
    expect(entries).toEqual([...entries].sort());
    expect(
      new QueueJournal(path, key)
        .unfinished()
        .map((m) => m.queueName)
        .sort(),
    ).toEqual(['analysis', 'analysis-priority', 'escalation']);
  });

  it('Should put a new message anywhere among the others, not after them', () => {
    const journal = new QueueJournal(path, key);
    const bodies = Array.from({ length: 30 }, (_, i) => `body ${i}`);
    for (const [i, body] of bodies.entries()) journal.sent('analysis', `m${i}`, body);
    expect(readableBodies(path, key)).not.toEqual(bodies); // 1 chance in 30! of a false failure
    expect(readableBodies(path, key).sort()).toEqual([...bodies].sort());
  });

  it('Should take a burst past its spare keys, and lose none of it, even if a rewrite is cut short', () => {
    const journal = new QueueJournal(path, key);
    const burst = Array.from({ length: SPARE_KEYS + 10 }, (_, i) => `burst ${i}`);
    for (const [i, body] of burst.entries()) journal.sent('analysis', `b${i}`, body);
    // A crash cut the journal's in-place rewrite short: its copy, written first, is whole.
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, whole.slice(0, Math.floor(whole.length / 2)));
    const restarted = new QueueJournal(path, key);
    expect(
      restarted
        .unfinished()
        .map((m) => m.body)
        .sort(),
    ).toEqual([...burst].sort());
    expect(readableBodies(path, key).sort()).toEqual([...burst].sort());
  });

  it('Should take a deep burst at the same cost a send, appending in the same file, and lose none of it', () => {
    const journal = new QueueJournal(path, key);
    const burst = Array.from({ length: REWRITE_WHOLE_UP_TO + 5 }, (_, i) => `deep ${i}`);
    for (const [i, body] of burst.entries()) journal.sent('analysis', `d${i}`, body);
    const { ino } = statSync(path);
    const before = readFileSync(path, 'utf8');
    journal.sent('analysis', 'one more', 'one more');
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(statSync(path).ino).toBe(ino);
    // A crash cutting the next line short loses only that unanswered send; the restart rewrites the rest.
    writeFileSync(path, `${after}{"entry":"${'cd'.repeat(16)}","sea`);
    const restarted = new QueueJournal(path, key);
    expect(
      restarted
        .unfinished()
        .map((m) => m.body)
        .sort(),
    ).toEqual([...burst, 'one more'].sort());
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
  });

  it('Should start again after a crash cut an erasure short, the half-erased message counted as finished', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis', 'done', 'analysed just before the crash');
    journal.sent('analysis', 'waiting', 'still waiting');
    // After a restart each message is known by its entry id, which names its key file.
    const done = new QueueJournal(path, key).unfinished().find((m) => m.body === 'analysed just before the crash')!;
    // The erasure overwrote the key with zeros and was killed before removing the file.
    writeFileSync(join(keysDir, done.messageId), Buffer.alloc(60));
    expect(new QueueJournal(path, key, 0).unfinished().map((m) => m.body)).toEqual(['still waiting']);
    expect(readdirSync(keysDir)).toHaveLength(1);
  });

  it('Should keep the journal before a rewrite that a crash cut short', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis', 'kept', 'accepted before the crash');
    const orphan = 'ab'.repeat(16);
    writeFileSync(join(keysDir, orphan), randomBytes(60)); // the key of the send the crash interrupted
    writeFileSync(`${path}.tmp`, readFileSync(path, 'utf8').slice(0, 100)); // its rewrite, cut short

    const restarted = new QueueJournal(path, key, 0);
    expect(restarted.unfinished().map((m) => m.body)).toEqual(['accepted before the crash']);
    expect(readdirSync(keysDir)).toHaveLength(1);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('Should take over a journal that named each message’s queue in clear: sealed again, the name inside', () => {
    const journal = new QueueJournal(path, key);
    journal.sent('analysis-priority', 'm1', 'urgent');
    // The same message as the journal wrote it before: the queue's name in clear, the text alone, unpadded.
    const [line] = readFileSync(path, 'utf8').trim().split('\n');
    const { entry } = JSON.parse(line!) as { entry: string };
    const entryKey = openWith(readFileSync(join(keysDir, entry)), key, entry);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', entryKey, iv);
    cipher.setAAD(Buffer.from(entry));
    const data = Buffer.concat([cipher.update('urgent', 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
    writeFileSync(path, `${JSON.stringify({ entry, queue: 'analysis-priority', sealed })}\n`);

    const restarted = new QueueJournal(path, key);
    expect(restarted.unfinished()).toEqual([{ queueName: 'analysis-priority', messageId: entry, body: 'urgent' }]);
    expect(readFileSync(path, 'utf8')).not.toContain('analysis-priority');
    expect(readableBodies(path, key)).toEqual(['urgent']);
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
