import { randomBytes } from 'node:crypto';
import { DAY_MS } from '../domain/durations';
import { weekBoundaryAtOrAfter } from '../domain/iso-week';
import type { Clock } from '../ports/clock';
import type { Email, Mailer } from '../ports/mailer';
import type { SentEmails } from '../ports/sent-emails';

export interface SendToEachDeps {
  mailer: Mailer;
  clock: Clock;
  /** Which emails went to whom; without it each reader is sent the email on every attempt (at least once). */
  sentEmails?: SentEmails;
}

/**
 * How long a record of an email sent is kept: past the queues' 14 days of
 * retries and dead letters and a redrive after them, then forgotten (on a
 * week boundary, promise 3).
 */
const KEEP_DAYS = 28;

/** An earlier attempt holds an email for a reader and is still sending it: this one leaves it and is tried again later. */
export class EmailInFlightError extends Error {
  constructor() {
    super(
      'another attempt may still be sending this email to one of its readers; the next attempt sends it if that one stopped',
    );
    this.name = 'EmailInFlightError';
  }
}

/**
 * Some readers of an email have it (now or from an earlier attempt) and some could not be reached: the
 * attempt failed for those (`cause`, the first refusal), and is retried for them, but it is not true
 * that nobody was told.
 */
export class PartlyReachedError extends Error {
  constructor(
    readonly reached: number,
    override readonly cause: unknown,
  ) {
    // The refusal's own words: what the operator (and a retry's log) needs to fix the address.
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartlyReachedError';
  }
}

/**
 * Sends `event` to each reader in an email of their own, once: a reader
 * already sent it is skipped, so a retry reaches only those not yet told.
 * Every reader is tried, whatever happens to the others: one address the mail
 * service refuses never keeps the rest from hearing. Any reader not reached
 * fails the call (with the first error, or `PartlyReachedError` when another reader has the email),
 * so the attempt is retried.
 * Returns how many readers this call told (none when all had been).
 *
 * @example
 * await sendToEach(deps, `esc:${id}:level-1`, ['a@example.com', 'b@example.com'], (to) => emailFor(to));
 */
export async function sendToEach(
  deps: SendToEachDeps,
  event: string,
  recipients: readonly string[],
  build: (to: string) => Email | Promise<Email>,
): Promise<number> {
  const attempt = randomBytes(8).toString('hex');
  const expiresAt = weekBoundaryAtOrAfter(new Date(deps.clock.now().getTime() + KEEP_DAYS * DAY_MS));
  const seen = new Set<string>();
  const readers = recipients.filter((to) => {
    const address = to.trim().toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
  // Every reader's claim at once: a reader another attempt holds is watched for its holder's mark (seconds),
  // and the watches run together, so several held readers cost the message one wait, not one each (the
  // escalate function has 30 s). A claim won is kept alive from that moment, while the others are watched.
  const ledger = deps.sentEmails;
  const claims = ledger
    ? await Promise.all(readers.map((to) => claimAlive(ledger, { event, to, attempt, expiresAt })))
    : readers.map((): Claimed => ({ kind: 'unrecorded' }));
  let failure: unknown;
  let sent = 0;
  let reached = 0;
  for (const [i, to] of readers.entries()) {
    try {
      if (await sendClaimed(deps, claims[i]!, { event, to, attempt }, build)) sent += 1;
      reached += 1;
    } catch (error) {
      failure ??= error;
    }
  }
  // One held by an attempt still sending stays as it is: that attempt (or the next) finishes the email.
  if (failure)
    throw reached > 0 && !(failure instanceof EmailInFlightError) ? new PartlyReachedError(reached, failure) : failure;
  return sent;
}

/** A reader's claim as `claimAlive` left it: ready to send (and kept alive), already sent, held by another, or failed. */
type Claimed =
  | { kind: 'mine'; stopKeepingAlive: () => void }
  | { kind: 'sent' }
  | { kind: 'busy' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'unrecorded' };

async function claimAlive(
  ledger: SentEmails,
  { event, to, attempt, expiresAt }: { event: string; to: string; attempt: string; expiresAt: Date },
): Promise<Claimed> {
  try {
    const claim = await ledger.claim(event, to, attempt, expiresAt);
    // However long the other readers' watches and sends take, the claim stays this attempt's.
    if (claim === 'mine') return { kind: 'mine', stopKeepingAlive: ledger.keepAlive(event, to, attempt) };
    return { kind: claim };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

async function sendClaimed(
  deps: SendToEachDeps,
  claimed: Claimed,
  { event, to, attempt }: { event: string; to: string; attempt: string },
  build: (to: string) => Email | Promise<Email>,
): Promise<boolean> {
  if (claimed.kind === 'unrecorded') {
    await deps.mailer.send(await build(to));
    return true;
  }
  if (claimed.kind === 'failed') throw claimed.error;
  if (claimed.kind === 'sent') return false;
  if (claimed.kind === 'busy') throw new EmailInFlightError();
  const ledger = deps.sentEmails!;
  try {
    await deps.mailer.send(await build(to));
  } catch (error) {
    await ledger.release(event, to, attempt).catch(() => undefined); // left held, the next attempts take it over
    throw error;
  } finally {
    claimed.stopKeepingAlive();
  }
  // Between this send and this mark lies the one window where a stopped attempt makes a reader get it twice.
  await ledger.sent(event, to, attempt);
  return true;
}
