import { createHash } from 'node:crypto';
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Channel, Sentiment } from '../../domain/feedback';
import {
  NO_SITE,
  UNDETERMINED_LANGUAGE,
  type GroupFigures,
  type LanguageFigures,
  type SentimentCounts,
  type TopicFigures,
  type WeeklyContribution,
  type WeeklyFigures,
} from '../../domain/weekly-figures';
import type { Clock } from '../../ports/clock';
import type { WeeklyFiguresStore } from '../../ports/weekly-figures-store';
import { assertKeyFits, keyPart } from './dynamodb-keys';
import { DynamoDbLeadingPhrases } from './dynamodb-leading-phrases';
import { collect, conditionalWrite, epochSeconds, isExpired, queryItems } from './dynamodb-toolkit';
import { groupCounterSk, languageCounterSk, phraseCounterSk, topicCounterSk, weekPk } from './table-keys';

/**
 * Exactly-once counters without transactions (dynalite has none, and a
 * transaction would not cover a crash between two of them anyway), that
 * keep no order.
 *
 * Each report counted in a counter is an item of its own under the
 * counter's key (`GROUP#<site>#<channel>#~<digest>`, …), written once with a
 * conditional PutItem: a redelivered message, or a retry after a crash
 * half-way through a submission's counters, finds its item and changes
 * nothing; counters it had not reached yet are added then. Reading sums the
 * items, as it summed the shards before.
 *
 * Why not a set of contributors on a shared counter item, as before: a set
 * comes back in the order its members were added (dynalite's does; DynamoDB
 * only says the order is "not preserved"), which kept the order reports
 * came in, and the same id in every counter of a report let an operator put
 * each report's site, channel, language, topics and phrases back together.
 * Now the digest in each item's key is of the report's weekly token and
 * that counter's own key, so the items of one report in two counters share
 * nothing, and items come back in the order of those digests: the same
 * whatever order reports came in. No item grows with traffic either (a set
 * had to be bounded below DynamoDB's 400 KB). What an item holds beside its
 * key is the counter's own attributes and a 1 under the report's sentiment
 * (and rating): no more than a counter of one.
 *
 * Counter items written by earlier versions (`…#<shard>`, with their
 * `contributors`) are still read; a report one of them counted is not
 * counted again if it is delivered once more. Everything for a week sits
 * under one partition key, so the digest reads one week with one paginated
 * Query whatever the history kept.
 */
/** How earlier versions sharded a counter: a report they counted is found in its shard. */
const EARLIER_SHARDS = 8;
const SENTIMENTS: Sentiment[] = ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'];
const MAX_PHRASES = 5;
// Several of these are DynamoDB reserved words, so all go through #names.
const PROJECTED = [
  'kind',
  'site',
  'channel',
  'topic',
  'phrase',
  'language',
  'total',
  ...SENTIMENTS,
  'r1',
  'r2',
  'r3',
  'r4',
  'expiresAt',
];

export class DynamoDbWeeklyFigures implements WeeklyFiguresStore {
  /** Ranks the week's phrases so that `read` takes only the leading ones, never the long tail. */
  private readonly leading: DynamoDbLeadingPhrases;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {
    this.leading = new DynamoDbLeadingPhrases(client, tableName);
  }

