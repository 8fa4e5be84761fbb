import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { startOfIsoWeek, isoWeekOf } from '../shared/domain/iso-week';
import { writeInPlace } from './write-in-place';

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
 * it, during a burst the analysis has not caught up with, a send appends its line (to the copy, then the
 * journal, each synced, in the same files), so it costs the same at any depth. The order of those lines
 * tells no more than the messages themselves: each can be opened (with `secrets.json`) only while it
 * waits, and once it is analysed its line is a padded block that no key opens.
 */
export const REWRITE_WHOLE_UP_TO = 64;

/**
 * How often (and at which moments: whole multiples of it since the epoch, whatever the submissions) the
 * key files of finished messages are removed and fresh spares made. No file is made or removed at any
 * other time, so no file's birth time, nor the folder's, follows a submission.
 */
export const KEY_POOL_CADENCE_MS = 10 * 60_000;
/** Spare key files kept ready, so a send writes into a file made earlier, on the cadence, never a new one. */
export const SPARE_KEYS = 32;
/** A sealed key's size on disk (12-byte IV, 16-byte tag, 32-byte key): spares and erased keys are as many random bytes. */
const SEALED_KEY_BYTES = 60;

/**
 * Makes the in-memory local-aws-sqs survive a crash: every message sent is
 * written to a journal and sent again on the next start unless it was
 * deleted (analysed) in the meantime.
 *
 * Each message is sealed (AES-256-GCM) under a random key of its own, kept
 * in its own file under `keys/` and itself sealed under the master key (as
 * SQS encrypts at rest on AWS). Deleting a message overwrites its key file
 * (removed later, on the cadence), so the sealed text left in the journal can never be opened
 * again, with or without the master key: deleting is forgetting, at once,
 * not at the next compaction.
 *
 * The journal says nothing of who sent what when: it holds no queue message
 * id and no time; the queue's name (which lane a message took) is sealed
 * with the message, padded to whole 4 KiB blocks; and it keeps no arrival
 * order: a send rewrites it whole (dropping finished messages), its lines
 * sorted by their random entry ids, so a new message lands anywhere among
 * the others (past `REWRITE_WHOLE_UP_TO` waiting messages a send appends,
 * see there). Every file's modification time is set back to the start of
 * the week.
 *
 * No file is made or removed for a message, because a file's birth time
 * cannot be set back and would date the latest submission to the
 * millisecond: the journal (and its copy, below) are made once and written
 * in place; a send's key goes into a spare key file made earlier; an
 * erased key's file is overwritten with random bytes (then it looks like a
 * spare) and removed only at the next `tick()`, which runs on a fixed
 * cadence (`KEY_POOL_CADENCE_MS`) and makes the fresh spares. What a file
 * cannot hide is its change time (ctime), which every write moves on; see
 * docs/anonymity.md, "Files on a laptop".
 *
 * Crash safety: a message's key is written before the journal that names
 * it. The journal is rewritten in place, first into its copy
 * (`journal.jsonl.copy`), then into itself, each synced: a crash leaves at
 * least one of the two whole, and the start reads the lines of both (a
 * line cut short, or spliced from an old and a new one, does not open and
 * is skipped). A line whose key does not open is a finished message. A key
 * without a line (killed between the two writes) belongs to a send that was
 * never answered, so never accepted: it is a spare again.
 */
export class QueueJournal {
  private readonly keysDir: string;
  /** Live messages by handle: the queue's message id for this run's sends, the entry id for earlier runs'. */
  private readonly live = new Map<string, Live>();
  /** Key files made on the cadence and not yet used: a send takes one. */
  private readonly spares: string[] = [];

