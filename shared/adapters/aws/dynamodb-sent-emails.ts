import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../ports/clock';
import type { EmailClaim, SentEmails } from '../../ports/sent-emails';
import { assertKeyFits } from './dynamodb-keys';
import { conditionalWrite, epochSeconds, isExpired } from './dynamodb-toolkit';
import { sentEmailKey } from './table-keys';

/** How often a sender renews its claim while it sends, and how long a claim must stay unrenewed to be taken over. */
export interface ClaimLiveness {
  /** @default 2_000 */
  beatMs?: number;
  /** Several beats, so a renewal late by a busy moment is not taken for a stopped sender. @default 8_000 */
  silenceMs?: number;
}

/**
 * Emails sent, one item per event and reader under `MAIL#<event>`
 * (`TO#<hash of the address>`), holding its state (`sending`, `sent`, or
 * `free` once given back), the attempt that holds it (random) and, while it
 * sends, its `beat` (random, renewed every `beatMs`: no time is kept). An
 * attempt that finds the claim held by another watches its beat for
 * `silenceMs` and takes it over only if it did not change. Every step is a
 * conditional write on the attempt (and the beat seen), so two attempts
 * racing for one reader never both send and no transaction is needed
 * (dynalite has none). An expired item reads as absent: AWS deletes it
 * lazily and dynalite never.
 */
export class DynamoDbSentEmails implements SentEmails {
  private readonly beatMs: number;
  private readonly silenceMs: number;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    { beatMs = 2_000, silenceMs = 8_000 }: ClaimLiveness = {},
  ) {
    this.beatMs = beatMs;
    this.silenceMs = silenceMs;
  }

  claim(event: string, recipient: string, attempt: string, expiresAt: Date): Promise<EmailClaim> {
    return this.claimOnce(event, recipient, attempt, expiresAt, true);
  }

  private async claimOnce(
    event: string,
    recipient: string,
    attempt: string,
    expiresAt: Date,
    again: boolean,
  ): Promise<EmailClaim> {
    const key = sentEmailKey(event, recipient);
    assertKeyFits(key);
    const now = epochSeconds(this.clock.now());
    const fresh = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key,
            kind: 'sent-email',
            state: 'sending',
            attempt,
            beat: newBeat(),
            expiresAt: epochSeconds(expiresAt),
          },
          // A record given back, or expired (absent), is claimed anew.
          ConditionExpression: 'attribute_not_exists(pk) OR #state = :free OR expiresAt <= :now',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':now': now, ':free': 'free' },
        }),
      ),
    );
    if (fresh) return 'mine';
    const item = await this.read(key);
    // Gone in between (given back by a failed send, or expired): once more from the start, else left to the next try.
    if (!item || item.state === 'free' || isExpired(item, this.clock.now()))
      return again ? this.claimOnce(event, recipient, attempt, expiresAt, false) : 'busy';
    if (item.state === 'sent') return 'sent';
    if (item.attempt === attempt) return 'mine';
    // Held by another attempt: watched for longer than it takes a running sender to renew its beat.
    await new Promise((resolve) => setTimeout(resolve, this.silenceMs));
    const later = await this.read(key);
    if (!later || later.state === 'free' || isExpired(later, this.clock.now()))
      return again ? this.claimOnce(event, recipient, attempt, expiresAt, false) : 'busy';
    if (later.state === 'sent') return 'sent';
    // Renewed, or taken by another: still being sent.
    if (later.attempt !== item.attempt || later.beat !== item.beat) return 'busy';
    // Its beat did not change: that attempt stopped (a Lambda that timed out, a crash); this one takes over.
    const took = await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET attempt = :mine, beat = :fresh REMOVE suspect',
          ConditionExpression:
            item.beat === undefined
              ? '#state = :sending AND attempt = :held AND attribute_not_exists(beat)'
              : '#state = :sending AND attempt = :held AND beat = :beat',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':mine': attempt,
            ':fresh': newBeat(),
            ':sending': 'sending',
            ':held': String(item.attempt),
            ...(item.beat === undefined ? {} : { ':beat': item.beat }),
          },
        }),
      ),
    );
    return took ? 'mine' : 'busy';
  }

  keepAlive(event: string, recipient: string, attempt: string): () => void {
    const key = sentEmailKey(event, recipient);
    const timer = setInterval(() => {
      // A renewal that fails is tried at the next beat; only a sender silent for `silenceMs` is taken over.
      this.client
        .send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: 'SET beat = :fresh',
            ConditionExpression: '#state = :sending AND attempt = :mine',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':fresh': newBeat(), ':sending': 'sending', ':mine': attempt },
          }),
        )
        .catch(() => undefined);
    }, this.beatMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  private async read(key: ReturnType<typeof sentEmailKey>) {
    const { Item: item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return item;
  }

  async sent(event: string, recipient: string, attempt: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sentEmailKey(event, recipient),
          // Only the attempt that holds it: one taken over is the new holder's to mark.
          UpdateExpression: 'SET #state = :sent REMOVE suspect, beat',
          ConditionExpression: 'attempt = :mine',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sent': 'sent', ':mine': attempt },
        }),
      ),
    );
  }

  async release(event: string, recipient: string, attempt: string): Promise<void> {
    // Marked free rather than deleted: whoever sends may update these items, never delete them.
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sentEmailKey(event, recipient),
          UpdateExpression: 'SET #state = :free REMOVE suspect, beat',
          ConditionExpression: '#state = :sending AND attempt = :mine',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':mine': attempt, ':free': 'free' },
        }),
      ),
    );
  }
}

/** A claim's sign of life: random, so it says nothing of when it was written. */
const newBeat = () => randomBytes(6).toString('hex');
