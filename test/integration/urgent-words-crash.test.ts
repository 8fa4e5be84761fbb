import { describe, expect, it } from 'vitest';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import type { Config } from '../../shared/config/schema';
import { deliverUnsent } from '../../shared/use-cases/deliver-unsent';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { remindBeforeClimb } from '../../shared/use-cases/remind-before-climb';
import { urgentWordsAllowance } from '../../shared/use-cases/urgent-words-allowance';
import { exampleConfig, inMemoryRateState } from '../support/fixtures';
import { escalationPathOnDynalite, message, stopEachAfterCountingThenExpectOnDesk } from './escalation-path.harness';

const REPORTS = 7;
/** A small allowance, so that seven reports overflow it. */
const config: Config = { ...exampleConfig, escalation: { ...exampleConfig.escalation, urgentEmailsPerHour: 3 } };
const THREAT = 'there is a guy with a gun in the warehouse saying he will shoot the supervisor';
const alarm = (i: number) => `There is a fire in the paint shop on line ${i + 1}, the smoke is everywhere`;

/**
 * The escalate stage stopped right after it counted a report urgent in its words against its holder's hourly
 * emails, before anything was sent; then the sweep stopped right after its list went out, before any case
 * was noted told. Nothing about the decision is kept beside the case, so nothing can be left half-made: the
 * case is on its holder's desk, untold, the sweep tells it, and the next sweep finds the list sent and sends
 * it again to nobody.
 */
describe('crashes around counting and listing reports urgent in their words, on dynalite', () => {
  const h = escalationPathOnDynalite('urgent-words-crash-test');

  it('Should keep every case on the desk, tell its holder once, and remind of it', async () => {
    h.clock.set('2026-11-18T15:10:00Z');
    const rateState = inMemoryRateState(h.clock);
    const allowance = urgentWordsAllowance(rateState, config);
    const deps = (overrides: Partial<EscalationDeps> = {}): EscalationDeps =>
      h.escalationDeps({
        config,
        urgentWords: allowance,
        sentEmails: new DynamoDbSentEmails(h.documents, h.dynamodb.tableName, h.clock),
        ...overrides,
      });
    const messages = [...Array.from({ length: REPORTS - 1 }, (_, i) => message(alarm(i))), message(THREAT)];
    await h.seed(...messages);
    await h.deliver(messages);
    expect(h.queued).toHaveLength(REPORTS);

    const killedAfterCounting = deps({
      urgentWords: {
        async spend(holder) {
          await allowance.spend(holder);
          throw new Error('the function stopped here');
        },
      },
    });
    // Every case is raised and on its holder's desk, with its deadline, though nobody was told yet.
    const holder = await stopEachAfterCountingThenExpectOnDesk(h, killedAfterCounting, messages, config);

    // The sweep lists them all in one email (the crashes spent the hour's emails one by one), and stops
    // before noting any of them told.
    h.clock.set('2026-11-18T15:15:00Z');
    const killedAfterTheList = deps({
      escalations: Object.assign(Object.create(h.escalations), {
        markNotified: async () => {
          throw new Error('the sweep stopped here');
        },
      }),
    });
    expect((await deliverUnsent(killedAfterTheList)).failed).toBe(1);
    expect(h.sent.map((e) => [e.to, e.subject])).toEqual([
      [[holder.email], `Urgent: ${REPORTS} more reports urgent in their words: read the list`],
    ]);
    const lines = h.sent[0]!.text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([`- ${THREAT}`, expect.stringMatching(/paint shop.*\(6 alike reports\)$/)]);

    // The next sweep finds the list sent: no second email, every case now told and passed on.
    h.clock.set('2026-11-18T15:20:00Z');
    expect((await deliverUnsent(deps())).delivered).toBe(REPORTS);
    expect(h.sent).toHaveLength(1);
    for (const m of messages) expect((await h.store.findCase(m.caseKey))?.status).toBe('escalated');
    h.clock.set('2026-11-18T15:25:00Z');
    await deliverUnsent(deps());
    expect(h.sent).toHaveLength(1);

    // And reminds of them, in one email that lists them, before their deadline.
    h.clock.set('2026-11-18T18:05:00Z');
    expect((await remindBeforeClimb(deps())).reminded).toBe(REPORTS);
    expect(h.sent.slice(1).map((e) => e.subject)).toEqual([
      `Reminder: ${REPORTS} reports urgent in their words wait for your acknowledgement`,
    ]);
  });
});
