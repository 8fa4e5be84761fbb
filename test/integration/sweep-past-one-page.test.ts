import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import type { Email, Mailer } from '../../shared/ports/mailer';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { InMemoryCaseStore } from '../support/in-memory';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { AT_PLANT2, raisedEscalation } from '../support/raised-escalation';
import { useDynalite } from '../support/dynalite';

/**
 * After an all-hands, more cases are open than one page of the table holds (and more than the
 * sweep once read at most). Those listed last, by due time, must be sent, climbed and reminded
 * like the first: nothing urgent is left waiting for the others to clear.
 */

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';
/** More than one page of open cases (the store below reads 200 to a page) and than any cap the sweep had. */
const FILLERS = 600;
/** More than the sweep once climbed at most in one run. */
const OVERDUE_FILLERS = 150;
/** The reminder of the 19:00 deadline its holder was sent already, as the case records it. */
const reminded = (id: string) => `remind:${id}:acknowledge:0:plant2-gm:2026-11-18T19:00:00.000Z`;

describe('a sweep with more open cases than one page, on dynalite', { timeout: 120_000 }, () => {
  const { dynamodb, documents } = useDynalite('sweep-pages');
  // Raised at 14:00, urgent: due by 18:00, the reminder owed from 17:00.
  const clock = fixedClock('2026-11-18T18:30:00Z');
  let escalations: DynamoDbEscalationStore;
  const sent: Email[] = [];
  const mailer: Mailer = { send: async (email) => void sent.push(email) };

  beforeAll(() => {
    // A small page, so that a few hundred cases span several (DynamoDB's own page ends at 1 MB).
    escalations = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock, { openPageSize: 200 });
  });

  const deps = (): EscalationDeps => ({
    config: exampleConfig,
    escalations,
    cases: new InMemoryCaseStore(),
    mailer,
    clock,
    linkSigningKey: 'k'.repeat(32),
    publicUrl: 'https://feedback.example.com',
  });
  const open = (id: string, raisedAt: string, slaDueAt: string, notifiedLevel = 0, remindedFor?: string) =>
    escalations.create(
      raisedEscalation({ ...AT_PLANT2, id, urgent: true, raisedAt, slaDueAt, notifiedLevel, remindedFor }),
      new Date('2027-01-01T00:00:00Z'),
    );

  it('Should send, climb and remind the cases listed after the first hundreds', async () => {
    // Listed first (by due time, then id): 150 overdue since 17:00, then 450 due at 19:00 whose holder was reminded.
    const fillers = Array.from({ length: FILLERS }, (_, i) => `case:a${String(i).padStart(4, '0')}`);
    for (let i = 0; i < FILLERS; i += 50)
      await Promise.all(
        fillers
          .slice(i, i + 50)
          .map((id, j) =>
            i + j < OVERDUE_FILLERS
              ? open(id, '2026-11-18T13:00:00.000Z', '2026-11-18T17:00:00.000Z')
              : open(id, '2026-11-18T15:00:00.000Z', '2026-11-18T19:00:00.000Z', 0, reminded(id)),
          ),
      );
    // Past them: one overdue since 18:00, one due at 19:00 whose reminder is owed, one never emailed.
    await open('case:z-overdue', '2026-11-18T14:00:00.000Z', '2026-11-18T18:00:00.000Z');
    await open('case:z-reminder', '2026-11-18T15:00:00.000Z', '2026-11-18T19:00:00.000Z');
    await open('case:z-unsent', '2026-11-18T18:00:00.000Z', '2026-11-18T22:00:00.000Z', -1);

    const summary = await createSweepHandler({ ...deps(), logger: new Logger({ logLevel: 'SILENT' }) })();

    expect(summary).toMatchObject({ moved: OVERDUE_FILLERS + 1, failed: 0 });
    expect((await escalations.get('case:z-overdue'))?.level).toBe(1);
    expect(sent.filter((e) => e.to.includes(COO)).length).toBe(OVERDUE_FILLERS + 1);
    expect((await escalations.get('case:z-unsent'))?.notifiedLevel).toBe(0);
    expect(sent.filter((e) => e.to.includes(GM) && !e.subject.startsWith('Reminder:')).length).toBe(1);
    expect(sent.filter((e) => e.to.includes(GM) && e.subject.startsWith('Reminder:')).length).toBe(1);
    expect((await escalations.get('case:z-reminder'))?.remindedFor).toContain('case:z-reminder');
  });
});
