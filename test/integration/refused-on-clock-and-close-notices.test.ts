import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbCaseDesk } from '../../shared/adapters/aws/dynamodb-case-desk';
import type { ClockEvent, LegalClocks } from '../../shared/ports/legal-clocks';
import { AddressRefusedError, type Email } from '../../shared/ports/mailer';
import { sweepLegalClocks } from '../../shared/use-cases/legal-clocks';
import { tellCloses } from '../../shared/use-cases/close-notices';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { climb } from '../../shared/use-cases/sweep-overdue';
import { climbPastRefused } from '../../shared/use-cases/climb-past-refused';
import { fixedClock } from '../support/fixtures';
import { refusingMailer } from '../support/refusing-mailer';
import { untoldUrgentCase, urgentAnswerIn } from '../support/untold-urgent-case';
import { useDynalite } from '../support/dynalite';

/**
 * Last round made an answer or a reminder to a sponsor address the mail service refuses for good climb to the
 * next holder at once. The other emails about an urgent case still failed at every sweep against that address:
 * the law's "deadline passed" notice (so the case waited with a holder who never reads, the sweep failing
 * each time, and the notice to leadership, sent, was retried for ever), and the close notice to the closer's
 * backup (so nobody checked the close). Now each treats the refusal by what it asks of its reader:
 * - the holder asked to act on a passed deadline: the case climbs past them at once, told as new to the next;
 * - a notice asking nothing of its reader (the holder told the case was passed on, leadership told who has
 *   been asked): the refusal is recorded for the operator, and the notice is not tried again;
 * - the close notice, asking the closer's backup to check the close: past a refused backup, the leadership
 *   list is shown it.
 */

const COO = 'coo@example.com';
const CEO = 'ceo@example.com';
const LEADERSHIP = 'leadership@example.com';

