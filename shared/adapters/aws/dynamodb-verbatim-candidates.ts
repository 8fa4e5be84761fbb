import { createHash } from 'node:crypto';
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CHANNELS, type Sentiment } from '../../domain/feedback';
import { NO_SITE } from '../../domain/weekly-figures';
import type { Clock } from '../../ports/clock';
import type { VerbatimCandidate, VerbatimCandidates } from '../../ports/verbatim-candidates';
import { assertKeyFits } from './dynamodb-keys';
import { conditionalWrite, epochSeconds, isExpired, queryItems, queryPages } from './dynamodb-toolkit';
import { VERBATIM_SK_PREFIX, verbatimGroupPrefix, weekPk } from './table-keys';

const SENTIMENTS: readonly Sentiment[] = ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'];
export const DEFAULT_PER_GROUP = 20;

/**
 * A bottom-k sample per week, site and topic, without transactions.
 *
 * Each comment's rank is a hash of its group and its redacted text, so the
 * sample is uniform, a retried message ranks the same (and writes the same
 * item), and a comment sent many times over counts once. The rank is the
 * sort key, so a group's items come back smallest rank first:
 *
 * 1. If the group already holds `perGroup` items ranked below this one, it is
 *    not in the sample: nothing is written.
 * 2. Otherwise it is put, and the group is trimmed back to its `perGroup`
 *    smallest ranks. An item is only ever deleted when `perGroup` smaller
 *    ones exist, so writers racing each other cannot delete a member of the
 *    final sample, and a crash before the trim is repaired by the next offer.
 *
 * The rank is derived from the text alone, never from the case: the items
 * hold nothing that leads back to one. They live under the week's partition
 * (`WEEK#<week>`, sort keys `VERBATIM#…`), beside the weekly figures, whose
 * reader skips them.
 */
export class DynamoDbVerbatimCandidates implements VerbatimCandidates {
  private readonly perGroup: number;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    { perGroup = DEFAULT_PER_GROUP }: { perGroup?: number } = {},
  ) {
    this.perGroup = perGroup;
  }

  async offer(candidate: VerbatimCandidate, expiresAt: Date): Promise<void> {
    const site = candidate.site ?? NO_SITE;
    const pk = weekPk(candidate.week);
    const prefix = verbatimGroupPrefix(site, candidate.topic);
    const rank = createHash('sha256')
      .update(`${candidate.week}\n${site}\n${candidate.topic}\n${candidate.redactedText}`)
      .digest('hex')
      .slice(0, 20);
    const sk = `${prefix}${rank}`;
    assertKeyFits({ pk, sk });

    const head = await this.keys(pk, prefix, this.perGroup);
    if (head.length >= this.perGroup && head[head.length - 1]! < sk) return; // ranked out of the sample

    // Refused when already offered (a retry): the item is the same.
    await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk,
            sk,
            kind: 'verbatim',
            site,
            topic: candidate.topic,
            channel: candidate.channel,
            sentiment: candidate.sentiment,
            text: candidate.redactedText,
            ...(candidate.around?.length ? { around: candidate.around } : {}),
            expiresAt: epochSeconds(expiresAt),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );

    const all = await this.keys(pk, prefix);
    for (const extra of all.slice(this.perGroup)) {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk, sk: extra } }));
    }
  }

  async list(week: string): Promise<VerbatimCandidate[]> {
    const now = this.clock.now();
    const found: VerbatimCandidate[] = [];
    const items = queryItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': weekPk(week), ':prefix': VERBATIM_SK_PREFIX },
    });
    for await (const item of items) {
      if (isExpired(item, now)) continue;
      const channel = CHANNELS.find((c) => c === item.channel);
      const sentiment = SENTIMENTS.find((s) => s === item.sentiment);
      if (!channel || !sentiment || typeof item.text !== 'string' || typeof item.topic !== 'string') continue;
      found.push({
        week,
        site: item.site === NO_SITE || typeof item.site !== 'string' ? undefined : item.site,
        topic: item.topic,
        channel,
        sentiment,
        redactedText: item.text,
        ...(Array.isArray(item.around) ? { around: item.around.map(String) } : {}),
      });
    }
    return found;
  }

  /** The group's sort keys, smallest rank first. */
  private async keys(pk: string, prefix: string, limit?: number): Promise<string[]> {
    const keys: string[] = [];
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      ProjectionExpression: 'sk',
      Limit: limit,
    });
    for await (const page of pages) {
      keys.push(...page.map((item) => String(item.sk)));
      if (limit !== undefined && keys.length >= limit) break;
    }
    return keys;
  }
}
