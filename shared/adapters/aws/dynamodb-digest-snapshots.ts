import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryForWeek } from '../../domain/iso-week';
import type { WeeklyFigures } from '../../domain/weekly-figures';
import type { DigestSnapshots } from '../../ports/digest-snapshots';
import { frozenFigures } from './frozen-figures';
import { batchGetItems, conditionalWrite, epochSeconds } from './dynamodb-toolkit';
import { digestPk, FIGURES_HEAD_SK as HEAD, figuresPartSk } from './table-keys';

/** As long as the delivery records: a week's digest may be rebuilt that long. */
const KEEP_DAYS = 400;
/** Well under DynamoDB's 400 KB item limit, counted in bytes as DynamoDB counts them. */
const PART_BYTES = 300_000;

/**
 * Frozen weekly figures under `DIGEST#<week>` (beside the week's delivery
 * records): a head item `FIGURES` naming the run that froze them, and the
 * gzipped JSON in parts `FIGURES#<run>#<n>`, so that a week of many phrases
 * still fits DynamoDB's item limit. The parts are written first and the
 * head last, with a conditional put: the head is the commit, the first run
 * to write it wins, and parts of a run that lost or stopped half-way are
 * never read (they expire with the week). No transaction is needed, so
 * dynalite behaves as DynamoDB does. Items hold weeks only.
 */
export class DynamoDbDigestSnapshots implements DigestSnapshots {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Two batch reads whatever the number of weeks (each week's head, then the
   * parts the heads name), not a query per week: a digest reads ten weeks on
   * its first invocation, where each request of a cold SDK client costs
   * several ms of CPU (docs/performance-log.md, "Thirteenth round").
   */
  async read(weeks: readonly string[]): Promise<Map<string, WeeklyFigures>> {
    const read = { consistentRead: true };
    const heads = await batchGetItems(
      this.client,
      this.tableName,
      weeks.map((week) => ({ pk: digestPk(week), sk: HEAD })),
      read,
    );
    const headOf = new Map(heads.map((head) => [String(head.pk), head]));
    const partKeys = [...headOf.values()].flatMap((head) =>
      Array.from({ length: Number(head.parts) }, (_, i) => ({ pk: head.pk, sk: figuresPartSk(String(head.run), i) })),
    );
    const partsOf = new Map<string, Record<string, unknown>[]>();
    for (const part of await batchGetItems(this.client, this.tableName, partKeys, read))
      partsOf.set(String(part.pk), [...(partsOf.get(String(part.pk)) ?? []), part]);
    const found = new Map<string, WeeklyFigures>();
    for (const week of weeks) {
      const head = headOf.get(digestPk(week));
      if (head) found.set(week, unpack(week, head, partsOf.get(digestPk(week)) ?? []));
    }
    return found;
  }

  async freeze(figures: WeeklyFigures): Promise<WeeklyFigures> {
    const run = randomBytes(8).toString('hex');
    const packed = gzipSync(JSON.stringify(figures));
    const parts = Math.max(1, Math.ceil(packed.length / PART_BYTES));
    const common = {
      pk: digestPk(figures.week),
      kind: 'digest-figures',
      expiresAt: epochSeconds(expiryForWeek(figures.week, KEEP_DAYS)),
    };
    for (let i = 0; i < parts; i += 1) {
      const Item = {
        ...common,
        sk: figuresPartSk(run, i),
        data: packed.subarray(i * PART_BYTES, (i + 1) * PART_BYTES),
      };
      await this.client.send(new PutCommand({ TableName: this.tableName, Item }));
    }
    const committed = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...common, sk: HEAD, run, parts },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    if (committed) return figures;
    // Another run froze the week first: its figures are the week's, ours are dropped.
    for (let i = 0; i < parts; i += 1) {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: { pk: common.pk, sk: figuresPartSk(run, i) } }),
      );
    }
    const frozen = (await this.read([figures.week])).get(figures.week);
    if (!frozen) throw new Error(`the figures of ${figures.week} were frozen by another run but cannot be read back`);
    return frozen;
  }
}

/** A week's figures from its head and the parts it names, in their order; incomplete parts throw. */
function unpack(week: string, head: Record<string, unknown>, items: Record<string, unknown>[]): WeeklyFigures {
  const prefix = `${HEAD}#${String(head.run)}#`;
  const parts = items
    .filter((item) => typeof item.sk === 'string' && item.sk.startsWith(prefix))
    .sort((a, b) => String(a.sk).localeCompare(String(b.sk)))
    .map((item) => Buffer.from(item.data as Uint8Array));
  if (parts.length !== Number(head.parts))
    throw new Error(`the frozen figures of ${week} are incomplete: ${parts.length} of ${Number(head.parts)} parts`);
  return frozenFigures(JSON.parse(gunzipSync(Buffer.concat(parts)).toString('utf8')));
}
