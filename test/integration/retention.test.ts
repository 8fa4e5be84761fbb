import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/handler';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DynamoDbHeldPatterns } from '../../shared/adapters/aws/dynamodb-held-patterns';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../../shared/analysis/urgency';
import type { Config } from '../../shared/config/schema';
import { weekBounds } from '../../shared/digest/weeks';
import type { EscalationMessage } from '../../shared/domain/escalation';
import { NotFoundError } from '../../shared/errors';
import type { Email } from '../../shared/ports/mailer';
import { statusWithConversation } from '../../shared/use-cases/case-conversation';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { submitFeedback } from '../../shared/use-cases/submit-feedback';
import { sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import { exampleConfig, fixedClock, inMemoryRateState, TEST_PEPPER } from '../support/fixtures';
import { InMemoryQueue } from '../support/in-memory';
import { useDynalite } from '../support/dynalite';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const config: Config = { ...exampleConfig, retention: { feedbackDays: 30, escalationDays: 60, digestDays: 30 } };
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const later = (clock: ReturnType<typeof fixedClock>, ms: number) =>
  clock.set(new Date(clock.now().getTime() + ms).toISOString());
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Retention against dynalite, which never deletes an expired item: every
 * item written carries the `expiresAt` TTL from `config.retention`, and each
 * adapter reads an item past it as absent. The clock is moved, not waited on.
 */
describe('retention on dynalite', () => {
  const { dynamodb } = useDynalite('retention-test');

  /** Every adapter on the stand-in, all on one movable clock. */
  function wiring(clock: ReturnType<typeof fixedClock>) {
    const documents = localDocuments(dynamodb.endpoint);
    const table = dynamodb.tableName;
    const store = new DynamoDbCaseStore(documents, table, clock);
    const figures = new DynamoDbWeeklyFigures(documents, table, clock);
    const verbatims = new DynamoDbVerbatimCandidates(documents, table, clock);
    const patterns = new DynamoDbPatternCounter(documents, table);
    const escalations = new DynamoDbEscalationStore(documents, table, clock);
    const queue = new InMemoryQueue();
    const raised: EscalationMessage[] = [];
    const sent: Email[] = [];
    const analyze = createAnalyzeHandler({
      config,
      cases: store,
      figures,
      verbatims,
      clock,
      analyzer: new OfflineAnalyzer(),
      logger,
      escalation: {
        queue: { enqueue: async (m) => void raised.push(m) },
        patterns,
        detectUrgency: (text) => detectUrgency(text).categories,
      },
    });
    const escalationDeps: EscalationDeps = {
      config,
      escalations,
      cases: store,
      mailer: { send: async (email) => void sent.push(email) },
      clock,
      linkSigningKey: 'k'.repeat(64),
      publicUrl: 'https://feedback.example.com',
    };
    return {
      documents,
      store,
      figures,
      verbatims,
      patterns,
      held: new DynamoDbHeldPatterns(documents, table),
      escalations,
      escalationDeps,
      raised,
      kiosks: new DynamoDbKioskRegistry(documents, table, clock),
      submit: (text: string, site = 'plant2') =>
        submitFeedback(
          { config, cases: store, queue, clock, pepper: TEST_PEPPER, rateState: inMemoryRateState(clock) },
          { channel: 'web', text, site, escalate: false },
        ),
      /** Analyses everything submitted since the last call. */
      analyseQueued: async () => {
        const messages = queue.messages.splice(0);
        const records = messages.map((m, i) => ({ messageId: `${m.id}-${i}`, body: JSON.stringify(m) }) as SQSRecord);
        const response = await analyze({ Records: records }, context);
        expect(response.batchItemFailures).toEqual([]);
        return messages;
      },
    };
  }

  const escalationMessage = (id: string, extra: Partial<EscalationMessage> = {}): EscalationMessage => ({
    escalationId: id,
    reasons: ['requested'],
    week: '2026-W02',
    site: 'hq',
    topics: ['pay'],
    urgentCategories: [],
    redactedText: 'Please look at how the bonus was announced',
    ...extra,
  });

  async function scanAll(documents: ReturnType<typeof localDocuments>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new ScanCommand({ TableName: dynamodb.tableName, ExclusiveStartKey: startKey }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  it('Should give every item it writes an expiresAt from the configured retention, but for enrolled kiosks', async () => {
    const clock = fixedClock('2026-11-18T15:30:00Z');
    const w = wiring(clock);
    const writtenAt = clock.now();

    // Feedback: cases, weekly figures, comment samples, pattern counters and their claim, and escalations.
    for (let i = 0; i < config.escalation.patternThreshold; i += 1)
      await w.submit(`We are understaffed again and the workload is crushing us, week ${i}`);
    await w.submit('The fire exit by the paint shop is blocked again');
    await w.analyseQueued();
    // The pattern is held for the day's release (pattern-release.test.ts), its held item left to expire here.
    w.raised.push(...(await w.held.due(new Date(writtenAt.getTime() + 2 * DAY_MS), 10)).map((h) => h.escalation));
    expect(w.raised.flatMap((m) => m.reasons)).toEqual(expect.arrayContaining(['pattern', 'urgent-topic']));
    for (const message of w.raised) await raiseEscalation(w.escalationDeps, message);
    // An answered escalation (its week entry under the response) and an overdue one moved up a level (a new open-list entry).
    const answered = w.raised.find((m) => m.reasons.includes('pattern'));
    const overdue = w.raised.find((m) => m.reasons.includes('urgent-topic'));
    await w.escalations.respond(answered!.escalationId, 'We are hiring two more people', {
      at: clock.now().toISOString(),
      event: 'responded',
      detail: '30 characters',
    });
    later(clock, 5 * HOUR_MS);
    expect((await sweepOverdue(w.escalationDeps)).moved).toBeGreaterThan(0);
    expect((await w.escalations.get(overdue!.escalationId))?.level).toBe(1);

    // Rate counters are not in this table at all (see rate-and-replay-state.test.ts).
    await w.kiosks.enrol(
      { id: 'kiosk-1', site: 'hq', name: 'HQ break room', enrolledAt: clock.now().toISOString() },
      'f'.repeat(64),
    );

    const items = await scanAll(w.documents);
    const kindOf = (item: Record<string, unknown>) => String(item.pk).replace(/#.*/, '');
    expect(new Set(items.map(kindOf))).toEqual(
      new Set(['CASE', 'WEEK', 'PATTERN', 'NOTICE', 'ESC', 'ESC_OPEN', 'ESCWEEK', 'KIOSK', 'KIOSKTOKEN']),
    );
    // Kiosks are configuration, not feedback: they last until revoked.
    const expiring = items.filter((item) => !['KIOSK', 'KIOSKTOKEN'].includes(kindOf(item)));
    for (const item of expiring) expect(item.expiresAt, `${item.pk} ${item.sk}`).toEqual(expect.any(Number));

    // Kept for the configured days, counted from the submission or from the end of its week,
    // rounded up to whole weeks (a feedback expiry is a Monday, so it names no day): at most two weeks more.
    const keptFor = (item: Record<string, unknown>, days: number, from = writtenAt) => {
      const earliest = epochSeconds(from) + days * 86_400;
      expect(item.expiresAt, `${item.pk} ${item.sk}`).toBeGreaterThanOrEqual(earliest);
      expect(item.expiresAt, `${item.pk} ${item.sk}`).toBeLessThanOrEqual(earliest + 14 * 86_400);
    };
    for (const item of expiring.filter((i) => ['CASE', 'WEEK'].includes(kindOf(i))))
      keptFor(item, config.retention.feedbackDays);
    // An escalation keeps only the hour it was raised in, and counts its retention from that hour.
    const raisedHour = new Date(Math.floor(writtenAt.getTime() / HOUR_MS) * HOUR_MS);
    for (const item of expiring.filter((i) => ['ESC', 'ESC_OPEN', 'ESCWEEK'].includes(kindOf(i))))
      keptFor(item, config.retention.escalationDays, raisedHour);
    // Every entry about one escalation goes when the escalation does.
    for (const message of w.raised) {
      const about = expiring.filter((item) => item.id === message.escalationId);
      expect(new Set(about.map((item) => item.expiresAt)).size, message.escalationId).toBe(1);
    }
  });

  it('Should read a case, its weekly figures and its comment sample as gone once retention.feedbackDays have passed', async () => {
    const clock = fixedClock('2027-02-03T10:00:00Z');
    const w = wiring(clock);
    const { caseCode } = await w.submit('The new shift schedule is great and the team loves it', 'warehouse');
    const [message] = await w.analyseQueued();
    const week = message!.week;
    expect((await statusWithConversation({ cases: w.store, pepper: TEST_PEPPER }, caseCode)).status).toBe('analysed');
    expect((await w.figures.read(week)).groups).not.toEqual([]);
    expect(await w.verbatims.list(week)).not.toEqual([]);

    // Past the retention, however it is counted (from the submission or from the end of its week, in whole weeks).
    later(clock, (config.retention.feedbackDays + 14) * DAY_MS);

    await expect(statusWithConversation({ cases: w.store, pepper: TEST_PEPPER }, caseCode)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await w.store.findCase(message!.caseKey)).toBeUndefined();
    expect(await w.figures.read(week)).toMatchObject({ groups: [], topics: [], phrases: [] });
    expect(await w.verbatims.list(week)).toEqual([]);
  });

  it('Should read an escalation and its week entries as gone once retention.escalationDays have passed', async () => {
    const clock = fixedClock('2026-01-07T09:00:00Z');
    const w = wiring(clock);
    await raiseEscalation(w.escalationDeps, escalationMessage('case:kept-60-days'));
    const { start, end } = weekBounds('2026-W02', 'UTC');
    expect((await w.escalations.listRaisedBetween(start, end)).map((e) => e.id)).toContain('case:kept-60-days');

    later(clock, (config.retention.escalationDays + 8) * DAY_MS);

    expect(await w.escalations.get('case:kept-60-days')).toBeUndefined();
    expect((await w.escalations.listRaisedBetween(start, end)).map((e) => e.id)).not.toContain('case:kept-60-days');
    expect((await w.escalations.listOverdue(clock.now(), 100)).map((e) => e.id)).not.toContain('case:kept-60-days');
  });

  it('Should not let escalations past retention hide a due one from the SLA sweep', async () => {
    const clock = fixedClock('2025-03-03T09:00:00Z');
    const w = wiring(clock);
    // Never acknowledged: its open-list entry is the oldest there is.
    await raiseEscalation(w.escalationDeps, escalationMessage('case:never-acknowledged', { week: '2025-W10' }));
    later(clock, (config.retention.escalationDays + 8) * DAY_MS);
    await raiseEscalation(w.escalationDeps, escalationMessage('case:due-now', { week: '2025-W19' }));
    later(clock, (config.slas.standardHours + 1) * HOUR_MS);

    expect((await w.escalations.listOverdue(clock.now(), 1)).map((e) => e.id)).toEqual(['case:due-now']);
    expect(await sweepOverdue(w.escalationDeps)).toMatchObject({ moved: 1 });
    expect((await w.escalations.get('case:due-now'))?.level).toBe(1);
  });
});
