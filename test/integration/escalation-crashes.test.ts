import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { DynamoDbLegalClocks } from '../../shared/adapters/aws/dynamodb-legal-clocks';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { LEADERSHIP } from '../../shared/domain/escalation';
import type { CaseStore } from '../../shared/ports/case-store';
import { notify } from '../../shared/use-cases/raise-escalation';
import { exampleConfig } from '../support/fixtures';
import { escalationPathOnDynalite, message } from './escalation-path.harness';

/**
 * The escalate stage stopped between two of its writes, as a Lambda killed
 * or a throttled table stops it: the urgent case still reaches its sponsor,
 * once, and its retry completes what is missing.
 */
describe('the escalate stage failing between its writes, on dynalite', () => {
  const h = escalationPathOnDynalite('escalation-crashes-test');
  const faults = { clocks: false, thread: false, status: false };

  function deps() {
    const clocks = new DynamoDbLegalClocks(h.documents, h.dynamodb.tableName, h.clock);
    const threads = new DynamoDbCaseThread(h.documents, h.dynamodb.tableName, h.clock);
    const throttled = () =>
      Object.assign(new Error('table throttled'), { name: 'ProvisionedThroughputExceededException' });
    const cases: CaseStore = Object.create(h.store);
    cases.advanceStatus = async (...args) => {
      if (faults.status) throw throttled();
      return h.store.advanceStatus(...args);
    };
    return h.escalationDeps({
      cases,
      clocks: {
        ...Object.fromEntries(
          (['dueBy', 'between', 'remove', 'recordPassed', 'met'] as const).map((k) => [k, clocks[k].bind(clocks)]),
        ),
        schedule: async (...args) => {
          if (faults.clocks) throw throttled();
          return clocks.schedule(...args);
        },
      } as DynamoDbLegalClocks,
      threads: Object.assign(Object.create(threads) as DynamoDbCaseThread, {
        setDeadline: async (...args: Parameters<DynamoDbCaseThread['setDeadline']>) => {
          if (faults.thread) throw throttled();
          return threads.setDeadline(...args);
        },
      }),
    });
  }

  it.each([
    ['its legal clock cannot be scheduled', 'clocks'],
    ["the employee's deadline cannot be written", 'thread'],
    ["the case's status cannot be written", 'status'],
  ] as const)('Should email the sponsor once when %s, and complete the case on the retry', async (_, fault) => {
    const m = message('The fire exit by the paint shop is blocked and locked again', { week: '2026-W33' });
    await h.seed(m);
    await h.deliver([m]);
    const [escalation] = h.queued.splice(0);
    expect(escalation).toBeDefined();
    const before = h.sent.length;

    faults[fault] = true;
    h.queued.push(escalation!);
    await expect(h.escalateQueued(deps())).rejects.toThrow(/throttled/);
    faults[fault] = false;
    const firstTry = h.sent.slice(before);
    expect(firstTry).toHaveLength(1);
    expect(firstTry[0]!.subject).toMatch(/^Urgent: /);
    // Not yet shown as passed on: the employee would see it without its "by when".
    if (fault !== 'status') expect((await h.store.findCase(m.caseKey))?.status).not.toBe('escalated');

    h.queued.push(escalation!); // the message comes back from the queue
    await h.escalateQueued(deps());
    expect(h.sent.length - before).toBe(1);
    expect((await h.store.findCase(m.caseKey))?.status).toBe('escalated');
    expect((await deps().threads!.summary(m.caseKey)).acknowledgeBy).toBeTruthy();
  });
});

/**
 * The analyze stage stopped between marking a case as counted towards the
 * pattern rule and counting it: the retry must still count it, or a pattern
 * of N negative reports is seen as N-1 and never reaches its sponsor.
 */
describe('the pattern count failing half-way, on dynalite', () => {
  const h = escalationPathOnDynalite('pattern-crash-test');
  let patternsDown = false;
  beforeAll(() => {
    h.documents.middlewareStack.add(
      (next) => async (args) => {
        // Every call on a pattern's items: by key, a whole item written, or a query of its partition.
        const input = args.input as {
          Key?: { pk?: string };
          Item?: { pk?: string };
          ExpressionAttributeValues?: { ':pk'?: string };
        };
        const pk = input.Key?.pk ?? input.Item?.pk ?? input.ExpressionAttributeValues?.[':pk'];
        if (patternsDown && String(pk ?? '').startsWith('PATTERN#'))
          throw Object.assign(new Error('table throttled'), { name: 'ProvisionedThroughputExceededException' });
        return next(args);
      },
      { step: 'initialize', name: 'patternsDown' },
    );
  });

  it('Should count a negative report once its retry succeeds, though the first delivery failed before counting it', async () => {
    const m = message('The shift schedule is terrible and the overtime is unfair, management ignores us', {
      week: '2026-W35',
    });
    await h.seed(m);
    patternsDown = true;
    const first = await h.deliver([m]);
    patternsDown = false;
    expect(first.batchItemFailures).toHaveLength(1);
    await h.deliver([m]);
    await h.deliver([m]); // delivered once more: still one
    const counter = new DynamoDbPatternCounter(h.documents, h.dynamodb.tableName);
    for (const topic of ['workload', 'management', 'scheduling'])
      expect(await counter.count('plant2', topic, ['2026-W35'])).toBe(1);
  });
});

/**
 * The leadership list is emailed one reader at a time (each gets their own
 * desk link): one address the mail service refuses must not keep the
 * readers after it from ever hearing of the case.
 */
describe('one leadership address refused by the mail service, on dynalite', () => {
  const h = escalationPathOnDynalite('leadership-refused-test');

  it('Should still email every other reader, and fail the attempt so that it is retried', async () => {
    const readers = ['first@example.com', 'refused@example.com', 'third@example.com'];
    const config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: readers } };
    const m = message('The fire exit by the paint shop is blocked and locked again', { week: '2026-W36' });
    await h.seed(m);
    await h.deliver([m]);
    const [raised] = await h.escalateQueued();
    const got: string[] = [];
    const deps = h.escalationDeps({
      config,
      mailer: {
        send: async (email) => {
          if (email.to.includes('refused@example.com'))
            throw Object.assign(new Error('Email address is not verified'), { name: 'MessageRejected' });
          got.push(...email.to);
        },
      },
    });
    const atLeadership = { ...raised!, sponsorId: LEADERSHIP, level: 2, notifiedLevel: 0 };
    await expect(notify(deps, atLeadership, 'overdue')).rejects.toThrow(/not verified/);
    expect(got).toEqual(expect.arrayContaining(['first@example.com', 'third@example.com']));
  });
});