describe('a sponsor refused for good, on the law’s clock emails and the close notice', () => {
  const { dynamodb } = useDynalite('refused-clock-close');
  const clock = fixedClock('2026-11-18T15:30:00Z');

  /** An urgent report from HQ held by the COO, who was emailed it; then the COO's address is refused. */
  async function toldThenRefused(id: string) {
    clock.set('2026-11-18T15:30:00Z');
    const { stored, sweepDeps } = await untoldUrgentCase(dynamodb, clock, { id });
    const { refused, sent, send, to } = refusingMailer();
    const failures: string[] = [];
    const deps = {
      ...sweepDeps({ send }),
      routing: stored,
      mailFailed: (failure: { kind: string }) => failures.push(failure.kind),
    };
    await createSweepHandler(deps)();
    expect(to(COO)).toHaveLength(1);
    refused.add(COO);
    return { deps, to, stored, failures, sent };
  }

  /** A legal clocks store holding `events`, removed as the sweep acts on them. */
  function clocksHolding(events: ClockEvent[]): LegalClocks & { left: ClockEvent[] } {
    const left = [...events];
    return {
      left,
      schedule: async () => undefined,
      dueBy: async () => [...left],
      between: async () => [],
      remove: async (event) => void left.splice(left.indexOf(event), 1),
      recordPassed: async () => undefined,
      met: async () => undefined,
      listPassed: async () => [],
    };
  }

  it('Should move the case past a refused holder at once when the law’s deadline to acknowledge passes', async () => {
    const c = await toldThenRefused('case:clock-passed');
    // The law's day to acknowledge ends before the service level (due 19:00): the notice asks the COO to act.
    clock.set('2026-11-18T16:05:00Z');
    const clocks = clocksHolding([
      {
        escalationId: 'case:clock-passed',
        deadline: 'acknowledge',
        stage: 'passed',
        at: '2026-11-18T16:00:00.000Z',
        day: '2026-11-18',
      },
    ]);
    const climbs: string[] = [];
    const result = await sweepLegalClocks({
      ...c.deps,
      clocks,
      climb: async (e) => {
        climbs.push(e.id);
        return climb(c.deps, e);
      },
      // As the sweep handler wires it.
      climbPastRefused: (e, error) => climbPastRefused(c.deps, e, 'legal clocks', error),
    });
    expect(result.failed).toBe(0);
    expect(clocks.left).toEqual([]);
    const now = await c.stored.get('case:clock-passed');
    expect(now?.level).toBe(1);
    // The CEO (the COO's backup) is told the case, once, whatever climbed it.
    expect(c.to(CEO).filter((e) => e.text.includes('knife'))).toHaveLength(1);
    expect(c.failures).toContain('address-refused');
  });

  it('Should climb past a refused holder, and tell leadership, when the law’s deadline for feedback passes', async () => {
    const c = await toldThenRefused('case:clock-feedback');
    clock.set('2026-11-18T15:40:00Z');
    expect(
      await c.stored.acknowledge('case:clock-feedback', {
        at: '2026-11-18T15:00:00.000Z',
        event: 'acknowledged',
        detail: 'by Dana Whitfield (COO)',
      }),
    ).toBe(true);
    clock.set('2026-12-20T16:05:00Z');
    const clocks = clocksHolding([
      {
        escalationId: 'case:clock-feedback',
        deadline: 'feedback',
        stage: 'passed',
        at: '2026-12-20T16:00:00.000Z',
        day: '2026-12-20',
      },
    ]);
    const first = await sweepLegalClocks({
      ...c.deps,
      clocks,
      climbPastRefused: (e, error) => climbPastRefused(c.deps, e, 'legal clocks', error),
    });
    expect(first.failed).toBe(0);
    expect(clocks.left).toEqual([]);
    expect(c.failures).toContain('address-refused');
    // Acknowledged, it still goes on to someone who reads: the backup, told it as new; and leadership is told.
    expect((await c.stored.get('case:clock-feedback'))?.level).toBe(1);
    expect(c.to(CEO).some((e) => e.text.includes('knife'))).toBe(true);
    expect(c.to(LEADERSHIP).some((e) => /deadline/i.test(e.subject))).toBe(true);
  });

  it('Should send an urgent answer on an acknowledged case past its refused holder, never fail it for ever', async () => {
    const c = await toldThenRefused('case:acknowledged-answer');
    clock.set('2026-11-18T15:40:00Z');
    expect(
      await c.stored.acknowledge('case:acknowledged-answer', {
        at: '2026-11-18T15:00:00.000Z',
        event: 'acknowledged',
        detail: 'by Dana Whitfield (COO)',
      }),
    ).toBe(true);
    clock.set('2026-11-18T15:50:00Z');
    const case_ = (await c.stored.get('case:acknowledged-answer'))!;
    const answer = urgentAnswerIn(case_, 'answer-acknowledged');
    await notifyThreadAnswer(c.deps, answer);
    expect(c.to(CEO).some((e) => e.text.includes('back in the parking lot'))).toBe(true);
    await notifyThreadAnswer(c.deps, answer);
    expect(c.to(CEO).filter((e) => e.text.includes('back in the parking lot'))).toHaveLength(1);
  });

  it('Should show a close to the leadership list when the closer’s backup is refused, and not fail every sweep', async () => {
    const c = await toldThenRefused('case:close-refused-backup');
    const desk = new DynamoDbCaseDesk(localDocuments(dynamodb.endpoint), dynamodb.tableName, c.stored);
    clock.set('2026-11-18T15:40:00Z');
    expect(
      await desk.close(
        'case:close-refused-backup',
        '2026-11-18T16:00:00.000Z',
        { at: '2026-11-18T15:00:00.000Z', event: 'closed', detail: 'by Dana Whitfield (COO)', by: 'coo' },
        { acknowledges: true, tell: true, atLevel: 0 },
      ),
    ).toBe(true);
    // The COO closed it; their backup, the CEO, is the one refused now.
    c.deps.mailer = {
      send: async (email: Email) => {
        if (email.to.includes(CEO)) throw new AddressRefusedError('Email address is not verified');
        c.sent.push(email);
      },
    };
    clock.set('2026-11-18T16:05:00Z');
    const result = await tellCloses(c.deps);
    expect(result).toEqual({ told: 1, failed: 0 });
    const leaders = c.sent.filter((e) => e.subject.includes('closed') && !e.to.includes(COO));
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((e) => !e.to.includes(CEO))).toBe(true);
    expect(c.failures).toContain('address-refused');
    // Told once: the next sweep has nothing more to show.
    expect(await tellCloses(c.deps)).toEqual({ told: 0, failed: 0 });
  });
});
