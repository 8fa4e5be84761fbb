import { describe, expect, it } from 'vitest';
import { outbox, waitFor } from '../support/outbox';
import { GUN_THREAT, useFloodStack } from '../support/report-flood';

const FLOOD = 40;

/**
 * The analysis lanes put a report urgent in its own words before a flood of
 * ticked-only ones; the escalation queue must too. Sending an escalation
 * takes the mail service (SES in its sandbox sends about one a second), so a
 * flood of ticked-only reports already analysed, their escalations queued,
 * must never stand in front of the escalation of a report whose words say
 * someone is in danger. With the escalate worker paused, the flood's
 * escalations are queued first and the real one last; once the worker
 * resumes, the real one is emailed first. Order, not timing: before the fix
 * every escalation shared one first-in, first-out queue, so the whole flood
 * was emailed before it.
 */
describe('the escalation of a report urgent in its own words goes out before a flood of ticked-only ones', () => {
  const { stack, submitEach, untilRaised } = useFloodStack();

  const analysed = async (codes: string[]) =>
    waitFor(
      'the reports to be analysed',
      async () => {
        const statuses = await Promise.all(codes.map((code) => stack.statusOf(code)));
        return statuses.every((s) => s.body.status !== 'received') || undefined;
      },
      120_000,
    );

  it('Should email the gun threat before any of the ticked flood queued ahead of it', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    await stack.escalatePoller.stop();
    const flood = await submitEach(FLOOD, (i) => ({ text: `URGENT coffee ${i}`, site: 'hq', escalate: true }));
    // The flood is analysed and its escalations are queued before the real report is even written.
    await analysed(flood);

    // Ticked too, as an attacker's reports are: its words decide, not the box.
    const { status, caseCode: realCode } = await stack.submit({ text: GUN_THREAT, site: 'hq', escalate: true });
    expect(status).toBe(201);
    await analysed([realCode]);
    // Nothing was emailed while the escalate worker was paused.
    expect((await outbox(stack.urls.outbox)).length).toBe(before);

    stack.escalatePoller.start();
    await stack.waitForStatus(realCode, 'escalated', 60_000);
    const emailedFirst = await waitFor('the first escalation email', async () =>
      (await outbox(stack.urls.outbox)).slice(before).at(0),
    );
    expect(emailedFirst.body.text ?? '').toContain('pistola');
    expect(emailedFirst.body.text ?? '').not.toContain('coffee');

    // Nothing of the flood is lost for it: each ticked report is raised and, past the hour's few emails one
    // by one, told to its sponsor with the others in the sweep's one email (marked-urgent-flood.test.ts).
    await untilRaised(flood, 240_000);
    await stack.sweep();
    for (const code of flood) await stack.waitForStatus(code, 'escalated', 120_000);
    const emailed = (await outbox(stack.urls.outbox)).slice(before);
    const oneByOne = emailed.filter((email) => email.body.text?.includes('coffee')).length;
    const together = emailed
      .map((email) => Number(/^(\d+) more reports? (?:was|were) marked urgent/.exec(email.subject)?.[1] ?? 0))
      .reduce((sum, n) => sum + n, 0);
    expect(oneByOne + together).toBe(FLOOD);
  }, 300_000);
});
