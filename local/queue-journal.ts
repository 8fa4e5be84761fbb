import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
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
  rmSync,
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

/** One line of the journal: a message (its queue's name inside), sealed under its own key, named by a random id (never the queue's message id). */
type Line = { entry: string; sealed: string };
/** Lines written before the queue's name was sealed with the message (and bodies padded): the name in clear. */
type NamedLine = { entry: string; queue: string; sealed: string };
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
/** Sealed messages are padded to whole blocks, so a line's length says (almost) nothing of the text's. */
export const JOURNAL_BLOCK_BYTES = 4096;
/**
 * Up to this many waiting messages a send rewrites the journal whole (a few hundred KiB at most); past
 * it, during a burst the analysis has not caught up with, a send appends its line, so it costs the same
 * at any depth. The order of those lines tells no more than the messages themselves: each can be opened
 * (with `secrets.json`) only while it waits, and once it is analysed its line is a padded block that no
 * key opens, naming no lane, no length and no case.
 */
export const REWRITE_WHOLE_UP_TO = 64;

/**
 * Makes the in-memory local-aws-sqs survive a crash: every message sent is
 * written to a journal and sent again on the next start unless it was
 * deleted (analysed) in the meantime.
 *
 * Each message is sealed (AES-256-GCM) under a random key of its own, kept
 * in its own file under `keys/` and itself sealed under the master key (as
 * SQS encrypts at rest on AWS). Deleting a message overwrites and removes its
 * key file, so the sealed text left in the journal can never be opened
 * again, with or without the master key: deleting is forgetting, at once,
 * not at the next compaction.
 *
 * The journal says nothing of who sent what when: it holds no queue message
 * id and no time; the queue's name (which lane a message took) is sealed
 * with the message, padded to whole 4 KiB blocks; and it keeps no arrival
 * order: a send rewrites it whole (dropping finished messages), its lines
 * sorted by their random entry ids, so a new message lands anywhere among
 * the others (past `REWRITE_WHOLE_UP_TO` waiting messages a send appends,
 * see there, and the next compaction sorts them again). Every file's
 * modification time is set back to the start of the week.
 *
 * Crash safety: a message's key is written before the journal that names
 * it, and the journal is replaced whole by a rename, so a crash leaves
 * either the old journal or the new one, never half of one (an appended
 * line cut short is skipped, and the journal rewritten, on the next start). A line whose key
 * is gone is a finished message. A key without a line (killed between the
 * two writes) belongs to a send that was never answered, so never accepted,
 * and is erased on the next start.
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
    rmSync(this.partialPath, { force: true }); // a rewrite a crash cut short: the journal itself is the one before it
    const keys = new Set(readdirSync(this.keysDir).filter((name) => ENTRY_ID.test(name)));
    const legacy = new Map<string, { queueName: string; sealed: string }>();
    let rewrite = false;
    if (existsSync(path)) {
      const whole = readFileSync(path, 'utf8');
      // An appended line a crash cut short: rewritten without it, so the next append starts a line of its own.
      if (whole && !whole.endsWith('\n')) rewrite = true;
      for (const text of whole.split('\n')) {
        const line = parseLine(text);
        if (!line) continue; // empty, or cut short by a crash mid-write (journals from before the whole rewrites)
        if ('entry' in line) {
          if (!keys.has(line.entry)) continue;
          const key = this.keyIfWhole(line.entry);
          // A key a crash left half-erased (zeros, not yet removed): its message was analysed, so finished.
          if (!key) continue;
          if ('queue' in line) {
            // Its queue's name in clear: sealed again, the name inside and padded, under the same key.
            const body = open(Buffer.from(line.sealed, 'base64'), key, line.entry).toString('utf8');
            const sealed = sealMessage(line.queue, body, key, line.entry);
            this.live.set(line.entry, { queueName: line.queue, entry: line.entry, sealed });
            rewrite = true;
          } else {
            const { queue } = openMessage(line.sealed, key, line.entry);
            this.live.set(line.entry, { queueName: queue, entry: line.entry, sealed: line.sealed });
          }
          continue;
        }
        rewrite = true;
        if (line.op === 'send') legacy.set(line.messageId, { queueName: line.queueName, sealed: line.sealed });
        else legacy.delete(line.messageId);
      }
    }
    const referenced = new Set([...this.live.values()].map((m) => m.entry));
    for (const name of keys) if (!referenced.has(name)) this.eraseKey(name);
    // A journal from before per-message keys: each unfinished message gets a
    // key of its own, then the old lines, openable with the master key, go.
    for (const m of legacy.values())
      this.record(m.queueName, undefined, open(Buffer.from(m.sealed, 'base64'), this.masterKey).toString('utf8'));
    if (rewrite) this.compact();
  }

  /**
   * The messages sent and never deleted, to be sent again after a restart.
   * They stay in the journal until `deleted()` is called for each, once its
   * copy has been sent: a crash during the replay loses nothing either.
   */
  unfinished(): JournalledMessage[] {
    return [...this.live].map(([messageId, m]) => ({
      queueName: m.queueName,
      messageId,
      body: openMessage(m.sealed, this.keyOf(m.entry), m.entry).body,
    }));
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

  /** Rewrites the journal whole with only the live messages, sorted by their random entry ids (atomically, via rename). */
  compact(): void {
    const lines = [...this.live.values()]
      .sort((a, b) => (a.entry < b.entry ? -1 : 1))
      .map((m) => JSON.stringify({ entry: m.entry, sealed: m.sealed } satisfies Line));
    writeFileSync(this.partialPath, lines.length ? `${lines.join('\n')}\n` : '', { mode: 0o600 });
    this.blurTime(this.partialPath);
    renameSync(this.partialPath, this.path);
    this.blurTime(dirname(this.path));
    this.finished = 0;
  }

  private get partialPath(): string {
    return `${this.path}.tmp`;
  }

  private record(queueName: string, messageId: string | undefined, body: string): void {
    const entry = randomBytes(16).toString('hex');
    const key = randomBytes(32);
    const sealed = sealMessage(queueName, body, key, entry);
    // The key first: a line is only ever written once its key exists.
    const keyFile = join(this.keysDir, entry);
    writeFileSync(keyFile, seal(key, this.masterKey, entry), { mode: 0o600, flag: 'wx' });
    this.blurTime(keyFile);
    this.blurTime(this.keysDir);
    this.live.set(messageId ?? entry, { queueName, entry, sealed });
    try {
      if (this.live.size <= REWRITE_WHOLE_UP_TO) {
        this.compact(); // the whole journal again, the new line in no particular place
      } else {
        appendFileSync(this.path, `${JSON.stringify({ entry, sealed } satisfies Line)}\n`, { mode: 0o600 });
        this.blurTime(this.path);
      }
    } catch (error) {
      this.live.delete(messageId ?? entry); // not journalled, so not accepted: the send fails
      this.eraseKey(entry);
      throw error;
    }
  }

  /** The entry's key, or undefined when its file no longer opens (overwritten by an erasure a crash cut short). */
  private keyIfWhole(entry: string): Buffer | undefined {
    try {
      return this.keyOf(entry);
    } catch {
      return undefined;
    }
  }

  private keyOf(entry: string): Buffer {
    return open(readFileSync(join(this.keysDir, entry)), this.masterKey, entry);
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

function parseLine(text: string): Line | NamedLine | LegacyLine | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (typeof value.entry === 'string' && ENTRY_ID.test(value.entry) && typeof value.sealed === 'string') {
      return typeof value.queue === 'string'
        ? { entry: value.entry, queue: value.queue, sealed: value.sealed }
        : { entry: value.entry, sealed: value.sealed };
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

/** A message and its queue's name, padded with spaces to whole blocks, sealed (base64) under its key. */
function sealMessage(queue: string, body: string, key: Buffer, entry: string): string {
  const json = Buffer.from(JSON.stringify({ queue, body }), 'utf8');
  const padded = Math.max(1, Math.ceil(json.length / JOURNAL_BLOCK_BYTES)) * JOURNAL_BLOCK_BYTES;
  return seal(Buffer.concat([json, Buffer.alloc(padded - json.length, ' ')]), key, entry).toString('base64');
}

function openMessage(sealed: string, key: Buffer, entry: string): { queue: string; body: string } {
  return JSON.parse(open(Buffer.from(sealed, 'base64'), key, entry).toString('utf8')) as {
    queue: string;
    body: string;
  };
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
