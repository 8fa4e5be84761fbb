import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { startOfIsoWeek, isoWeekOf } from '../shared/domain/iso-week';

export interface JournalledMessage {
  queueName: string;
  /** The handle to pass to `deleted()`: the queue's message id, or the journal's own id for a message from an earlier run. */
  messageId: string;
  body: string;
}

/** One line of the journal: a message, sealed under its own key, named by a random id (never the queue's message id). */
type Line = { entry: string; queue: string; sealed: string };
/** Lines written before messages had keys of their own: sealed under the master key, deletes journalled. */
type LegacyLine =
  | { op: 'send'; queueName: string; messageId: string; sealed: string }
  | { op: 'delete'; messageId: string };

interface Live {
  queueName: string;
  entry: string;
  sealed: string;
}

const ENTRY_ID = /^[0-9a-f]{32}$/;

/**
 * Makes the in-memory local-aws-sqs survive a crash: every message sent is
 * appended to a journal and sent again on the next start unless it was
 * deleted (analysed) in the meantime.
 *
 * Each message is sealed (AES-256-GCM) under a random key of its own, kept
 * in its own file under `keys/` and itself sealed under the master key (as
 * SQS encrypts at rest on AWS). Deleting a message overwrites and removes its
 * key file, so the sealed text left in the append-only journal can never be
 * opened again, with or without the master key: deleting is forgetting, at
 * once, not at the next compaction. The journal holds no queue message id
 * and no time; compaction writes the remaining messages in random order; and
 * every file's modification time is set back to the start of the week.
 *
 * Crash safety: a message's key is written before its line, and a line
 * whose key is gone is a finished message. A key without a line (killed
 * between the two writes) belongs to a send that was never answered, so
 * never accepted, and is erased on the next start.
 */
export class QueueJournal {
  private readonly keysDir: string;
  /** Live messages by handle: the queue's message id for this run's sends, the entry id for earlier runs'. */
  private readonly live = new Map<string, Live>();
  private finished = 0;

  constructor(
    private readonly path: string,
    private readonly masterKey: Buffer,
    private readonly compactAfter = 200,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.keysDir = join(dirname(path), 'keys');
    mkdirSync(this.keysDir, { recursive: true, mode: 0o700 });
    const keys = new Set(readdirSync(this.keysDir).filter((name) => ENTRY_ID.test(name)));
    const legacy = new Map<string, { queueName: string; sealed: string }>();
    let sawLegacy = false;
    if (existsSync(path)) {
      for (const text of readFileSync(path, 'utf8').split('\n')) {
        const line = parseLine(text);
        if (!line) continue; // empty, or cut short by a crash mid-write
        if ('entry' in line) {
          if (keys.has(line.entry))
            this.live.set(line.entry, { queueName: line.queue, entry: line.entry, sealed: line.sealed });
          continue;
        }
        sawLegacy = true;
        if (line.op === 'send') legacy.set(line.messageId, { queueName: line.queueName, sealed: line.sealed });
        else legacy.delete(line.messageId);
      }
    }
    const referenced = new Set([...this.live.values()].map((m) => m.entry));
    for (const name of keys) if (!referenced.has(name)) this.eraseKey(name);
    if (sawLegacy) {
      // A journal from before per-message keys: each unfinished message gets a
      // key of its own, then the old lines, openable with the master key, go.
      for (const m of legacy.values())
        this.record(m.queueName, undefined, open(Buffer.from(m.sealed, 'base64'), this.masterKey).toString('utf8'));
      this.compact();
    }
  }

  /**
   * The messages sent and never deleted, to be sent again after a restart.
   * They stay in the journal until `deleted()` is called for each, once its
   * copy has been sent: a crash during the replay loses nothing either.
   */
  unfinished(): JournalledMessage[] {
    return [...this.live].map(([messageId, m]) => ({ queueName: m.queueName, messageId, body: this.openBody(m) }));
  }

