import { describe, expect, it } from 'vitest';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import { deliverUnsent } from '../../shared/use-cases/deliver-unsent';
import { markedUrgentAllowance } from '../../shared/use-cases/marked-urgent-allowance';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { remindBeforeClimb } from '../../shared/use-cases/remind-before-climb';
import { exampleConfig, inMemoryRateState } from '../support/fixtures';
import { escalationPathOnDynalite, message, stopEachAfterCountingThenExpectOnDesk } from './escalation-path.harness';

const TICKED = 7;

/**
 * The escalate stage stopped right after it counted a report only marked urgent against its holder's
 * hourly emails, before anything was sent (a Lambda killed there, its message then lost to the DLQ).
 * Nothing about the decision is kept beside the case, so nothing can be left half-made: the case is on
 * its holder's desk, untold, and the sweep tells it (with the hour's others) and reminds of it.
 */
describe('a crash between counting a marked-urgent report and emailing it, on dynalite', () => {
  const h = escalationPathOnDynalite('marked-urgent-crash-test');

  it('Should keep every case on the desk, and have the sweep tell and remind its holder', async () => {
    h.clock.set('2026-11-18T15:10:00Z');
    const rateState = inMemoryRateState(h.clock);
    const allowance = markedUrgentAllowance(rateState, exampleConfig);
    const deps = (): EscalationDeps =>
      h.escalationDeps({
        markedUrgent: allowance,
        sentEmails: new DynamoDbSentEmails(h.documents, h.dynamodb.tableName, h.clock),
      });
    const messages = Array.from({ length: TICKED }, (_, i) =>
      message(`Please post next week's rota soon, it is still missing (${i})`, { escalate: true }),
    );
    await h.seed(...messages);
    await h.deliver(messages);
    expect(h.queued).toHaveLength(TICKED);

    const killedAfterCounting = h.escalationDeps({
      markedUrgent: {
        async spend(holder) {
          await allowance.spend(holder);
          throw new Error('the function stopped here');
        },
      },
    });
    // Every case is raised and on its holder's desk, with its deadline, though nobody was told yet.
    const holder = await stopEachAfterCountingThenExpectOnDesk(h, killedAfterCounting, messages, exampleConfig);

    // The sweep tells the holder, once, of all of them (the crashes spent the hour's emails one by one).
    h.clock.set('2026-11-18T15:15:00Z');
    expect((await deliverUnsent(deps())).delivered).toBe(TICKED);
    expect(h.sent.map((e) => [e.to, e.subject])).toEqual([
      [[holder.email], `${TICKED} more reports were marked urgent by their senders: see your case desk`],
    ]);
    for (const m of messages) expect((await h.store.findCase(m.caseKey))?.status).toBe('escalated');
    h.clock.set('2026-11-18T15:20:00Z');
    await deliverUnsent(deps());
    expect(h.sent).toHaveLength(1);

    // And reminds of them, in one email, before their deadline.
    h.clock.set('2026-11-18T18:05:00Z');
    expect((await remindBeforeClimb(deps())).reminded).toBe(TICKED);
    expect(h.sent.slice(1).map((e) => e.subject)).toEqual([
      `Reminder: ${TICKED} reports marked urgent by their senders wait for your acknowledgement`,
    ]);
  });
});
