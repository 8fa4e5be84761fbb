import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { CreateTableCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDocuments, localDynamoDb } from '../../local/aws-clients';
import {
  DynamoDbWindowStateStore,
  WINDOW_STATE_TABLE_KEYS,
} from '../../shared/adapters/aws/dynamodb-window-state-store';
import { InMemoryWindowStateStore } from '../../shared/adapters/local/in-memory-window-state-store';
import { newCaseCode } from '../../shared/domain/case-code';
import type { Clock } from '../../shared/ports/clock';
import type { WindowStateStore } from '../../shared/ports/window-state-store';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

const MINUTE_MS = 60_000;
const later = (clock: ReturnType<typeof fixedClock>, ms: number) =>
  clock.set(new Date(clock.now().getTime() + ms).toISOString());

// One dynalite for the file; each test of the DynamoDB store makes a table of its own on it.
const { dynamodb } = useDynalite('rate-state-0');
let tables = 0;

/** A fresh store of each kind, with a way to read back everything it holds. */
const adapters: [string, (clock: Clock) => Promise<{ store: WindowStateStore; everything(): Promise<string> }>][] = [
  [
    'in memory',
    async (clock) => {
      const store = new InMemoryWindowStateStore(clock);
      return { store, everything: async () => store.dump() };
    },
  ],
  [
    'DynamoDB (dynalite)',
    async (clock) => {
      // Each test its own table, so one test's items never meet another's.
      const table = (await startDynamoDbTable(`rate-state-${(tables += 1)}`)).tableName;
      const documents = localDocuments(dynamodb.endpoint);
      const store = new DynamoDbWindowStateStore(documents, table, clock);
      return {
        store,
        everything: async () =>
          JSON.stringify(
            (await documents.send(new ScanCommand({ TableName: table, ConsistentRead: true }))).Items ?? [],
          ),
      };
    },
  ],
];

/** Another table on the running dynalite, with the rate and replay table's key schema. */
async function startDynamoDbTable(tableName: string): Promise<{ tableName: string }> {
  const client = localDynamoDb(dynamodb.endpoint);
  const { partitionKey, sortKey } = WINDOW_STATE_TABLE_KEYS;
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: partitionKey, AttributeType: 'S' },
        { AttributeName: sortKey, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 10, minDelay: 0.05, maxDelay: 0.1 }, { TableName: tableName });
  client.destroy();
  return { tableName };
}