  sent(queueName: string, messageId: string, body: string): void {
    this.record(queueName, messageId, body);
  }

  /** Forgets a message at once: its key is overwritten and removed, so its sealed text can never be opened. */
  deleted(messageId: string): void {
    const message = this.live.get(messageId);
    if (!message) return;
    this.eraseKey(message.entry);
    this.live.delete(messageId);
    this.finished += 1;
    if (this.finished >= this.compactAfter) this.compact();
  }

  /** Rewrites the journal with only the live messages, in random order (atomically, via rename). */
  compact(): void {
    const lines = shuffled([...this.live.values()]).map((m) =>
      JSON.stringify({ entry: m.entry, queue: m.queueName, sealed: m.sealed } satisfies Line),
    );
    const partial = `${this.path}.tmp`;
    writeFileSync(partial, lines.length ? `${lines.join('\n')}\n` : '', { mode: 0o600 });
    this.blurTime(partial);
    renameSync(partial, this.path);
    this.blurTime(dirname(this.path));
    this.finished = 0;
  }

  private record(queueName: string, messageId: string | undefined, body: string): void {
    const entry = randomBytes(16).toString('hex');
    const key = randomBytes(32);
    const sealed = seal(Buffer.from(body, 'utf8'), key, entry).toString('base64');
    // The key first: a line is only ever written once its key exists.
    const keyFile = join(this.keysDir, entry);
    writeFileSync(keyFile, seal(key, this.masterKey, entry), { mode: 0o600, flag: 'wx' });
    this.blurTime(keyFile);
    this.blurTime(this.keysDir);
    appendFileSync(this.path, `${JSON.stringify({ entry, queue: queueName, sealed } satisfies Line)}\n`, {
      mode: 0o600,
    });
    this.blurTime(this.path);
    this.live.set(messageId ?? entry, { queueName, entry, sealed });
  }

  private openBody(m: Live): string {
    const key = open(readFileSync(join(this.keysDir, m.entry)), this.masterKey, m.entry);
    return open(Buffer.from(m.sealed, 'base64'), key, m.entry).toString('utf8');
  }

  /** Overwrites a key file with zeros, on disk, then removes it. */
  private eraseKey(entry: string): void {
    const file = join(this.keysDir, entry);
    let fd: number;
    try {
      fd = openSync(file, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      const { size } = fstatSync(fd);
      writeSync(fd, Buffer.alloc(size), 0, size, 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    unlinkSync(file);
    this.blurTime(this.keysDir);
  }

  /** Sets a file's access and modification times to the start of this week: no finer time than the week is left in them. */
  private blurTime(path: string): void {
    const weekStart = startOfIsoWeek(isoWeekOf(this.now(), 'UTC'));
    utimesSync(path, weekStart, weekStart);
  }
}

function parseLine(text: string): Line | LegacyLine | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (
      typeof value.entry === 'string' &&
      ENTRY_ID.test(value.entry) &&
      typeof value.queue === 'string' &&
      typeof value.sealed === 'string'
    ) {
      return { entry: value.entry, queue: value.queue, sealed: value.sealed };
    }
    if (
      value.op === 'send' &&
      typeof value.queueName === 'string' &&
      typeof value.messageId === 'string' &&
      typeof value.sealed === 'string'
    ) {
      return { op: 'send', queueName: value.queueName, messageId: value.messageId, sealed: value.sealed };
    }
    if (value.op === 'delete' && typeof value.messageId === 'string')
      return { op: 'delete', messageId: value.messageId };
  } catch {
    // a line cut short by a crash mid-write
  }
  return undefined;
}

/** AES-256-GCM: 12-byte IV, 16-byte tag, then the ciphertext; `label` (the entry id) is authenticated with it. */
function seal(plain: Buffer, key: Buffer, label?: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (label) cipher.setAAD(Buffer.from(label));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

function open(sealed: Buffer, key: Buffer, label?: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  if (label) decipher.setAAD(Buffer.from(label));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
