import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSRecord } from 'aws-lambda';
import { beforeAll, expect } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/handler';
import { DynamoDbCaseDesk } from '../../shared/adapters/aws/dynamodb-case-desk';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../../shared/analysis/urgency';
import type { Config, Sponsor } from '../../shared/config/schema';
import { isOnDesk } from '../../shared/domain/case-desk';
import { escalationMessageSchema, type Escalation, type EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import type { Analysis, Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import type { Email } from '../../shared/ports/mailer';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { analysisMessage } from '../support/analysis-messages';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
/** A time of day to the minute, as a clock shows it ("9:41", "09:41"). */
export const MINUTE = /\b\d{1,2}:\d{2}\b/;

/** Analyses normally unless told to fail a text (as Comprehend can) or the whole call. */
class UnreliableAnalyzer implements Analyzer {
  failTexts = new Set<string>();
  failCall = false;
  /** Words it hides beyond the built-in redaction, as Comprehend's can. */
  hidesAlso = new Set<string>();
  async analyze(docs: AnalyzerInput[]) {
    if (this.failCall)
      throw Object.assign(new Error('Comprehend unavailable'), { name: 'ServiceUnavailableException' });
    const results: Map<string, Analysis | Error> = await new OfflineAnalyzer().analyze(docs);
    for (const doc of docs) if (this.failTexts.has(doc.text)) results.set(doc.id, new Error('cannot analyse'));
    for (const [id, result] of results)
      if (!(result instanceof Error))
        for (const word of this.hidesAlso)
          results.set(id, { ...result, redactedText: result.redactedText.replaceAll(word, '[NAME]') });
    return results;
  }
}

/** A web submission from Plant 2 saying `text`, from someone new (see analysisMessage). */
export const message = (text: string, extra: Partial<AnalysisMessage> = {}): AnalysisMessage =>
  analysisMessage({ channel: 'web', site: 'plant2', escalate: false, text, ...extra });

/**
 * The analyze and escalate stages on a fresh dynalite table, with fault
 * injection for the week's figures and an analyzer that can be told to fail.
 * Call inside a describe: it starts the table before the tests and stops it after.
 */
export function escalationPathOnDynalite(tableName: string) {
  const { dynamodb, documents } = useDynalite(tableName);
  const clock = fixedClock('2026-11-18T15:41:27Z');
  const analyzer = new UnreliableAnalyzer();
  /** Fault injection: every write to a week's figures or sample fails while set. */
  let bookkeepingDown = false;
  const queued: EscalationMessage[] = [];
  const sent: Email[] = [];
  let store: DynamoDbCaseStore;
  let escalations: DynamoDbEscalationStore;
  let figures: DynamoDbWeeklyFigures;

  beforeAll(() => {
    documents.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { Key?: { pk?: string }; Item?: { pk?: string } };
        const pk = String(input.Key?.pk ?? input.Item?.pk ?? '');
        if (bookkeepingDown && pk.startsWith('WEEK#'))
          throw Object.assign(new Error('figures table throttled'), { name: 'ProvisionedThroughputExceededException' });
        return next(args);
      },
      { step: 'initialize', name: 'bookkeepingDown' },
    );
    store = new DynamoDbCaseStore(documents, dynamodb.tableName, clock);
    escalations = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock);
    figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, clock);
  });

  const analyze = () =>
    createAnalyzeHandler({
      config: exampleConfig,
      cases: store,
      figures,
      verbatims: new DynamoDbVerbatimCandidates(documents, dynamodb.tableName, clock),
      clock,
      analyzer,
      logger,
      escalation: {
        // Through JSON and the schema, as through SQS to the escalate stage.
        queue: { enqueue: async (m) => void queued.push(escalationMessageSchema.parse(JSON.parse(JSON.stringify(m)))) },
        patterns: new DynamoDbPatternCounter(documents, dynamodb.tableName),
        detectUrgency: (text) => detectUrgency(text).categories,
      },
    });
  const deliver = (messages: AnalysisMessage[]) =>
    analyze()(
      { Records: messages.map((m, i) => ({ messageId: `${m.id}-${i}`, body: JSON.stringify(m) }) as SQSRecord) },
      context,
    );

  function escalationDeps(overrides: Partial<EscalationDeps> = {}): EscalationDeps {
    return {
      config: exampleConfig,
      escalations,
      cases: store,
      mailer: { send: async (email) => void sent.push(email) },
      clock,
      linkSigningKey: 'k'.repeat(64),
      publicUrl: 'https://feedback.example.com',
      ...overrides,
    };
  }
  /** What the escalate stage does with everything queued so far. */
  async function escalateQueued(deps = escalationDeps()): Promise<Escalation[]> {
    const raised: Escalation[] = [];
    for (const m of queued.splice(0)) raised.push(await raiseEscalation(deps, m));
    return raised;
  }
  async function seed(...messages: AnalysisMessage[]) {
    for (const m of messages) {
      await store.createCase(
        {
          id: m.id,
          caseKey: m.caseKey,
          channel: m.channel,
          week: m.week,
          site: m.site,
          escalateRequested: m.escalate,
          status: 'received',
        },
        new Date('2030-01-01'),
      );
    }
  }
  const weekTotal = async (week: string) => (await figures.read(week)).groups.reduce((sum, g) => sum + g.total, 0);

  return {
    get dynamodb() {
      return dynamodb;
    },
    get documents() {
      return documents;
    },
    get store() {
      return store;
    },
    get escalations() {
      return escalations;
    },
    get figures() {
      return figures;
    },
    get bookkeepingDown() {
      return bookkeepingDown;
    },
    set bookkeepingDown(down: boolean) {
      bookkeepingDown = down;
    },
    clock,
    analyzer,
    queued,
    sent,
    analyze,
    deliver,
    escalationDeps,
    escalateQueued,
    seed,
    weekTotal,
  };
}

/**
 * The escalate stage run on every queued report with `stopped`, whose allowance stops the function right after it
 * counts (a Lambda killed there): nothing is sent. Then what the crash tests check first: every case raised and on
 * its holder's desk with its deadline, still `forwarding` (nobody told yet). Returns the holder.
 */
export async function stopEachAfterCountingThenExpectOnDesk(
  h: ReturnType<typeof escalationPathOnDynalite>,
  stopped: EscalationDeps,
  messages: AnalysisMessage[],
  config: Config,
): Promise<Sponsor> {
  for (const escalation of h.queued.splice(0)) {
    h.queued.push(escalation);
    await expect(h.escalateQueued(stopped)).rejects.toThrow(/stopped here/);
  }
  expect(h.sent).toEqual([]);
  const open = await h.escalations.listOpen(new Date('2026-11-19T00:00:00Z'));
  expect(open).toHaveLength(messages.length);
  const holder = config.sponsors.find((s) => s.id === open[0]!.sponsorId)!;
  const desk = new DynamoDbCaseDesk(h.documents, h.dynamodb.tableName, h.escalations);
  const listed = (await desk.listCurrent(h.clock.now(), new Date('2026-11-01T00:00:00Z'))).filter((e) =>
    isOnDesk(config, holder, e),
  );
  expect(listed).toHaveLength(messages.length);
  for (const m of messages) expect((await h.store.findCase(m.caseKey))?.status).toBe('forwarding');
  return holder;
}
