import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import { useConversationStack } from '../support/conversation-stack';
import { outbox } from '../support/outbox';
import { codeIn } from '../support/sms';

// Attack op39 (F1): "Someone pulled a knife on me in the locker room at plant 2", then, seconds later from the same
// phone, "The vending machine ate my dollar": the second text, sent while the first case was still on its way to a
// sponsor, became an urgent "Health and safety" case of its own, emailed at once. Calm words spent an urgent email,
// and the operator and the sponsor saw two cases side by side, same site and hour: both from one person. On the real
// local stack (Twilio's signed webhook, the queues with their delay, aws-ses-v2-local): one case, the calm words in its
// conversation once it has reached its holder, who is told them, and one escalation.

/** Comprehend, slow on the knife report: the case is still on its way when the next text comes. */
class HeldAnalyzer implements Analyzer {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  async analyze(docs: AnalyzerInput[]) {
    if (docs.some((d) => d.text.includes('knife'))) await this.gate;
    return new OfflineAnalyzer().analyze(docs);
  }
}

describe('a calm text after an urgent SMS report still on its way, on the running stack', () => {
  const analyzer = new HeldAnalyzer();
  const { stack, clock, emailAbout, emailsTo, threadOf, text } = useConversationStack({ analyzer });
  let documents: ReturnType<typeof localDocuments> | undefined;
  afterAll(() => documents?.destroy());
  const scan = async () => {
    documents ??= localDocuments(stack.urls.dynamodb);
    return (await documents.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  };

  it('Should make one case, put the calm words in its conversation, tell its holder, and raise nothing else', async () => {
    clock.set('2026-11-18T15:10:00Z');
    const [accepted] = await text('Someone pulled a knife on me in the locker room at plant 2');
    const code = codeIn(accepted);
    clock.set('2026-11-18T15:10:05Z');
    const reply = await text('The vending machine ate my dollar');
    expect(reply).toEqual([expect.stringContaining(`Your words were added to case ${code}`)]);
    analyzer.release();

    await stack.waitForStatus(code, 'escalated');
    const first = await emailAbout('plant2-gm@example.com', /knife/);
    expect(first.body.text).not.toContain('vending machine');
    const before = (await emailsTo('plant2-gm@example.com')).length;
    // Behind the report, in its conversation, and its holder told of it.
    const view = await threadOf(code, 1);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([['employee', 'The vending machine ate my dollar']]);
    await emailAbout('plant2-gm@example.com', /vending machine/, before);

    const items = await scan();
    expect(items.filter((i) => i.type === 'case' && i.channel === 'sms')).toHaveLength(1);
    expect(items.filter((i) => i.type === 'escalation')).toHaveLength(1);
    // The words reached one person once, as an answer on the case: no email of a case of their own, to anyone.
    expect((await outbox(stack.urls.outbox)).filter((e) => /vending machine/.test(e.body.text ?? ''))).toHaveLength(1);
  }, 240_000);
});
