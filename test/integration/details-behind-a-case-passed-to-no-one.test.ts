import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import { useConversationStack } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';

// sms40, item 1. The intake reads a text urgent (on the safe side while its urgency reader loads, or where analysis,
// reading later, disagrees: here the year turns between the two readings, and "a fire in the warehouse in 2026" is
// last year's history by then), so the calm words the same phone texts next, while the case is on its way, are
// queued behind it as its details, and the texter is told so. Analysis then reads the report calm: passed to no one,
// its conversation has no reader. Until 2026-12-06 the details were kept there all the same, read by nobody, though
// the texter had been told "Your answer on case … was sent". Now they are read as the case's report is: counted in
// the week's figures and offered to the digest, their own urgency read, and the reply says what is true.

/** Comprehend, slow on the first report: the case is still on its way when the next text comes. */
class HeldAnalyzer implements Analyzer {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  async analyze(docs: AnalyzerInput[]) {
    if (docs.some((d) => d.text.includes('warehouse'))) await this.gate;
    return new OfflineAnalyzer().analyze(docs);
  }
}

describe('details texted behind a report the intake read urgent on the safe side, analysed calm', () => {
  const analyzer = new HeldAnalyzer();
  const { stack, clock, employeeView, text } = useConversationStack({ analyzer, at: '2026-12-31T23:50:00Z' });
  let documents: ReturnType<typeof localDocuments> | undefined;
  afterAll(() => documents?.destroy());
  const scan = async () => {
    documents ??= localDocuments(stack.urls.dynamodb);
    return (await documents.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
  };

  it('Should read the details as reports under that case, counted for the digest, and tell the texter so', async () => {
    clock.set('2026-12-31T23:59:50Z');
    const accepted = await text('There was a fire in the warehouse in 2026');
    const code = codeIn(accepted[0]);
    expect(accepted.join(' ')).toMatch(/in danger now/);
    // Analysis reads it in the new year: last year's history, calm.
    clock.set('2027-01-01T00:00:05Z');
    const reply = await text('Also the parking lot lights by gate 4 have been out for weeks');
    expect(reply).toEqual([expect.stringContaining(`Your words were added to case ${code}`)]);
    expect(reply.join(' ')).not.toMatch(/was sent/);
    analyzer.release();

    await stack.waitForStatus(code, 'analysed');
    // Read 20 seconds behind the report: a report's words, offered to the week's digest under its own topic.
    const quoted = await waitFor(
      'the details offered to the digest',
      async () =>
        (await scan()).find((i) => i.kind === 'verbatim' && /parking lot lights/.test(String(i.text))) ?? undefined,
      60_000,
    );
    expect(quoted).toMatchObject({ topic: 'facilities', site: 'plant2', channel: 'sms' });
    // Not kept in a conversation nobody reads, and no one emailed: calm words, a calm case.
    expect((await employeeView(code)).messages).toEqual([]);
    expect((await employeeView(code)).status).toBe('analysed');
    const items = await scan();
    expect(items.filter((i) => i.type === 'case' && i.channel === 'sms')).toHaveLength(1);
    expect(items.filter((i) => i.type === 'escalation')).toHaveLength(0);
    expect(await outbox(stack.urls.outbox)).toEqual([]);
  }, 240_000);
});
