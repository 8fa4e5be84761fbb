import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoWeekOf, startOfIsoWeek } from '../shared/domain/iso-week';
import type { RoomAnswer, ThreadWaitingRoom } from '../shared/adapters/aws/thread-waiting-room';

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

interface State {
  answers: (RoomAnswer & { caseKey: string })[];
  notices: RoomNotice[];
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
 * crash loses none, in one file sealed (AES-256-GCM) under the queue key,
 * rewritten whole on every change in an order that says nothing (by hour,
 * then case), its time set back to the start of the week. The sweep releases
 * them into dynalite once their hour is over, when the order of writes no
 * longer tells anything finer than the hour. The employee's "read up to"
 * mark waits here too: written when they read a sponsor's message, it
 * would place their visit (and the answer it often brings) among them.
 */
export class SealedWaitingRoom implements ThreadWaitingRoom {
  private readonly file: string;
  private state: State = { answers: [], notices: [] };

  constructor(
    private readonly dir: string,
    private readonly key: Buffer,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = join(dir, 'room');
    if (existsSync(this.file)) this.state = JSON.parse(open(readFileSync(this.file), key).toString('utf8')) as State;
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
    this.save();
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

  /** Whole, sorted by hour and case (never by arrival), sealed, then renamed over the old file; the time is the week's start. */
  private save(): void {
    const sorted: State = {
      answers: [...this.state.answers].sort((a, b) => cmp(a.hour, b.hour) || cmp(a.caseKey, b.caseKey) || a.n - b.n),
      notices: [...this.state.notices].sort((a, b) => cmp(a.hour, b.hour) || cmp(a.escalationId, b.escalationId)),
      reads: [...(this.state.reads ?? [])].sort((a, b) => cmp(a.hour, b.hour) || cmp(a.caseKey, b.caseKey)),
    };
    const weekStart = startOfIsoWeek(isoWeekOf(new Date(), 'UTC'));
    if (!sorted.answers.length && !sorted.notices.length && !sorted.reads?.length) rmSync(this.file, { force: true });
    else {
      const temp = `${this.file}.${randomBytes(6).toString('hex')}`;
      writeFileSync(temp, seal(Buffer.from(JSON.stringify(sorted), 'utf8'), this.key), { mode: 0o600 });
      utimesSync(temp, weekStart, weekStart);
      renameSync(temp, this.file);
    }
    utimesSync(this.dir, weekStart, weekStart);
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
