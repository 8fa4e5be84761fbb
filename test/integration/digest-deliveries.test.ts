import { createHash } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { startDynamoDb } from '../../local/dynamodb-stand-in';
import { DynamoDbDigestDeliveries } from '../../shared/adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbDigestSnapshots } from '../../shared/adapters/aws/dynamodb-digest-snapshots';
import type { Mailer } from '../../shared/ports/mailer';
import type { WeeklyFigures } from '../../shared/domain/weekly-figures';
import { publishDigest } from '../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK } from '../support/digest-fixtures';
import { RecordingMailer } from '../support/in-memory-digest';
import { useDynalite } from '../support/dynalite';
import { inMemoryDigestDeps } from '../support/golden-digest-deps';

describe('what the digest sends and freezes, on dynalite', () => {
  const { dynamodb, documents, dataPath } = useDynalite('digest-stores-test');

  describe('digest deliveries', () => {
    const claim = (recipient: string, week = '2026-W40', run = 'run-a') => ({
      week,
      audience: 'leadership',
      recipient,
      sentInWeek: '2026-W41',
      run,
    });

    it('Should let the first claim win, and every other lose, until it is released', async () => {
      const deliveries = new DynamoDbDigestDeliveries(documents, dynamodb.tableName);
      const results = await Promise.all(Array.from({ length: 6 }, () => deliveries.claim(claim('a@example.com'))));
      expect(results.filter(Boolean)).toHaveLength(1);
      await deliveries.release(claim('a@example.com'));
      expect(await deliveries.claim(claim('a@example.com'))).toBe(true);
      await deliveries.confirm(claim('a@example.com'));
      await deliveries.release(claim('a@example.com')); // too late: it was sent, the record stays
      expect(await deliveries.list('2026-W40')).toEqual([
        {
          week: '2026-W40',
          audience: 'leadership',
          recipient: 'a@example.com',
          sentInWeek: '2026-W41',
          sends: 1,
          state: 'sent',
          run: 'run-a',
        },
      ]);
    });

    it('Should let one of two resends win, and keep weeks only, with the same expiry for every record of a week', async () => {
      const deliveries = new DynamoDbDigestDeliveries(documents, dynamodb.tableName);
      await deliveries.claim(claim('b@example.com', '2026-W41'));
      await deliveries.claim(claim('c@example.com', '2026-W41'));
      const resends = await Promise.all([
        deliveries.claim(claim('b@example.com', '2026-W41'), 1),
        deliveries.claim(claim('b@example.com', '2026-W41'), 1),
      ]);
      expect(resends.sort()).toEqual([false, true]);
      const items = (
        await documents.send(
          new QueryCommand({
            TableName: dynamodb.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': 'DIGEST#2026-W41' },
          }),
        )
      ).Items!;
      expect(items.map((i) => i.sends).sort()).toEqual([1, 2]);
      expect(new Set(items.map((i) => i.expiresAt)).size).toBe(1);
      expect(JSON.stringify(items)).not.toMatch(/T\d\d:\d\d/);
    });

    it('Should let one of two runs take over a claim a stopped run left, and only while it is as that run left it', async () => {
      const deliveries = new DynamoDbDigestDeliveries(documents, dynamodb.tableName);
      await deliveries.claim(claim('d@example.com', '2026-W42', 'stopped'));
      const [left] = await deliveries.list('2026-W42');
      const takers = await Promise.all(
        ['run-b', 'run-c'].map((run) => deliveries.takeOver(claim('d@example.com', '2026-W42', run), left!)),
      );
      const winner = takers[0] ? 'run-b' : 'run-c';
      expect([...takers].sort()).toEqual([false, true]);
      await deliveries.release(claim('d@example.com', '2026-W42', 'stopped')); // the stopped run no longer holds it
      expect((await deliveries.list('2026-W42'))[0]).toMatchObject({ state: 'sending', run: winner });
      await deliveries.confirm(claim('d@example.com', '2026-W42', winner));
      expect(await deliveries.takeOver(claim('d@example.com', '2026-W42', 'run-d'), { ...left!, run: winner })).toBe(
        false,
      ); // sent: nothing to take over
    });

    it('Should give a failed resend back to the send before it', async () => {
      const deliveries = new DynamoDbDigestDeliveries(documents, dynamodb.tableName);
      await deliveries.claim(claim('e@example.com', '2026-W43'));
      await deliveries.confirm(claim('e@example.com', '2026-W43'));
      expect(await deliveries.claim(claim('e@example.com', '2026-W43', 'resend'), 1)).toBe(true);
      await deliveries.release(claim('e@example.com', '2026-W43', 'resend'));
      expect((await deliveries.list('2026-W43'))[0]).toMatchObject({ state: 'sent', sends: 1 });
    });

    function digestRun(
      deliveries: DynamoDbDigestDeliveries,
      mailer: Mailer,
      snapshots = new DynamoDbDigestSnapshots(documents, dynamodb.tableName),
      week = GOLDEN_WEEK,
    ) {
      return publishDigest({ ...inMemoryDigestDeps(), snapshots, deliveries, mailer }, { week });
    }

    it('Should lose no digest when a run is killed between claiming and sending, and send each once when two reruns start together', async () => {
      // Its own table, so that the week's records are this test's alone.
      const table = await startDynamoDb({ port: 0, path: `${dataPath}/crash`, tableName: 'digest-crash-test' });
      const docs = localDocuments(table.endpoint);
      try {
        const deliveries = new DynamoDbDigestDeliveries(docs, table.tableName);
        const snapshots = new DynamoDbDigestSnapshots(docs, table.tableName);
        const sent = new RecordingMailer();
        let killed!: () => void;
        const killedAt = new Promise<void>((resolve) => (killed = resolve));
        const dying: Mailer = {
          async send(email) {
            if (email.to.includes('plant2-gm@example.com')) {
              killed();
              return new Promise<void>(() => undefined); // never returns: the process is gone
            }
            await sent.send(email);
          },
        };
        const run = (mailer: Mailer) => digestRun(deliveries, mailer, snapshots);
        void run(dying);
        await killedAt;
        expect(
          (await deliveries.list(GOLDEN_WEEK)).filter((r) => r.state === 'sending').map((r) => r.recipient),
        ).toEqual(['plant2-gm@example.com']);

        await Promise.all([run(sent), run(sent)]);
        expect(sent.sent.map((e) => e.to[0]).sort()).toEqual([
          'ceo@example.com',
          'chro@example.com',
          'coo@example.com',
          'leadership@example.com',
          'plant2-gm@example.com',
        ]);
        expect((await deliveries.list(GOLDEN_WEEK)).map((r) => `${r.recipient} ${r.state} ${r.sends}`).sort()).toEqual([
          'ceo@example.com sent 1',
          'chro@example.com sent 1',
          'coo@example.com sent 1',
          'leadership@example.com sent 1',
          'plant2-gm@example.com sent 1',
        ]);
        await run(sent);
        expect(sent.sent).toHaveLength(5);
      } finally {
        docs.destroy();
        await table.close();
      }
    });

    it('Should send each digest once when two runs for the same week start at the same moment', async () => {
      const mailer = new RecordingMailer();
      const deliveries = new DynamoDbDigestDeliveries(documents, dynamodb.tableName);
      const snapshots = new DynamoDbDigestSnapshots(documents, dynamodb.tableName);
      const run = () =>
        publishDigest({ ...inMemoryDigestDeps(), snapshots, deliveries, mailer }, { week: GOLDEN_WEEK });
      const [first, second] = await Promise.all([run(), run()]);
      expect(mailer.sent.map((e) => e.to[0]).sort()).toEqual([
        'ceo@example.com',
        'chro@example.com',
        'coo@example.com',
        'leadership@example.com',
        'plant2-gm@example.com',
      ]);
      expect([first, second].flatMap((r) => r.digests.filter((d) => d.sentTo.length))).toHaveLength(5);
      const third = await run();
      expect(third.alreadySent).toBe(
        'The digest for 2026-W47 was already sent to 5 recipients in week 2026-W48; use --resend to send it again.',
      );
      expect(mailer.sent).toHaveLength(5);
    });
  });
  describe('frozen weekly figures', () => {
    const none = { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 };
    const figures = (week: string, phrases: number, salt = ''): WeeklyFigures => ({
      week,
      groups: [
        { site: 'hq', channel: 'web', total: 9, sentiment: { ...none, NEGATIVE: 9 }, ratings: [0, 0, 0, 0] },
        { channel: 'kiosk', total: 4, sentiment: { ...none, POSITIVE: 4 }, ratings: [0, 1, 0, 3] },
      ],
      topics: [
        {
          topic: 'pay',
          site: 'hq',
          channel: 'web',
          total: 5,
          sentiment: { ...none, NEGATIVE: 5 },
          ratings: [0, 0, 0, 0],
        },
      ],
      // Kept with the week, so its digest shows the same language mix every time it is built.
      languages: [
        { language: 'es', site: 'hq', channel: 'web', total: 9 },
        { language: 'und', channel: 'kiosk', total: 4 },
      ],
      // Hashes barely compress: a week this size needs several items.
      phrases: Array.from({ length: phrases }, (_, i) => ({
        phrase: `${createHash('sha256').update(`${salt}${i}`).digest('hex')} 工場`,
        total: 3 + (i % 7),
        sentiment: { ...none, MIXED: 3 + (i % 7) },
      })),
    });

    it('Should keep a week as first frozen, in parts under the item limit when it is large, and let the first of two runs win', async () => {
      const snapshots = new DynamoDbDigestSnapshots(documents, dynamodb.tableName);
      const first = figures('2026-W30', 12_000, 'a');
      const [a, b] = await Promise.all([snapshots.freeze(first), snapshots.freeze(figures('2026-W30', 12_000, 'b'))]);
      expect(a).toEqual(b);
      expect((await snapshots.read(['2026-W30'])).get('2026-W30')).toEqual(a);
      expect(a.languages).toEqual(first.languages);
      expect(await snapshots.freeze(figures('2026-W30', 3))).toEqual(a);
      const items = (
        await documents.send(
          new QueryCommand({
            TableName: dynamodb.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': 'DIGEST#2026-W30' },
          }),
        )
      ).Items!;
      expect(items.filter((i) => i.sk !== 'FIGURES').length).toBeGreaterThan(1);
      for (const item of items) expect((item.data as Uint8Array | undefined)?.byteLength ?? 0).toBeLessThan(350_000);
      expect(new Set(items.map((i) => i.expiresAt)).size).toBe(1);
    });

    it('Should read ten frozen weeks, one of them in parts, in two requests as they were frozen', async () => {
      const snapshots = new DynamoDbDigestSnapshots(documents, dynamodb.tableName);
      const weeks = Array.from({ length: 10 }, (_, i) => `2026-W${String(33 + i)}`);
      const frozen = await Promise.all(
        weeks.map((week, i) => snapshots.freeze(figures(week, i === 4 ? 12_000 : 5 + i, `r${i}`))),
      );
      // Each request a cold Lambda makes costs it several ms of CPU: count them.
      const sent: string[] = [];
      const counted = {
        send: (command: { constructor: { name: string } }) => {
          sent.push(command.constructor.name);
          return documents.send(command as never);
        },
      } as unknown as typeof documents;
      const read = await new DynamoDbDigestSnapshots(counted, dynamodb.tableName).read([...weeks, '2026-W50']);
      expect([...read.keys()]).toEqual(weeks);
      expect([...read.values()]).toEqual(frozen);
      expect(sent).toHaveLength(2);
    });

    it('Should read only weeks that were frozen', async () => {
      const snapshots = new DynamoDbDigestSnapshots(documents, dynamodb.tableName);
      await snapshots.freeze(figures('2026-W31', 2));
      expect([...(await snapshots.read(['2026-W31', '2026-W32'])).keys()]).toEqual(['2026-W31']);
    });
  });
});
