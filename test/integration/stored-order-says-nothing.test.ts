import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import type { Sentiment } from '../../shared/domain/feedback';
import type { WeeklyContribution } from '../../shared/domain/weekly-figures';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

/*
 * Operator-attacker finding: a DynamoDB set (dynalite's, and maybe AWS's)
 * comes back in the order its members were added. A pattern's week kept the
 * token of every negative case in one set, and every case keeps its token:
 * joined, the set read out the order of every negative report on a site and
 * topic, and which one completed the pattern. The weekly counters kept their
 * contributors the same way.
 *
 * Whatever the table keeps must not depend on the order reports arrived in:
 * the same reports, analysed in two different orders under two names that
 * differ only in one word (the site, the week), leave byte for byte the same
 * items, as an operator's Scan reads them, once that word is swapped back.
 */
describe('nothing stored keeps the order reports arrived in (an operator scans the table)', () => {
  const { dynamodb } = useDynalite('stored-order-test');
  const documents = () => localDocuments(dynamodb.endpoint);
  const scan = async () => {
    const { Items = [] } = await documents().send(new ScanCommand({ TableName: dynamodb.tableName }));
    return Items;
  };
  /** Every item and every value in it, in the order the Scan gives them (a set as its members come). */
  const asRead = (items: Record<string, unknown>[]) =>
    items.map((item) =>
      JSON.stringify(
        Object.keys(item)
          .sort()
          .map((name) => [name, item[name] instanceof Set ? [...(item[name] as Set<unknown>)] : item[name]]),
      ),
    );
  // N ≥ 20 reports, arrived in two orders: as made, and shuffled by fast-check's seeded permutation.
  const shuffled = <T>(values: T[], seed: number): T[] =>
    fc.sample(fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }), {
      seed,
      numRuns: 1,
    })[0]!;

  it('Should keep a pattern week the same whatever order its negative reports were counted in, tokens read in their own order', async () => {
    const counter = new DynamoDbPatternCounter(documents(), dynamodb.tableName);
    const tokens = Array.from({ length: 24 }, (_, i) => `tok${(i * 7919).toString(36)}x${i}`);
    const later = shuffled(tokens, 47);
    expect(later).not.toEqual(tokens);
    const expires = new Date('2030-01-07T00:00:00Z');

    // Act: the same cases on two sites, each in its own order; one retried, one taken off and counted again.
    for (const [site, order] of [
      ['siteone', tokens],
      ['sitetwo', later],
    ] as const) {
      for (const token of order) await counter.add(site, 'workload', '2026-W40', expires, token);
      await counter.add(site, 'workload', '2026-W40', expires, tokens[3]);
      await counter.remove(site, 'workload', '2026-W40', expires, tokens[5]);
      await counter.add(site, 'workload', '2026-W40', expires, tokens[5]);
    }

    // Assert: the counts are right, and what is kept is the same, read in the same order.
    expect(await counter.count('siteone', 'workload', ['2026-W40'])).toBe(23);
    expect(await counter.count('sitetwo', 'workload', ['2026-W40'])).toBe(23);
    const items = (await scan()).filter((i) => String(i.pk).startsWith('PATTERN#'));
    const one = asRead(items.filter((i) => String(i.pk).includes('siteone')));
    const two = asRead(items.filter((i) => String(i.pk).includes('sitetwo'))).map((s) =>
      s.replaceAll('sitetwo', 'siteone'),
    );
    expect(two).toEqual(one);
    // And the tokens, wherever kept, come in the order of their own values, not of their cases' arrival.
    const seen = one.join('\n').match(/tok[0-9a-z]+x\d+/g) ?? [];
    expect(seen.length).toBeGreaterThanOrEqual(tokens.length);
    expect([...new Set(seen)]).toEqual([...tokens].sort());
  }, 120_000);

  it('Should keep a week of figures the same whatever order its reports were counted in', async () => {
    const figures = new DynamoDbWeeklyFigures(documents(), dynamodb.tableName, fixedClock());
    const sentiments: Sentiment[] = ['NEGATIVE', 'POSITIVE', 'NEUTRAL', 'MIXED'];
    const reports = Array.from({ length: 24 }, (_, i) => ({
      id: `weekly-token-${i}`,
      contribution: {
        channel: i % 3 === 0 ? 'kiosk' : 'web',
        site: 'plant2',
        topics: i % 2 ? ['workload'] : ['safety', 'workload'],
        sentiment: sentiments[i % 4]!,
        rating: (i % 4) + 1,
        keyPhrases: ['night shift', i % 5 ? 'canteen queue' : 'fire exit', `phrase ${i % 4}`],
        language: i % 6 ? 'en' : 'es',
      } satisfies Omit<WeeklyContribution, 'week'>,
    }));
    const later = shuffled(reports, 11);
    expect(later.map((r) => r.id)).not.toEqual(reports.map((r) => r.id));
    const expires = new Date('2030-01-07T00:00:00Z');

    // Act: week 41 in one order, week 42 in another; every report of week 42 delivered twice.
    for (const r of reports) await figures.record(r.id, { week: '2026-W41', ...r.contribution }, expires);
    for (const r of later) await figures.record(r.id, { week: '2026-W42', ...r.contribution }, expires);
    for (const r of reports) await figures.record(r.id, { week: '2026-W42', ...r.contribution }, expires);

    // Assert: the same figures, and the same bytes kept, read in the same order.
    const [w41, w42] = [await figures.read('2026-W41'), await figures.read('2026-W42')];
    expect(w41.groups.reduce((sum, g) => sum + g.total, 0)).toBe(24);
    expect({ ...w42, week: '2026-W41' }).toEqual(w41);
    const items = await scan();
    const week = (w: string) =>
      asRead(items.filter((i) => i.pk === `WEEK#${w}`)).map((s) => s.replaceAll(w, '2026-WXX'));
    expect(week('2026-W41').length).toBeGreaterThan(0);
    expect(week('2026-W42')).toEqual(week('2026-W41'));
  }, 120_000);

  it("Should neither count again nor miss a case an earlier version kept in its pattern week's set", async () => {
    // Prepare: a week as the earlier version left it: three cases counted, one taken off.
    const counter = new DynamoDbPatternCounter(documents(), dynamodb.tableName);
    await documents().send(
      new PutCommand({
        TableName: dynamodb.tableName,
        Item: {
          pk: 'PATTERN#earlier#workload',
          sk: 'WEEK#2026-W39',
          count: 3,
          cases: new Set(['olda', 'oldb', 'oldc']),
          takenOff: new Set(['oldd']),
          expiresAt: 1893974400,
        },
      }),
    );
    const expires = new Date('2030-01-07T00:00:00Z');

    // Act: each delivered again, one new case, one old one taken off twice
    for (const token of ['olda', 'oldb', 'oldc', 'oldd', 'newe'])
      await counter.add('earlier', 'workload', '2026-W39', expires, token);
    await counter.remove('earlier', 'workload', '2026-W39', expires, 'oldb');
    await counter.remove('earlier', 'workload', '2026-W39', expires, 'oldb');
    await counter.add('earlier', 'workload', '2026-W39', expires, 'oldb');

    // Assert: olda, oldc and newe
    expect(await counter.count('earlier', 'workload', ['2026-W39'])).toBe(3);
  }, 120_000);
});
