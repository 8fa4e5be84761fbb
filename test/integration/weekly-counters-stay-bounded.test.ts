import { createHash } from 'node:crypto';
import { BatchWriteCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { COUNTER_SHARDS, DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import type { Sentiment } from '../../shared/domain/feedback';
import type { WeeklyContribution, WeeklyFigures } from '../../shared/domain/weekly-figures';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * Issue 17 item 9: from 10k to 100k reports a week, the digest's time may
 * grow at most 1.5×. With one item per report in each counter, reading a
 * week grew with its reports (~130 MB for 100,000). Counters are numbers on
 * a few shard items again, and a marker per report (never read by the
 * digest) keeps each report counted once, through crashes and retries,
 * without a set that keeps the order reports came in.
 */
const EXPIRES = new Date('2030-01-07T00:00:00Z');
const SENTIMENTS: Sentiment[] = ['NEGATIVE', 'POSITIVE', 'NEUTRAL', 'MIXED'];

const report = (week: string, i: number): WeeklyContribution => ({
  week,
  channel: i % 3 === 0 ? 'kiosk' : 'web',
  site: i % 2 ? 'plant2' : 'hq',
  topics: i % 2 ? ['workload'] : ['safety', 'workload'],
  sentiment: SENTIMENTS[i % 4]!,
  rating: (i % 4) + 1,
  keyPhrases: ['night shift', i % 5 ? 'canteen queue' : 'fire exit'],
  language: i % 6 ? 'en' : 'es',
});

/** A client that reports how many counter items (groups, topics, languages) the digest's reading goes through. */
function countingReads(documents: DynamoDBDocumentClient) {
  const seen = { items: 0 };
  const client = {
    send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      const result = (await documents.send(command as never)) as { ScannedCount?: number };
      if (command instanceof QueryCommand) seen.items += result.ScannedCount ?? 0;
      return result;
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, seen };
}

/**
 * A client that dies at its `at`-th call: before sending it (the write never happened) or after (it
 * happened, and the handler died before it heard so), as a Lambda timing out between two writes does.
 */
function dyingAt(documents: DynamoDBDocumentClient, at: number, when: 'before' | 'after') {
  let calls = 0;
  return {
    send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      calls += 1;
      if (calls === at && when === 'before') throw new Error('the handler died');
      const result = await documents.send(command as never);
      if (calls === at) throw new Error('the handler died');
      return result;
    },
  } as unknown as DynamoDBDocumentClient;
}

function callsOf(documents: DynamoDBDocumentClient) {
  const seen = { calls: 0 };
  const client = {
    send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      seen.calls += 1;
      return documents.send(command as never);
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, seen };
}

const totalOf = (week: WeeklyFigures) => week.groups.reduce((sum, g) => sum + g.total, 0);
const topicTotal = (week: WeeklyFigures, topic: string) =>
  week.topics.filter((t) => t.topic === topic).reduce((sum, t) => sum + t.total, 0);
const languageTotal = (week: WeeklyFigures) => (week.languages ?? []).reduce((sum, l) => sum + l.total, 0);

describe('weekly counters stay bounded as a week grows, each report counted once, on dynalite', () => {
  const { dynamodb } = useDynalite('bounded-counters-test');
  const documents = () => localDocuments(dynamodb.endpoint);
  const weekItems = async (week: string) => {
    const { Items = [] } = await documents().send(new ScanCommand({ TableName: dynamodb.tableName }));
    return Items.filter((item) => item.pk === `WEEK#${week}`);
  };

  it('Should read at most half as many items again for a week of 240 reports as for a week of 40', async () => {
    // Prepare
    const writer = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, fixedClock());
    for (let i = 0; i < 40; i += 1) await writer.record(`small-${i}`, report('2026-W30', i), EXPIRES);
    for (let i = 0; i < 240; i += 1) await writer.record(`large-${i}`, report('2026-W31', i), EXPIRES);
    const { client, seen } = countingReads(documents());
    const reader = new DynamoDbWeeklyFigures(client, dynamodb.tableName, fixedClock());

    // Act
    const small = await reader.read('2026-W30');
    const smallItems = seen.items;
    seen.items = 0;
    const large = await reader.read('2026-W31');
    const largeItems = seen.items;

    // Assert: exact figures; six times the reports, at most 1.5 times the items read (issue 17: a counter is at most its shards).
    expect([totalOf(small), totalOf(large)]).toEqual([40, 240]);
    expect([topicTotal(large, 'workload'), topicTotal(large, 'safety'), languageTotal(large)]).toEqual([240, 120, 240]);
    expect(large.phrases.find((p) => p.phrase === 'night shift')?.total).toBe(240);
    expect(largeItems).toBeLessThanOrEqual(smallItems * 1.5);
    expect(largeItems).toBeLessThan(240);
    const counters = (await weekItems('2026-W31')).filter((item) => /^(GROUP|TOPIC|LANG|PHRASE)#/.test(item.sk));
    const distinct = new Set(counters.map((item) => String(item.sk).replace(/#=\d+$/, '')));
    expect(counters.length).toBeLessThanOrEqual(distinct.size * COUNTER_SHARDS);
    // Nothing in flight is left behind: no counter keeps a set of who it counted.
    expect(counters.some((item) => 'counting' in item || 'contributors' in item)).toBe(false);
  }, 240_000);

  it('Should count a report exactly once whichever write the handler dies at, before or after it, once the message comes back', async () => {
    // Prepare: how many calls a report takes when nothing fails.
    const { client: probe, seen } = callsOf(documents());
    await new DynamoDbWeeklyFigures(probe, dynamodb.tableName, fixedClock()).record(
      'probe',
      report('2026-W32', 0),
      EXPIRES,
    );
    expect(seen.calls).toBeGreaterThan(6);
    const healthy = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, fixedClock());

    for (let at = 1; at <= seen.calls; at += 1) {
      for (const when of ['before', 'after'] as const) {
        const week = `2027-W${String(2 * at + (when === 'after' ? 1 : 0)).padStart(2, '0')}`;
        const id = `crash-${at}-${when}`;
        const dying = new DynamoDbWeeklyFigures(dyingAt(documents(), at, when), dynamodb.tableName, fixedClock());
        // Act: the first delivery dies at that call; the message comes back (twice, as SQS may).
        await expect(dying.record(id, report(week, 0), EXPIRES)).rejects.toThrow('the handler died');
        await healthy.record(id, report(week, 0), EXPIRES);
        await healthy.record(id, report(week, 0), EXPIRES);

        // Assert: once in every counter, and nothing left in flight.
        const read = await healthy.read(week);
        const where = `dying ${when} call ${at}`;
        expect(
          [totalOf(read), topicTotal(read, 'safety'), topicTotal(read, 'workload'), languageTotal(read)],
          where,
        ).toEqual([1, 1, 1, 1]);
        expect(read.groups[0]?.sentiment.NEGATIVE, where).toBe(1);
        expect(read.groups[0]?.ratings, where).toEqual([1, 0, 0, 0]);
        const items = await weekItems(week);
        expect(
          items.filter((item) => 'counting' in item).map((item) => item.sk),
          where,
        ).toEqual([]);
        expect(
          items.filter((item) => String(item.sk).startsWith('COUNTED#')).map((item) => item.state),
          where,
        ).toEqual(['done']);
      }
    }
  }, 600_000);

  it('Should count a report once when it comes back with other content (another topic, sentiment, phrases)', async () => {
    const figures = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, fixedClock());
    await figures.record('changed-mind', report('2026-W33', 0), EXPIRES);
    await figures.record('changed-mind', { ...report('2026-W33', 1), keyPhrases: ['parking'] }, EXPIRES);

    const read = await figures.read('2026-W33');
    expect(totalOf(read)).toBe(1);
    expect(read.groups.map((g) => [g.site, g.channel, g.sentiment.NEGATIVE])).toEqual([['hq', 'kiosk', 1]]);
    expect(topicTotal(read, 'workload')).toBe(1);
    expect(languageTotal(read)).toBe(1);
  }, 120_000);

  it('Should keep any number of reports in any order, redelivered at random, counted exactly once', async () => {
    // Every report delivered so far, per week: runs may land on a week an earlier run already filled.
    const delivered = new Map<string, Set<number>>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 10, max: 52 }),
        async (deliveries, weekNumber) => {
          const week = `2028-W${weekNumber}`;
          const figures = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, fixedClock());
          const seen = delivered.get(week) ?? new Set<number>();
          delivered.set(week, seen);
          for (const i of deliveries) {
            await figures.record(`${week}-report-${i}`, report(week, i), EXPIRES);
            seen.add(i);
          }
          const read = await figures.read(week);
          expect(totalOf(read)).toBe(seen.size);
          expect(languageTotal(read)).toBe(seen.size);
          expect(topicTotal(read, 'workload')).toBe(seen.size);
        },
      ),
      { numRuns: 15 },
    );
  }, 600_000);

  it('Should still read and not count again what the version before kept as an item per report in each counter', async () => {
    // Prepare: a report the version before counted (its group counter first, `…#~<digest>` of token and counter).
    const slot = (token: string, counterKey: string) =>
      `~${createHash('sha256').update(`${token}\n${counterKey}`).digest('hex').slice(0, 24)}`;
    const pk = 'WEEK#2026-W34';
    const attrs = { site: 'hq', channel: 'web', total: 1, NEUTRAL: 1, expiresAt: 1893974400 };
    await documents().send(
      new BatchWriteCommand({
        RequestItems: {
          [dynamodb.tableName]: [
            { sk: `GROUP#hq#web#${slot('per-report', 'GROUP#hq#web#')}`, kind: 'group', r2: 1, ...attrs },
            {
              sk: `LANG#en#hq#web#${slot('per-report', 'LANG#en#hq#web#')}`,
              kind: 'language',
              language: 'en',
              ...attrs,
            },
            {
              sk: `TOPIC#pay#hq#web#${slot('per-report', 'TOPIC#pay#hq#web#')}`,
              kind: 'topic',
              topic: 'pay',
              ...attrs,
            },
          ].map((item) => ({ PutRequest: { Item: { pk, ...item } } })),
        },
      }),
    );
    const figures = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, fixedClock());
    const earlier = {
      week: '2026-W34',
      channel: 'web',
      site: 'hq',
      topics: ['pay'],
      sentiment: 'NEUTRAL',
      rating: 2,
      keyPhrases: [],
      language: 'en',
    } satisfies WeeklyContribution;

    // Act: it comes back once more after the upgrade; a new report joins it.
    await figures.record('per-report', earlier, EXPIRES);
    await figures.record('after-upgrade', earlier, EXPIRES);

    // Assert: both counted once, old and new items summed.
    const read = await figures.read('2026-W34');
    expect(read.groups).toEqual([
      {
        site: 'hq',
        channel: 'web',
        total: 2,
        sentiment: { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 2, MIXED: 0 },
        ratings: [0, 2, 0, 0],
      },
    ]);
    expect(topicTotal(read, 'pay')).toBe(2);
    expect(read.languages).toEqual([{ language: 'en', site: 'hq', channel: 'web', total: 2 }]);
  }, 120_000);
});
