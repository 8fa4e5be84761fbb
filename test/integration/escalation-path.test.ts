import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/handler';
import { escalationPage } from '../../functions/intake/pages/escalation';
import { localDocuments } from '../../local/aws-clients';
import { startDynamoDb, type DynamoDbStandIn } from '../../local/dynamodb-stand-in';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../../shared/analysis/urgency';
import type { Config } from '../../shared/config/schema';
import { escalationMessageSchema, type Escalation, type EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import type { Analysis, Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import type { Email } from '../../shared/ports/mailer';
import type { Translator } from '../../shared/ports/translator';
import { acknowledgeEscalation, respondToEscalation } from '../../shared/use-cases/answer-escalation';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { tempDataDir } from '../support/local-stack';

const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
/** A time of day to the minute, as a clock shows it ("9:41", "09:41"). */
const MINUTE = /\b\d{1,2}:\d{2}\b/;

/** Analyses normally unless told to fail a text (as Comprehend can) or the whole call. */
class UnreliableAnalyzer implements Analyzer {
  failTexts = new Set<string>();
  failCall = false;
  async analyze(docs: AnalyzerInput[]) {
    if (this.failCall)
      throw Object.assign(new Error('Comprehend unavailable'), { name: 'ServiceUnavailableException' });
    const results: Map<string, Analysis | Error> = await new OfflineAnalyzer().analyze(docs);
    for (const doc of docs) if (this.failTexts.has(doc.text)) results.set(doc.id, new Error('cannot analyse'));
    return results;
  }
}

let seq = 0;
function message(text: string, extra: Partial<AnalysisMessage> = {}): AnalysisMessage {
  seq += 1;
  return {
    id: crypto.randomUUID(),
    caseKey: seq.toString(16).padStart(64, 'b'),
    channel: 'web',
    week: '2026-W47',
    escalate: false,
    text,
    site: 'plant2',
    ...extra,
  };
}

describe('the escalation path on dynalite', () => {
  const dataDir = tempDataDir();
  let dynamodb: DynamoDbStandIn;
  const clock = fixedClock('2026-11-18T15:41:27Z');
  const analyzer = new UnreliableAnalyzer();
  /** Fault injection: every write to a week's figures or sample fails while set. */
  let bookkeepingDown = false;
  const queued: EscalationMessage[] = [];
  const sent: Email[] = [];
  let documents: ReturnType<typeof localDocuments>;
  let store: DynamoDbCaseStore;
  let escalations: DynamoDbEscalationStore;
  let figures: DynamoDbWeeklyFigures;

  beforeAll(async () => {
    dynamodb = await startDynamoDb({ port: 0, path: dataDir.path, tableName: 'escalation-path-test' });
    documents = localDocuments(dynamodb.endpoint);
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
  afterAll(async () => {
    await dynamodb?.close();
    dataDir.remove();
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

  it('Should queue and email an urgent matter even when its bookkeeping fails, then count it once when the retry succeeds', async () => {
    const m = message('The fire exit by the paint shop is blocked by pallets again', { week: '2026-W30' });
    await seed(m);
    bookkeepingDown = true;
    const first = await deliver([m]);
    bookkeepingDown = false;
    expect(first.batchItemFailures).toHaveLength(1); // the message comes back for its bookkeeping
    expect(queued).toHaveLength(1);
    await escalateQueued();
    const email = sent.at(-1)!;
    expect(email.subject).toMatch(/^Urgent: Health and safety at Plant 2/);
    expect((await store.findCase(m.caseKey))?.status).toBe('escalated');

    const retry = await deliver([m]);
    expect(retry.batchItemFailures).toEqual([]);
    const before = sent.length;
    await escalateQueued(); // queued again on the retry: the same escalation, no second email
    expect(sent.length).toBe(before);
    expect(await weekTotal('2026-W30')).toBe(1);
  });

  it('Should read "analysed" only once the bookkeeping is done', async () => {
    const m = message('The canteen coffee machine has been broken for a week', { week: '2026-W31' });
    await seed(m);
    bookkeepingDown = true;
    await deliver([m]);
    bookkeepingDown = false;
    expect((await store.findCase(m.caseKey))?.status).toBe('received');
    await deliver([m]);
    expect((await store.findCase(m.caseKey))?.status).toBe('analysed');
  });

  it('Should keep the first analysis of a case and count the case once, whatever other message arrives for it', async () => {
    for (const together of [false, true]) {
      const week = together ? '2026-W33' : '2026-W32';
      const first = message('The canteen food is always cold at night', { week, topic: 'facilities' });
      const second = {
        ...message('Pay slips are late and wrong and nobody answers', { week, topic: 'pay' }),
        caseKey: first.caseKey,
      };
      await seed(first);
      if (together) await deliver([first, second]);
      else {
        await deliver([first]);
        await deliver([second]);
      }
      const stored = (await store.findCase(first.caseKey))!.analysis!;
      const texts = [first.text, second.text];
      expect(texts).toContain(stored.redactedText);
      if (!together) expect(stored.redactedText).toBe(first.text);
      expect(await weekTotal(week)).toBe(1);
      const topics = (await figures.read(week)).topics.map((t) => t.topic);
      expect(topics).toEqual(
        stored.topics.includes('pay')
          ? expect.not.arrayContaining(['facilities'])
          : expect.not.arrayContaining(['pay']),
      );
    }
  });

  it("Should give the employee's own urgent the urgent SLA and 'Urgent:' in the email, the reason still recorded as requested", async () => {
    clock.set('2026-11-18T15:41:27Z');
    const m = message('Please look at how the new bonus scheme was announced', {
      site: 'hq',
      topic: 'pay',
      escalate: true,
    });
    await seed(m);
    await deliver([m]);
    const [escalation] = await escalateQueued();
    expect(escalation).toMatchObject({ reasons: ['requested'], urgent: true, raisedAt: '2026-11-18T15:00:00.000Z' });
    expect(Date.parse(escalation!.slaDueAt) - Date.parse(escalation!.raisedAt)).toBe(
      exampleConfig.slas.urgentHours * 3_600_000,
    );
    const email = sent.at(-1)!;
    expect(email.subject).toMatch(
      /^Urgent: Pay and benefits at Headquarters: please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time$/,
    );
    expect(email.text).toContain('The employee asked for it to be treated as urgent.');
    for (const part of [email.subject, email.text, email.html]) {
      expect(part).not.toMatch(MINUTE);
      expect(part).toContain('Central Time');
    }
  });

  it('Should keep only the hour of every escalation time, and show sponsors the hour with its zone', async () => {
    clock.set('2026-11-19T08:17:43Z');
    const m = message('Someone was hurt by the press and it was not reported', { site: 'hq' });
    await seed(m);
    await deliver([m]);
    const [escalation] = await escalateQueued();
    clock.set('2026-11-19T13:29:11Z'); // past the SLA: to the backup
    await sweepOverdue(escalationDeps());
    expect((await escalations.get(escalation!.id))?.level).toBe(1);
    const toBackup = sent.findLast((e) => e.text?.includes('not acknowledged in time'))!;
    expect(toBackup.subject).not.toMatch(MINUTE);
    const token = toBackup.text!.match(/\/ack\/([\w.-]+)/)![1]!;
    const answer = { config: exampleConfig, escalations, cases: store, clock, linkSigningKey: 'k'.repeat(64) };
    clock.set('2026-11-19T14:03:59Z');
    await acknowledgeEscalation(answer, token);
    clock.set('2026-11-19T16:52:08Z');
    await respondToEscalation(
      answer,
      token,
      'The press guard has been fixed and reporting is now part of the shift brief.',
    );

    const { Item } = await documents.send(
      new GetCommand({ TableName: dynamodb.tableName, Key: { pk: `ESC#${escalation!.id}`, sk: 'ESC' } }),
    );
    const times = [
      Item!.raisedAt,
      Item!.slaDueAt,
      Item!.acknowledgedAt,
      Item!.respondedAt,
      ...Item!.audit.map((a: { at: string }) => a.at),
    ];
    expect(times.length).toBeGreaterThan(6);
    for (const time of times) expect(new Date(time).getUTCMinutes() * 60 + new Date(time).getUTCSeconds()).toBe(0);
    expect(Item!.expiresAt % 3600).toBe(0);
    const [open, week] = await Promise.all(
      ['ESC_OPEN', 'ESCWEEK#2026-W47'].map(
        async (pk) =>
          (
            await documents.send(
              new QueryCommand({
                TableName: dynamodb.tableName,
                KeyConditionExpression: 'pk = :pk',
                ExpressionAttributeValues: { ':pk': pk },
              }),
            )
          ).Items ?? [],
      ),
    );
    for (const entry of [...open!, ...week!]) {
      expect(String(entry.sk)).not.toMatch(/T\d\d:(?!00:00\.000Z)/);
      if (entry.expiresAt !== undefined) expect(entry.expiresAt % 3600).toBe(0);
    }
    // The link's own expiry is on the hour too.
    const claims = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { x: number };
    expect(claims.x % 3600).toBe(0);

    const stored = (await escalations.get(escalation!.id))!;
    const page = escalationPage(exampleConfig, stored, token).toString();
    expect(page).not.toMatch(MINUTE);
    expect(page).toContain('around Thursday, November 19, 2026 at 2 AM Central Time'); // raised 08:00 UTC
  });

  it('Should still reach the sponsor, text withheld, when the analyzer cannot analyse a message the employee marked urgent, and send the text once it can', async () => {
    clock.set('2026-11-20T10:05:00Z');
    const m = message('URGENT the hoist chain on line 2 is fraying', {
      site: 'plant2',
      escalate: true,
      channel: 'sms',
    });
    await seed(m);
    analyzer.failTexts.add(m.text);
    const failed = await deliver([m]);
    expect(failed.batchItemFailures).toHaveLength(1);
    const [withheld] = await escalateQueued();
    expect(withheld).toMatchObject({ textWithheld: true, urgent: true, redactedText: '' });
    const email = sent.at(-1)!;
    expect(email.subject).toMatch(/^Urgent: /);
    expect(email.text).toContain('could not be processed safely, so it is not shown; the employee marked this urgent');
    for (const part of [email.subject, email.text, email.html]) expect(part).not.toContain('hoist');
    expect((await store.findCase(m.caseKey))?.status).toBe('escalated');

    analyzer.failTexts.delete(m.text);
    expect((await deliver([m])).batchItemFailures).toEqual([]);
    await escalateQueued();
    const update = sent.at(-1)!;
    expect(update.subject).toMatch(/^Text now available: Urgent: /);
    expect(update.text).toContain('hoist chain on line 2');
    expect((await escalations.get(withheld!.id))?.textWithheld).toBeUndefined();
    const again = sent.length;
    await deliver([m]);
    await escalateQueued();
    expect(sent.length).toBe(again); // the text is sent once
  });

  it('Should escalate, text withheld, when the whole analyzer call fails for urgent words, and leave the rest to their retries', async () => {
    const threat = message('I will bring a gun tomorrow and shoot my supervisor', { site: 'warehouse' });
    const quiet = message('The vending machine ate my coins', { site: 'warehouse' });
    await seed(threat, quiet);
    analyzer.failCall = true;
    const response = await deliver([threat, quiet]);
    analyzer.failCall = false;
    expect(response.batchItemFailures).toHaveLength(2);
    expect(queued.map((q) => q.caseKey)).toEqual([threat.caseKey]);
    const [escalation] = await escalateQueued();
    expect(escalation).toMatchObject({
      textWithheld: true,
      urgent: true,
      reasons: ['urgent-topic'],
      urgentCategories: ['threat'],
    });
    expect(sent.at(-1)!.text).not.toContain('gun');
  });

  it('Should email the sponsor about urgent feedback in another language, unasked (issue 12: a blocked exit reported in Spanish)', async () => {
    const spanish = 'La salida de emergencia junto al taller de pintura está bloqueada otra vez. Es muy peligroso.';
    const m = message(spanish);
    const emailsBefore = sent.length;
    await seed(m);
    await deliver([m]);
    const [escalation] = await escalateQueued();
    expect(escalation).toMatchObject({ urgent: true, reasons: ['urgent-topic'], urgentCategories: ['safety'] });
    expect(sent).toHaveLength(emailsBefore + 1);
    expect(sent.at(-1)!.text).toContain('salida de emergencia');
  });

  it('Should route urgent feedback in another language to the sponsor of its topic and site, though no English keyword matched', async () => {
    // Prepare: Plant 2's general manager sponsors safety there; the CEO only catches what nobody else owns.
    const m = message('Hay cajas bloqueando la salida de emergencia del almacén y la puerta no abre.', {
      site: 'plant2',
    });
    const emailsBefore = sent.length;
    await seed(m);
    // Act
    await deliver([m]);
    const [escalation] = await escalateQueued();
    // Assess
    expect(escalation).toMatchObject({
      urgent: true,
      topics: expect.arrayContaining(['safety']),
      sponsorId: 'plant2-gm',
    });
    expect(sent).toHaveLength(emailsBefore + 1);
    expect(sent.at(-1)!.to).toEqual(['plant2-gm@example.com']);
  });

  it('Should name the language of the text, add a translation where configured, and send without it when translation fails', async () => {
    const spanish = 'El jefe nos grita todos los días y no pagan las horas extra';
    const config: Config = { ...exampleConfig, leadershipLanguage: 'en' };
    const translated: string[] = [];
    const translator: Translator = {
      async translate(text, from, to) {
        translated.push(`${from}->${to}`);
        return `[${to}] The boss shouts at us every day (${text.length} characters)`;
      },
    };
    const a = message(spanish, { site: 'hq', escalate: true });
    await seed(a);
    await deliver([a]);
    await escalateQueued(escalationDeps({ config, translator }));
    expect(translated).toEqual(['es->en']);
    const email = sent.at(-1)!;
    expect(email.text).toContain('Written in Spanish.');
    expect(email.text).toContain('In English (machine translation)');
    expect(email.html).toContain('The boss shouts at us every day');
    expect(email.text).toContain(spanish);

    const warnings: string[] = [];
    const broken: Translator = {
      translate: async () =>
        Promise.reject(Object.assign(new Error('rate exceeded'), { name: 'TooManyRequestsException' })),
    };
    const b = message(`${spanish} otra vez`, { site: 'hq', escalate: true });
    await seed(b);
    await deliver([b]);
    await escalateQueued(
      escalationDeps({ config, translator: broken, warn: (_m, { errorName }) => void warnings.push(errorName) }),
    );
    expect(sent.at(-1)!.text).toContain('Written in Spanish.');
    expect(sent.at(-1)!.text).not.toContain('machine translation');
    expect(warnings).toEqual(['TooManyRequestsException']);

    // Without a leadership language (or locally, without a translator): the original alone.
    const c = message(`${spanish} y mañana`, { site: 'hq', escalate: true });
    await seed(c);
    await deliver([c]);
    await escalateQueued(escalationDeps({ translator }));
    expect(translated).toHaveLength(1);
    expect(sent.at(-1)!.text).not.toContain('machine translation');
  });
});
