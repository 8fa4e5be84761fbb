import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { isRung } from '../../shared/adapters/aws/dynamodb-leading-phrases';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { LEADING_PHRASES, type WeeklyContribution } from '../../shared/domain/weekly-figures';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * A busy week has a long tail of key phrases said once or twice; the digest
 * shows five themes at most. Reading the week must cost the same whatever
 * the length of that tail, and the phrases it does read must be exact.
 */
const EXPIRES = new Date('2030-01-07T00:00:00Z');
const HEAVY: [string, number][] = [
  ['fire exit', 12],
  ['night shift', 7],
  ['canteen food', 5],
];

/**
 * Every phrase Query's evaluated items counted: what DynamoDB bills a read for. The groups, topics and
 * languages are read whole (an item per report in each counter, so that none keeps an order), and grow
 * with the week's reports, not with its phrases.
 */
function countingClient(documents: DynamoDBDocumentClient) {
  const counter = { items: 0 };
  const client = {
    send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      const result = (await documents.send(command as never)) as { ScannedCount?: number };
      const prefix = String(
        (command.input as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues?.[
          ':prefix'
        ] ?? '',
      );
      if (command instanceof QueryCommand && !/^(GROUP|TOPIC|LANG)#/.test(prefix))
        counter.items += result.ScannedCount ?? 0;
      return result;
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, counter };
}

/** A week: the heavy phrases, then `tail` further phrases said twice each, five to a submission. */
async function seedWeek(figures: DynamoDbWeeklyFigures, week: string, tail: number) {
  const base: Omit<WeeklyContribution, 'keyPhrases'> = {
    week,
    channel: 'web',
    site: 'hq',
    topics: [],
    sentiment: 'NEGATIVE',
  };
  let n = 0;
  for (const [phrase, times] of HEAVY)
    for (let i = 0; i < times; i += 1)
      await figures.record(`${week}-heavy-${n++}`, { ...base, keyPhrases: [phrase] }, EXPIRES);
  const tailPhrases = Array.from({ length: tail }, (_, i) => `tail phrase ${i}`);
  for (let round = 0; round < 2; round += 1) {
    for (let i = 0; i < tailPhrases.length; i += 5)
      await figures.record(`${week}-tail-${round}-${i}`, { ...base, keyPhrases: tailPhrases.slice(i, i + 5) }, EXPIRES);
  }
  return n;
}

describe('the leading key phrases of a week, on dynalite', () => {
  const { dynamodb } = useDynalite('leading-phrases-test');

  it('Should read about the same number of items for a week with a long tail of phrases and one with a tail three times longer, and give the leading phrases exactly', async () => {
    // Prepare
    const documents = localDocuments(dynamodb.endpoint);
    const writer = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, fixedClock());
    await seedWeek(writer, '2026-W46', 120);
    const heavySubmissions = await seedWeek(writer, '2026-W47', 360);
    const { client, counter } = countingClient(documents);
    const reader = new DynamoDbWeeklyFigures(client, dynamodb.tableName, fixedClock());

    // Act
    const short = await reader.read('2026-W46');
    const shortItems = counter.items;
    counter.items = 0;
    const long = await reader.read('2026-W47');
    const longItems = counter.items;

    // Assess: the heavy phrases exactly, each week cut at the bound
    for (const week of [short, long]) {
      const totals = new Map(week.phrases.map((p) => [p.phrase, p.total]));
      for (const [phrase, times] of HEAVY) expect(totals.get(phrase)).toBe(times);
      expect(week.phrases).toHaveLength(LEADING_PHRASES);
      expect(week.phrases.every((p) => p.total >= 2)).toBe(true);
    }
    expect(long.groups.reduce((sum, g) => sum + g.total, 0)).toBe(heavySubmissions + (2 * 360) / 5);
    // Three times the tail, yet the same reading: not the 1,400+ items its counters, tallies and markers hold.
    expect(longItems).toBeLessThanOrEqual(shortItems * 1.2);
    expect(longItems).toBeLessThan(LEADING_PHRASES * 6);
  }, 240_000);

  it('Should count a redelivered submission once in the ranking as in the figures', async () => {
    const documents = localDocuments(dynamodb.endpoint);
    const figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, fixedClock());
    const c: WeeklyContribution = {
      week: '2026-W40',
      channel: 'sms',
      site: 'plant2',
      topics: [],
      sentiment: 'POSITIVE',
      keyPhrases: ['new rota'],
    };
    for (let i = 0; i < 6; i += 1) await figures.record(`redelivered-${i}`, c, EXPIRES);
    for (let i = 0; i < 6; i += 1) await figures.record(`redelivered-${i}`, c, EXPIRES);

    const read = await figures.read('2026-W40');
    expect(read.phrases).toEqual([
      { phrase: 'new rota', total: 6, sentiment: { POSITIVE: 6, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 } },
    ]);
  }, 60_000);
});

describe('the ladder of rungs a phrase tally is marked at', () => {
  it('Should mark every count from 2 to 8, then four rungs per doubling, so a marked count is never more than a quarter below the truth', () => {
    const rungs = Array.from({ length: 200 }, (_, i) => i).filter(isRung);
    expect(rungs.slice(0, 15)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32]);
    for (let n = 2; n < 10_000; n += 1) {
      let rung = n;
      while (!isRung(rung)) rung -= 1;
      expect(n / rung).toBeLessThan(1.25);
    }
  });
});
