import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { isoWeekOf } from '../../domain/iso-week';
import type { Clock } from '../../ports/clock';
import type { Kiosk, KioskIdentity, KioskRegistry, PendingEnrolment } from '../../ports/kiosk-registry';
import { TTL_ATTRIBUTE } from './table-definition';
import { collect, conditionalWrite, scanItems } from './dynamodb-toolkit';
import { kioskEnrolmentKey as enrolmentKey, kioskKey, kioskTokenKey as tokenKey } from './table-keys';

/**
 * How long an enrolment link nobody used stays in the table after it stops
 * working: long enough for `list` to say "expired, never used" (DynamoDB's
 * TTL deletes late, but never early), short enough that the sealed token does
 * not sit there for long. Its `validUntil`, not the TTL, is what refuses it.
 */
const EXPIRED_LINK_KEPT_S = 7 * 24 * 3600;

/**
 * Kiosks in the single table (`KIOSK#`, what the operator lists,
 * `KIOSKTOKEN#`, the one-GetItem lookup that exists only while the kiosk is
 * enrolled, and `KIOSKENROL#`, the one-use link's code hash and the token
 * sealed under it, until the tablet uses it; see table-keys.ts). A kiosk's request counter is not here: it
 * lives in the rate and replay state, keyed under the hour's random key, so
 * it cannot be matched to cases.
 *
 * There are no transactions (dynalite has none), so writes are ordered to be
 * safe when interrupted: enrolment writes the kiosk before its token and its
 * link (neither ever points at nothing), revocation deletes the token and
 * the link before marking the kiosk (access ends first; running `revoke`
 * again finishes the job). A link is taken by a conditional delete, so of two
 * tablets opening it at once one gets the token.
 */
export class DynamoDbKioskRegistry implements KioskRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async enrol(kiosk: Kiosk, tokenHash: string, enrolment?: PendingEnrolment): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...kioskKey(kiosk.id),
          type: 'kiosk',
          ...kiosk,
          tokenHash,
          ...(enrolment ? { enrolmentCodeHash: enrolment.codeHash } : {}),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        // The language rides on the token's item too, so that authenticating stays one GetItem.
        Item: {
          ...tokenKey(tokenHash),
          type: 'kiosk-token',
          kioskId: kiosk.id,
          site: kiosk.site,
          ...(kiosk.language ? { language: kiosk.language } : {}),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    if (!enrolment) return;
    const validUntil = Math.floor(enrolment.validUntil.getTime() / 1000);
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...enrolmentKey(enrolment.codeHash),
          type: 'kiosk-enrolment',
          kioskId: kiosk.id,
          sealedToken: enrolment.sealedToken,
          validUntil,
          [TTL_ATTRIBUTE]: validUntil + EXPIRED_LINK_KEPT_S,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async redeemEnrolment(codeHash: string): Promise<string | undefined> {
    let sealedToken: unknown;
    // Deleted as it is read, on condition that it is there and still works: of two tablets with one
    // link, the one whose delete lands first gets the token; an expired one stays for `list` to show.
    const taken = await conditionalWrite(async () => {
      const { Attributes } = await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: enrolmentKey(codeHash),
          ConditionExpression: 'attribute_exists(pk) AND validUntil > :now',
          ExpressionAttributeValues: { ':now': Math.floor(this.clock.now().getTime() / 1000) },
          ReturnValues: 'ALL_OLD',
        }),
      );
      sealedToken = Attributes?.sealedToken;
    });
    return taken && typeof sealedToken === 'string' ? sealedToken : undefined;
  }

  async list(): Promise<Kiosk[]> {
    // A scan, filtered: only the operator's CLI lists kiosks, rarely; the
    // request path never does.
    const items = scanItems(this.client, {
      TableName: this.tableName,
      FilterExpression: '#type IN (:kiosk, :enrolment)',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':kiosk': 'kiosk', ':enrolment': 'kiosk-enrolment' },
      ConsistentRead: true,
    });
    const all = await collect(items);
    const links = new Map(
      all.filter((item) => item.type === 'kiosk-enrolment').map((item) => [String(item.kioskId), item] as const),
    );
    const now = this.clock.now().getTime();
    const kiosks = all
      .filter((item) => item.type === 'kiosk')
      .map((item) => {
        const kiosk = toKiosk(item);
        const link = links.get(kiosk.id);
        if (kiosk.revokedAt || !link || typeof link.validUntil !== 'number') return kiosk;
        const validUntil = link.validUntil * 1000;
        return {
          ...kiosk,
          link: { state: validUntil > now ? 'waiting' : 'expired', validUntil: new Date(validUntil).toISOString() },
        } satisfies Kiosk;
      });
    return kiosks.sort((a, b) => a.enrolledAt.localeCompare(b.enrolledAt) || a.id.localeCompare(b.id));
  }

  async revoke(id: string): Promise<Kiosk | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: kioskKey(id), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    if (typeof Item.tokenHash === 'string') {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: tokenKey(Item.tokenHash) }));
    }
    if (typeof Item.enrolmentCodeHash === 'string') {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: enrolmentKey(Item.enrolmentCodeHash) }),
      );
    }
    const revokedAt = typeof Item.revokedAt === 'string' ? Item.revokedAt : isoWeekOf(this.clock.now(), 'UTC');
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: kioskKey(id),
        UpdateExpression: 'SET revokedAt = :at',
        ExpressionAttributeValues: { ':at': revokedAt },
      }),
    );
    return { ...toKiosk(Item), revokedAt };
  }

  async findByTokenHash(tokenHash: string): Promise<KioskIdentity | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: tokenKey(tokenHash), ConsistentRead: true }),
    );
    if (!Item || typeof Item.kioskId !== 'string' || typeof Item.site !== 'string') return undefined;
    return {
      kioskId: Item.kioskId,
      site: Item.site,
      ...(typeof Item.language === 'string' ? { language: Item.language } : {}),
    };
  }
}

function toKiosk(item: Record<string, unknown>): Kiosk {
  return {
    id: String(item.id),
    site: String(item.site),
    name: String(item.name),
    enrolledAt: String(item.enrolledAt),
    ...(typeof item.revokedAt === 'string' ? { revokedAt: item.revokedAt } : {}),
    ...(typeof item.language === 'string' ? { language: item.language } : {}),
  };
}
