import { createHash } from 'node:crypto';
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
 * transaction would not cover a crash between two of them anyway).
 *
 * Every counter item carries the set of contributions already in it, and
 * each increment is one conditional UpdateItem: add 1 and add my id to the
 * set, only if my id is not in the set yet. A redelivered message, or a
 * retry after a crash half-way through a submission's counters, finds its id
 * and changes nothing; counters it had not reached yet are added then.
 *
 * The sets are kept small by sharding each counter by contribution id
 * (SHARDS items per counter, ids cut to 16 hex characters), and bounded: an
 * item takes at most `contributorsPerItem` ids (10,000 by default, ~170 KB,
 * half of DynamoDB's 400 KB item limit, leaving room for writers racing
 * past the bound). A contribution that finds its shard's item full, and not
 * holding its id, goes on to the shard's next item (`…#<shard>+1`, `+2`, …):
 * items fill in order and a full one never takes another id, so a retry
 * walks the same items and finds its id where it was counted. Reading sums
 * them all. Everything for a week sits under one partition key, so the
 * digest reads one week with one paginated Query whatever the history kept.
 */
const SHARDS = 8;
export const DEFAULT_CONTRIBUTORS_PER_ITEM = 10_000;
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
  private readonly contributorsPerItem: number;
  /** Ranks the week's phrases so that `read` takes only the leading ones, never the long tail. */
  private readonly leading: DynamoDbLeadingPhrases;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    { contributorsPerItem = DEFAULT_CONTRIBUTORS_PER_ITEM }: { contributorsPerItem?: number } = {},
  ) {
    this.contributorsPerItem = Math.max(1, contributorsPerItem);
    this.leading = new DynamoDbLeadingPhrases(client, tableName);
  }

  async record(contributionId: string, c: WeeklyContribution, expiresAt: Date): Promise<void> {
    // The id is the analysis message's weekly token (`weeklyTokenFor`), which no case item holds: a weekly row
    // cannot be joined to its case. Rows counted before it (under the case's id) read as ever: only totals are read.
    const id = createHash('sha256').update(contributionId).digest('hex').slice(0, 16);
    const shard = parseInt(id.slice(0, 2), 16) % SHARDS;
    const site = c.site ?? NO_SITE;
    const ttl = epochSeconds(expiresAt);
    const pk = weekPk(c.week);
    // Text in keys is bounded in bytes (long parts hashed); the text itself is kept in the attributes read back.
    const sitePart = keyPart(site);
    const language = languageCode(c.language);
    const counters = [
      {
        sk: groupCounterSk(sitePart, c.channel, shard),
        attrs: { kind: 'group', site, channel: c.channel },
        rating: c.rating,
      },
      {
        sk: languageCounterSk(language, sitePart, c.channel, shard),
        attrs: { kind: 'language', language, site, channel: c.channel },
        rating: undefined,
      },
      ...c.topics.map((topic) => ({
        sk: topicCounterSk(topic, sitePart, c.channel, shard),
        attrs: { kind: 'topic', topic, site, channel: c.channel },
        rating: c.rating,
      })),
      ...c.keyPhrases.slice(0, MAX_PHRASES).map((phrase) => ({
        sk: phraseCounterSk(phrase, shard),
        attrs: { kind: 'phrase', phrase },
        rating: undefined,
      })),
    ];
    for (const counter of counters) assertKeyFits({ pk, sk: counter.sk });
    for (const counter of counters) {
      const counted = await this.increment(pk, counter.sk, id, c.sentiment, counter.rating, {
        ...counter.attrs,
        expiresAt: ttl,
      });
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
          // Never read the contributor sets back: they are only for deduplication.
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

  /** Counts the contribution once in the first of the counter's items that holds it or has room for it; false when it was counted before. */
  private async increment(
    pk: string,
    sk: string,
    id: string,
    sentiment: Sentiment,
    rating: number | undefined,
    attrs: Record<string, unknown>,
  ): Promise<boolean> {
    for (let generation = 0; ; generation += 1) {
      const key = { pk, sk: generation === 0 ? sk : `${sk}+${generation}` };
      assertKeyFits(key);
      if (await this.tryIncrement(key, id, sentiment, rating, attrs)) return true;
      if (await this.holds(key, id)) return false; // already counted: a redelivery
    }
  }

  /** False when the item already holds the id or is full. */
  private async tryIncrement(
    key: { pk: string; sk: string },
    id: string,
    sentiment: Sentiment,
    rating: number | undefined,
    attrs: Record<string, unknown>,
  ): Promise<boolean> {
    const names: Record<string, string> = {
      '#sentiment': sentiment,
      '#total': 'total',
      '#contributors': 'contributors',
    };
    const values: Record<string, unknown> = {
      ':one': 1,
      ':ids': new Set([id]),
      ':id': id,
      ':room': this.contributorsPerItem,
    };
    const sets = Object.entries(attrs).map(([key, value], i) => {
      names[`#a${i}`] = key;
      values[`:a${i}`] = value;
      return `#a${i} = :a${i}`;
    });
    const adds = ['#total :one', '#sentiment :one', '#contributors :ids'];
    if (rating !== undefined) {
      names['#rating'] = `r${rating}`;
      adds.push('#rating :one');
    }
    return conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
          ConditionExpression:
            'attribute_not_exists(#contributors) OR (NOT contains(#contributors, :id) AND size(#contributors) < :room)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  /** Whether the item's contributors include the id; only asked when it refused the id, so rarely. */
  private async holds(key: { pk: string; sk: string }, id: string): Promise<boolean> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        FilterExpression: 'contains(#contributors, :id)',
        ExpressionAttributeNames: { '#contributors': 'contributors' },
        ExpressionAttributeValues: { ':pk': key.pk, ':sk': key.sk, ':id': id },
        ProjectionExpression: 'sk',
        ConsistentRead: true,
      }),
    );
    return Items.length > 0;
  }
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
