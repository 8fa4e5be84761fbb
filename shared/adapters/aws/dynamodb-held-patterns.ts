import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { escalationMessageSchema, type EscalationMessage } from '../../domain/escalation';
import { DAY_MS } from '../../domain/durations';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { HeldPattern, HeldPatterns } from '../../ports/held-patterns';
import { assertKeyFits } from './dynamodb-keys';
import { epochSeconds, isExpired, pageSize, queryItems } from './dynamodb-toolkit';
import { HELD_PATTERNS_PK, heldPatternSk } from './table-keys';

/** A held pattern never released (the sweep stopped for days) is dropped a week or so after its release. */
const HELD_FOR_DAYS = 7;

/**
 * Holds a pattern's escalation under `NOTICE#PATTERN`, keyed by the release it waits for: the item
 * says when it goes out, never when it was found (its expiry is a week boundary past the release).
 * Held again (a retried analysis), it is kept once.
 */
export async function holdPattern(
  client: DynamoDBDocumentClient,
  tableName: string,
  escalation: EscalationMessage,
  releaseAt: Date,
): Promise<void> {
  const key = { pk: HELD_PATTERNS_PK, sk: heldPatternSk(releaseAt.toISOString(), escalation.escalationId) };
  assertKeyFits(key);
  const expiresAt = weekBoundaryAtOrAfter(new Date(releaseAt.getTime() + HELD_FOR_DAYS * DAY_MS));
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET escalation = if_not_exists(escalation, :e), expiresAt = :ttl',
      ExpressionAttributeValues: { ':e': JSON.stringify(escalation), ':ttl': epochSeconds(expiresAt) },
    }),
  );
}

/** The sweep's side: the patterns whose release has come, and forgetting each once sent. */
export class DynamoDbHeldPatterns implements HeldPatterns {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async due(now: Date, limit: number): Promise<HeldPattern[]> {
    const due: HeldPattern[] = [];
    // Release stamps sort as times: every release up to now, however late the sweep; `~` sorts after `#<id>`.
    const items = queryItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk < :upTo',
      ExpressionAttributeValues: { ':pk': HELD_PATTERNS_PK, ':upTo': `${now.toISOString()}~` },
      ConsistentRead: true,
      Limit: pageSize(limit),
    });
    for await (const item of items) {
      if (due.length >= limit) break;
      if (isExpired(item, now) || typeof item.escalation !== 'string') continue;
      const releaseAt = String(item.sk).split('#')[0]!;
      if (Date.parse(releaseAt) > now.getTime()) continue;
      due.push({ releaseAt, escalation: escalationMessageSchema.parse(JSON.parse(item.escalation)) });
    }
    return due;
  }

  async released(held: HeldPattern): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: HELD_PATTERNS_PK, sk: heldPatternSk(held.releaseAt, held.escalation.escalationId) },
      }),
    );
  }
}
