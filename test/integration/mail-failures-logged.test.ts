import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, describe, expect, it } from 'vitest';
import { WeekOnlyLogFormatter } from '../../local/week-only-log-formatter';
import { captureOutput } from '../support/capture-output';
import { waitFor } from '../support/outbox';
import { useStackBehindRefusingSes } from '../support/refusing-ses-stack';

// Left alone last session: an email about a case that failed in the sweep was counted, never logged, so the
// operator's alarm said "sweep failures" and nothing told throttling (wait) from a refused address (fix the
// config). Each failure is now logged with its kind and the mail service's own error name; never the
// address (the service's message names it), the case, or anything the employee wrote (promise 10).

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';
const LEADERSHIP = 'leadership@example.com';
const CEO = 'ceo@example.com';
const CHRO = 'chro@example.com';
const TEXT = 'The guard rail on mezzanine 4 is hanging loose over the packing line.';

interface Line {
  message?: string;
  step?: string;
  kind?: string;
  errorName?: string;
}

describe('emails about a case that fail are logged by kind, on the local stack', { timeout: 120_000 }, () => {
  const output = captureOutput();
  const { stack, front } = useStackBehindRefusingSes({
    logger: new Logger({ serviceName: 'mail-failures', logLevel: 'WARN', logFormatter: new WeekOnlyLogFormatter() }),
  });
  afterAll(() => output.restore());

  const lines = (): Line[] =>
    output
      .text()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Line);
  /** The sweep's lines of `kind` (the escalate queue's own retries log theirs too, as step `escalate`). */
  const swept = (kind: string) => lines().filter((l) => l.step === 'deliver' && l.kind === kind);

  it('Should log throttling and a refused address apart, by the service’s error name, and nothing personal', async () => {
    front.throttled.add(GM);
    const { caseCode } = await stack.submit({ text: TEXT, site: 'plant2', escalate: true });
    // While the mail service throttles, the sweep's tries are logged as throttled.
    await waitFor('a throttled email logged', async () => {
      await stack.sweep();
      return swept('throttled').find((l) => l.errorName === 'TooManyRequestsException');
    });

    // Every address refused, the sponsors past the ladder too (an urgent case is tried on them once its ladder is
    // refused: reach-past-refused-chain.ts): logged as refused, by SES's own name for it.
    front.throttled.clear();
    for (const address of [GM, COO, LEADERSHIP, CEO, CHRO]) front.refused.add(address);
    await waitFor('a refused address logged', async () => {
      await stack.sweep();
      return swept('address-refused').find((l) => l.errorName === 'MessageRejected');
    });
    // Neither was ever logged as the other.
    expect(swept('throttled').every((l) => l.errorName !== 'MessageRejected')).toBe(true);
    expect(swept('address-refused').every((l) => l.errorName !== 'TooManyRequestsException')).toBe(true);

    // Nothing in any line names an address, the case, its escalation or its words.
    const all = output.text();
    expect(all).not.toMatch(/@example\.com/);
    expect(all).not.toContain(caseCode);
    expect(all).not.toContain('case:');
    expect(all).not.toMatch(/[0-9a-f]{64}/);
    expect(all).not.toContain('mezzanine');
    expect(all).not.toContain('guard rail');
  });
});
