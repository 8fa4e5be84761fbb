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
import {
  counterShardSuffix,
  countedMarkerSk,
  groupCounterSk,
  languageCounterSk,
  phraseCounterSk,
  topicCounterSk,
  weekPk,
} from './table-keys';

/**
 * Exactly-once counters without transactions (dynalite has none), that keep
 * no order, and whose reading does not grow with the week's reports.
 *
 * A counter is a number on a few shard items (`GROUP#<site>#<channel>#=<n>`,
 * …), added to with UpdateItem ADD. That a report is counted once is kept
 * apart, on one marker item per report (`COUNTED#<digest>`, a digest of its
 * weekly token), which the digest never reads:
 *
 * 1. the marker is written `pending` (unless it is there already);
 * 2. each counter's shard takes the report with one conditional ADD that
 *    also puts the marker's digest in the shard's `counting` set, only if it
 *    is not there yet, so a second try of the same ADD changes nothing;
 * 3. the marker is set `done`;
 * 4. the digest is taken out of each shard's `counting` set again.
 *
 * A crash anywhere leaves the marker `pending` (retried, 2 skips what was
 * added, by its digest still in `counting`) or `done` (retried, it only
 * finishes 4). A report delivered again with other content is not counted
 * again: its marker is `done`. The `counting` sets hold only reports being
 * counted at that moment, and are empty (gone) at rest; the markers hold a
 * state and the week's expiry, and sort by digest: what is kept is the same
 * bytes whatever order the reports came in (docs/anonymity.md).
 *
 * Why not an item per report in each counter (the version before): the
 * digest's reading grew with the week (about 8 items, 1.3 KB, a report: a
 * week of 100,000 was ~130 MB to read). Why not a set of contributors on
 * each counter item (the version before that): a set comes back in the
 * order its members were added, which kept the order reports came in, and
 * grows with traffic to DynamoDB's 400 KB item limit.
 *
 * Items of both earlier versions are still read (all of a counter's items
 * are summed), and a report one of them counted is not counted again when
 * it is delivered once more. Everything for a week sits under one partition
 * key, so the digest reads one week with one paginated Query per kind.
 *
 * What is not covered: two deliveries of the same report running at once,
 * where one finishes step 4 on a shard before the other's step 2 reaches it,
 * count it twice there (SQS delivers a message twice rarely, and one copy
 * then usually finds the marker `done`).
 */
