import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { isoWeekOf, startOfIsoWeek } from '../shared/domain/iso-week';
import type { RoomAnswer, ThreadWaitingRoom } from '../shared/adapters/aws/thread-waiting-room';
import { writeInPlace } from './write-in-place';

/** An hour's answers of one case waiting to be emailed to its holder (`RoomAnswerNotices`). */
export interface RoomNotice {
  escalationId: string;
  hour: string;
  answers: string[];
  /** Which answers these are, so a redelivered notice is held once and the email is named by them. */
  answerIds?: string[];
  named: string[];
  expiresAt: number;
}

/** An answer whose notice was emailed (`RoomAnswerNotices.sent`), kept until no copy of it can come. */
export interface ToldNotice {
  answerId: string;
  expiresAt: number;
}

interface State {
  /** Which save this is: of the two slots, the one with the higher number is the room. */
  generation?: number;
  answers: (RoomAnswer & { caseKey: string })[];
  notices: RoomNotice[];
  /** Answers whose notices were sent: a late copy of one is held and told no more. */
  told?: ToldNotice[];
  /** What the employee has read of each thread, noted in an hour not yet over. */
  reads?: { caseKey: string; seq: number; hour: string }[];
}

/**
 * Where an employee's ordinary answer waits for its hour on a laptop, out of
 * dynalite. dynalite's LevelDB files keep every write in order, and the
 * live log file its last write's time: an answer written there between two
 * of the sponsor's messages would stay readable, in that order, to whoever
 * holds the laptop's files. Here the hour's answers (the thread's waiting
 * answers and the held emails) live in this process's memory and, so that a
 * crash loses none, in a file sealed (AES-256-GCM) under the queue key,
 * rewritten whole on every change in an order that says nothing (by hour,
 * then case), its time set back to the start of the week. It is written in
 * place, in turn into one of two slots made once (a crash mid-write leaves
 * the other, one change older), so no file is ever created for an answer:
 * a file's birth time, which nothing can set back, would date it. Both
 * slots stay, padded to whole blocks, whether anything waits or not, so
 * neither their presence nor (mostly) their size says an answer came. The sweep releases
 * them into dynalite once their hour is over, when the order of writes no
 * longer tells anything finer than the hour. The employee's "read up to"
 * mark waits here too: written when they read a sponsor's message, it
 * would place their visit (and the answer it often brings) among them; it
 * is kept in memory and written with the next change or at stop, so a
 * visit alone writes nothing.
 */
export class SealedWaitingRoom implements ThreadWaitingRoom {
  private readonly slots: [string, string];
  private state: State = { answers: [], notices: [] };
  private generation = 0;
  private unsaved = false;

  constructor(
    private readonly dir: string,
    private readonly key: Buffer,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.slots = [join(dir, 'room-a'), join(dir, 'room-b')];
    const legacy = join(dir, 'room'); // one file renamed over on every change, before the slots
    const found = [...this.slots, legacy]
      .map((file) => readState(file, key))
      .filter((s): s is State => s !== undefined)
      .sort((a, b) => (b.generation ?? 0) - (a.generation ?? 0))[0];
    if (found) {
      this.state = found;
      this.generation = found.generation ?? 0;
    }
    // Both slots made now, at start, never for an answer; then the old single file goes.
    for (const slot of this.slots) if (!existsSync(slot)) writeBlurred(slot, this.sealed(), this.dir);
    if (!found || !existsSync(legacy)) return;
    this.save();
    this.save(); // both slots hold the room before the old file is removed
    rmSync(legacy, { force: true });
  }

  hold(caseKey: string, answer: RoomAnswer): void {
    this.state.answers.push({ ...answer, caseKey });
    this.save();
  }

  waiting(caseKey: string): RoomAnswer[] {
    return this.state.answers.filter((a) => a.caseKey === caseKey).sort(byOrder);
  }

  over(hour: string, limit: number): { caseKey: string; answers: RoomAnswer[] }[] {
    const cases = new Map<string, RoomAnswer[]>();
    for (const a of this.state.answers.filter((a) => a.hour < hour).sort(byOrder)) {
      if (!cases.has(a.caseKey) && cases.size >= limit) continue;
      cases.set(a.caseKey, [...(cases.get(a.caseKey) ?? []), a]);
    }
    return [...cases].map(([caseKey, answers]) => ({ caseKey, answers }));
  }

