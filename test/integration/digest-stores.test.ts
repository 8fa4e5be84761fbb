import { createHash } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { guardTableAccess } from '../../local/table-access-guard';
import { startDynamoDb, type DynamoDbStandIn } from '../../local/dynamodb-stand-in';
import { DynamoDbDigestDeliveries } from '../../shared/adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbDigestSnapshots } from '../../shared/adapters/aws/dynamodb-digest-snapshots';
import type { Mailer } from '../../shared/ports/mailer';
import type { WeeklyFigures } from '../../shared/domain/weekly-figures';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import type { Escalation } from '../../shared/domain/escalation';
import { weekBounds } from '../../shared/digest/weeks';
import type { VerbatimCandidate } from '../../shared/ports/verbatim-candidates';
import { publishDigest } from '../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK, seededDigestInput } from '../support/digest-fixtures';
import { exampleConfig, fixedClock } from '../support/fixtures';
import {
  InMemoryArchive,
  InMemoryCandidates,
  InMemoryEscalationHistory,
  InMemoryFigures,
  RecordingMailer,
} from '../support/in-memory-digest';
import { tempDataDir } from '../support/local-stack';

const FAR = new Date('2030-01-01T00:00:00Z');

describe('what the digest reads besides the counters, on dynalite', () => {
  const dataDir = tempDataDir();
  let dynamodb: DynamoDbStandIn;
  let documents: ReturnType<typeof localDocuments>;
  const clock = fixedClock('2026-11-18T15:00:00Z');

  beforeAll(async () => {
    dynamodb = await startDynamoDb({ port: 0, path: dataDir.path, tableName: 'digest-stores-test' });
    documents = localDocuments(dynamodb.endpoint);
  });
  afterAll(async () => {
    documents?.destroy();
    await dynamodb?.close();
    dataDir.remove();
  });

  describe('verbatim candidates', () => {
    const comment = (i: number, extra: Partial<VerbatimCandidate> = {}): VerbatimCandidate => ({
      week: '2026-W47',
      site: 'plant2',
      topic: 'scheduling',
      channel: 'web',
      sentiment: 'POSITIVE',
      redactedText: `Comment number ${i} about the new rota`,
      ...extra,
    });

    /** The sample is the comments of smallest rank, a hash of the group and the text (as the adapter says). */
    const expectedSample = (week: string, count: number, size: number) =>
      Array.from({ length: count }, (_, i) => comment(i, { week }).redactedText)
        .map((text) => ({
          text,
          rank: createHash('sha256').update(`${week}\nplant2\nscheduling\n${text}`).digest('hex'),
        }))
        .sort((a, b) => a.rank.localeCompare(b.rank))
        .slice(0, size)
        .map((c) => c.text)
        .sort();

    it('Should keep a bounded sample per site and topic, the same one whatever the order and however often each is offered', async () => {
      const sequential = new DynamoDbVerbatimCandidates(documents, dynamodb.tableName, clock, { perGroup: 10 });
      for (let i = 0; i < 40; i += 1) await sequential.offer(comment(i), FAR);
      expect((await sequential.list('2026-W47')).map((c) => c.redactedText).sort()).toEqual(
        expectedSample('2026-W47', 40, 10),
      );

      // Each offered twice (a retry), all at once, in another order.
      const racing = new DynamoDbVerbatimCandidates(documents, dynamodb.tableName, clock, { perGroup: 10 });
      const order = Array.from({ length: 40 }, (_, i) => (i * 17) % 40);
      await Promise.all([...order, ...order].map((i) => racing.offer(comment(i, { week: '2026-W48' }), FAR)));
      expect((await racing.list('2026-W48')).map((c) => c.redactedText).sort()).toEqual(
        expectedSample('2026-W48', 40, 10),
      );
    });

    it('Should keep 20 per group by default', async () => {
      const store = new DynamoDbVerbatimCandidates(documents, dynamodb.tableName, clock);
      for (let i = 0; i < 25; i += 1) await store.offer(comment(i, { week: '2026-W50' }), FAR);
      expect(await store.list('2026-W50')).toHaveLength(20);
    });

    it('Should keep groups apart and count the same text once', async () => {
      const store = new DynamoDbVerbatimCandidates(documents, dynamodb.tableName, clock, { perGroup: 3 });
      for (let i = 0; i < 3; i += 1) await store.offer(comment(i, { week: '2026-W49', site: 'hq', topic: 'pay' }), FAR);
      await store.offer(comment(0, { week: '2026-W49', site: 'hq', topic: 'pay' }), FAR);
      await store.offer(
        comment(9, { week: '2026-W49', site: undefined, topic: 'pay', channel: 'sms', sentiment: 'NEGATIVE' }),
        FAR,
      );
      const listed = await store.list('2026-W49');
      expect(listed.filter((c) => c.site === 'hq')).toHaveLength(3);
      expect(listed.filter((c) => c.site === undefined)).toEqual([
        comment(9, { week: '2026-W49', site: undefined, topic: 'pay', channel: 'sms', sentiment: 'NEGATIVE' }),
      ]);
    });

    it('Should store nothing that leads back to a case, and leave the week’s figures as they were', async () => {
      const { Items = [] } = await documents.send(
        new QueryCommand({
          TableName: dynamodb.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          ExpressionAttributeValues: { ':pk': 'WEEK#2026-W47', ':v': 'VERBATIM#' },
        }),
      );
      for (const item of Items)
        expect(Object.keys(item).sort()).toEqual([
          'channel',
          'expiresAt',
          'kind',
          'pk',
          'sentiment',
          'site',
          'sk',
          'text',
          'topic',
        ]);
      const figures = new DynamoDbWeeklyFigures(documents, dynamodb.tableName, clock);
      expect(await figures.read('2026-W47')).toEqual({
        week: '2026-W47',
        groups: [],
        topics: [],
        phrases: [],
        languages: [],
      });
    });

    it('Should treat expired comments as absent', async () => {
      const store = new DynamoDbVerbatimCandidates(documents, dynamodb.tableName, clock);
      await store.offer(comment(1, { week: '2026-W30' }), new Date('2026-11-01T00:00:00Z'));
      expect(await store.list('2026-W30')).toEqual([]);
    });
  });

  describe('escalations by week', () => {
    const escalation = (id: string, raisedAt: string): Escalation => ({
      id,
      reasons: ['urgent-topic'],
      topics: ['safety'],
      urgentCategories: [],
      urgent: true,
      redactedText: 'text',
      sponsorId: 'coo',
      level: 0,
      raisedAt,
      slaDueAt: new Date(Date.parse(raisedAt) + 4 * 3_600_000).toISOString(),
      status: 'raised',
      notifiedLevel: -1,
      audit: [],
    });

    it('Should list those raised in a week of the configured time zone, across the UTC week boundary, once each', async () => {
      const store = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock);
      // Chicago's week 47 runs from Mon 16 Nov 06:00 UTC to Mon 23 Nov 06:00 UTC.
      await store.create(escalation('case:before', '2026-11-16T05:59:59.000Z'), FAR);
      await store.create(escalation('case:first', '2026-11-16T06:00:00.000Z'), FAR);
      await store.create(escalation('case:sunday-night', '2026-11-23T03:00:00.000Z'), FAR); // UTC week 48, Chicago week 47
      await store.create(escalation('case:after', '2026-11-23T06:00:00.000Z'), FAR);
      // A retry of the same cause, later: still one escalation, listed at its first time.
      expect(await store.create(escalation('case:first', '2026-11-17T09:00:00.000Z'), FAR)).toBe(false);

      const { start, end } = weekBounds('2026-W47', 'America/Chicago');
      expect((await store.listRaisedBetween(start, end)).map((e) => e.id)).toEqual(['case:first', 'case:sunday-night']);
    });

    it("Should list hundreds of a week's escalations, and those overdue, in a few batch reads under the digest's and the sweep's own grants", async () => {
      const writer = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock);
      const { start, end } = weekBounds('2026-W44', 'America/Chicago');
      const ids: string[] = [];
      for (let i = 0; i < 230; i += 1) {
        const id = `case:many-${String(i).padStart(3, '0')}`;
        const raisedAt = new Date(start.getTime() + i * 2_400_000).toISOString();
        // Every tenth is past its retention: listed nowhere, though its entries remain.
        await writer.create(escalation(id, raisedAt), i % 10 === 9 ? new Date('2026-11-10T00:00:00Z') : FAR);
        if (i % 10 === 3)
          await writer.acknowledge(id, {
            at: new Date(Date.parse(raisedAt) + 3_600_000).toISOString(),
            event: 'acknowledged',
            detail: '',
          });
        if (i % 10 !== 9) ids.push(id);
      }
      const reads = (role: 'digest' | 'sweep') => {
        const calls: string[] = [];
        const guarded = guardTableAccess(documents, role);
        const counted = new Proxy(guarded, {
          get: (target, property, receiver) =>
            property === 'send'
              ? (command: { constructor: { name: string } }) => (
                  calls.push(command.constructor.name), target.send(command as never)
                )
              : Reflect.get(target, property, receiver),
        });
        return { store: new DynamoDbEscalationStore(counted, dynamodb.tableName, clock), calls };
      };

      const digest = reads('digest');
      const raised = await digest.store.listRaisedBetween(start, end);
      expect(raised.map((e) => e.id)).toEqual(ids);
      expect(raised.filter((e) => e.status === 'acknowledged')).toHaveLength(23);
      expect(digest.calls.filter((name) => name === 'GetCommand')).toEqual([]);
      expect(digest.calls.filter((name) => name === 'BatchGetCommand').length).toBe(3);

      const sweep = reads('sweep');
      const overdue = (await sweep.store.listOverdue(clock.now(), 500))
        .map((e) => e.id)
        .filter((id) => id.startsWith('case:many-'));
      expect(overdue).toEqual(ids.filter((id) => !id.endsWith('3')));
      expect(sweep.calls.filter((name) => name === 'GetCommand')).toEqual([]);
    });

    it('Should list a response under the week it was last published in', async () => {
      const store = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock);
      await store.create(escalation('case:answered', '2026-11-10T12:00:00.000Z'), FAR);
      await store.respond('case:answered', 'First answer', {
        at: '2026-11-12T12:00:00.000Z',
        event: 'responded',
        detail: '',
      });
      const w46 = weekBounds('2026-W46', 'America/Chicago');
      const w47 = weekBounds('2026-W47', 'America/Chicago');
      expect((await store.listRespondedBetween(w46.start, w46.end)).map((e) => e.response)).toEqual(['First answer']);

      await store.respond('case:answered', 'Changed answer', {
        at: '2026-11-18T12:00:00.000Z',
        event: 'responded',
        detail: '',
      });
      expect(await store.listRespondedBetween(w46.start, w46.end)).toEqual([]);
      expect((await store.listRespondedBetween(w47.start, w47.end)).map((e) => e.response)).toEqual(['Changed answer']);
    });
  });

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
      const input = seededDigestInput();
      return publishDigest(
        {
          config: exampleConfig,
          figures: new InMemoryFigures(input.figures),
          snapshots,
          verbatims: new InMemoryCandidates([...input.candidates]),
          escalations: new InMemoryEscalationHistory(input.escalations),
          archive: new InMemoryArchive(),
          deliveries,
          mailer,
          clock: fixedClock('2026-11-23T14:00:00Z'),
          linkSigningKey: 'k'.repeat(64),
          publicUrl: 'https://feedback.example.com',
          sleep: async () => undefined,
        },
        { week },
      );
    }

    it('Should lose no digest when a run is killed between claiming and sending, and send each once when two reruns start together', async () => {
      // Its own table, so that the week's records are this test's alone.
      const table = await startDynamoDb({ port: 0, path: `${dataDir.path}/crash`, tableName: 'digest-crash-test' });
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
      const input = seededDigestInput();
      const mailer = new RecordingMailer();
      const deliveries = new DynamoDbDigestDeliveries(documents, dynamodb.tableName);
      const run = () =>
        publishDigest(
          {
            config: exampleConfig,
            figures: new InMemoryFigures(input.figures),
            snapshots: new DynamoDbDigestSnapshots(documents, dynamodb.tableName),
            verbatims: new InMemoryCandidates([...input.candidates]),
            escalations: new InMemoryEscalationHistory(input.escalations),
            archive: new InMemoryArchive(),
            deliveries,
            mailer,
            clock: fixedClock('2026-11-23T14:00:00Z'),
            linkSigningKey: 'k'.repeat(64),
            publicUrl: 'https://feedback.example.com',
          },
          { week: GOLDEN_WEEK },
        );
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

    it('Should read only weeks that were frozen', async () => {
      const snapshots = new DynamoDbDigestSnapshots(documents, dynamodb.tableName);
      await snapshots.freeze(figures('2026-W31', 2));
      expect([...(await snapshots.read(['2026-W31', '2026-W32'])).keys()]).toEqual(['2026-W31']);
    });
  });
});
