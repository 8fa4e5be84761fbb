import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { COUNTER_SHARDS, DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import type { WeeklyContribution } from '../../shared/domain/weekly-figures';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * A weekly counter remembers who it has counted (so a redelivery counts
 * once). It used to do so in a set on the counter's item, which grows with
 * traffic (DynamoDB refuses an item over 400 KB) and kept the order reports
 * came in. Now a counter is numbers on a few shard items, and each report
 * leaves one marker item of its own: no item grows, whatever the week's
 * traffic, and no counter keeps who it counted.
 */
describe('weekly figures, every report counted once, no item growing with traffic, on dynalite', () => {
  const { dynamodb } = useDynalite('figures-bounds-test');
  const contribution: WeeklyContribution = {
    week: '2026-W47',
    channel: 'sms',
    site: 'plant2',
    topics: [],
    sentiment: 'NEGATIVE',
    keyPhrases: ['fire exit'],
  };
  const expires = new Date('2030-01-07T00:00:00Z');

  it('Should count every submission exactly once, redeliveries included, with every item the same small size', async () => {
    // Prepare
    const documents = localDocuments(dynamodb.endpoint);
    const figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, fixedClock());
    const ids = Array.from({ length: 30 }, (_, i) => `contribution-${i}`);

    // Act: every submission, then every one of them delivered again
    for (const id of ids) await figures.record(id, contribution, expires);
    for (const id of ids) await figures.record(id, contribution, expires);

    // Assess
    const read = await figures.read('2026-W47');
    expect(read.groups.map((g) => [g.site, g.total, g.sentiment.NEGATIVE])).toEqual([['plant2', 30, 30]]);
    expect(read.phrases.map((p) => [p.phrase, p.total])).toEqual([['fire exit', 30]]);
    const { Items = [] } = await documents.send(new ScanCommand({ TableName: dynamodb.tableName }));
    expect(Items.some((item) => 'contributors' in item)).toBe(false);
    // Every attribute of a counter item is a number or short text, none a set or a list that could grow.
    for (const item of Items)
      for (const value of Object.values(item)) expect(['number', 'string']).toContain(typeof value);
    // And none grows in number with the week either: a counter is at most its shards, however many reports.
    expect(Items.filter((item) => item.kind === 'group').length).toBeLessThanOrEqual(COUNTER_SHARDS);
  }, 120_000);

  it('Should not count again a report an earlier version counted in its sharded counter, when it is delivered once more', async () => {
    // Prepare: the week as the earlier version left it (shard = first byte of the id's digest mod 8).
    const documents = localDocuments(dynamodb.endpoint);
    const figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, fixedClock());
    const week = { ...contribution, week: '2026-W48' };
    const { createHash } = await import('node:crypto');
    const id = createHash('sha256').update('counted-before').digest('hex').slice(0, 16);
    const shard = parseInt(id.slice(0, 2), 16) % 8;
    await documents.send(
      new PutCommand({
        TableName: dynamodb.tableName,
        Item: {
          pk: 'WEEK#2026-W48',
          sk: `GROUP#plant2#sms#${shard}`,
          kind: 'group',
          site: 'plant2',
          channel: 'sms',
          total: 1,
          NEGATIVE: 1,
          contributors: new Set([id]),
          expiresAt: 1893974400,
        },
      }),
    );

    // Act
    await figures.record('counted-before', week, expires);
    await figures.record('new-one', week, expires);

    // Assess
    const read = await figures.read('2026-W48');
    expect(read.groups.map((g) => [g.site, g.total])).toEqual([['plant2', 2]]);
  }, 120_000);
});
