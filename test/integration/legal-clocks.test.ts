import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbLegalClocks } from '../../shared/adapters/aws/dynamodb-legal-clocks';
import { clocksStanding } from '../../shared/use-cases/legal-clocks';
import { fixedClock } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor, type OutboxEmail } from '../support/outbox';

// The legal clocks on the real local stack, the time moved by an injected
// clock: reminders before each deadline, the climb when one passes, the
// employee's "by when", and what leadership's digest reads.

const linkIn = (email: OutboxEmail) => email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams(fields).toString(),
});

describe('the legal clocks of an escalated case', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:20:00Z');
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let documents: ReturnType<typeof localDocuments>;
  const deadlineEmails = async (after: number) =>
    (await outbox(stack.urls.outbox)).slice(after).filter((e) => /Deadline/.test(e.subject));
  const view = async (code: string) =>
    (await (await fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'application/json' } })).json()) as {
      acknowledgeBy?: string;
      feedbackBy?: string;
    };
  const standing = () => {
    const digestSide = guardTableAccess(documents, 'digest');
    return clocksStanding({
      clocks: new DynamoDbLegalClocks(digestSide, stack.tableName, clock),
      escalations: new DynamoDbEscalationStore(digestSide, stack.tableName, clock),
      clock,
      config: stack.config,
    });
  };

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock });
    documents = localDocuments(stack.urls.dynamodb);
  });
  afterAll(async () => {
    documents?.destroy();
    await stack?.stop();
    dataDir.remove();
  });

  it('Should remind before each deadline, climb to leadership when one passes, and tell the employee by when they will hear back', async () => {
    const { caseCode } = await stack.submit({
      text: 'Someone is taking pictures in the changing room',
      site: 'hq',
      topic: 'harassment',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    // Raised in the 15:00 hour (9 AM in Chicago); 7 days on is 9 AM on the 25th: the deadline is the end of the 24th.
    expect(await view(caseCode)).toMatchObject({ acknowledgeBy: '2026-11-24' });
    const html = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(html).toContain(
      'Whatever happens, it must be acknowledged by the end of <strong>Tuesday, November 24, 2026</strong> (Central Time) at the latest.',
    );

    // Leadership's digest lists the law's deadlines of this week and the next, by whole weeks (never "two days
    // before": which cases it lists must tell no more than a deadline's week).
    clock.set('2026-11-21T15:00:00Z'); // the week before the deadline's: listed, four days before it
    await stack.sweep();
    expect(await standing()).toEqual([
      expect.objectContaining({ deadline: 'acknowledge', state: 'near', day: '2026-11-24' }),
    ]);
    clock.set('2026-11-23T15:00:00Z');
    await stack.sweep();
    expect(await standing()).toEqual([
      expect.objectContaining({ deadline: 'acknowledge', state: 'near', day: '2026-11-24' }),
    ]);

    let seen = (await outbox(stack.urls.outbox)).length;
    clock.set('2026-11-25T15:00:00Z'); // the deadline: whoever holds it and leadership
    expect((await stack.sweep()).passed).toBe(1);
    const [passed] = await deadlineEmails(seen);
    expect(passed!.subject).toMatch(/^Deadline passed: acknowledge this report/);
    expect(passed!.destination.to).toContain('leadership@example.com');
    expect(await standing()).toEqual([expect.objectContaining({ deadline: 'acknowledge', state: 'passed' })]);

    // Leadership's digest lists it, with who holds it; no sponsor's digest does.
    seen = (await outbox(stack.urls.outbox)).length;
    await stack.digest('2026-W47');
    const digests = (await outbox(stack.urls.outbox)).slice(seen);
    const forLeadership = digests.filter((e) => e.destination.to.includes('leadership@example.com'));
    expect(forLeadership.length).toBeGreaterThan(0);
    // Passed this very week: listed by its week, never its day, as "fewer than k" (one case); overdue from the
    // digest of the week after (docs/anonymity.md).
    expect(forLeadership[0]!.body.text).toMatch(
      /Legal deadlines this week and next:\n(?: {4}.*\n)*? {4}1 to 4 cases held by .+ have a legal deadline in the week of Mon 23 Nov, not yet met/,
    );
    expect(forLeadership[0]!.body.text).not.toMatch(/November 24/);
    for (const other of digests.filter((e) => !e.destination.to.includes('leadership@example.com')))
      expect(other.body.text).not.toMatch(/legal deadline/i);

    // Acknowledged late: that deadline is met, and the feedback clock runs three months from now.
    clock.set('2026-11-25T16:10:00Z');
    expect((await fetch(linkIn(passed!), form({ action: 'acknowledge' }))).status).toBe(200);
    expect(await view(caseCode)).toMatchObject({ feedbackBy: '2027-02-24' });
    expect(await standing()).toEqual([]);

    seen = (await outbox(stack.urls.outbox)).length;
    clock.set('2027-02-23T16:00:00Z');
    expect((await stack.sweep()).reminded).toBe(1);
    clock.set('2027-02-25T16:00:00Z');
    expect((await stack.sweep()).passed).toBe(1);
    const feedback = await deadlineEmails(seen);
    expect(feedback.map((e) => e.subject.replace(/ \([^()]*\)$/, ''))).toEqual([
      'Deadline: the end of Wednesday, February 24, 2027 (Central Time): tell the employee what is being done',
      'Deadline passed: tell the employee what is being done',
    ]);

    // Answering meets it.
    const last = await waitFor('a fresh link', async () => feedback.at(-1));
    expect(
      (await fetch(linkIn(last), form({ action: 'respond', response: 'The room now has a lock and a camera ban.' })))
        .status,
    ).toBe(200);
    expect(await standing()).toEqual([]);
  });
});