describe.each(adapters)('rate and replay state, %s', (_, make) => {
  async function setUp(iso = '2026-11-18T15:30:10Z') {
    const clock = fixedClock(iso);
    const { store, everything } = await make(clock);
    return { clock, store, everything, state: new RateAndReplayState(store, clock) };
  }

  it('Should count per subject within the hour and start again from one in the next', async () => {
    const { state, clock } = await setUp('2026-11-18T15:59:00Z');
    expect([await state.count('sms-sender:+15551230001'), await state.count('sms-sender:+15551230001')]).toEqual([
      1, 2,
    ]);
    expect(await state.count('sms-sender:+15551230002')).toBe(1);
    later(clock, 2 * MINUTE_MS);
    expect(await state.count('sms-sender:+15551230001')).toBe(1);
  });

  it('Should agree on one count across processes sharing the store, as Lambda instances do', async () => {
    const { state, store, clock } = await setUp();
    const other = new RateAndReplayState(store, clock);
    const counts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? state : other).count('kiosk-minute:k-abc123')),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('Should count a message once, however many copies come at once or later, each told the count the first reached', async () => {
    const { state, store, clock } = await setUp('2026-11-18T15:50:00Z');
    const other = new RateAndReplayState(store, clock);
    const sender = 'sms-sender:+15551230003';
    expect(await state.countOnce(sender, 'SM-a', 3)).toBe(1);
    // Eight copies of the next message at once, from two processes: one counts it, all read its place.
    const copies = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? state : other).countOnce(sender, 'SM-b', 3)),
    );
    expect(copies).toEqual(Array(8).fill(2));
    expect(await state.countOnce(sender, 'SM-a', 3)).toBe(1);
    expect(await state.countOnce(sender, 'SM-c', 3)).toBe(3);
    // Past the places noted, each message (and each copy of it) counts on: all over the limit anyway.
    expect(await state.countOnce(sender, 'SM-d', 3)).toBe(4);
    expect(await state.countOnce(sender, 'SM-d', 3)).toBe(5);
    expect(await state.count(sender)).toBe(6);
    // A copy in the next hour, within the grace, still reads the place its first took.
    later(clock, 20 * MINUTE_MS);
    expect(await state.countOnce(sender, 'SM-b', 3, true)).toBe(2);
    expect(await state.countOnce(sender, 'SM-e', 3)).toBe(1);
  });

  it('Should give a retry the first delivery’s code, within the hour and the next, and know whether its content was the same', async () => {
    const { state, clock } = await setUp('2026-11-18T15:50:00Z');
    const first = newCaseCode();
    expect(await state.claim('sms:SM1', first, 'the fridge is broken')).toMatchObject({ kind: 'first' });
    const notUrgent = { escalateRequested: false };
    expect(await state.claim('sms:SM1', newCaseCode(), 'the fridge is broken')).toEqual({
      kind: 'retry',
      caseCode: first,
      sameContent: true,
      recorded: notUrgent,
    });
    later(clock, 40 * MINUTE_MS); // the next hour: still within the grace
    // What the retry claims (urgency) is not what the first recorded.
    expect(await state.claim('sms:SM1', newCaseCode(), 'something else entirely', { escalateRequested: true })).toEqual(
      { kind: 'retry', caseCode: first, sameContent: false, recorded: notUrgent },
    );
    expect(await state.seen('sms:SM1')).toBe(true);
    expect(await state.seen('sms:SM2')).toBe(false);
  });

  it('Should seal what the first delivery recorded with its code, and give it back to every retry', async () => {
    const { state } = await setUp();
    await state.claim('sms:SM3', 'AAAAA-AAAAA', 'URGENT oil on the floor', { escalateRequested: true });
    expect(await state.claim('sms:SM3', 'BBBBB-BBBBB', 'oil on the floor', { escalateRequested: false })).toMatchObject(
      { caseCode: 'AAAAA-AAAAA', recorded: { escalateRequested: true } },
    );
  });

  it('Should let only one of two concurrent deliveries be the first', async () => {
    const { state, store, clock } = await setUp();
    const other = new RateAndReplayState(store, clock);
    const claims = await Promise.all([
      state.claim('kiosk:k-1:key', 'AAAAA-AAAAA', 'x'),
      other.claim('kiosk:k-1:key', 'BBBBB-BBBBB', 'x'),
    ]);
    expect(claims.filter((c) => c.kind === 'first')).toHaveLength(1);
    const retry = claims.find((c) => c.kind === 'retry');
    expect(retry && retry.kind === 'retry' && ['AAAAA-AAAAA', 'BBBBB-BBBBB'].includes(retry.caseCode)).toBe(true);
  });

  it('Should let a released claim be made again, for a retry after a failed first delivery', async () => {
    const { state } = await setUp();
    const claim = await state.claim('web:abc', 'AAAAA-AAAAA', 'x');
    if (claim.kind !== 'first') throw new Error('expected the first claim');
    await claim.release();
    expect(await state.claim('web:abc', 'BBBBB-BBBBB', 'x')).toMatchObject({ kind: 'first' });
  });

  it('Should forget a window two hours on: its retries are new and nothing it stored opens any more', async () => {
    const { state, clock, store } = await setUp('2026-11-18T15:10:00Z');
    await state.claim('sms:SM-old', 'AAAAA-AAAAA', 'x');
    await state.count('sms-sender:+15551230003');
    later(clock, 60 * MINUTE_MS);
    expect(await state.forgetEndedWindows()).toBe(0); // 16:10: the 15:00 window is in its grace
    expect(await state.seen('sms:SM-old')).toBe(true);
    later(clock, 60 * MINUTE_MS);
    expect(await state.forgetEndedWindows()).toBe(1); // 17:10: its grace is over
    expect(await store.findWindowKey('2026-11-18T15')).toBeUndefined();
    expect(await state.seen('sms:SM-old')).toBe(false);
    expect(await new RateAndReplayState(store, clock).claim('sms:SM-old', 'BBBBB-BBBBB', 'x')).toMatchObject({
      kind: 'first',
    });
  });

  it('Should find an urgent case from its sender for five minutes, and forget the key that opens it five after', async () => {
    const { state, clock, store, everything } = await setUp('2026-11-18T15:31:00Z');
    const code = newCaseCode();
    await state.count('sms-sender:+15551230009'); // the hour's key, which the follow-up link never uses
    await state.keepFollowUpLink('sms-follow-up:+15551230009', code);
    expect(await state.followUpLink('sms-follow-up:+15551230009')).toBe(code);
    expect(await state.followUpLink('sms-follow-up:+15551230010')).toBeUndefined();
    expect(await everything()).not.toContain(code);
    later(clock, 4 * MINUTE_MS); // 15:35, in the next bucket: still found
    expect(await state.forgetEndedWindows()).toBe(0);
    expect(await state.followUpLink('sms-follow-up:+15551230009')).toBe(code);
    later(clock, 2 * MINUTE_MS); // 15:37: past the five minutes
    expect(await state.followUpLink('sms-follow-up:+15551230009')).toBeUndefined();
    later(clock, 3 * MINUTE_MS); // 15:40: its bucket (15:30) ended five minutes ago: the key goes, the hour's stays
    expect(await state.forgetEndedWindows()).toBe(1);
    expect(await store.findWindowKey('fold:2026-11-18T15:30')).toBeUndefined();
    expect(await store.findWindowKey('2026-11-18T15')).toBeDefined();
    // What is left until the table's time to live removes it expires on a whole hour, as everything else stored:
    // an expiry five minutes after a bucket would date the urgent text to its five minutes (attack round 28).
    const expiries = [...(await everything()).matchAll(/"expiresAt":(\d+)/g)].map((m) => Number(m[1]));
    expect(expiries.filter((seconds) => seconds % 3600 !== 0)).toEqual([]);
  });

  it('Should keep no subject, case code or content in any readable form', async () => {
    const { state, everything } = await setUp();
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[0-9a-f]{32}$/),
        fc.stringMatching(/^\+[1-9][0-9]{10}$/),
        fc.string(),
        async (sid, number, words) => {
          const text = `Zq! ${words}`; // '!' and a space appear in no hex, base64 or number the store writes
          const code = newCaseCode();
          await state.count(`sms-sender:${number}`);
          await state.claim(`sms:SM${sid}`, code, text);
          const held = await everything();
          for (const secret of [sid, number, number.slice(1), code, code.replace('-', ''), text])
            expect(held).not.toContain(secret);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('Should let whoever reads the store, window keys included, open no replay record without its subject', async () => {
    // An attacker with the operator's access read each hour's key from the table, opened every retry
    // record (sealed with that key alone) and tested names against the plain hash of its words.
    const { state, store } = await setUp();
    const subject = `web:${crypto.randomUUID()}`;
    expect((await state.claim(subject, 'NWBGC-WGKN6', 'press 4 is unsafe. Maria Gonzalez, night shift')).kind).toBe(
      'first',
    );
    const windowKey = (await store.findWindowKey('2026-11-18T15'))!;
    expect(windowKey).toBeDefined();
    const recordKey = createHmac('sha256', windowKey).update(`replay:${subject}`).digest('hex');
    const sealed = (await store.get(recordKey))!;
    expect(sealed).toBeDefined();
    // The window's key alone (how records were sealed before) opens nothing.
    const bytes = Buffer.from(sealed, 'base64');
    const withWindowKeyAlone = createHmac('sha256', windowKey).update('seal').digest();
    const decipher = createDecipheriv('aes-256-gcm', withWindowKeyAlone, bytes.subarray(0, 12)).setAAD(
      Buffer.from(recordKey),
    );
    decipher.setAuthTag(bytes.subarray(12, 28));
    expect(() => Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()])).toThrow();
    // The retry, which carries its subject, still gets the first code, and knows other words from the same.
    expect(await state.claim(subject, 'XXXXX-XXXXX', 'press 4 is unsafe. Maria Gonzalez, night shift')).toMatchObject({
      kind: 'retry',
      caseCode: 'NWBGC-WGKN6',
      sameContent: true,
    });
    expect(await state.claim(subject, 'XXXXX-XXXXX', 'other words')).toMatchObject({ sameContent: false });
  });

  it('Should still give a retry the first code from a record sealed by the version before, in its hour', async () => {
    const { state, store } = await setUp();
    await state.count('web:someone-else'); // the hour's key is made
    const windowKey = (await store.findWindowKey('2026-11-18T15'))!;
    const subject = `kiosk:${crypto.randomUUID()}`;
    const recordKey = createHmac('sha256', windowKey).update(`replay:${subject}`).digest('hex');
    // Sealed as before 2026-12-02: with the hour's key alone, and a plain digest of the words.
    const record = JSON.stringify({
      caseCode: 'PHZ9Y-RN5F4',
      contentDigest: createHash('sha256').update('the words').digest('hex'),
      recorded: { escalateRequested: true },
    });
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', createHmac('sha256', windowKey).update('seal').digest(), iv).setAAD(
      Buffer.from(recordKey),
    );
    const body = Buffer.concat([cipher.update(record, 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    await store.putIfAbsent(recordKey, sealed, new Date('2026-11-18T18:00:00Z'));
    expect(await state.claim(subject, 'XXXXX-XXXXX', 'the words')).toEqual({
      kind: 'retry',
      caseCode: 'PHZ9Y-RN5F4',
      sameContent: true,
      recorded: { escalateRequested: true },
    });
  });

  it('Should treat an expired window key or record that was never deleted as absent', async () => {
    const { store, clock } = await setUp();
    await store.windowKey('2026-11-18T15', Buffer.alloc(32, 1), new Date('2026-11-18T15:30:00Z'));
    await store.putIfAbsent('stale', 'v1', new Date('2026-11-18T15:30:00Z'));
    await store.increment('stale-count', new Date('2026-11-18T15:30:00Z'));
    // The clock is at 15:30:10: all three have expired and are made again.
    expect(await store.windowKey('2026-11-18T15', Buffer.alloc(32, 2), new Date('2026-11-18T17:00:00Z'))).toEqual(
      Buffer.alloc(32, 2),
    );
    expect(await store.putIfAbsent('stale', 'v2', new Date('2026-11-18T17:00:00Z'))).toEqual({
      created: true,
      value: 'v2',
    });
    expect(await store.increment('stale-count', new Date('2026-11-18T17:00:00Z'))).toBe(1);
    expect(await store.increment('stale-count', new Date('2026-11-18T17:00:00Z'))).toBe(2);
    expect(clock.now().toISOString()).toBe('2026-11-18T15:30:10.000Z');
  });
});
