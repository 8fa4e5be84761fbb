import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbCaseDesk } from '../../shared/adapters/aws/dynamodb-case-desk';
import type { DeskCase } from '../../shared/domain/case-desk';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { fixedClock } from '../support/fixtures';
import { refusingMailer } from '../support/refusing-mailer';
import { KNIFE_BACK, untoldUrgentCase, urgentAnswerIn } from '../support/untold-urgent-case';
import { useDynalite } from '../support/dynalite';

/**
 * An urgent answer on a case its holder has just closed (the close not yet in effect) reopens it, and goes to the
 * holder and, since a holder who has just closed a case may not look at it again, to the one after them. When the
 * holder's address is then refused for good, the case climbs to that same backup, who was sent the answer twice:
 * once as the copy ("this is the COO's case", no link), once as its new holder. They now read it once, as holder,
 * with the link that opens the case for them.
 */

const COO = 'coo@example.com';
const CEO = 'ceo@example.com';
const LEADERSHIP = 'leadership@example.com';

describe('an urgent answer reopening a closed case, its holder refused for good', () => {
  const { dynamodb } = useDynalite('reopened-backup-once');
  const clock = fixedClock('2026-11-18T15:30:00Z');

  async function closedByItsHolder(id: string, refuseHolder: boolean) {
    clock.set('2026-11-18T15:30:00Z');
    const { stored, sweepDeps } = await untoldUrgentCase(dynamodb, clock, { id });
    const { refused, send, to, sent } = refusingMailer();
    const deps = {
      ...sweepDeps({ send }),
      routing: stored,
    };
    await createSweepHandler(deps)();
    expect(to(COO)).toHaveLength(1);
    // The COO closes it at 15:40; it would take effect at 16:00.
    clock.set('2026-11-18T15:40:00Z');
    const desk = new DynamoDbCaseDesk(localDocuments(dynamodb.endpoint), dynamodb.tableName, stored);
    expect(
      await desk.close(
        id,
        '2026-11-18T16:00:00.000Z',
        { at: '2026-11-18T15:00:00.000Z', event: 'closed', detail: 'by Dana Whitfield (COO)', by: 'coo' },
        { acknowledges: true, atLevel: 0 },
      ),
    ).toBe(true);
    if (refuseHolder) refused.add(COO);
    const case_ = (await stored.get(id))!;
    const answer = urgentAnswerIn(case_, `answer-${id}`);
    clock.set('2026-11-18T15:50:00Z');
    return { deps, to, sent, stored, answer };
  }

  it('Should send the backup the answer once, as its new holder with the case link, when the holder is refused', async () => {
    const c = await closedByItsHolder('case:reopened-refused', true);
    await notifyThreadAnswer(c.deps, c.answer);
    expect((await c.stored.get('case:reopened-refused'))?.level).toBe(1);
    const withAnswer = c.to(CEO).filter((e) => e.text.includes(KNIFE_BACK));
    expect(withAnswer).toHaveLength(1);
    expect(withAnswer[0]!.text).toMatch(/\/ack\//);
    // A retry of the same message tells no one again.
    await notifyThreadAnswer(c.deps, c.answer);
    expect(c.to(CEO).filter((e) => e.text.includes(KNIFE_BACK))).toHaveLength(1);
  });

  it('Should send no copy to the leadership list when the run stops after the climb, before the reopening is marked told', async () => {
    const c = await closedByItsHolder('case:reopened-crash', true);
    // The run stops between its two writes: the climb to the CEO (and the CEO's email) went, the mark that the
    // reopening is told did not. The message comes again, the case now with the CEO and still marked untold.
    const crashing = {
      ...c.deps,
      routing: Object.assign(Object.create(c.stored), {
        reopenTold: async () => {
          throw new Error('the process stopped here');
        },
      }),
    };
    await expect(notifyThreadAnswer(crashing, c.answer)).rejects.toThrow('the process stopped here');
    await notifyThreadAnswer(c.deps, c.answer);
    const withAnswer = c.sent.filter((e) => e.text.includes(KNIFE_BACK));
    // The CEO once, as holder; nobody after them is sent a copy of a case its backup holds.
    expect(withAnswer.map((e) => e.to)).toEqual([[CEO]]);
    expect(((await c.stored.get('case:reopened-crash')) as DeskCase | undefined)?.reopenNotTold).toBeFalsy();
  });

  it('Should send no copy to the leadership list when the case climbs by its deadline while the answer is retried', async () => {
    const c = await closedByItsHolder('case:reopened-climbed', false);
    // SES throttles the holder's email (a fault of the service: the case stays with its holder, the answer is
    // tried again later). Before the retry comes, the case is past its deadline and the sweep moves it up to the
    // backup, the very one the copy was for.
    const throttled = {
      ...c.deps,
      mailer: {
        send: async () => {
          throw Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'TooManyRequestsException' });
        },
      },
    };
    await expect(notifyThreadAnswer(throttled, c.answer)).rejects.toThrow('Maximum sending rate exceeded');
    clock.set('2026-11-18T19:05:00Z');
    await createSweepHandler(c.deps)();
    expect((await c.stored.get('case:reopened-climbed'))?.level).toBe(1);
    await notifyThreadAnswer(c.deps, c.answer);
    await notifyThreadAnswer(c.deps, c.answer);
    const withAnswer = c.sent.filter((e) => e.text.includes(KNIFE_BACK));
    // The CEO holds it and reads the answer as its holder; the leadership list, after them, is sent no copy.
    expect(withAnswer.flatMap((e) => e.to)).not.toContain(LEADERSHIP);
    expect(c.to(CEO).filter((e) => e.text.includes(KNIFE_BACK)).length).toBeGreaterThan(0);
  });

  it('Should still send the holder the answer and the backup its copy, once each, when the holder reads mail', async () => {
    const c = await closedByItsHolder('case:reopened-reachable', false);
    await notifyThreadAnswer(c.deps, c.answer);
    await notifyThreadAnswer(c.deps, c.answer);
    expect(c.to(COO).filter((e) => e.text.includes(KNIFE_BACK))).toHaveLength(1);
    const copy = c.to(CEO).filter((e) => e.text.includes(KNIFE_BACK));
    expect(copy).toHaveLength(1);
    expect(copy[0]!.text).not.toMatch(/\/ack\//);
    expect((await c.stored.get('case:reopened-reachable'))?.level).toBe(0);
  });
});