  constructor(
    private readonly path: string,
    private readonly masterKey: Buffer,
    private readonly spareKeys = SPARE_KEYS,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.keysDir = join(dirname(path), 'keys');
    mkdirSync(this.keysDir, { recursive: true, mode: 0o700 });
    // A rewrite by rename that a crash cut short (older versions): the journal itself is the one before it.
    rmSync(`${path}.tmp`, { force: true });
    const keys = new Set(readdirSync(this.keysDir).filter((name) => ENTRY_ID.test(name)));
    const legacy = new Map<string, { queueName: string; sealed: string }>();
    const texts = [path, this.copyPath].filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8'));
    for (const whole of texts) {
      for (const text of whole.split('\n')) {
        const line = parseLine(text);
        if (!line) continue; // empty, or cut short by a crash mid-write
        if ('entry' in line) {
          if (!keys.has(line.entry) || this.live.has(line.entry)) continue;
          const key = this.keyIfWhole(line.entry);
          // A key erased (overwritten, not yet removed by the tick), or half-erased by a crash: its message was analysed, so finished.
          if (!key) continue;
          if ('queue' in line) {
            // Its queue's name in clear: sealed again, the name inside and padded, under the same key.
            const body = open(Buffer.from(line.sealed, 'base64'), key, line.entry).toString('utf8');
            const sealed = sealMessage(line.queue, body, key, line.entry);
            this.live.set(line.entry, { queueName: line.queue, entry: line.entry, sealed });
          } else {
            // A line spliced from an old and a new one by a crash mid-rewrite does not open: its whole copy is in the other file.
            const queue = openMessageIfWhole(line.sealed, key, line.entry)?.queue;
            if (queue === undefined) continue;
            this.live.set(line.entry, { queueName: queue, entry: line.entry, sealed: line.sealed });
          }
          continue;
        }
        if (line.op === 'send') legacy.set(line.messageId, { queueName: line.queueName, sealed: line.sealed });
        else legacy.delete(line.messageId);
      }
    }
    // Files no live line names (finished, spares, a send a crash cut short): erased, then removed by the tick.
    const referenced = new Set([...this.live.values()].map((m) => m.entry));
    for (const name of keys) if (!referenced.has(name)) this.eraseKey(name);
    this.tick();
    // A journal from before per-message keys: each unfinished message gets a
    // key of its own, then the old lines, openable with the master key, go.
    for (const m of legacy.values())
      this.record(m.queueName, undefined, open(Buffer.from(m.sealed, 'base64'), this.masterKey).toString('utf8'));
    this.compact(); // the journal and its copy, made now if missing: at start, never for a message
  }

  /**
   * On the cadence (`KEY_POOL_CADENCE_MS`), and at start: removes the key files of finished messages
   * (erased already) and makes the spares up to `spareKeys` again. The only time files come and go.
   */
  tick(): void {
    const inUse = new Set([...this.live.values()].map((m) => m.entry));
    for (const name of readdirSync(this.keysDir))
      if (ENTRY_ID.test(name) && !inUse.has(name) && !this.spares.includes(name)) unlinkSync(join(this.keysDir, name));
    while (this.spares.length < this.spareKeys) this.spares.push(this.makeKeyFile());
    this.blurTime(this.keysDir);
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
  }

  /** Rewrites the journal whole, in place, with only the live messages, sorted by their random entry ids: its copy first. */
  compact(): void {
    const lines = [...this.live.values()]
      .sort((a, b) => (a.entry < b.entry ? -1 : 1))
      .map((m) => JSON.stringify({ entry: m.entry, sealed: m.sealed } satisfies Line));
    const text = Buffer.from(lines.length ? `${lines.join('\n')}\n` : '', 'utf8');
    for (const file of [this.copyPath, this.path]) {
      writeInPlace(file, text);
      this.blurTime(file);
    }
    this.blurTime(dirname(this.path));
  }

  private get copyPath(): string {
    return `${this.path}.copy`;
  }

  private record(queueName: string, messageId: string | undefined, body: string): void {
    // A spare made on the cadence; only a burst past them all makes a file now (its birth time then tells).
    const entry = this.spares.pop() ?? this.makeKeyFile();
    const key = randomBytes(32);
    const sealed = sealMessage(queueName, body, key, entry);
    // The key first: a line is only ever written once its key exists.
    const keyFile = join(this.keysDir, entry);
    writeInPlace(keyFile, seal(key, this.masterKey, entry));
    this.blurTime(keyFile);
    this.live.set(messageId ?? entry, { queueName, entry, sealed });
    try {
      if (this.live.size <= REWRITE_WHOLE_UP_TO) {
        this.compact(); // the whole journal again, the new line in no particular place
      } else {
        const line = `${JSON.stringify({ entry, sealed } satisfies Line)}\n`;
        for (const file of [this.copyPath, this.path]) {
          appendSynced(file, line);
          this.blurTime(file);
        }
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

  /** A key file under a new random entry id, holding random bytes: a spare, or an erased key, look the same. */
  private makeKeyFile(): string {
    const entry = randomBytes(16).toString('hex');
    const file = join(this.keysDir, entry);
    writeFileSync(file, randomBytes(SEALED_KEY_BYTES), { mode: 0o600, flag: 'wx' });
    this.blurTime(file);
    return entry;
  }

  /** Overwrites a key file with random bytes, on disk; the file itself goes at the next `tick()`. */
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
      writeSync(fd, randomBytes(size), 0, size, 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.blurTime(file);
  }

  /** Sets a file's access and modification times to the start of this week: no finer time than the week is left in them. */
  private blurTime(path: string): void {
    const weekStart = startOfIsoWeek(isoWeekOf(this.now(), 'UTC'));
    utimesSync(path, weekStart, weekStart);
  }
}

/** Appends to the same file, synced (a line a crash cuts short is skipped, and the journal rewritten, at the next start). */
function appendSynced(file: string, text: string): void {
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function openMessageIfWhole(sealed: string, key: Buffer, entry: string): { queue: string; body: string } | undefined {
  try {
    return openMessage(sealed, key, entry);
  } catch {
    return undefined;
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
