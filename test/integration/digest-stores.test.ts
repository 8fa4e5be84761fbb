import { createHash } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import type { Escalation } from '../../shared/domain/escalation';
import { weekBounds } from '../../shared/digest/weeks';
import type { VerbatimCandidate } from '../../shared/ports/verbatim-candidates';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';

const FAR = new Date('2030-01-01T00:00:00Z');

describe('what the digest reads besides the counters, on dynalite', () => {
  const { dynamodb, documents } = useDynalite('digest-stores-test');
  const clock = fixedClock('2026-11-18T15:00:00Z');

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
});
