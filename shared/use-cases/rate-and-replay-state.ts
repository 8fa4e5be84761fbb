import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { HOUR_MS } from '../domain/durations';
import type { Clock } from '../ports/clock';
import type { WindowStateStore } from '../ports/window-state-store';

/** How long a window lasts: the SMS sender limit is per hour, so the window is the UTC hour. */
const WINDOW_MS = HOUR_MS;
/**
 * How long after its window a window's key (and so its replay records) is
 * kept: a retry this late still finds its first delivery. Twilio and the
 * kiosk's outbox retry within minutes; later than this, a retry is a new case.
 */
const GRACE_MS = HOUR_MS;

/** `2026-11-18T15`: the UTC hour an instant falls in; sorts in time order. */
const windowIdOf = (instant: number) => new Date(instant).toISOString().slice(0, 13);
const windowStartOf = (instant: number) => Math.floor(instant / WINDOW_MS) * WINDOW_MS;

/**
 * How long a sender's urgent case is found by their next texts (`keepFollowUpLink`): the split-report window. The
 * link is sealed under a key of its own five-minute bucket, not the hour's, and that key is deleted once no text
 * can use it (`forgetEndedWindows`), so an operator holding the hour's key and the number, after those minutes,
 * opens nothing that names the case.
 */
export const FOLLOW_UP_LINK_MS = 5 * 60_000;
const FOLD_BUCKET_MS = 5 * 60_000;
/** Fold buckets' window ids sort after every hour's ("fold:" > "2…"), so the hour's sweep never takes them early. */
const FOLD_PREFIX = 'fold:';
const foldWindowIdOf = (instant: number) =>
  `${FOLD_PREFIX}${new Date(Math.floor(instant / FOLD_BUCKET_MS) * FOLD_BUCKET_MS).toISOString().slice(0, 16)}`;

/** An urgent case an SMS sender reported within the last few minutes (`followUpLinks`). */
export interface FollowUpLink {
  caseCode: string;
  /** The urgent topic the intake read the report under, when it read one: the case's route before analysis. */
  topic?: string;
}

/** A follow-up link as sealed, if it is one and still within its minutes at `now`. */
function liveLink(entry: unknown, now: number): (FollowUpLink & { at: number }) | undefined {
  if (typeof entry !== 'object' || entry === null || !('caseCode' in entry) || !('at' in entry)) return undefined;
  const at = Number(entry.at);
  if (!(at <= now && now - at <= FOLLOW_UP_LINK_MS)) return undefined;
  const topic = 'topic' in entry && typeof entry.topic === 'string' ? entry.topic : undefined;
  return { caseCode: String(entry.caseCode), at, ...(topic ? { topic } : {}) };
}

/** Whole minutes, rounded up, until the next window starts and the hour's counts with it: "try again in 12 minutes". */
export const minutesUntilNextWindow = (now: Date): number =>
  Math.max(1, Math.ceil((windowStartOf(now.getTime()) + WINDOW_MS - now.getTime()) / 60_000));

/**
 * What the first delivery recorded beyond its case code, sealed with it, so
 * that a retry is answered from what was stored, never from what the retry
 * says (a retry claiming URGENT must not be told its case is urgent).
 */
export interface RecordedFacts {
  /** Whether the stored case asked for escalation. */
  escalateRequested: boolean;
}

/** What a submission's first delivery left for its retries. */
export type ReplayClaim =
  /** No delivery before this one: go on, and `release` the claim if the submission then fails, so a retry can start afresh. */
  | { kind: 'first'; release(): Promise<void> }
  /** Seen before: answer with the first delivery's case code and facts. `sameContent` is false when the retry carries different content. */
  | { kind: 'retry'; caseCode: string; sameContent: boolean; recorded: RecordedFacts };

interface ReplayRecord {
  caseCode: string;
  contentDigest: string;
  recorded: RecordedFacts;
  /** The key it was sealed with, which its digest is keyed with too; undefined for a record of the version before. */
  sealedWith: Buffer | undefined;
}

