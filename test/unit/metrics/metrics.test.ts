import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../../functions/analyze/handler';
import { createSweepHandler } from '../../../functions/sweep/handler';
import { PowertoolsMetrics } from '../../../shared/adapters/aws/powertools-metrics';
import { noOpMetrics } from '../../../shared/adapters/local/no-op-metrics';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import type { AuditEntry, Escalation, EscalationMessage } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { METRICS_NAMESPACE, type MetricDimensions, type MetricName, type Metrics } from '../../../shared/ports/metrics';
import { raiseEscalation, type EscalationDeps } from '../../../shared/use-cases/raise-escalation';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { captureOutput } from '../../support/capture-output';
import { appWithFakes, exampleConfig, fixedClock, inMemoryRateState, json, TEST_PEPPER } from '../../support/fixtures';
import { InMemoryCaseStore, InMemoryQueue, InMemoryWeeklyFigures } from '../../support/in-memory';

const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

/** Keeps every count, for assertions. */
class RecordingMetrics implements Metrics {
  readonly counts: { name: MetricName; value: number; dimensions: MetricDimensions }[] = [];
  count(name: MetricName, value = 1, dimensions: MetricDimensions = {}): void {
    this.counts.push({ name, value, dimensions });
  }
  total(name: MetricName, dimensions?: MetricDimensions): number {
    return this.counts
      .filter((c) => c.name === name && (!dimensions || JSON.stringify(c.dimensions) === JSON.stringify(dimensions)))
      .reduce((sum, c) => sum + c.value, 0);
  }
}

/** The EMF documents among the lines written while `act` ran. */
async function emfWrittenBy(act: () => Promise<void> | void): Promise<Record<string, any>[]> {
  const output = captureOutput();
  try {
    await act();
  } finally {
    output.restore();
  }
  return output
    .text()
    .split('\n')
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** Escalations in a Map: enough for counting, the real store is tested against dynalite. */
class MapEscalationStore implements EscalationStore {
  readonly items = new Map<string, Escalation>();
  async create(escalation: Escalation): Promise<boolean> {
    if (this.items.has(escalation.id)) return false;
    this.items.set(escalation.id, structuredClone(escalation));
    return true;
  }
  async get(id: string) {
    return structuredClone(this.items.get(id));
  }
  async markNotified(id: string, level: number, entry: AuditEntry) {
    const e = this.items.get(id)!;
    if (e.notifiedLevel >= level) return false;
    Object.assign(e, { notifiedLevel: level, audit: [...e.audit, entry] });
    return true;
  }
  async acknowledge() {
    return false;
  }
  async addText() {
    return false;
  }
  async respond() {}
  /** All of them, oldest first: as the real store, it leaves none out. */
  async listOpen(dueBefore: Date) {
    return [...this.items.values()]
      .filter((e) => e.status === 'raised' && e.slaDueAt < dueBefore.toISOString())
      .sort((a, b) => a.slaDueAt.localeCompare(b.slaDueAt) || a.id.localeCompare(b.id))
      .map((e) => structuredClone(e));
  }
  async raiseLevel(id: string, fromLevel: number, toLevel: number, slaDueAt: string) {
    const e = this.items.get(id)!;
    if (e.level !== fromLevel) return false;
    Object.assign(e, { level: toLevel, slaDueAt });
    return true;
  }
  async markReminded(id: string, reminder: string) {
    Object.assign(this.items.get(id)!, { remindedFor: reminder });
  }
  async markPassedOnShown(id: string) {
    Object.assign(this.items.get(id)!, { passedOnShown: true });
  }
  async listUntold() {
    return [];
  }
  async listClosesToTell() {
    return [];
  }
  async closeTold() {}
  async passOnUntold() {
    return false;
  }
}

function escalationDeps(metrics: Metrics, clock = fixedClock()): EscalationDeps & { escalations: MapEscalationStore } {
  return {
    config: exampleConfig,
    escalations: new MapEscalationStore(),
    cases: new InMemoryCaseStore(),
    mailer: { send: async () => undefined },
    clock,
    linkSigningKey: 'k'.repeat(64),
    publicUrl: 'https://feedback.example.com',
    metrics,
  };
}

const escalationMessage: EscalationMessage = {
  escalationId: 'case:00000000-0000-4000-8000-000000000001',
  reasons: ['requested'],
  week: '2026-W47',
  site: 'hq',
  topics: ['pay'],
  urgentCategories: [],
  redactedText: 'Please look at how the bonus was announced',
};

describe('the Powertools metrics adapter', () => {
  it('Should write a count with a channel at once, as EMF in the ListeningPost namespace with the service and channel dimensions', async () => {
    const metrics = new PowertoolsMetrics('intake');
    const [document, ...rest] = await emfWrittenBy(() => metrics.count('Submissions', 1, { channel: 'kiosk' }));
    expect(rest).toEqual([]);
    expect(document!._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: METRICS_NAMESPACE,
        Dimensions: [['service', 'channel']],
        Metrics: [{ Name: 'Submissions', Unit: 'Count' }],
      },
    ]);
    expect(document).toMatchObject({ service: 'intake', channel: 'kiosk', Submissions: 1 });
  });

  it('Should hold counts without dimensions until the invocation flushes them, and write nothing for an empty flush', async () => {
    const metrics = new PowertoolsMetrics('analyze');
    expect(await emfWrittenBy(() => metrics.count('AnalysisFailures', 2))).toEqual([]);
    const [document, ...rest] = await emfWrittenBy(() => metrics.flush());
    expect(rest).toEqual([]);
    expect(document).toMatchObject({ service: 'analyze', AnalysisFailures: 2 });
    expect(await emfWrittenBy(() => metrics.flush())).toEqual([]);
  });

  it('Should let the no-op metrics take any count and write nothing', async () => {
    expect(await emfWrittenBy(() => noOpMetrics.count('Submissions', 1, { channel: 'web' }))).toEqual([]);
  });
});

