import { Logger } from '@aws-lambda-powertools/logger';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import type { Config } from '../../shared/config/schema';
import { caseKeyFor } from '../../shared/domain/case-code';
import type { Escalation, EscalationMessage } from '../../shared/domain/escalation';
import type { CaseStatus } from '../../shared/domain/feedback';
import type { Clock } from '../../shared/ports/clock';
import type { Mailer } from '../../shared/ports/mailer';
import { appWithFakes, exampleConfig, TEST_PEPPER } from './fixtures';
import { raisedEscalation } from './raised-escalation';

export const KNIFE = 'Someone threatened me with a knife in the parking lot at HQ';
/** The employee's answer in that case, urgent by its words. */
export const KNIFE_BACK = 'He is back in the parking lot with the knife right now';

/** The employee's urgent answer (KNIFE_BACK) in `escalation`'s case, as the escalate function is handed it. */
export const urgentAnswerIn = (escalation: Escalation, answerId: string): EscalationMessage => ({
  escalationId: escalation.id,
  answerId,
  threadAnswer: true,
  reasons: [],
  caseKey: escalation.caseKey,
  week: '2026-W47',
  site: 'hq',
  topics: [],
  urgentCategories: ['violence'],
  redactedText: KNIFE_BACK,
});

/**
 * An urgent report from HQ, taken by the intake app (in memory) and raised on a dynalite table: its case at
 * `status`, its escalation with the COO as `escalation` says (see raisedEscalation). Gives what the sweep runs
 * with but its mail (`sweepDeps(mailer)`), the escalation's store, and the employee's status page.
 */
export async function urgentCaseFromHq(
  table: { endpoint: string; tableName: string },
  clock: Clock,
  {
    id,
    config = exampleConfig,
    status,
    escalation,
  }: { id: string; config?: Config; status: CaseStatus; escalation: Partial<Escalation> },
) {
  const documents = localDocuments(table.endpoint);
  const stored = new DynamoDbEscalationStore(documents, table.tableName, clock);
  const { app, store } = appWithFakes({ clock, config });
  const submitted = await app.request('/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ text: KNIFE, site: 'hq', escalate: true }),
  });
  const { caseCode } = (await submitted.json()) as { caseCode: string };
  const caseKey = caseKeyFor(caseCode, TEST_PEPPER);
  await store.advanceStatus(caseKey, status);
  await stored.create(
    raisedEscalation({ id, caseKey, site: 'hq', sponsorId: 'coo', ...escalation }),
    new Date('2027-01-01T00:00:00Z'),
  );
  const sweepDeps = (mailer: Mailer) => ({
    config,
    escalations: stored,
    cases: store,
    mailer,
    clock,
    linkSigningKey: 'k'.repeat(32),
    publicUrl: 'https://feedback.example.com',
    sentEmails: new DynamoDbSentEmails(documents, table.tableName, clock),
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  /** The case's status page, as the employee reads it by its code. */
  const page = async () =>
    (await app.request(`/status/${caseCode}?lang=en`, { headers: { accept: 'text/html' } })).text();
  return { stored, sweepDeps, page };
}

/**
 * An urgent report from HQ raised as the escalate function leaves it: with its sponsor (the COO) since 15:00,
 * due at 19:00, nobody emailed yet (see urgentCaseFromHq).
 */
export function untoldUrgentCase(
  table: { endpoint: string; tableName: string },
  clock: Clock,
  { id, config = exampleConfig, redactedText = KNIFE }: { id: string; config?: Config; redactedText?: string },
) {
  return urgentCaseFromHq(table, clock, {
    id,
    config,
    status: 'forwarding',
    escalation: {
      redactedText,
      raisedAt: '2026-11-18T15:00:00.000Z',
      slaDueAt: '2026-11-18T19:00:00.000Z',
      notifiedLevel: -1,
    },
  });
}
