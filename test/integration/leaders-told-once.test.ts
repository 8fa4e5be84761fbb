import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import type { Config } from '../../shared/config/schema';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { outbox } from '../support/outbox';
import { startRefusingFront } from '../support/refusing-ses';
import { useDynalite } from '../support/dynalite';
import { KNIFE, urgentCaseFromHq } from '../support/untold-urgent-case';

/**
 * The attacker's finding: a leader who could not be emailed when a case climbed to the leadership list
 * (the mail service down, or their address refused) got two emails at once when mail came back after
 * the list's deadline: "acknowledgement overdue since <the old deadline>" (the sweep delivering what
 * was never sent) and "This is still not acknowledged … please acknowledge by <the new one>" (the
 * sweep's reminder). Each leader not yet told is told once, with the deadline that binds them now.
 * On dynalite and aws-ses-v2-local, behind a front that refuses as SES does.
 */

const BOARD = 'board@example.com';
const LEADERSHIP = 'leadership@example.com';
/** Two on the leadership list, so one refused must not keep the other from hearing, nor tell it twice. */
const config: Config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: [BOARD, LEADERSHIP] } };

describe('a leader who could not be emailed when a case reached the leadership list', { timeout: 60_000 }, () => {
  const { dynamodb } = useDynalite('leaders-once');
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startRefusingFront>>;
  const clock = fixedClock('2026-11-18T19:05:00Z');

  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startRefusingFront(ses);
  });
  afterAll(async () => {
    await front?.close();
    await ses?.close();
  });

  /** An urgent report from HQ, with the backup (the CEO) since 15:00, told, and not acknowledged by 19:00. */
  async function overdueWithTheBackup(id: string) {
    const { stored, sweepDeps } = await urgentCaseFromHq(dynamodb, clock, {
      id,
      config,
      status: 'escalated',
      escalation: {
        level: 1,
        notifiedLevel: 1,
        redactedText: `${KNIFE} (${id})`,
        raisedAt: '2026-11-18T11:00:00.000Z',
        slaDueAt: '2026-11-18T19:00:00.000Z',
      },
    });
    const sweep = createSweepHandler(sweepDeps(new SesMailer(localSes(front.endpoint), 'listening-post@example.com')));
    /** The emails `address` received about this case, reminders before a deadline left out. */
    const told = async (address: string) =>
      (await outbox(ses.endpoint)).filter(
        (e) => e.destination.to.includes(address) && (e.body.text ?? '').includes(id) && !/reminder/i.test(e.subject),
      );
    return { sweep, told, escalation: () => stored.get(id) };
  }

  it('Should tell each leader once, with the new deadline, when the mail service comes back after the old one', async () => {
    clock.set('2026-11-18T19:05:00Z');
    const c = await overdueWithTheBackup('case:once-1');
    front.failNext.count = 1_000_000; // the mail service down
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect((await c.escalation())?.level).toBe(2);
    clock.set('2026-11-19T00:05:00Z'); // the list's deadline (midnight) has gone by, mail still down
    await c.sweep();

    front.failNext.count = 0;
    clock.set('2026-11-19T00:10:00Z');
    expect((await c.sweep()).failed).toBe(0);
    clock.set('2026-11-19T00:15:00Z');
    await c.sweep();
    for (const leader of [BOARD, LEADERSHIP]) {
      const emails = await c.told(leader);
      expect(emails.map((e) => e.subject)).toHaveLength(1);
      expect(emails[0]?.subject).toMatch(/please acknowledge by/i);
      expect(emails[0]?.subject).not.toMatch(/overdue since/i);
    }
  });

  it('Should tell a refused leader once when their address is fixed after the deadline, the other reminded once', async () => {
    clock.set('2026-11-18T19:05:00Z');
    const c = await overdueWithTheBackup('case:once-2');
    front.refused.add(BOARD);
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect(await c.told(LEADERSHIP)).toHaveLength(1);
    expect(await c.told(BOARD)).toHaveLength(0);

    front.refused.clear();
    clock.set('2026-11-19T00:10:00Z'); // fixed after the list's deadline (midnight)
    expect((await c.sweep()).failed).toBe(0);
    clock.set('2026-11-19T00:15:00Z');
    await c.sweep();
    const board = await c.told(BOARD);
    expect(board.map((e) => e.subject)).toHaveLength(1);
    expect(board[0]?.subject).toMatch(/please acknowledge by/i);
    // The leader told at the climb is reminded once as the deadline passes, as the list always is.
    expect(await c.told(LEADERSHIP)).toHaveLength(2);
  });
});
