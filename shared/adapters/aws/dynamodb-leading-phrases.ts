import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Sentiment } from '../../domain/feedback';
import { LEADING_PHRASES, type PhraseFigures, type SentimentCounts } from '../../domain/weekly-figures';
import { keyPart } from './dynamodb-keys';
import { collect, isExpired, queryItems, type Item } from './dynamodb-toolkit';

/**
 * Which of a week's key phrases lead, found without reading the long tail.
 *
 * A busy week has thousands of distinct phrases, most said once or twice,
 * and the digest can show only a handful (those said at least k times). So
 * beside each phrase's exactly-once counter, a tally (`PHRASETALLY#<phrase>`)
 * is added to once each time the counter takes a new submission, and when
 * the tally reaches a rung of a ladder (2, 3, … 8, then four rungs per
 * doubling: 10, 12, 14, 16, 20, …) a marker `PHRASETOP#<rung>#<phrase>` is
 * written. Reading the markers from the highest rung down gives the leading
 * phrases first, so the digest stops after `LEADING_PHRASES` distinct ones
 * and then reads their exact counters: a bounded number of items however
 * long the tail.
 *
 * The tally is only a ranking: the figures shown come from the counters, so
 * a phrase said fewer than k times is never shown, whatever the tally says.
 * A crash between the counter and the tally leaves the tally one short,
 * which can only rank the phrase a little lower.
 */
export const PHRASE_TALLY_PREFIX = 'PHRASETALLY#';
export const PHRASE_MARK_PREFIX = 'PHRASETOP#';
/** Counter items of one phrase (`…#=<shard>`, and earlier versions' `…#<shard>`, `…#~<digest>`); as `phraseCounterSk` builds them. */
const counterPrefix = (phrase: string) => `PHRASE#${keyPart(phrase)}#`;
const SENTIMENTS: Sentiment[] = ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'];
/** Exact counters read at once for the leading phrases: a few at a time, not all 100 together. */
const PARALLEL_READS = 8;

/** Whether a tally of `n` is a rung of the ladder: every count from 2 to 8, then 4 rungs per doubling. */
export function isRung(n: number): boolean {
  if (!Number.isInteger(n) || n < 2) return false;
  if (n <= 8) return true;
  const step = 2 ** (Math.floor(Math.log2(n)) - 2); // 10, 12, 14 between 8 and 16; 20, 24, 28 between 16 and 32 …
  return n % step === 0;
}

export const phraseMarkSk = (rung: number, phrase: string) =>
  `${PHRASE_MARK_PREFIX}${String(rung).padStart(10, '0')}#${keyPart(phrase)}`;
const phraseTallySk = (phrase: string) => `${PHRASE_TALLY_PREFIX}${keyPart(phrase)}`;

/**
 * The tally and marker items a phrase said `total` times leaves behind (what
 * `tally` would have written, one mention at a time): for seeding benchmarks.
 */
export function leadingPhraseItems(pk: string, phrase: string, total: number, expiresAt: number): Item[] {
  const items: Item[] = [{ pk, sk: phraseTallySk(phrase), kind: 'phrase-tally', phrase, n: total, expiresAt }];
  for (let n = 2; n <= total; n += 1)
    if (isRung(n)) items.push({ pk, sk: phraseMarkSk(n, phrase), kind: 'phrase-mark', phrase, expiresAt });
  return items;
}

export class DynamoDbLeadingPhrases {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Adds one mention to the phrase's tally, and marks the rung it reaches. Call once per new contribution the phrase's counter took. */
  async tally(pk: string, phrase: string, expiresAt: number): Promise<void> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk, sk: phraseTallySk(phrase) },
        UpdateExpression: 'SET #kind = :kind, #phrase = :phrase, #expiresAt = :expiresAt ADD #n :one',
        ExpressionAttributeNames: { '#kind': 'kind', '#phrase': 'phrase', '#expiresAt': 'expiresAt', '#n': 'n' },
        ExpressionAttributeValues: { ':kind': 'phrase-tally', ':phrase': phrase, ':expiresAt': expiresAt, ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const n = typeof Attributes?.n === 'number' ? Attributes.n : 0;
    if (!isRung(n)) return;
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk, sk: phraseMarkSk(n, phrase), kind: 'phrase-mark', phrase, expiresAt },
      }),
    );
  }

  /**
   * The week's leading phrases (at most `limit`), with their exact counts
   * from the counters. Reads the markers from the top rung down, stopping
   * once `limit` distinct phrases are found, then each one's counter items.
   */
  async read(pk: string, now: Date, limit = LEADING_PHRASES): Promise<PhraseFigures[]> {
    const leading: string[] = [];
    const pages = queryItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': PHRASE_MARK_PREFIX },
      ExpressionAttributeNames: { '#phrase': 'phrase', '#expiresAt': 'expiresAt' },
      ProjectionExpression: '#phrase, #expiresAt',
      ScanIndexForward: false,
      Limit: limit, // pages of the bound: the first page holds the leading phrases but for a few seen on more than one rung
    });
    const seen = new Set<string>();
    for await (const item of pages) {
      if (isExpired(item, now) || typeof item.phrase !== 'string' || seen.has(item.phrase)) continue;
      seen.add(item.phrase);
      leading.push(item.phrase);
      if (leading.length >= limit) break;
    }
    const figures: PhraseFigures[] = [];
    for (let i = 0; i < leading.length; i += PARALLEL_READS) {
      figures.push(
        ...(await Promise.all(leading.slice(i, i + PARALLEL_READS).map((phrase) => this.count(pk, phrase, now)))),
      );
    }
    return figures.filter((f) => f.total > 0);
  }

  /** One phrase's exact count: the sum of its counter items (every shard, every further item). */
  private async count(pk: string, phrase: string, now: Date): Promise<PhraseFigures> {
    const projected = ['phrase', 'total', 'expiresAt', ...SENTIMENTS];
    const items = await collect(
      queryItems(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': counterPrefix(phrase) },
        ExpressionAttributeNames: Object.fromEntries(projected.map((name, i) => [`#p${i}`, name])),
        ProjectionExpression: projected.map((_, i) => `#p${i}`).join(', '),
      }),
    );
    const sentiment: SentimentCounts = { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 };
    let total = 0;
    // A longer phrase may share the key prefix (`a#b` after `a`): only this phrase's items count.
    for (const item of items.filter((it) => it.phrase === phrase && !isExpired(it, now))) {
      total += typeof item.total === 'number' ? item.total : 0;
      for (const s of SENTIMENTS) sentiment[s] += typeof item[s] === 'number' ? (item[s] as number) : 0;
    }
    return { phrase, total, sentiment };
  }
}
