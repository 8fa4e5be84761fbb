import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbHeldPatterns } from '../../shared/adapters/aws/dynamodb-held-patterns';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import type { EscalationMessage } from '../../shared/domain/escalation';
import { isWeekBoundary } from '../../shared/domain/iso-week';
import type { TableRole } from '../../infra/table-access';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { takeOffPatterns } from '../../shared/use-cases/take-off-patterns';
import { exampleConfig } from '../support/fixtures';
import { escalationPathOnDynalite, message } from './escalation-path.harness';

/*
 * Issue 14: a negative report is counted towards its site's and topic's
 * pattern; when the employee's answer then names the site's sponsor, the
 * case goes around them, and so must its place in the count: the pattern's
 * email goes to that sponsor and would count a report they may never see.
 * The move is retried after a crash after each of its writes in turn, and
 * delivered once more: the report leaves the count once, and is never
 * counted again. On dynalite, under the escalate and sweep functions' grants.
 */
describe('a report moved around its sponsor leaves the pattern count, across retries and crashes', () => {
  const h = escalationPathOnDynalite('pattern-taken-off-test');
  const TEXT = 'The shift schedule is terrible and the overtime is unfair, management ignores us';
  const WEEK = '2026-W40';
  /** Every write after the `crashAfter`-th of an attempt fails once made, as a Lambda killed before it hears back. */
  const crash = { after: undefined as number | undefined, writes: 0 };
  beforeAll(() => {
    h.documents.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (crash.after !== undefined && /Update|Put|Delete/.test(String(context.commandName))) {
          crash.writes += 1;
          if (crash.writes === crash.after) throw Object.assign(new Error('killed'), { name: 'TimeoutError' });
        }
        return result;
      },
      { step: 'initialize', name: 'crashAfterWrite' },
    );
  });

  const as = (role: TableRole) => {
    const documents = guardTableAccess(h.documents, role);
    return {
      escalations: new DynamoDbEscalationStore(documents, h.dynamodb.tableName, h.clock),
      cases: new DynamoDbCaseStore(documents, h.dynamodb.tableName, h.clock),
      patterns: new DynamoDbPatternCounter(documents, h.dynamodb.tableName),
    };
  };
  const escalateDeps = () => {
    const { escalations, cases, patterns } = as('escalate');
    return h.escalationDeps({ escalations, routing: escalations, cases, patterns });
  };
  const counter = () => new DynamoDbPatternCounter(h.documents, h.dynamodb.tableName);
  const report = async (extra = {}) => {
    const m = message(TEXT, { week: WEEK, ...extra });
    await h.seed(m);
    await h.deliver([m]);
    return m;
  };
  /** The patterns found, held for the day's release (the sweep raises them then: pattern-release.test.ts). */
  const patternsHeld = async () =>
    (await new DynamoDbHeldPatterns(h.documents, h.dynamodb.tableName).due(new Date('2026-11-20T00:00:00Z'), 100)).map(
      (held) => held.escalation,
    );

  it('Should never count, in the pattern email to the sponsor gone around, the report an answer moved around them', async () => {
    // Prepare: a report its employee marked urgent, raised to Plant 2's manager and counted; three more like it.
    const moved = await report({ escalate: true });
    const [raised] = await h.escalateQueued(escalateDeps());
    expect(raised!.sponsorId).toBe('plant2-gm');
    for (let n = 0; n < 3; n += 1) await report();
    expect(await counter().count('plant2', 'workload', [WEEK])).toBe(4);

    // Act: the employee answers naming the manager; the move crashes after its 1st write, then its 2nd, … until done.
    const answer: EscalationMessage = {
      escalationId: raised!.id,
      threadAnswer: true,
      reasons: ['requested'],
      caseKey: moved.caseKey,
      week: WEEK,
      site: 'plant2',
      topics: [],
      urgentCategories: [],
      redactedText: '[NAME] is the one cutting our breaks.',
      namedSponsors: ['plant2-gm'],
    };
    let crashes = 0;
    for (let after = 1; ; after += 1) {
      Object.assign(crash, { after, writes: 0 });
      try {
        await notifyThreadAnswer(escalateDeps(), answer);
        break;
      } catch (error) {
        expect((error as Error).message).toBe('killed');
        crashes += 1;
      }
    }
    crash.after = undefined;
    await notifyThreadAnswer(escalateDeps(), answer); // and delivered once more
    await h.deliver([moved]); // its own analysis, delivered late again, counts it nothing
    h.queued.splice(0);

    // Assert: it left the counts once, at whichever write the move was stopped.
    expect(crashes).toBeGreaterThanOrEqual(3);
    expect((await h.escalations.get(raised!.id))!.reroute?.bypassed).toEqual(['plant2-gm']);
    for (const topic of ['workload', 'scheduling']) expect(await counter().count('plant2', topic, [WEEK])).toBe(3);

    // One more report: four in all, not five, so no pattern yet.
    await report();
    expect(await patternsHeld()).toEqual([]);
    await report();
    const [pattern] = (await patternsHeld()).filter((m) => m.topics.includes('workload'));
    expect(pattern?.pattern?.count).toBe(5);
    h.sent.splice(0);
    h.queued.push(pattern!);
    await h.escalateQueued(escalateDeps());
    const toManager = h.sent.filter((m) => m.to.includes('plant2-gm@example.com'));
    expect(toManager.length).toBeGreaterThan(0);
    for (const email of toManager) expect(email.text).not.toMatch(/\b6 negative comments/);
    expect(toManager.some((m) => /\b5 negative comments/.test(m.text ?? ''))).toBe(true);

    // Nothing the counts keep says more than the week: every expiry and time on a week boundary.
    const { Items = [] } = await h.documents.send(new ScanCommand({ TableName: h.dynamodb.tableName }));
    const counts = Items.filter((i) => String(i.pk).startsWith('PATTERN#'));
    expect(counts.length).toBeGreaterThan(0);
    for (const item of counts) {
      expect(isWeekBoundary(new Date(Number(item.expiresAt) * 1000)), JSON.stringify(item)).toBe(true);
      for (const time of JSON.stringify(item).match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? [])
        expect(isWeekBoundary(new Date(time)), time).toBe(true);
    }
  });

  it('Should let the sweep take a case off the counts too (an ordinary answer moves its case on the hour)', async () => {
    const m = await report({ week: '2026-W44' });
    expect(await counter().count('plant2', 'workload', ['2026-W44'])).toBe(1);
    const { cases, patterns } = as('sweep');
    await takeOffPatterns({ config: exampleConfig, cases, patterns }, m.caseKey);
    await takeOffPatterns({ config: exampleConfig, cases, patterns }, m.caseKey);
    expect(await counter().count('plant2', 'workload', ['2026-W44'])).toBe(0);
  });
});
