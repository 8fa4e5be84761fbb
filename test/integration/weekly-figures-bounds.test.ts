import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import type { WeeklyContribution } from '../../shared/domain/weekly-figures';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * A weekly counter remembers who it has counted (so a redelivery counts
 * once) in a set that grows with traffic; DynamoDB refuses an item over
 * 400 KB. The set is bounded per item and spills into further items: here
 * with a bound of 3 so that a few dozen submissions exercise it.
 */
describe('weekly figures past the bound of one item, on dynalite', () => {
  const { dynamodb } = useDynalite('figures-bounds-test');

  it('Should count every submission exactly once, redeliveries included, with no item holding more ids than its bound', async () => {
    // Prepare
    const documents = localDocuments(dynamodb.endpoint);
    const figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, fixedClock(), { contributorsPerItem: 3 });
    const contribution: WeeklyContribution = {
      week: '2026-W47',
      channel: 'sms',
      site: 'plant2',
      topics: [],
      sentiment: 'NEGATIVE',
      keyPhrases: ['fire exit'],
    };
    const ids = Array.from({ length: 30 }, (_, i) => `contribution-${i}`);
    const expires = new Date('2030-01-07T00:00:00Z');

    // Act: every submission, then every one of them delivered again
    for (const id of ids) await figures.record(id, contribution, expires);
    for (const id of ids) await figures.record(id, contribution, expires);

    // Assess
    const read = await figures.read('2026-W47');
    expect(read.groups.map((g) => [g.site, g.total, g.sentiment.NEGATIVE])).toEqual([['plant2', 30, 30]]);
    expect(read.phrases.map((p) => [p.phrase, p.total])).toEqual([['fire exit', 30]]);
    const { Items = [] } = await documents.send(new ScanCommand({ TableName: dynamodb.tableName }));
    // Counter items only: the phrase's tally and rung markers (its ranking) hold no ids.
    const sizes = Items.filter((item) => item.contributors).map((item) => (item.contributors as Set<string>).size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    // 30 ids in 8 shards of 3: some shard spilled into a further item.
    expect(Items.filter((item) => item.kind === 'group').length).toBeGreaterThan(8);
  }, 120_000);
});