/** How earlier versions sharded a counter: a report they counted is found in its shard. */
const EARLIER_SHARDS = 8;
/** Shard items per counter: concurrent ADDs spread over them (no hot item), and reading a counter is at most this many items. */
export const COUNTER_SHARDS = 8;
/** The shard set of the reports being counted right now; never read back by the digest. */
const COUNTING = 'counting';
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
    const marker = countedMarker(contributionId);
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
    ].map((counter) => ({
      ...counter,
      key: { pk, sk: counter.sk(counterShardSlot(marker, counter.sk(''))) },
      perReportKey: { pk, sk: counter.sk(reportSlot(contributionId, counter.sk(''))) },
    }));
    for (const counter of counters) assertKeyFits(counter.key);
    // Counted by an earlier version (its group counter is the first it wrote): not a second time now.
    if (await this.countedEarlier(pk, counters[0]!.sk, contributionId)) return;
    if (await this.countedPerReport(counters[0]!.perReportKey)) return;

    const state = await this.openMarker(pk, marker, ttl);
    if (state === 'pending' || state === 'new') {
      for (const counter of counters) {
        const counted = await this.addOnce(counter.key, marker, {
          attrs: { ...counter.attrs, expiresAt: ttl },
          sentiment: c.sentiment,
          rating: counter.rating,
        });
        if (counted && 'phrase' in counter.attrs) await this.leading.tally(pk, counter.attrs.phrase, ttl);
      }
      await this.closeMarker(pk, marker);
    }
    // After the marker says done (and on every retry that finds it so): the shards keep no trace of the report.
    for (const counter of counters) await this.release(counter.key, marker);
  }

  /** Groups and topics whole; of the phrases only the leading `LEADING_PHRASES`, so the cost does not grow with the tail. */
  async read(week: string): Promise<WeeklyFigures> {
    const counters = (prefix: string) =>
      collect(
        queryItems(this.client, {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': weekPk(week), ':prefix': prefix },
          // Never read the sets back (earlier versions' contributors, the reports being counted): only for deduplication.
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

  /** Writes the report's marker `pending` unless it is there; says what it found: `new`, `pending` or `done`. */
  private async openMarker(pk: string, marker: string, ttl: number): Promise<'new' | 'pending' | 'done'> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk, sk: countedMarkerSk(marker) },
        UpdateExpression: 'SET #state = if_not_exists(#state, :pending), #kind = :kind, expiresAt = :ttl',
        ExpressionAttributeNames: { '#state': 'state', '#kind': 'kind' },
        ExpressionAttributeValues: { ':pending': 'pending', ':kind': 'counted', ':ttl': ttl },
        ReturnValues: 'ALL_OLD',
      }),
    );
    const found = Attributes?.state;
    return found === 'done' ? 'done' : found === 'pending' ? 'pending' : 'new';
  }

  private async closeMarker(pk: string, marker: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk, sk: countedMarkerSk(marker) },
        UpdateExpression: 'SET #state = :done',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'done' },
      }),
    );
  }

  /** Adds the report to the shard unless its marker is already among those being counted there; false when it was. */
  private async addOnce(
    key: { pk: string; sk: string },
    marker: string,
    { attrs, sentiment, rating }: { attrs: Record<string, unknown>; sentiment: Sentiment; rating: number | undefined },
  ): Promise<boolean> {
    const names: Record<string, string> = { '#sentiment': sentiment, '#total': 'total', '#counting': COUNTING };
    const values: Record<string, unknown> = { ':one': 1, ':markers': new Set([marker]), ':marker': marker };
    const sets = Object.entries(attrs).map(([name, value], i) => {
      names[`#a${i}`] = name;
      values[`:a${i}`] = value;
      return `#a${i} = :a${i}`;
    });
    const adds = ['#total :one', '#sentiment :one', '#counting :markers'];
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
          ConditionExpression: 'NOT contains(#counting, :marker)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  /** Takes the marker out of the shard's `counting` set; nothing when it is not there (nor creates the shard). */
  private async release(key: { pk: string; sk: string }, marker: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'DELETE #counting :markers',
          ConditionExpression: 'contains(#counting, :marker)',
          ExpressionAttributeNames: { '#counting': COUNTING },
          ExpressionAttributeValues: { ':markers': new Set([marker]), ':marker': marker },
        }),
      ),
    );
  }

  /** Whether the version before counted the report in an item of its own (its group counter is the first it wrote). */
  private async countedPerReport(key: { pk: string; sk: string }): Promise<boolean> {
    // A Query of the one key, not GetItem: analysis is granted Query on the week's items, not GetItem (infra/table-access.ts).
    const { Count = 0 } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': key.pk, ':sk': key.sk },
        Select: 'COUNT',
        ConsistentRead: true,
      }),
    );
    return Count > 0;
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
 * The report's marker: a digest of its weekly token (which no case item holds), so it leads to no case,
 * and markers sort by digest, never by arrival. Distinct from every digest earlier versions kept.
 */
export function countedMarker(contributionId: string): string {
  return createHash('sha256').update(`counted\n${contributionId}`).digest('hex').slice(0, 32);
}

/** The shard of a counter a report is added to: from its marker and the counter, so a retry adds to the same one. */
function counterShardSlot(marker: string, counterKey: string): string {
  const shard = createHash('sha256').update(`${marker}\n${counterKey}`).digest().readUInt16BE(0) % COUNTER_SHARDS;
  return counterShardSuffix(shard);
}

/**
 * How the version before placed a report in one counter: `~` and a digest of its weekly token with the counter's key, so its
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
