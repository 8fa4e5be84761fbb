import { describe, expect, it } from 'vitest';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import { AddressRefusedError, type Email } from '../../shared/ports/mailer';
import { deliverUnsent } from '../../shared/use-cases/deliver-unsent';
import { markedUrgentAllowance } from '../../shared/use-cases/marked-urgent-allowance';
import { remindBeforeClimb } from '../../shared/use-cases/remind-before-climb';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { exampleConfig, inMemoryRateState } from '../support/fixtures';
import { escalationPathOnDynalite, message } from './escalation-path.harness';

const GM = 'plant2-gm@example.com';
/** Plant 2's manager's backup in the example settings. */
const COO = 'coo@example.com';
const TICKED = 12;

/**
 * A flood of reports only marked urgent, to a holder whose address the mail service refuses for good: the
 * escalate stage climbs each of its first five past them (the hour's emails one by one), and the sweep's one
 * email about the rest is refused too. That email climbed case by case, each told to the backup in an email of
 * its own: the flood the summary keeps out of a holder's inbox reached the backup's one by one. Now the rest
 * climb together, and the backup is told of them in one email, as their holder would have been.
 */
describe('reports only marked urgent, their holder refused for good, on dynalite', () => {
  const h = escalationPathOnDynalite('marked-urgent-refused-holder-test');

  it('Should move the rest past the refused holder at once and tell the backup of them in one email', async () => {
    h.clock.set('2026-11-18T15:10:00Z');
    const allowance = markedUrgentAllowance(inMemoryRateState(h.clock), exampleConfig);
    const sent: Email[] = [];
    const refused = new Set([GM]);
    const deps = (): EscalationDeps =>
      h.escalationDeps({
        markedUrgent: allowance,
        sentEmails: new DynamoDbSentEmails(h.documents, h.dynamodb.tableName, h.clock),
        mailer: {
          send: async (email) => {
            if (email.to.some((to) => refused.has(to))) throw new AddressRefusedError('Email address is not verified');
            sent.push(email);
          },
        },
      });
    const messages = Array.from({ length: TICKED }, (_, i) =>
      message(`Please post next week's rota soon, it is still missing (${i})`, { escalate: true }),
    );
    await h.seed(...messages);
    await h.deliver(messages);
    await h.escalateQueued(deps());
    // The hour's five one by one went past the manager to the backup, each at once.
    const oneByOne = sent.length;
    expect(oneByOne).toBe(5);
    expect(sent.every((e) => e.to.includes(COO))).toBe(true);

    h.clock.set('2026-11-18T15:15:00Z');
    const result = await deliverUnsent(deps());
    expect(result.failed).toBe(0);
    expect(result.delivered).toBe(TICKED - 5);
    // One email for the other seven, never seven.
    expect(sent.slice(oneByOne).map((e) => [e.to, e.subject])).toEqual([
      [[COO], `${TICKED - 5} more reports were marked urgent by their senders: see your case desk`],
    ]);
    const open = await h.escalations.listOpen(new Date('2026-11-20T00:00:00Z'));
    expect(open.filter((e) => e.level === 1)).toHaveLength(TICKED);
    for (const m of messages) expect((await h.store.findCase(m.caseKey))?.status).toBe('escalated');

    // The backup's address is refused too by the time their reminder is due: the cases climb on together,
    // and each reader of the leadership list is told of them in one email, not twelve.
    refused.add(COO);
    const due = Math.min(...open.map((e) => Date.parse(e.slaDueAt)));
    h.clock.set(new Date(due - 60 * 60_000 + 5 * 60_000).toISOString());
    const before = sent.length;
    const reminded = await remindBeforeClimb(deps());
    expect(reminded.failed).toBe(0);
    const toLeaders = sent.slice(before);
    expect(toLeaders.length).toBeGreaterThan(0);
    expect(toLeaders.length).toBeLessThan(TICKED);
    expect(new Set(toLeaders.map((e) => e.to.join())).size).toBe(toLeaders.length);
    expect((await h.escalations.listOpen(new Date('2026-11-20T00:00:00Z'))).every((e) => e.level === 2)).toBe(true);
  });
});