/**
 * Rate counters and replay records that link nothing once their window has
 * passed. Each window (a UTC hour) has a random key, made by whoever needs
 * it first and kept only in the {@link WindowStateStore} beside the state.
 * Every key written is HMAC(window key, subject) and every replay record is
 * sealed (AES-256-GCM) under it, so a phone number, a kiosk id or a
 * MessageSid never reaches the store, and the record of a retry holds the
 * case code only in a form the window key opens. {@link forgetEndedWindows}
 * deletes the keys of windows past their grace: after that, nothing of the
 * state can be matched to a number, a kiosk or a case, whoever holds every
 * other secret, the table or a backup of it.
 *
 * @example
 * const state = new RateAndReplayState(new InMemoryWindowStateStore(clock), clock);
 * await state.count('sms-sender:+15551234567'); // 1, then 2, … until the hour ends
 */
export class RateAndReplayState {
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly store: WindowStateStore,
    private readonly clock: Clock,
  ) {}

  /** Counts one event of `subject` in the current hour and returns the hour's count so far, this one included. */
  async count(subject: string): Promise<number> {
    const window = await this.currentWindow();
    return this.store.increment(recordKey(window.key, 'count', subject), window.forgetAt);
  }

  /**
   * Counts `event` (a MessageSid) of `subject` once: the hour's count it reached, this one included.
   * A copy of the event gets the count the first reached, at once, without counting (a `knownCopy`
   * is looked for in the hour before too, within its grace): the same decision as the first, never
   * a wait for it. Counts up to `keepUpTo` are noted; past it, a copy counts on like a new event
   * (over any limit all the same).
   */
  async countOnce(subject: string, event: string, keepUpTo: number, knownCopy = false): Promise<number> {
    const previous = knownCopy ? await this.existingKey(windowIdOf(this.clock.now().getTime() - GRACE_MS)) : undefined;
    if (previous) {
      const earlier = await this.store.countOf(recordKey(previous, 'count', subject), eventName(previous, event));
      if (earlier !== undefined) return earlier;
    }
    const window = await this.currentWindow();
    return this.store.incrementOnce(
      recordKey(window.key, 'count', subject),
      eventName(window.key, event),
      keepUpTo,
      window.forgetAt,
    );
  }

  /**
   * Whether `event` of `subject` was counted in the hour before this one (a copy that came after the hour
   * turned): whatever it was told then about the hour's budget is no longer true.
   */
  async countedLastHour(subject: string, event: string): Promise<boolean> {
    const previous = await this.existingKey(windowIdOf(this.clock.now().getTime() - GRACE_MS));
    if (!previous) return false;
    return (await this.store.countOf(recordKey(previous, 'count', subject), eventName(previous, event))) !== undefined;
  }

  /**
   * Claims `subject` (a MessageSid, a kiosk's or a web client's key, prefixed
   * by channel) for a submission with case code `caseCode` and this content,
   * unless an earlier delivery within the window or its grace claimed it
   * first. The first write wins: a retry gets the first case code back,
   * with the facts the first delivery `recorded` (sealed beside the code).
   */
  async claim(
    subject: string,
    caseCode: string,
    content: string,
    recorded: RecordedFacts = { escalateRequested: false },
  ): Promise<ReplayClaim> {
    const retryOf = (first: ReplayRecord): ReplayClaim => ({
      kind: 'retry',
      caseCode: first.caseCode,
      sameContent: first.contentDigest === digestOf(first.sealedWith, content),
      recorded: first.recorded,
    });
    const earlier = await this.findEarlier(subject);
    if (earlier) return retryOf(earlier);

    const window = await this.currentWindow();
    const key = recordKey(window.key, 'replay', subject);
    const sealedWith = sealingKey(window.key, subject);
    const stored = await this.store.putIfAbsent(
      key,
      seal(sealedWith, key, { caseCode, contentDigest: digestOf(sealedWith, content), recorded }),
      window.forgetAt,
    );
    if (!stored.created) return retryOf(unseal(window.key, subject, key, stored.value));
    return { kind: 'first', release: () => this.store.delete(key) };
  }

  /** What the delivery that claimed `subject` stored as its case code (within the window or its grace), if one did. */
  async recall(subject: string): Promise<string | undefined> {
    return (await this.findEarlier(subject))?.caseCode;
  }

  /**
   * Keeps `text` as the last words of `subject` (an SMS sender's number, which the table never holds: the record's
   * key is an HMAC under the hour's random key, and it is sealed with a key made from the hour's key and the number),
   * so the next text of the same person, within a few minutes, can be read with it for urgency: a report split over
   * two texts. One record per sender, replaced by the next text; forgotten with the hour's key.
   */
  async keepLastWords(subject: string, text: string): Promise<void> {
    await this.keepSealedText('last-words', subject, text);
  }

  /** The last words `subject` left within `withinMs` (this hour or the one before), if any. */
  async lastWords(subject: string, withinMs: number): Promise<string | undefined> {
    const now = this.clock.now().getTime();
    const kept = await this.sealedText('last-words', subject);
    return kept && kept.at <= now && now - kept.at <= withinMs ? kept.text : undefined;
  }

  /**
   * Keeps an SMS answer not sent yet (its words may point to its writer: `answer-singles-out.ts`) for `subject` (an
   * HMAC of the sender's number and the case, never either), sealed as last words are, until the sender texts
   * "<code> SEND" or a new answer, or the hour's key is forgotten (an hour to two). One per sender and case.
   */
  async holdAnswer(subject: string, text: string): Promise<void> {
    await this.keepSealedText('held-answer', subject, text);
  }

  /** The answer held for `subject` (this hour or the one before), if any, and a way to let it go once sent. */
  async heldAnswer(subject: string): Promise<{ text: string; drop: () => Promise<void> } | undefined> {
    const kept = await this.sealedText('held-answer', subject);
    return kept && { text: kept.text, drop: () => this.store.delete(kept.key) };
  }

  /** Keeps `text` for `subject` under `kind`, sealed under the hour's key, replacing what was kept; one per subject. */
  private async keepSealedText(kind: 'last-words' | 'held-answer', subject: string, text: string): Promise<void> {
    const window = await this.currentWindow();
    const key = recordKey(window.key, kind, subject);
    await this.store.delete(key);
    const value = sealJson(sealingKey(window.key, subject), key, { text, at: this.clock.now().getTime() });
    await this.store.putIfAbsent(key, value, window.forgetAt);
  }

  /** What {@link keepSealedText} kept for `subject` under `kind` this hour or the one before, with when and where. */
  private async sealedText(
    kind: 'last-words' | 'held-answer',
    subject: string,
  ): Promise<{ text: string; at: number; key: string } | undefined> {
    const now = this.clock.now().getTime();
    for (const id of [windowIdOf(now), windowIdOf(now - GRACE_MS)]) {
      const windowKey = await this.existingKey(id);
      if (!windowKey) continue;
      const key = recordKey(windowKey, kind, subject);
      const sealed = await this.store.get(key);
      if (sealed === undefined) continue;
      const kept = openJson(sealingKey(windowKey, subject), key, sealed);
      if (typeof kept !== 'object' || kept === null || !('text' in kept) || !('at' in kept)) return undefined;
      return { text: String(kept.text), at: Number(kept.at), key };
    }
    return undefined;
  }

  /**
   * Keeps, for {@link FOLLOW_UP_LINK_MS}, which case `subject` (an SMS sender's number) last reported urgently, so
   * the details they text next ("2 people still inside") reach that case's conversation and its sponsor. Keyed by
   * an HMAC under the current five-minute bucket's own random key and sealed with a key made from it and the
   * number, never the hour's: once {@link forgetEndedWindows} deletes the bucket's key (at most one run of the
   * forgetter after the minutes are over), nothing stored opens to that case, whoever holds every other key.
   */
  async keepFollowUpLink(
    subject: string,
    caseCode: string,
    { topic, instead }: { topic?: string; instead?: string } = {},
  ): Promise<void> {
    const now = this.clock.now().getTime();
    const id = foldWindowIdOf(now);
    const forgetAt = new Date(Math.floor(now / FOLD_BUCKET_MS) * FOLD_BUCKET_MS + FOLD_BUCKET_MS + FOLLOW_UP_LINK_MS);
    // Never cached in this process: the store's copy is the one the forgetter deletes.
    const key = await this.store.windowKey(id, randomBytes(32), forgetAt);
    const record = recordKey(key, 'follow-up', subject);
    // A second urgent report within the minutes: the first is kept beside it, so details after both are known to
    // be ambiguous (which report are they about?) rather than folded into the later one (attack round 28, F3).
    const earlier = (await this.liveFollowUpLinks(subject, now)).filter(
      (link) => link.caseCode !== caseCode && link.caseCode !== instead,
    );
    await this.store.delete(record);
    // The sealed link outlives its key until the table's time to live removes it: on a whole hour, as every other
    // record's, so its expiry never dates an urgent text to its five minutes once the key is gone.
    const recordForgetAt = new Date(Math.ceil(forgetAt.getTime() / WINDOW_MS) * WINDOW_MS);
    await this.store.putIfAbsent(
      record,
      sealJson(sealingKey(key, subject), record, {
        caseCode,
        at: now,
        ...(topic ? { topic } : {}),
        ...(earlier.length ? { earlier } : {}),
        // Kept here too, as the record in an earlier bucket that names it stays until its own minutes are over.
        ...(instead ? { replaces: [instead] } : {}),
      }),
      recordForgetAt,
    );
  }

  /** The case `subject` last reported urgently within {@link FOLLOW_UP_LINK_MS}, if any. */
  async followUpLink(subject: string): Promise<string | undefined> {
    return (await this.followUpLinks(subject))[0]?.caseCode;
  }

  /**
   * Every case `subject` reported urgently within {@link FOLLOW_UP_LINK_MS}, latest first, each once, with the
   * topic it was read under at the intake when one was (`topic`).
   */
  async followUpLinks(subject: string): Promise<FollowUpLink[]> {
    return (await this.liveFollowUpLinks(subject, this.clock.now().getTime())).map(({ caseCode, topic }) => ({
      caseCode,
      ...(topic ? { topic } : {}),
    }));
  }

  /** {@link followUpLinks} with the time each was kept at. */
  private async liveFollowUpLinks(subject: string, now: number): Promise<(FollowUpLink & { at: number })[]> {
    const ids = [foldWindowIdOf(now), foldWindowIdOf(now - FOLD_BUCKET_MS), foldWindowIdOf(now - FOLLOW_UP_LINK_MS)];
    const found: (FollowUpLink & { at: number })[] = [];
    const replaced = new Set<string>();
    for (const id of new Set(ids)) {
      const key = await this.store.findWindowKey(id);
      if (!key) continue;
      const record = recordKey(key, 'follow-up', subject);
      const sealed = await this.store.get(record);
      if (sealed === undefined) continue;
      const kept = openJson(sealingKey(key, subject), record, sealed);
      const earlier = typeof kept === 'object' && kept !== null && 'earlier' in kept ? kept.earlier : undefined;
      const replaces = typeof kept === 'object' && kept !== null && 'replaces' in kept ? kept.replaces : undefined;
      if (Array.isArray(replaces)) for (const code of replaces) replaced.add(String(code));
      for (const entry of [kept, ...(Array.isArray(earlier) ? earlier : [])]) {
        const link = liveLink(entry, now);
        if (link) found.push(link);
      }
    }
    const links: (FollowUpLink & { at: number })[] = [];
    for (const link of found.sort((a, b) => b.at - a.at))
      if (!replaced.has(link.caseCode) && !links.some((l) => l.caseCode === link.caseCode)) links.push(link);
    return links;
  }

  /**
   * Waits for `subject`'s turn (an SMS sender's number: one text of a number handled at a time) and holds it for
   * `holder` (the delivery), until the returned `end` is called. A text handled beside the one before it could not
   * see what that one left for it (the urgent case its details follow): attack att37, F1 (one-text-at-a-time.ts).
   * The turn is a record keyed by an HMAC under the hour's key, sealed, deleted when the turn ends. Another copy of
   * the same delivery does not wait (`holder` the same: it is answered as the first was); a holder that never ended
   * its turn (a process stopped half-way) holds it at most `waitAtMostMs`, and nobody waits longer than that.
   */
  async takeTurn(
    subject: string,
    holder: string,
    { waitAtMostMs, pollMs }: { waitAtMostMs: number; pollMs: number },
  ): Promise<{ end(): Promise<void>; waitedMs: number }> {
    const started = Date.now();
    const now = this.clock.now().getTime();
    const hourEnds = windowStartOf(now) + WINDOW_MS;
    // The record is keyed under an hour's key, so a text at 10:59:59.9 and the next at 11:00:00.2 looked in two
    // records and never waited for each other (att37's turns, class 3 of session 38). A turn taken in the last
    // moments of an hour, as long as any text may wait on it, is held in the next hour's record too, taken in
    // order (this hour's first): the next text, in either hour, finds it. The hours are taken in time order, so two
    // texts never each hold what the other waits for.
    const hours = hourEnds - now <= waitAtMostMs ? [now, hourEnds] : [now];
    const ends: (() => Promise<void>)[] = [];
    for (const instant of hours) {
      const left = Math.max(0, waitAtMostMs - (Date.now() - started));
      const turn = await this.turnIn(await this.windowAt(instant), subject, holder, { waitAtMostMs, left, pollMs });
      ends.unshift(turn);
    }
    return {
      end: async () => {
        for (const end of ends) await end();
      },
      waitedMs: Date.now() - started,
    };
  }

  /** Holds `subject`'s turn record in one hour's window for `holder`, waiting at most `left` for it. */
  private async turnIn(
    window: { key: Buffer; forgetAt: Date },
    subject: string,
    holder: string,
    { waitAtMostMs, left, pollMs }: { waitAtMostMs: number; left: number; pollMs: number },
  ): Promise<() => Promise<void>> {
    const started = Date.now();
    const waited = () => Date.now() - started;
    const key = recordKey(window.key, 'turn', subject);
    const sealedWith = sealingKey(window.key, subject);
    const holderDigest = createHmac('sha256', sealedWith).update(`holder:${holder}`).digest('hex');
    const nobody = async () => {};
    let vanished = 0;
    for (;;) {
      const mine = sealJson(sealedWith, key, { holder: holderDigest, at: Date.now() });
      let stored: { created: boolean; value: string };
      try {
        stored = await this.store.putIfAbsent(key, mine, window.forgetAt);
      } catch (error) {
        // The turn ended between the conditional write and the read of who held it: try again, once or twice.
        if ((vanished += 1) > 2) throw error;
        continue;
      }
      if (stored.created || stored.value === mine) {
        // Only a turn still this holder's is ended: one taken over after `waitAtMostMs` is the next text's.
        return async () => {
          if ((await this.store.get(key)) === mine) await this.store.delete(key);
        };
      }
      const current = openJson(sealedWith, key, stored.value) as { holder?: string; at?: number };
      if (current.holder === holderDigest) return nobody;
      // Held too long by a text that never ended it: taken over, as waiting on is bounded anyway.
      if (Date.now() - Number(current.at) >= waitAtMostMs) {
        if ((await this.store.get(key)) === stored.value) await this.store.delete(key);
        continue;
      }
      if (waited() >= left) return nobody;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Whether `subject` was claimed by an earlier delivery, within the window or its grace. */
  async seen(subject: string): Promise<boolean> {
    return (await this.findEarlier(subject)) !== undefined;
  }

  /**
   * Deletes the keys of every window past its grace, explicitly: TTL alone
   * is lazy (days on AWS, never in dynalite). Run it on a schedule; with the
   * key gone, what is left of its window's state is noise until TTL removes it.
   */
  async forgetEndedWindows(): Promise<number> {
    const hours = await this.store.forgetWindowsBefore(this.dropCachedKeysOfEndedWindows());
    // Follow-up links: a bucket's key goes once its last link is past its minutes.
    const lastEnded = foldWindowIdOf(this.clock.now().getTime() - FOLD_BUCKET_MS - FOLLOW_UP_LINK_MS);
    return hours + (await this.store.forgetWindowsBetween(FOLD_PREFIX, lastEnded));
  }

  private async findEarlier(subject: string): Promise<ReplayRecord | undefined> {
    const now = this.clock.now().getTime();
    for (const id of [windowIdOf(now - GRACE_MS), windowIdOf(now)]) {
      const windowKey = await this.existingKey(id);
      if (!windowKey) continue;
      const key = recordKey(windowKey, 'replay', subject);
      const sealed = await this.store.get(key);
      if (sealed !== undefined) return unseal(windowKey, subject, key, sealed);
    }
    return undefined;
  }

  private currentWindow(): Promise<{ key: Buffer; forgetAt: Date }> {
    return this.windowAt(this.clock.now().getTime());
  }

  /** The window (its key, made if none is yet) of the hour `now` falls in: the current one, or the next (`takeTurn`). */
  private async windowAt(now: number): Promise<{ key: Buffer; forgetAt: Date }> {
    const id = windowIdOf(now);
    const forgetAt = new Date(windowStartOf(now) + WINDOW_MS + GRACE_MS);
    let key = this.keys.get(id);
    if (!key) {
      this.dropCachedKeysOfEndedWindows();
      key = await this.store.windowKey(id, randomBytes(32), forgetAt);
      this.keys.set(id, key);
    }
    return { key, forgetAt };
  }

  /** Drops this process's copies of keys past their grace; returns the oldest window still kept. */
  private dropCachedKeysOfEndedWindows(): string {
    const oldestKept = windowIdOf(this.clock.now().getTime() - GRACE_MS);
    for (const id of this.keys.keys()) if (id < oldestKept) this.keys.delete(id);
    return oldestKept;
  }

  private async existingKey(id: string): Promise<Buffer | undefined> {
    const cached = this.keys.get(id);
    if (cached) return cached;
    const key = await this.store.findWindowKey(id);
    if (key) this.keys.set(id, key);
    return key;
  }
}

/** The only form a subject takes in the store: an HMAC under the window's key. */
function recordKey(
  windowKey: Buffer,
  purpose: 'count' | 'replay' | 'last-words' | 'follow-up' | 'turn' | 'held-answer',
  subject: string,
): string {
  return createHmac('sha256', windowKey).update(`${purpose}:${subject}`).digest('hex');
}

/** An event as its counter notes it: a short HMAC under the window's key (128 bits: no two of an hour's texts meet). */
const eventName = (windowKey: Buffer, event: string): string =>
  createHmac('sha256', windowKey).update(`event:${event}`).digest('hex').slice(0, 32);

/**
 * The key a record is sealed with: from the window's key AND the subject itself (a MessageSid, a kiosk's or
 * a web form's own key), which the table never holds (only its HMAC, `recordKey`). An operator who reads the
 * table, window keys included, can open no record: its case code and the digest of its words stay sealed
 * (an attacker with the table read every case code and tested names against the words' hash).
 */
const sealingKey = (windowKey: Buffer, subject: string) =>
  createHmac('sha256', windowKey).update(`seal:${subject}`).digest();
/** How records were sealed until 2026-12-02 (the window's key alone): opened still, for a window then open. */
const earlierSealingKey = (windowKey: Buffer) => createHmac('sha256', windowKey).update('seal').digest();

/** The words' digest, keyed like the seal, so it tells nothing to anyone without the subject. */
const digestOf = (sealedWith: Buffer | undefined, content: string): string =>
  sealedWith
    ? createHmac('sha256', sealedWith).update(`content:${content}`).digest('hex')
    : createHash('sha256').update(content).digest('hex');

/** AES-256-GCM under the sealing key, bound to the record's key so a sealed value cannot be moved to another record. */
function seal(sealedWith: Buffer, recordKey: string, record: Omit<ReplayRecord, 'sealedWith'>): string {
  return sealJson(sealedWith, recordKey, record);
}

function sealJson(sealedWith: Buffer, recordKey: string, record: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealedWith, iv).setAAD(Buffer.from(recordKey));
  const body = Buffer.concat([cipher.update(JSON.stringify(record), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function unseal(windowKey: Buffer, subject: string, recordKey: string, sealed: string): ReplayRecord {
  const sealedWith = sealingKey(windowKey, subject);
  try {
    return { ...open(sealedWith, recordKey, sealed), sealedWith };
  } catch {
    // Sealed by the version before, in a window still open: its digest is the plain one.
    return { ...open(earlierSealingKey(windowKey), recordKey, sealed), sealedWith: undefined };
  }
}

function openJson(sealedWith: Buffer, recordKey: string, sealed: string): unknown {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', sealedWith, bytes.subarray(0, 12)).setAAD(Buffer.from(recordKey));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
}

function open(sealedWith: Buffer, recordKey: string, sealed: string): Omit<ReplayRecord, 'sealedWith'> {
  const parsed = openJson(sealedWith, recordKey, sealed);
  if (typeof parsed !== 'object' || parsed === null || !('caseCode' in parsed) || !('contentDigest' in parsed)) {
    throw new Error('a replay record is not in the expected form');
  }
  // A record sealed before facts were kept claims nothing: its retry is never told it is urgent.
  const recorded =
    'recorded' in parsed && typeof parsed.recorded === 'object' && parsed.recorded !== null ? parsed.recorded : {};
  const escalateRequested = 'escalateRequested' in recorded && recorded.escalateRequested === true;
  return {
    caseCode: String(parsed.caseCode),
    contentDigest: String(parsed.contentDigest),
    recorded: { escalateRequested },
  };
}
