import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbAnswerNotices } from '../../shared/adapters/aws/dynamodb-answer-notices';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { Email } from '../../shared/ports/mailer';
import { notifyThreadAnswer, sendHeldAnswers } from '../../shared/use-cases/notify-thread-answer';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { InMemoryCaseStore } from '../support/in-memory';
import { useDynalite } from '../support/dynalite';
import { raisedEscalation } from '../support/raised-escalation';

// Issue 14: an ordinary answer naming the holder waits for its hour before
// the case moves. An urgent answer in that hour acts at once: it must take
// the case around whomever the held answer names too, never email them.
// On dynalite, under the escalate and sweep functions' grants.

describe('an urgent answer after an ordinary one that names the holder, within the hour', () => {
  const tableName = 'urgent-after-held';
  const { documents } = useDynalite(tableName);

  it('Should move the case around the sponsor the held answer names, and send the urgent answer to the backup alone', async () => {
    const clock = fixedClock('2026-11-18T15:00:00Z');
    const escalate = guardTableAccess(documents, 'escalate');
    const store = new DynamoDbEscalationStore(escalate, tableName, clock);
    const e = raisedEscalation({
      id: `case:${randomUUID()}`,
      caseKey: randomUUID().replace(/-/g, '').repeat(2),
      site: 'plant2',
      sponsorId: 'plant2-gm',
      urgent: false,
      raisedAt: '2026-11-18T15:00:00.000Z',
      slaDueAt: '2026-11-21T15:00:00.000Z',
    });
    expect(await store.create(e, new Date('2027-06-07T00:00:00Z'))).toBe(true);
    const sent: Email[] = [];
    const deps = {
      config: exampleConfig,
      escalations: store,
      routing: store,
      answerNotices: new DynamoDbAnswerNotices(escalate, tableName, clock),
      cases: new InMemoryCaseStore(),
      mailer: { send: async (mail: Email) => void sent.push(mail) },
      clock,
      linkSigningKey: 'k'.repeat(32),
      publicUrl: 'https://feedback.example.com',
    };
    const answer = (text: string, more: Partial<EscalationMessage>): EscalationMessage => ({
      escalationId: e.id,
      threadAnswer: true,
      reasons: ['urgent-topic'],
      caseKey: e.caseKey,
      week: '2026-W47',
      site: 'plant2',
      topics: [],
      urgentCategories: [],
      redactedText: text,
      ...more,
    });

    clock.set('2026-11-18T15:20:00Z');
    await notifyThreadAnswer(deps, answer('[NAME] stacked the pallets himself.', { namedSponsors: ['plant2-gm'] }));
    expect(sent).toEqual([]);
    expect((await store.get(e.id))!.sponsorId).toBe('plant2-gm'); // waits for the hour

    clock.set('2026-11-18T15:40:00Z');
    await notifyThreadAnswer(
      deps,
      answer('Someone just fell over them and is hurt.', { urgentCategories: ['safety'] }),
    );
    expect((await store.get(e.id))!.sponsorId).toBe('coo');
    expect(sent.flatMap((m) => m.to)).not.toContain('plant2-gm@example.com');
    expect(sent.some((m) => m.to.includes('coo@example.com') && /fell over/.test(m.text ?? ''))).toBe(true);

    // At the hour the held answer goes to the backup too, and still nothing to the manager.
    clock.set('2026-11-18T16:05:00Z');
    const sweep = guardTableAccess(documents, 'sweep');
    const swept = new DynamoDbEscalationStore(sweep, tableName, clock);
    await sendHeldAnswers({
      ...deps,
      escalations: swept,
      routing: swept,
      answerNotices: new DynamoDbAnswerNotices(sweep, tableName, clock),
    });
    expect(sent.flatMap((m) => m.to)).not.toContain('plant2-gm@example.com');
    expect(sent.some((m) => m.to.includes('coo@example.com') && /stacked the pallets/.test(m.text ?? ''))).toBe(true);
  });
});