  notePlacing(id: string, seq: number): void {
    const found = this.state.answers.find((a) => a.id === id);
    if (found) found.placedAs = seq;
    this.save();
  }

  release(id: string): void {
    this.state.answers = this.state.answers.filter((a) => a.id !== id);
    this.save();
  }

  noteRead(caseKey: string, seq: number, hour: string): void {
    const reads = (this.state.reads ?? []).filter((r) => r.caseKey !== caseKey);
    this.state.reads = [...reads, { caseKey, seq: Math.max(seq, this.readThrough(caseKey)), hour }];
    // Not written now: a write at the moment of a visit would date it. It goes with the next change, or at stop
    // (`flush`); a crash before loses only the mark, and the message shows as new again.
    this.unsaved = true;
  }

  /** Writes what is only in memory (read marks), when the stack stops. */
  flush(): void {
    if (this.unsaved) this.save();
  }

  readThrough(caseKey: string): number {
    return this.state.reads?.find((r) => r.caseKey === caseKey)?.seq ?? 0;
  }

  readsOver(hour: string): { caseKey: string; seq: number }[] {
    return (this.state.reads ?? []).filter((r) => r.hour < hour);
  }

  forgetRead(caseKey: string, seq: number): void {
    this.state.reads = (this.state.reads ?? []).filter((r) => !(r.caseKey === caseKey && r.seq === seq));
    this.save();
  }

  /** The notices (held emails) kept here; changed only through `changeNotices`. */
  notices(): readonly RoomNotice[] {
    return this.state.notices;
  }

  changeNotices(change: (notices: RoomNotice[]) => RoomNotice[]): void {
    this.state.notices = change([...this.state.notices]);
    this.save();
  }

  /** The answers whose notices were sent, still within reach of a copy. */
  told(): readonly ToldNotice[] {
    return this.state.told ?? [];
  }

  /** Notes these answers' notices sent, until `expiresAt` (epoch seconds); those past theirs at `now` go. */
  noteTold(answerIds: readonly string[], expiresAt: number, now: number): void {
    const kept = (this.state.told ?? []).filter((t) => t.expiresAt * 1000 > now && !answerIds.includes(t.answerId));
    this.state.told = [...kept, ...answerIds.map((answerId) => ({ answerId, expiresAt }))];
    this.save();
  }

  /** Whole, sorted by hour and case (never by arrival), sealed, written over the older slot; the time is the week's start. */
  private save(): void {
    this.unsaved = false;
    this.generation += 1;
    writeBlurred(this.slots[this.generation % 2]!, this.sealed(), this.dir);
  }

  private sealed(): Buffer {
    const sorted: State = {
      generation: this.generation,
      answers: [...this.state.answers].sort((a, b) => cmp(a.hour, b.hour) || cmp(a.caseKey, b.caseKey) || a.n - b.n),
      notices: [...this.state.notices].sort((a, b) => cmp(a.hour, b.hour) || cmp(a.escalationId, b.escalationId)),
      reads: [...(this.state.reads ?? [])].sort((a, b) => cmp(a.hour, b.hour) || cmp(a.caseKey, b.caseKey)),
      // By id (random): the order says nothing of when each was sent.
      told: [...(this.state.told ?? [])].sort((a, b) => cmp(a.answerId, b.answerId)),
    };
    const json = Buffer.from(JSON.stringify(sorted), 'utf8');
    // Padded with spaces (JSON ignores them) to whole blocks: one more answer seldom changes the size.
    const padding = Buffer.alloc(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO - json.length, ' ');
    return seal(Buffer.concat([json, padding]), this.key);
  }
}

const PAD_TO = 16_384;

/** Overwrites the file's bytes in the same file, synced; its times and its folder's set to the week's start. */
function writeBlurred(file: string, bytes: Buffer, dir: string): void {
  writeInPlace(file, bytes);
  const weekStart = startOfIsoWeek(isoWeekOf(new Date(), 'UTC'));
  utimesSync(file, weekStart, weekStart);
  utimesSync(dir, weekStart, weekStart);
}

/** The room a slot holds, or nothing if it is missing or was cut short by a crash mid-write (the seal does not open). */
function readState(file: string, key: Buffer): State | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(open(readFileSync(file), key).toString('utf8')) as State;
  } catch {
    return undefined;
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byOrder = (a: RoomAnswer, b: RoomAnswer): number => a.n - b.n;

function seal(plain: Buffer, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(sealed: Buffer, key: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
