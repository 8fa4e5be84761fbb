import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryForWeek } from '../../domain/iso-week';
import type { DeliveryClaim, DigestDeliveries, DigestDelivery } from '../../ports/digest-deliveries';
import { conditionalWrite, epochSeconds, queryItems } from './dynamodb-toolkit';
import { DELIVERY_SK_PREFIX, deliverySk, digestPk } from './table-keys';

/** Kept as long as a digest could sensibly be re-run, then expired. */
const KEEP_DAYS = 400;

/**
 * Digest deliveries under `DIGEST#<week>`, one item per audience and
 * recipient (`DELIVERY#<audience>#<recipient>`). A claim is a conditional
 * put, and taking over a claim left by a stopped run a conditional update
 * on that run's id, so two runs racing for the same recipient cannot both
 * send: no transaction is needed, and dynalite honours the conditions as
 * DynamoDB does. Items hold weeks and random run ids only: the expiry is
 * the same for every item of a week.
 */
export class DynamoDbDigestDeliveries implements DigestDeliveries {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(week: string): Promise<DigestDelivery[]> {
    const items: DigestDelivery[] = [];
    const found = queryItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': digestPk(week), ':prefix': DELIVERY_SK_PREFIX },
      ConsistentRead: true,
    });
    for await (const item of found) {
      items.push({
        week,
        audience: String(item.audience),
        recipient: String(item.recipient),
        sentInWeek: String(item.sentInWeek),
        sends: Number(item.sends),
        state: item.state === 'sent' ? 'sent' : 'sending',
        run: String(item.run ?? ''),
      });
    }
    return items;
  }

  async claim(claim: DeliveryClaim, resendOf?: number): Promise<boolean> {
    return conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(claim),
            kind: 'digest-delivery',
            audience: claim.audience,
            recipient: claim.recipient,
            sentInWeek: claim.sentInWeek,
            sends: (resendOf ?? 0) + 1,
            state: 'sending',
            run: claim.run,
            expiresAt: epochSeconds(expiryForWeek(claim.week, KEEP_DAYS)),
          },
          ConditionExpression: resendOf === undefined ? 'attribute_not_exists(pk)' : 'sends = :seen',
          ExpressionAttributeValues: resendOf === undefined ? undefined : { ':seen': resendOf },
        }),
      ),
    );
  }

  async takeOver(claim: DeliveryClaim, left: DigestDelivery): Promise<boolean> {
    return conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key(claim),
          UpdateExpression: 'SET #run = :mine, sentInWeek = :week',
          ConditionExpression: '#state = :sending AND #run = :left AND sends = :sends',
          ExpressionAttributeNames: { '#state': 'state', '#run': 'run' },
          ExpressionAttributeValues: {
            ':mine': claim.run,
            ':week': claim.sentInWeek,
            ':sending': 'sending',
            ':left': left.run,
            ':sends': left.sends,
          },
        }),
      ),
    );
  }

  async confirm(claim: DeliveryClaim): Promise<void> {
    // Whoever holds the record now: the email has gone, so it is sent.
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.key(claim),
        UpdateExpression: 'SET #state = :sent',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sent': 'sent' },
      }),
    );
  }

  async release(claim: DeliveryClaim): Promise<void> {
    const mine = { '#state': 'state', '#run': 'run' };
    const held = { ':sending': 'sending', ':mine': claim.run };
    // A failed resend falls back to the send before it; a failed first send leaves no record.
    const fellBack = await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key(claim),
          UpdateExpression: 'SET #state = :sent, sends = sends - :one',
          ConditionExpression: '#state = :sending AND #run = :mine AND sends > :one',
          ExpressionAttributeNames: mine,
          ExpressionAttributeValues: { ...held, ':sent': 'sent', ':one': 1 },
        }),
      ),
    );
    if (fellBack) return;
    // Refused when sent by then, or taken over: the record is kept.
    await conditionalWrite(() =>
      this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: this.key(claim),
          ConditionExpression: '#state = :sending AND #run = :mine',
          ExpressionAttributeNames: mine,
          ExpressionAttributeValues: held,
        }),
      ),
    );
  }

  private key(claim: DeliveryClaim) {
    return { pk: digestPk(claim.week), sk: deliverySk(claim.audience, claim.recipient) };
  }
}
