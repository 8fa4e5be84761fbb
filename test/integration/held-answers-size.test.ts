import { describe, expect, it } from 'vitest';
import { DynamoDbAnswerNotices } from '../../shared/adapters/aws/dynamodb-answer-notices';
import { useDynalite } from '../support/dynalite';
import { fixedClock } from '../support/fixtures';

/** DynamoDB's item limit, in UTF-8 bytes as it counts them (dynalite counts characters). */
const ITEM_LIMIT = 400 * 1024;

/**
 * An employee may answer in their case's conversation up to the thread's
 * length limit within one hour: every ordinary answer waits in that hour's
 * held notice, a list that grows with each one.
 */
describe("answers held for their hour, at the thread's length limit, on dynalite", () => {
  const { dynamodb, documents } = useDynalite('held-answers-size-test');

  it('Should hold 80 answers of 1,600 emoji each (6.4 KB, 512 KB in all) under one hour, every stored item under 400 KB, and give them all back in order', {
    timeout: 120_000,
  }, async () => {
    const notices = new DynamoDbAnswerNotices(documents, dynamodb.tableName, fixedClock('2026-11-18T16:05:00Z'));
    const hour = '2026-11-18T15:00:00.000Z';
    const answers = Array.from({ length: 80 }, (_, i) => `${i} ${'😀'.repeat(1600)}`);
    for (const answer of answers) await notices.hold('case:held-size', hour, answer, new Date('2026-11-25T15:00:00Z'));

    const held = await notices.heldBefore('2026-11-18T16:00:00.000Z', 100);
    expect(held.flatMap((h) => h.answers)).toEqual(answers);
    for (const h of held) {
      const bytes = h.answers.reduce((sum, a) => sum + Buffer.byteLength(a, 'utf8'), 0);
      expect(bytes).toBeLessThan(ITEM_LIMIT);
    }

    for (const h of held) await notices.sent(h);
    expect(await notices.heldBefore('2026-11-18T16:00:00.000Z', 100)).toEqual([]);
  });

  // Issue 14 (attacker's report): the escalation queue may deliver an answer's notice more than once,
  // even at the same moment; the sponsor's email must still list the answer once.
  it('Should hold an answer once however often its notice is delivered, at once or later, on any page', {
    timeout: 120_000,
  }, async () => {
    const notices = new DynamoDbAnswerNotices(documents, dynamodb.tableName, fixedClock('2026-11-18T16:05:00Z'));
    const hour = '2026-11-18T15:00:00.000Z';
    const until = new Date('2026-11-25T15:00:00Z');
    const answers = Array.from({ length: 60 }, (_, i) => ({ id: `answer-${i}`, text: `${i} ${'😀'.repeat(1600)}` }));
    const holdAll = () =>
      Promise.all(answers.map((a) => notices.hold('case:held-once', hour, a.text, until, [], a.id)));
    await Promise.all([holdAll(), holdAll(), holdAll()]);
    await holdAll(); // a late redelivery, once the first page is full

    const held = await notices.heldBefore('2026-11-18T16:00:00.000Z', 100);
    expect(held.length).toBeGreaterThan(1);
    expect(held.flatMap((h) => h.answers).sort()).toEqual(answers.map((a) => a.text).sort());
    expect(held.flatMap((h) => h.answerIds ?? []).sort()).toEqual(answers.map((a) => a.id).sort());
    // Two answers alike are two answers.
    await notices.hold('case:held-twice', hour, 'Yes.', until, [], 'yes-1');
    await notices.hold('case:held-twice', hour, 'Yes.', until, [], 'yes-2');
    const twice = (await notices.heldBefore('2026-11-18T16:00:00.000Z', 100)).filter(
      (h) => h.escalationId === 'case:held-twice',
    );
    expect(twice.flatMap((h) => h.answers)).toEqual(['Yes.', 'Yes.']);
  });
});
