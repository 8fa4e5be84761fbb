import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbAnswerNotices } from '../../shared/adapters/aws/dynamodb-answer-notices';
import { DynamoDbCaseDesk } from '../../shared/adapters/aws/dynamodb-case-desk';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import type { EscalationMessage } from '../../shared/domain/escalation';
import { notifyThreadAnswer, sendHeldAnswers } from '../../shared/use-cases/notify-thread-answer';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { InMemoryCaseStore } from '../support/in-memory';
import { useDynalite } from '../support/dynalite';
import { outbox } from '../support/outbox';
import { raisedEscalation } from '../support/raised-escalation';
import { startRefusingFront } from '../support/refusing-ses';

// Issue 14, left over: an answer sent in the hour its case was closed reopens the case at the sweep,
// and its holder is emailed "Reopened: …". When SES refused that email, the next sweep found the case
// open already and sent the answer without a word of the reopening: the holder, who had closed it,
// never learned why it was back. The case keeps "reopened, not yet told" until that email goes.
// On dynalite and aws-ses-v2-local (behind a front that refuses once, as SES may), under the sweep's grants.

const GM = 'plant2-gm@example.com';

describe('a reopening whose email SES refused, on dynalite and aws-ses-v2-local', () => {
  const tableName = 'reopen-told';
  const { documents } = useDynalite(tableName);
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startRefusingFront>>;
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startRefusingFront(ses);
  });
  afterAll(async () => {
    await front?.close();
    await ses?.close();
  });

  it('Should still say the case reopened when the email is sent again, and only in that email', async () => {
    const clock = fixedClock('2026-11-18T15:00:00Z');
    // Each step under its own function's grants: the escalate function holds answers, the sweep sends them.
    const depsAs = (role: 'escalate' | 'sweep') => {
      const documentsOf = guardTableAccess(documents, role);
      const store = new DynamoDbEscalationStore(documentsOf, tableName, clock);
      return {
        config: exampleConfig,
        escalations: store,
        routing: store,
        answerNotices: new DynamoDbAnswerNotices(documentsOf, tableName, clock),
        sentEmails: new DynamoDbSentEmails(documentsOf, tableName, clock),
        cases: new InMemoryCaseStore(),
        mailer: new SesMailer(localSes(front.endpoint), 'listening-post@example.com'),
        clock,
        linkSigningKey: 'k'.repeat(32),
        publicUrl: 'https://feedback.example.com',
      };
    };
    const escalate = depsAs('escalate');
    const sweep = depsAs('sweep');
    const e = raisedEscalation({
      id: `case:${randomUUID()}`,
      caseKey: randomUUID().replace(/-/g, '').repeat(2),
      site: 'plant2',
      sponsorId: 'plant2-gm',
      urgent: false,
      raisedAt: '2026-11-18T15:00:00.000Z',
      slaDueAt: '2026-11-21T15:00:00.000Z',
    });
    expect(await escalate.escalations.create(e, new Date('2027-06-07T00:00:00Z'))).toBe(true);
    const answer = (text: string): EscalationMessage => ({
      escalationId: e.id,
      answerId: randomUUID(),
      threadAnswer: true,
      reasons: [],
      caseKey: e.caseKey,
      week: '2026-W47',
      site: 'plant2',
      topics: [],
      urgentCategories: [],
      redactedText: text,
    });
    const toGm = async () => (await outbox(ses.endpoint)).filter((m) => m.destination.to.includes(GM));

    // The employee answers at 15:20; the holder closes the case at 15:40, within the answer's hour
    // (the desk records the closer by name, as it does: so the email can tell them "You closed").
    const holderName = exampleConfig.sponsors.find((s) => s.id === 'plant2-gm')!.name;
    clock.set('2026-11-18T15:20:00Z');
    await notifyThreadAnswer(escalate, answer('The guard is still off, by the east door.'));
    clock.set('2026-11-18T15:40:00Z');
    const sponsor = guardTableAccess(documents, 'sponsor');
    const desk = new DynamoDbCaseDesk(sponsor, tableName, new DynamoDbEscalationStore(sponsor, tableName, clock));
    expect(
      await desk.close(e.id, '2026-11-18T16:00:00.000Z', {
        at: '2026-11-18T15:40:00.000Z',
        event: 'closed',
        detail: `by ${holderName}`,
      }),
    ).toBe(true);

    // The sweep after the hour reopens the case, and SES refuses its email.
    clock.set('2026-11-18T16:05:00Z');
    front.failNext.count = 1;
    expect(await sendHeldAnswers(sweep)).toEqual({ sent: 0, failed: 1 });
    expect(front.failNext.count).toBe(0);
    expect(await toGm()).toEqual([]);
    expect((await sweep.escalations.get(e.id)) as { closedAt?: string }).not.toHaveProperty('closedAt');

    // The next sweep sends it, still saying why the case is open again.
    clock.set('2026-11-18T17:05:00Z');
    expect(await sendHeldAnswers(sweep)).toEqual({ sent: 1, failed: 0 });
    const [told, ...more] = await toGm();
    expect(more).toEqual([]);
    expect(told!.subject).toMatch(/^Reopened: The employee answered/);
    expect(told!.body.text).toContain('You closed this case, but the employee had already sent this answer');
    expect(told!.body.text).toContain('The guard is still off, by the east door.');

    // A later answer, in a case open all along since, says nothing of a reopening.
    clock.set('2026-11-18T17:20:00Z');
    await notifyThreadAnswer(escalate, answer('It is fixed now, thank you.'));
    clock.set('2026-11-18T18:05:00Z');
    expect(await sendHeldAnswers(sweep)).toEqual({ sent: 1, failed: 0 });
    const later = (await toGm()).find((m) => /fixed now/.test(m.body.text ?? ''));
    expect(later!.subject).toMatch(/^The employee answered/);
    expect(later!.body.text).not.toContain('You closed this case');
  });
});