describe('business metrics', () => {
  it('Should count a web submission under its channel', async () => {
    const metrics = new RecordingMetrics();
    const { app } = appWithFakes({ metrics });
    expect((await app.request('/feedback', json({ text: 'The canteen food has got much better' }))).status).toBe(201);
    expect(metrics.counts).toEqual([{ name: 'Submissions', value: 1, dimensions: { channel: 'web' } }]);
  });

  it('Should not count a retried delivery of the same text message again', async () => {
    const metrics = new RecordingMetrics();
    const deps = {
      config: exampleConfig,
      cases: new InMemoryCaseStore(),
      queue: new InMemoryQueue(),
      clock: fixedClock(),
      pepper: TEST_PEPPER,
      metrics,
      rateState: inMemoryRateState(fixedClock()),
    };
    const submission = {
      channel: 'sms' as const,
      text: 'The fridge is broken',
      escalate: false,
      idempotencyKey: 'sms:SM0123456789abcdef0123456789abcdef',
    };
    const first = await submitFeedback(deps, submission);
    const retry = await submitFeedback(deps, submission);
    expect(retry.caseCode).toBe(first.caseCode);
    expect(metrics.counts).toEqual([{ name: 'Submissions', value: 1, dimensions: { channel: 'sms' } }]);
  });

  it('Should put nothing of the submission in the metrics it writes: only the service, the channel and the count', async () => {
    const metrics = new PowertoolsMetrics('intake');
    const { app } = appWithFakes({ metrics });
    const documents = await emfWrittenBy(async () => {
      await app.request(
        '/feedback',
        json({
          text: 'Call Maria on 555-201-7788 about the blocked exit',
          site: 'plant2',
          topic: 'safety',
          escalate: true,
        }),
      );
      metrics.flush();
    });
    expect(documents).toHaveLength(1);
    const { _aws, ...fields } = documents[0]!;
    expect(fields).toEqual({ service: 'intake', channel: 'web', Submissions: 1 });
  });

  it('Should count the messages analysed and the batch item failures of each batch', async () => {
    const metrics = new RecordingMetrics();
    const store = new InMemoryCaseStore();
    const good: AnalysisMessage = {
      id: '00000000-0000-4000-8000-00000000000a',
      caseKey: 'a'.repeat(64),
      channel: 'web',
      week: '2026-W47',
      escalate: false,
      text: 'Great team',
    };
    await store.createCase({
      id: good.id,
      caseKey: good.caseKey,
      channel: 'web',
      week: good.week,
      escalateRequested: false,
      status: 'received',
    });
    const handler = createAnalyzeHandler({
      config: exampleConfig,
      cases: store,
      analyzer: new OfflineAnalyzer(),
      figures: new InMemoryWeeklyFigures(),
      clock: fixedClock(),
      logger,
      metrics,
    });
    const records = [
      { messageId: 'good', body: JSON.stringify(good) },
      { messageId: 'bad', body: '{not json' },
    ] as SQSRecord[];

    expect((await handler({ Records: records }, context)).batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
    expect(metrics.total('FeedbackAnalysed')).toBe(1);
    expect(metrics.total('AnalysisFailures')).toBe(1);
    // Not JSON at all: a message this version cannot read, counted apart for its own alarm.
    expect(metrics.total('MisshapenMessages')).toBe(1);
  });

  it('Should count each analysis message not in the shape this version reads, readable or not, and no valid one', async () => {
    const metrics = new RecordingMetrics();
    const handler = createAnalyzeHandler({
      config: exampleConfig,
      cases: new InMemoryCaseStore(),
      analyzer: new OfflineAnalyzer(),
      figures: new InMemoryWeeklyFigures(),
      clock: fixedClock(),
      logger,
      metrics,
    });
    const records = [
      { messageId: 'older', body: JSON.stringify({ site: 'plant2', text: 'The canteen menu is great' }) },
      { messageId: 'no-text', body: JSON.stringify({ id: 'x', body: 'under another name' }) },
    ] as SQSRecord[];
    await handler({ Records: records }, context);
    expect(metrics.total('MisshapenMessages')).toBe(2);
  });

  it('Should count an escalation once, however often its message is delivered', async () => {
    const metrics = new RecordingMetrics();
    const deps = escalationDeps(metrics);
    await raiseEscalation(deps, escalationMessage);
    await raiseEscalation(deps, escalationMessage);
    expect(metrics.total('EscalationsRaised')).toBe(1);
  });

  it('Should count the overdue escalations each sweep passes on', async () => {
    const metrics = new RecordingMetrics();
    const clock = fixedClock('2026-11-18T15:30:00Z');
    const deps = escalationDeps(metrics, clock);
    await raiseEscalation(deps, escalationMessage);
    const sweep = createSweepHandler({ ...deps, logger });

    expect(await sweep()).toMatchObject({ moved: 0 });
    clock.set('2026-11-22T15:30:00Z');
    expect(await sweep()).toMatchObject({ moved: 1 });
    expect(metrics.counts.filter((c) => c.name === 'EscalationsOverdue').map((c) => c.value)).toEqual([0, 1]);
  });

  it('Should count the overdue escalations a sweep could not pass on, though the sweep itself succeeds', async () => {
    const metrics = new RecordingMetrics();
    const clock = fixedClock('2026-11-18T15:30:00Z');
    const deps = escalationDeps(metrics, clock);
    await raiseEscalation(deps, escalationMessage);
    deps.mailer = { send: async () => Promise.reject(new Error('SES says no')) };
    clock.set('2026-11-22T15:30:00Z');

    expect(await createSweepHandler({ ...deps, logger })()).toMatchObject({ moved: 0, failed: 1 });
    expect(metrics.total('SweepFailures')).toBe(1);
  });
});
