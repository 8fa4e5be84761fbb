import { describe, expect, it } from 'vitest';
import type { Email, Mailer } from '../../../shared/ports/mailer';
import type { EmailClaim, SentEmails } from '../../../shared/ports/sent-emails';
import { EmailInFlightError, sendToEach } from '../../../shared/use-cases/send-to-each';
import { fixedClock } from '../../support/fixtures';

// Review: an attempt that finds a reader's email held by another attempt watches the holder's mark for
// a while (8 s on AWS) before it takes the email over; readers were claimed one after another, so a message
// with several held readers waited 8 s for each, near the escalate function's 30 s timeout (four held
// readers: 32 s, and the function is stopped before the last is sent). Now all of a message's readers
// are claimed at once and the held ones watched together: one wait for the message. A holder still
// sending (its mark renewed) is still never taken over, so nobody gets the email twice.

/** The ledger's rules (as DynamoDbSentEmails keeps them) in memory; a held claim is watched until the test ends the silence. */
class WatchedLedger implements SentEmails {
  readonly held = new Map<string, { state: 'sending' | 'sent'; attempt: string; beat: number }>();
  watching = 0;
  mostWatchedAtOnce = 0;
  readonly keptAlive: string[] = [];
  private endSilence: (() => void)[] = [];
  /** Holders that are still alive: their mark changes while they are watched. */
  readonly alive = new Set<string>();

  async claim(_event: string, to: string, attempt: string): Promise<EmailClaim> {
    const record = this.held.get(to);
    if (!record) {
      this.held.set(to, { state: 'sending', attempt, beat: 0 });
      return 'mine';
    }
    if (record.state === 'sent') return 'sent';
    const beat = record.beat;
    this.watching += 1;
    this.mostWatchedAtOnce = Math.max(this.mostWatchedAtOnce, this.watching);
    await new Promise<void>((resolve) => this.endSilence.push(resolve));
    this.watching -= 1;
    if (this.alive.has(to)) record.beat += 1;
    if (record.beat !== beat) return 'busy';
    record.attempt = attempt;
    return 'mine';
  }
  /** Ends the silence of every claim watched now. */
  silenceOver(): void {
    for (const end of this.endSilence.splice(0)) end();
  }
  keepAlive(_event: string, to: string): () => void {
    this.keptAlive.push(to);
    return () => undefined;
  }
  async sent(_event: string, to: string, attempt: string): Promise<void> {
    const record = this.held.get(to);
    if (record?.attempt === attempt) record.state = 'sent';
  }
  async release(_event: string, to: string, attempt: string): Promise<void> {
    if (this.held.get(to)?.attempt === attempt) this.held.delete(to);
  }
}

const readers = ['coo@example.com', 'ceo@example.com', 'chro@example.com', 'plant2-gm@example.com'];

function outbox(): Mailer & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async send(email: Email) {
      sent.push(...email.to);
    },
  } as Mailer & { sent: string[] };
}

const emailTo = (to: string) =>
  ({ to: [to], subject: 'Urgent: Health and safety at Plant 2', text: 'Please acknowledge.' }) as unknown as Email;

/** Lets pending claims run until every one of `count` readers is being watched, or the work stops moving. */
async function untilWatching(ledger: WatchedLedger, count: number): Promise<void> {
  for (let turn = 0; turn < 100 && ledger.watching < count; turn += 1)
    await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('readers whose email another attempt holds', () => {
  it('Should watch every held reader of a message at once, and send each the email once', async () => {
    const ledger = new WatchedLedger();
    // A stopped attempt (a Lambda timed out) left all four readers held.
    for (const to of readers) ledger.held.set(to, { state: 'sending', attempt: 'stopped', beat: 7 });
    const mail = outbox();
    const sending = sendToEach(
      { mailer: mail, clock: fixedClock(), sentEmails: ledger },
      'esc:1:level-1',
      readers,
      emailTo,
    );
    await untilWatching(ledger, readers.length);
    expect(ledger.mostWatchedAtOnce).toBe(readers.length);
    // One silence for the whole message.
    ledger.silenceOver();
    expect(await sending).toBe(readers.length);
    expect(mail.sent.sort()).toEqual([...readers].sort());
  });

  it('Should keep a reader claimed while the others are watched, and never take over a holder still sending', async () => {
    const ledger = new WatchedLedger();
    const [fresh, stopped, slow] = readers;
    ledger.held.set(stopped!, { state: 'sending', attempt: 'stopped', beat: 1 });
    ledger.held.set(slow!, { state: 'sending', attempt: 'slow', beat: 1 });
    ledger.alive.add(slow!);
    const mail = outbox();
    const sending = sendToEach(
      { mailer: mail, clock: fixedClock(), sentEmails: ledger },
      'esc:2:level-1',
      [fresh!, stopped!, slow!],
      emailTo,
    );
    await untilWatching(ledger, 2);
    // The fresh reader's claim shows life from the moment it was won, while the held ones are watched.
    expect(ledger.keptAlive).toEqual([fresh]);
    ledger.silenceOver();
    await expect(sending).rejects.toBeInstanceOf(EmailInFlightError);
    // The slow holder still sends its own: it is not sent a second time here.
    expect(mail.sent.sort()).toEqual([fresh, stopped].sort());
  });
});
