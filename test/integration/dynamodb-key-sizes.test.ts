import type { Context, SQSRecord } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../functions/analyze/handler';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import {
  assertKeyFits,
  DynamoDbKeyTooLongError,
  MAX_PARTITION_KEY_BYTES,
  MAX_SORT_KEY_BYTES,
} from '../../shared/adapters/aws/dynamodb-keys';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { MAX_KEY_PHRASE_BYTES } from '../../shared/analysis/key-phrase-size';
import { detectUrgency } from '../../shared/analysis/urgency';
import type { EscalationMessage } from '../../shared/domain/escalation';
import type { AnalysisMessage } from '../../shared/domain/feedback';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * DynamoDB limits keys in UTF-8 bytes (partition 2,048, sort 1,024); dynalite
 * counts UTF-16 units and lets through what AWS refuses. So every test here
 * writes through the real adapters on dynalite and then measures every key
 * in the table in bytes, as AWS would.
 */

const WEEK = '2026-W47';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const CHINESE = '消防通道被堵住了没有人管'.repeat(31); // 372 characters, 1,116 bytes, no spaces
const EMOJI = '🔥'.repeat(300); // 300 characters of 4 bytes
const GIANT = 'A'.repeat(1_100);
const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });

describe('DynamoDB keys built from text, on dynalite', () => {
  const { dynamodb } = useDynalite('key-sizes-test');
  const clock = fixedClock('2026-11-18T15:30:00Z');
  const expires = new Date('2030-01-07T00:00:00Z');

  const documents = () => localDocuments(dynamodb.endpoint);

  async function everyKey(): Promise<{ pk: string; sk: string }[]> {
    const { Items = [] } = await documents().send(
      new ScanCommand({ TableName: dynamodb.tableName, ProjectionExpression: 'pk, sk' }),
    );
    return Items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
  }

  async function expectEveryKeyToFit() {
    const keys = await everyKey();
    expect(keys.length).toBeGreaterThan(0);
    for (const { pk, sk } of keys) {
      expect(bytes(pk), pk.slice(0, 40)).toBeLessThanOrEqual(MAX_PARTITION_KEY_BYTES);
      expect(bytes(sk), sk.slice(0, 40)).toBeLessThanOrEqual(MAX_SORT_KEY_BYTES);
    }
  }

  it('Should refuse, as AWS would, a sort key of 366 Chinese characters that dynalite would accept', () => {
    expect(() => assertKeyFits({ pk: 'WEEK#2026-W47', sk: `PHRASE#${'安'.repeat(366)}#1` })).toThrow(
      DynamoDbKeyTooLongError,
    );
    expect(() => assertKeyFits({ pk: 'WEEK#2026-W47', sk: `PHRASE#${'a'.repeat(1000)}#1` })).not.toThrow();
  });

  it('Should count key phrases, topics and sites of any length and script, keeping their text whole for the digest', async () => {
    // Prepare
    const figures = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, clock);
    const longTopic = 'é'.repeat(600);
    const contribution = (site: string) => ({
      week: WEEK,
      channel: 'web' as const,
      site,
      topics: ['safety', longTopic],
      sentiment: 'NEGATIVE' as const,
      keyPhrases: [CHINESE, EMOJI, GIANT, 'fire exit'],
    });

    // Act: two submissions with the same phrases, from sites with long names
    await figures.record('contribution-1', contribution(CHINESE), expires);
    await figures.record('contribution-2', contribution(CHINESE), expires);
    await figures.record('contribution-3', contribution(`${CHINESE}x`), expires);

    // Assess
    await expectEveryKeyToFit();
    const read = await figures.read(WEEK);
    const phrase = (text: string) => read.phrases.find((p) => p.phrase === text);
    for (const text of [CHINESE, EMOJI, GIANT, 'fire exit']) expect(phrase(text)?.total).toBe(3);
    expect(read.topics.filter((t) => t.topic === longTopic && t.site === CHINESE).map((t) => t.total)).toEqual([2]);
    expect(read.groups.filter((g) => g.site === `${CHINESE}x`).map((g) => g.total)).toEqual([1]);
  });

  it('Should sample verbatims of a site and topic with long names, and list them back', async () => {
    const verbatims = new DynamoDbVerbatimCandidates(documents(), dynamodb.tableName, clock);
    await verbatims.offer(
      {
        week: WEEK,
        site: EMOJI,
        topic: CHINESE,
        channel: 'sms',
        sentiment: 'NEGATIVE',
        redactedText: 'The fire exit is blocked',
      },
      expires,
    );
    await expectEveryKeyToFit();
    expect(
      (await verbatims.list(WEEK)).filter((v) => v.site === EMOJI && v.topic === CHINESE).map((v) => v.redactedText),
    ).toEqual(['The fire exit is blocked']);
  });

  it('Should count patterns for a site and topic with long names', async () => {
    const patterns = new DynamoDbPatternCounter(documents(), dynamodb.tableName);
    await patterns.add(GIANT, CHINESE, '2026-W47', expires);
    await patterns.add(GIANT, CHINESE, '2026-W48', expires);
    expect(await patterns.count(GIANT, CHINESE, ['2026-W48', '2026-W47'])).toBe(2);
    expect(await patterns.claim(GIANT, CHINESE, clock.now(), new Date('2026-11-25T15:30:00Z'))).toEqual(
      expect.any(String),
    );
    await expectEveryKeyToFit();
  });

  it('Should analyse and escalate a report whose long token once made every write fail', async () => {
    // Prepare: the message from issue 12, and the same in Chinese without punctuation.
    const store = new DynamoDbCaseStore(documents(), dynamodb.tableName, clock);
    const figures = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, clock);
    const escalations: EscalationMessage[] = [];
    const handler = createAnalyzeHandler({
      config: exampleConfig,
      cases: store,
      figures,
      clock,
      analyzer: new OfflineAnalyzer(),
      logger,
      escalation: {
        queue: { enqueue: async (m: EscalationMessage) => void escalations.push(m) },
        patterns: new DynamoDbPatternCounter(documents(), dynamodb.tableName),
        detectUrgency: (text) => detectUrgency(text).categories,
      },
    });
    const messages: AnalysisMessage[] = [
      `The fire exit by the paint shop is blocked and locked. ${GIANT}`,
      `油漆车间旁边的消防通道被堵住还上了锁${CHINESE}`,
    ].map((text, i) => ({
      id: crypto.randomUUID(),
      caseKey: String(i).padStart(64, 'f'),
      channel: 'web',
      week: WEEK,
      site: 'plant2',
      escalate: true,
      text,
    }));
    for (const m of messages) {
      await store.createCase(
        {
          id: m.id,
          caseKey: m.caseKey,
          channel: m.channel,
          week: m.week,
          site: m.site,
          escalateRequested: true,
          status: 'received',
        },
        expires,
      );
    }

    // Act
    const response = await handler(
      { Records: messages.map((m) => ({ messageId: m.id, body: JSON.stringify(m) }) as SQSRecord) },
      context,
    );

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(escalations.map((e) => e.caseKey).sort()).toEqual(messages.map((m) => m.caseKey).sort());
    for (const m of messages) {
      const analysis = (await store.findCase(m.caseKey))?.analysis;
      expect(analysis?.keyPhrases.every((p) => bytes(p) <= MAX_KEY_PHRASE_BYTES)).toBe(true);
    }
    await expectEveryKeyToFit();
  });
});
