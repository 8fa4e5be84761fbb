import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { fixedClock } from '../support/fixtures';
import { refusingMailer } from '../support/refusing-mailer';
import { untoldUrgentCase, urgentAnswerIn } from '../support/untold-urgent-case';
import { useDynalite } from '../support/dynalite';

/**
 * An urgent case whose sponsor was emailed, and whose address the mail service then refuses for good (the
 * mailbox deleted, the address put on the suppression list). Only the first escalation and the sweep's climb
 * went past a refused address: an employee's urgent answer and the reminder before the deadline failed and
 * waited, the case with a holder who would never read of it, until its deadline passed. Now every email
 * about the case treats the refusal as the first escalation does: the backup is told at once, as new.
 */

const COO = 'coo@example.com';
const CEO = 'ceo@example.com';

describe('a sponsor refused for good after the first email', () => {
  const { dynamodb } = useDynalite('refused-later');
  const clock = fixedClock('2026-11-18T15:30:00Z');

  /** An urgent report from HQ whose sponsor (the COO) the first sweep emails; then their address is refused. */
  async function toldThenRefused(id: string) {
    clock.set('2026-11-18T15:30:00Z');
    const { stored, sweepDeps } = await untoldUrgentCase(dynamodb, clock, { id });
    const { refused, send, to } = refusingMailer();
    const failures: string[] = [];
    const deps = {
      ...sweepDeps({ send }),
      routing: stored,
      mailFailed: (failure: { kind: string }) => failures.push(failure.kind),
    };
    const sweep = createSweepHandler(deps);
    await sweep();
    expect(to(COO)).toHaveLength(1);
    refused.add(COO);
    const trail = async () => (await stored.get(id))?.audit.map((entry) => entry.detail) ?? [];
    return { sweep, to, stored, deps, trail, failures };
  }

  it('Should tell the backup at once, as new, when the reminder to the sponsor is refused', async () => {
    const c = await toldThenRefused('case:refused-reminder');
    // Due at 19:00: the reminder is owed from 18:00.
    clock.set('2026-11-18T18:05:00Z');
    const result = await c.sweep();
    expect(result.failed).toBe(0);
    expect(c.to(CEO)).toHaveLength(1);
    expect(c.to(CEO)[0]?.text).toContain('knife');
    expect(c.to(CEO)[0]?.subject).not.toMatch(/overdue|reminder/i);
    expect((await c.stored.get('case:refused-reminder'))?.level).toBe(1);
    expect((await c.trail()).filter((d) => d.startsWith('could not be emailed'))).toHaveLength(1);
    expect(c.failures).toContain('address-refused');

    // The backup has the full time from the climb: nothing more goes out at the next sweep.
    clock.set('2026-11-18T18:10:00Z');
    await c.sweep();
    expect(c.to(CEO)).toHaveLength(1);
  });

  it('Should tell the backup the case and the urgent answer at once when the answer to the sponsor is refused', async () => {
    const c = await toldThenRefused('case:refused-answer');
    clock.set('2026-11-18T15:50:00Z');
    const case_ = (await c.stored.get('case:refused-answer'))!;
    const answer = urgentAnswerIn(case_, 'answer-1');
    await notifyThreadAnswer(c.deps, answer);
    const toCeo = c.to(CEO);
    expect(toCeo.some((e) => e.text.includes('Someone threatened me with a knife'))).toBe(true);
    expect(toCeo.some((e) => e.text.includes('He is back in the parking lot'))).toBe(true);
    expect((await c.stored.get('case:refused-answer'))?.level).toBe(1);
    expect(c.to(COO)).toHaveLength(1);

    // A retry of the same answer's message tells no one again.
    const before = c.to(CEO).length;
    await notifyThreadAnswer(c.deps, answer);
    expect(c.to(CEO)).toHaveLength(before);
  });
});
