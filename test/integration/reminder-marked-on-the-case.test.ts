import { describe, expect, it } from 'vitest';
import { answersTold, PLANT2_SPONSOR } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';

/**
 * The sweep runs every few minutes. A case whose holder was reminded of a
 * deadline says so itself, so the sweeps until that deadline pass it
 * without asking the ledger of emails sent (a DynamoDB read per reader, per
 * case, per sweep) — and still remind nobody twice, and the next holder once.
 */

const COO = 'coo@example.com';

describe('a case already reminded of its deadline', () => {
  /** What the stack asked of the emails-sent ledger (`MAIL#` items) since the count was last read. */
  let ledgerCalls = 0;
  const conversation = useConversationStack({
    instrumentClients: ({ documents }) => {
      documents.middlewareStack.add(
        (next) => async (args) => {
          const input = (args as { input: { Key?: { pk?: unknown }; Item?: { pk?: unknown } } }).input;
          if (String(input.Key?.pk ?? input.Item?.pk ?? '').startsWith('MAIL#')) ledgerCalls += 1;
          return next(args);
        },
        { step: 'initialize', name: 'countLedgerCalls' },
      );
    },
  });
  const { stack, clock, emailsTo } = conversation;
  const { escalatedCase } = answersTold(conversation);
  const reminders = async (to: string) =>
    (await emailsTo(to)).filter((e) => e.subject.startsWith('Reminder:')).map((e) => e.subject);
  const sweepAt = async (instant: string) => {
    clock.set(instant);
    ledgerCalls = 0;
    await stack.sweep();
    return ledgerCalls;
  };

  it('Should be passed by later sweeps without a look at the emails sent, its holder reminded once, the next holder too', async () => {
    // Raised in the 15:00 hour UTC: due by 19:00, the reminder from 18:00.
    await escalatedCase('The fire exit by the paint shop is blocked with pallets again.');

    expect(await sweepAt('2026-11-18T18:05:00Z')).toBeGreaterThan(0);
    expect(await reminders(PLANT2_SPONSOR)).toHaveLength(1);
    for (const at of ['2026-11-18T18:10:00Z', '2026-11-18T18:35:00Z', '2026-11-18T18:55:00Z'])
      expect(await sweepAt(at), `the sweep at ${at}`).toBe(0);
    expect(await reminders(PLANT2_SPONSOR)).toHaveLength(1);

    // Climbed to the backup at 19:05: their own full 4 hours from the next whole hour (due 00:00), their own reminder from 23:00, once.
    await sweepAt('2026-11-18T19:05:00Z');
    expect(await sweepAt('2026-11-18T22:05:00Z')).toBe(0);
    expect(await reminders(COO)).toHaveLength(0);
    expect(await sweepAt('2026-11-18T23:05:00Z')).toBeGreaterThan(0);
    expect(await sweepAt('2026-11-18T23:35:00Z')).toBe(0);
    expect(await reminders(COO)).toHaveLength(1);
    expect(await reminders(PLANT2_SPONSOR)).toHaveLength(1);
  });
});