  async record(contributionId: string, c: WeeklyContribution, expiresAt: Date): Promise<void> {
    // The id is the analysis message's weekly token (`weeklyTokenFor`), which no case item holds: a weekly row
    // cannot be joined to its case. Rows counted before it (under the case's id) read as ever: only totals are read.
    const site = c.site ?? NO_SITE;
    const ttl = epochSeconds(expiresAt);
    const pk = weekPk(c.week);
    // Text in keys is bounded in bytes (long parts hashed); the text itself is kept in the attributes read back.
    const sitePart = keyPart(site);
    const language = languageCode(c.language);
    const counters = [
      {
        sk: (slot: string | number) => groupCounterSk(sitePart, c.channel, slot),
        attrs: { kind: 'group', site, channel: c.channel },
        rating: c.rating,
      },
      {
        sk: (slot: string | number) => languageCounterSk(language, sitePart, c.channel, slot),
        attrs: { kind: 'language', language, site, channel: c.channel },
        rating: undefined,
      },
      ...c.topics.map((topic) => ({
        sk: (slot: string | number) => topicCounterSk(topic, sitePart, c.channel, slot),
        attrs: { kind: 'topic', topic, site, channel: c.channel },
        rating: c.rating,
      })),
      ...c.keyPhrases.slice(0, MAX_PHRASES).map((phrase) => ({
        sk: (slot: string | number) => phraseCounterSk(phrase, slot),
        attrs: { kind: 'phrase', phrase },
        rating: undefined,
      })),
    ].map((counter) => ({ ...counter, key: { pk, sk: counter.sk(reportSlot(contributionId, counter.sk(''))) } }));
    for (const counter of counters) assertKeyFits(counter.key);
    // Counted by an earlier version (its group counter is the first it wrote): not a second time now.
    if (await this.countedEarlier(pk, counters[0]!.sk, contributionId)) return;
    for (const counter of counters) {
      const counted = await conditionalWrite(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...counter.key,
              ...counter.attrs,
              total: 1,
              [c.sentiment]: 1,
              ...(counter.rating !== undefined ? { [`r${counter.rating}`]: 1 } : {}),
              expiresAt: ttl,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      if (counted && 'phrase' in counter.attrs) await this.leading.tally(pk, counter.attrs.phrase, ttl);
    }
  }

  /** Groups and topics whole; of the phrases only the leading `LEADING_PHRASES`, so the cost does not grow with the tail. */
  async read(week: string): Promise<WeeklyFigures> {
    const counters = (prefix: string) =>
      collect(
        queryItems(this.client, {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': weekPk(week), ':prefix': prefix },
          // Never read earlier versions' contributor sets back: they were only for deduplication.
          ProjectionExpression: PROJECTED.map((_, i) => `#p${i}`).join(', '),
          ExpressionAttributeNames: Object.fromEntries(PROJECTED.map((name, i) => [`#p${i}`, name])),
        }),
      );
    const now = this.clock.now();
    const [groupItems, topicItems, languageItems, leadingPhrases] = await Promise.all([
      counters('GROUP#'),
      counters('TOPIC#'),
      counters('LANG#'),
      this.leading.read(weekPk(week), now),
    ]);
    const items = [...groupItems, ...topicItems, ...languageItems];

    const groups = new Map<string, GroupFigures>();
    const topics = new Map<string, TopicFigures>();
    const languages = new Map<string, LanguageFigures>();
    for (const item of items) {
      if (isExpired(item, now)) continue;
      const site = item.site === NO_SITE ? undefined : (item.site as string);
      const channel = item.channel as Channel;
      if (item.kind === 'group') {
        addTo(groups, `${item.site}#${channel}`, () => emptyGroup(site, channel), item);
      } else if (item.kind === 'topic') {
        addTo(
          topics,
          `${item.topic}#${item.site}#${channel}`,
          () => ({ ...emptyGroup(site, channel), topic: item.topic as string }),
          item,
        );
      } else if (item.kind === 'language') {
        const id = `${item.language}#${item.site}#${channel}`;
        const figures = languages.get(id) ?? { language: String(item.language), site, channel, total: 0 };
        figures.total += num(item.total);
        languages.set(id, figures);
      }
    }
    return {
      week,
      groups: [...groups.values()],
      topics: [...topics.values()],
      phrases: leadingPhrases,
      languages: [...languages.values()],
    };
  }

  /** Whether an earlier version's shard of this counter (or one it spilled into) holds the report's id. */
  private async countedEarlier(
    pk: string,
    sk: (slot: string | number) => string,
    contributionId: string,
  ): Promise<boolean> {
    const id = createHash('sha256').update(contributionId).digest('hex').slice(0, 16);
    const { Count = 0 } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        // `…#<shard>` and its spills `…#<shard>+<n>`; a report's own items (`…#~<digest>`) sort apart.
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :shard)',
        FilterExpression: 'contains(#contributors, :id)',
        ExpressionAttributeNames: { '#contributors': 'contributors' },
        ExpressionAttributeValues: {
          ':pk': pk,
          ':shard': sk(parseInt(id.slice(0, 2), 16) % EARLIER_SHARDS),
          ':id': id,
        },
        Select: 'COUNT',
        ConsistentRead: true,
      }),
    );
    return Count > 0;
  }
}

/**
 * A report's place in one counter: `~` and a digest of its weekly token with the counter's key, so its
 * items in two counters share nothing, and a counter's items sort by digest, never by arrival.
 */
function reportSlot(contributionId: string, counterKey: string): string {
  return `~${createHash('sha256').update(`${contributionId}\n${counterKey}`).digest('hex').slice(0, 24)}`;
}

/** A language tag as detectors give it (`es`, `zh-TW`), lower-cased; anything else, or none, is `und`. */
function languageCode(language: string | undefined): string {
  const tag = language?.trim().toLowerCase() ?? '';
  return /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/.test(tag) ? tag : UNDETERMINED_LANGUAGE;
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const emptyCounts = (): SentimentCounts => ({ POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 });
const emptyGroup = (site: string | undefined, channel: Channel): GroupFigures => ({
  site,
  channel,
  total: 0,
  sentiment: emptyCounts(),
  ratings: [0, 0, 0, 0],
});

function addTo<T extends GroupFigures>(
  map: Map<string, T>,
  key: string,
  create: () => T,
  item: Record<string, unknown>,
) {
  const figures = map.get(key) ?? create();
  figures.total += num(item.total);
  for (const s of SENTIMENTS) figures.sentiment[s] += num(item[s]);
  figures.ratings = [0, 1, 2, 3].map((i) => figures.ratings[i]! + num(item[`r${i + 1}`])) as GroupFigures['ratings'];
  map.set(key, figures);
}
