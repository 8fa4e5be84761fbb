import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { isoWeekOf } from '../../domain/iso-week';
import type { Clock } from '../../ports/clock';
import type { Kiosk, KioskIdentity, KioskRegistry } from '../../ports/kiosk-registry';
import { collect, scanItems } from './dynamodb-toolkit';
import { kioskKey, kioskTokenKey as tokenKey } from './table-keys';

/**
 * Kiosks in the single table (`KIOSK#`, what the operator lists, and
 * `KIOSKTOKEN#`, the one-GetItem lookup that exists only while the kiosk is
 * enrolled; see table-keys.ts). A kiosk's request counter is not here: it
 * lives in the rate and replay state, keyed under the hour's random key, so
 * it cannot be matched to cases.
 *
 * There are no transactions (dynalite has none), so writes are ordered to be
 * safe when interrupted: enrolment writes the kiosk before its token (a token
 * never points at nothing), revocation deletes the token before marking the
 * kiosk (access ends first; running `revoke` again finishes the job).
 */
export class DynamoDbKioskRegistry implements KioskRegistry {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async enrol(kiosk: Kiosk, tokenHash: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...kioskKey(kiosk.id), type: 'kiosk', ...kiosk, tokenHash },
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
  }

  async list(): Promise<Kiosk[]> {
    // A scan, filtered: only the operator's CLI lists kiosks, rarely; the
    // request path never does.
    const items = scanItems(this.client, {
      TableName: this.tableName,
      FilterExpression: '#type = :kiosk',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':kiosk': 'kiosk' },
    });
    const kiosks = (await collect(items)).map(toKiosk);
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
