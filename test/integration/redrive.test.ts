import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { Analysis, Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import { runRedriveCli } from '../../scripts/redrive';
import { useTestStack } from '../support/test-stack';
import { outbox, waitFor } from '../support/outbox';

/** Fails every text containing "hoist" until healed, as a broken analyzer release would. */
class BrokenAnalyzer implements Analyzer {
  broken = true;
  async analyze(docs: AnalyzerInput[]) {
    const results: Map<string, Analysis | Error> = await new OfflineAnalyzer().analyze(docs);
    for (const doc of docs)
      if (this.broken && doc.text.includes('hoist')) results.set(doc.id, new Error('cannot analyse'));
    return results;
  }
}

describe('an urgent message the analyzer cannot read, on the local stack', () => {
  const analyzer = new BrokenAnalyzer();
  const stack = useTestStack({ analyzer, visibilityTimeoutSeconds: 1 });
  // Calm words (a frayed hoist chain, which this test once used, reads urgent in its own words since 2026-12-06).
  const TEXT = 'Can we get the hoist on line 2 repainted, the yellow paint has faded';

  const depth = async (url: string) =>
    Number(
      (
        await localSqs(stack.urls.sqs).send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
        )
      ).Attributes?.ApproximateNumberOfMessages,
    );
  async function cli(...args: string[]) {
    const lines: string[] = [];
    const code = await runRedriveCli(args, localSqs(stack.urls.sqs), (line) => lines.push(line));
    return { code, out: lines.join('\n') };
  }

  it('Should reach its sponsor at once with the text withheld, then wait in the DLQ, which `npm run redrive` empties once the cause is fixed', async () => {
    const { caseCode } = await stack.submit({ text: TEXT, site: 'plant2', escalate: true });
    const withheld = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.subject.startsWith('Urgent: ')),
    );
    expect(withheld.subject).toMatch(/^Urgent: /);
    expect(withheld.body.text).toContain(
      'could not be processed safely, so it is not shown; the employee marked this urgent',
    );
    for (const part of [withheld.subject, withheld.body.text, withheld.body.html]) expect(part).not.toContain('hoist');
    // Escalated once its email was accepted, a moment after it is in the outbox.
    await stack.waitForStatus(caseCode, 'escalated');

    // Only marked urgent (its words are calm), it went to the marked lane, and so to that lane's DLQ.
    await waitFor(
      'the marked-urgent analysis DLQ',
      async () => ((await depth(stack.queues.analysisMarked.dlqUrl)) === 1 ? true : undefined),
      25_000,
    );

    const dry = await cli('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('analysis-marked DLQ: 1 message waiting.');
    expect(dry.out).toContain('\nanalysis DLQ: 0 messages waiting.');
    expect(dry.out).toContain('Check first: the analyzer');
    expect(dry.out).toContain('escalation DLQ: 0 messages waiting.');
    expect(dry.out).not.toContain('hoist'); // never a body
    expect(await depth(stack.queues.analysisMarked.dlqUrl)).toBe(1);

    analyzer.broken = false;
    const run = await cli();
    expect(run.out).toContain('analysis-marked DLQ: moved 1 of 1 message back to the analysis-marked queue.');
    const update = await waitFor('the text, once it can be read', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.subject.startsWith('Text now available')),
    );
    expect(update.body.text).toContain('hoist on line 2 repainted');
    expect(await depth(stack.queues.analysisMarked.dlqUrl)).toBe(0);
  });

  it('Should refuse an unknown queue with a clear message', async () => {
    const { code, out } = await cli('--queue', 'digest');
    expect(code).toBe(2);
    expect(out).toContain(
      "Unknown queue 'digest': choose analysis-priority, analysis-marked, analysis, escalation-priority, escalation or sms-erase.",
    );
  });
});
