import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { outbox, type OutboxEmail } from '../support/outbox';
import { GUN_THREAT, useFloodStack } from '../support/report-flood';

const FLOOD = 40;
/** `escalation.markedUrgentEmailsPerHour` in the example settings (the default). */
const LIMIT = 5;
/** `escalation.urgentReportsPerSourcePerHour` in the example settings: a source's reports counted as quiet. */
const PER_SOURCE = 3;
const MANAGER = 'plant2-gm@example.com';
/** The manager's backup, to whom what they leave unacknowledged climbs. */
const BACKUP = 'coo@example.com';

const deskLinkIn = (email: OutboxEmail) =>
  email.body.text!.match(/Open your case desk: (http:\/\/127\.0\.0\.1:\d+\/desk\/[\w.-]+)/)?.[1];

/**
 * Ticking "urgent" costs nothing, so one person (or a script within the intake's budgets) can tick it on
 * a flood of reports. Before, each reached the sponsor as its own "Urgent:" email, and the sweep reminded
 * and climbed each on its own: forty ticked reports were forty emails, then forty reminders, then forty
 * more to the backup, with the one report whose words say someone has a gun somewhere among them.
 */
describe('a flood of reports only marked urgent, beside one whose words are a threat', () => {
  const clock = fixedClock('2026-11-18T15:10:00Z');
  const { stack, submitEach, untilRaised } = useFloodStack({ clock });
  const to = async (address: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(address));
  const codes: string[] = [];
  let threatCode = '';

  it('Should email the threat on its own, at most the hour’s allowance of ticked ones, and tell the rest in one email', async () => {
    const rota = (i: number) => ({
      text: `Please post next week's rota soon, it is still missing (${i})`,
      site: 'plant2',
      topic: 'scheduling',
      escalate: true,
    });
    // The threat in the middle of the flood.
    codes.push(...(await submitEach(FLOOD / 2, rota)));
    const threat = await stack.submit({ text: GUN_THREAT, site: 'plant2', escalate: true });
    expect(threat.status).toBe(201);
    threatCode = threat.caseCode;
    codes.push(...(await submitEach(FLOOD / 2, rota, FLOOD / 2)));
    await stack.waitForStatus(threatCode, 'escalated', 120_000);
    // Every ticked report analysed and its escalation raised (on the desk), then nothing left in flight.
    await untilRaised(codes, 180_000);

    const before = await to(MANAGER);
    const threatEmails = before.filter((e) => e.body.text?.includes('pistola'));
    expect(threatEmails).toHaveLength(1);
    expect(threatEmails[0]!.subject).toMatch(/^Urgent: /);
    const ticked = before.filter((e) => e.body.text?.includes('rota'));
    // The hour's five; and the script's own first three are from a quiet source (`quiet-source.ts`): one taken
    // after the hour's were spent still has its own email, from the allowance kept for quiet sources.
    expect(ticked.length).toBeGreaterThanOrEqual(LIMIT);
    expect(ticked.length).toBeLessThanOrEqual(LIMIT + PER_SOURCE);
    const alone = ticked.length;
    // The rest wait on the desk, not yet told: "being passed to a senior leader" to their senders.
    const statuses = await Promise.all(codes.map(async (code) => (await stack.statusOf(code)).body.status));
    expect(statuses.filter((s) => s === 'escalated')).toHaveLength(alone);
    expect(statuses.filter((s) => s === 'forwarding')).toHaveLength(FLOOD - alone);

    await stack.sweep();
    const told = (await to(MANAGER)).slice(before.length);
    expect(told.map((e) => e.subject)).toEqual([
      `${FLOOD - alone} more reports were marked urgent by their senders: see your case desk`,
    ]);
    const summary = told[0]!;
    expect(summary.body.text).toContain(`past ${LIMIT} an hour`);
    expect(summary.body.text).toContain('the first is Wednesday, November 18, 2026 at 1 PM Central Time');
    // It quotes no report: each is read on the desk, behind the link.
    expect(summary.body.text).not.toContain('rota');
    for (const code of codes) expect((await stack.statusOf(code)).body.status).toBe('escalated');

    // Every case is on the manager's desk, the threat among them.
    const desk = await (await fetch(deskLinkIn(summary)!, { headers: { accept: 'text/html' } })).text();
    expect(desk.match(/<li class="desk-case/g)).toHaveLength(FLOOD + 1);

    // Another sweep in the same hour tells nothing again.
    await stack.sweep();
    expect(await to(MANAGER)).toHaveLength(before.length + 1);
  }, 300_000);

  it('Should remind the manager of the ticked cases in one email, and of the threat in its own', async () => {
    const before = (await to(MANAGER)).length;
    clock.set('2026-11-18T18:05:00Z'); // within the hour before the 19:00 deadline
    await stack.sweep();
    const reminders = (await to(MANAGER)).slice(before);
    expect(reminders.map((e) => e.subject).sort()).toEqual([
      `Reminder: ${FLOOD} reports marked urgent by their senders wait for your acknowledgement`,
      expect.stringMatching(/^Reminder: please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time/),
    ]);
    await stack.sweep();
    expect(await to(MANAGER)).toHaveLength(before + 2);
  }, 120_000);

  it('Should tell the backup of the ticked cases that climbed to them in one email, and of the threat in its own', async () => {
    const before = (await to(BACKUP)).length;
    clock.set('2026-11-18T19:05:00Z');
    expect((await stack.sweep()).moved).toBe(FLOOD + 1);
    const climbed = (await to(BACKUP)).slice(before);
    expect(climbed).toHaveLength(2);
    expect(climbed.map((e) => e.subject)).toContain(
      `${FLOOD} reports marked urgent by their senders were not acknowledged in time and are now with you`,
    );
    expect(climbed.filter((e) => e.body.text?.includes('pistola'))).toHaveLength(1);
    await stack.sweep();
    expect(await to(BACKUP)).toHaveLength(before + 2);
  }, 120_000);
});
