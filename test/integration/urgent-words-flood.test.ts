import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { outbox, type OutboxEmail } from '../support/outbox';
import { useFloodStack } from '../support/report-flood';

const FLOOD = 60;
/** `escalation.urgentEmailsPerHour` in the example settings (the default). */
const LIMIT = 30;
/** `escalation.urgentReportsPerSourcePerHour` in the example settings: a source's reports counted as quiet. */
const PER_SOURCE = 3;
/** Where the real report comes: past the hour's emails one by one, so it is in the sweep's list. */
const THREAT_AFTER = 45;
const MANAGER = 'plant2-gm@example.com';
/** The manager's backup, to whom what they leave unacknowledged climbs. */
const BACKUP = 'coo@example.com';
const THREAT = 'there is a guy with a gun in the warehouse saying he will shoot the supervisor';
/** One alarm a script posts again and again, the line number changed: urgent in its words every time. */
const alarm = (i: number) => `There is a fire in the paint shop on line ${i + 1}, the smoke is everywhere`;

const deskLinkIn = (email: OutboxEmail) =>
  email.body.text!.match(/Open your case desk: (http:\/\/127\.0\.0\.1:\d+\/desk\/[\w.-]+)/)?.[1];
/** The reports an email lists, one a line. */
const listed = (email: OutboxEmail) =>
  email.body
    .text!.split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));

/**
 * Words cost nothing either: 20 scripts posting "there is a fire on floor N" within the intake's budgets sent
 * a leader 1,824 "Urgent:" emails in 85 seconds, the one real report among them, and on AWS would have spent
 * the mail service's rate and daily quota, after which no escalation email goes out for anyone.
 */
describe('a flood of reports urgent in their words, beside one real threat', () => {
  const clock = fixedClock('2026-11-18T15:10:00Z');
  const { stack, submitEach, untilRaised } = useFloodStack({ clock });
  const to = async (address: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(address));
  const codes: string[] = [];
  let threatCode = '';

  it('Should email the hour’s allowance one by one, then list the rest in one email, the threat on its own line first', async () => {
    const report = (i: number) => ({ text: alarm(i), site: 'plant2' });
    codes.push(...(await submitEach(THREAT_AFTER, report)));
    const threat = await stack.submit({ text: THREAT, site: 'plant2' });
    expect(threat.status).toBe(201);
    threatCode = threat.caseCode;
    codes.push(...(await submitEach(FLOOD - THREAT_AFTER, report, THREAT_AFTER)));
    await untilRaised([...codes, threatCode], 240_000);

    const before = await to(MANAGER);
    // The hour's 30; and the script's own first three are from a quiet source (`quiet-source.ts`): one taken after
    // the hour's were spent still has its own email, from the allowance kept for quiet sources.
    expect(before.length).toBeGreaterThanOrEqual(LIMIT);
    expect(before.length).toBeLessThanOrEqual(LIMIT + PER_SOURCE);
    const alone = before.length;
    expect(before.every((e) => e.subject.startsWith('Urgent: ') && e.body.text?.includes('paint shop'))).toBe(true);
    // The rest wait on the desk, not yet told: "being passed to a senior leader" to their senders.
    const statuses = await Promise.all(
      [...codes, threatCode].map(async (code) => (await stack.statusOf(code)).body.status),
    );
    expect(statuses.filter((s) => s === 'escalated')).toHaveLength(alone);
    expect(statuses.filter((s) => s === 'forwarding')).toHaveLength(FLOOD + 1 - alone);

    // The next sweep (within sweepMinutes) tells the manager of them all in one email that lists them.
    await stack.sweep();
    const told = (await to(MANAGER)).slice(before.length);
    expect(told.map((e) => e.subject)).toEqual([
      `Urgent: ${FLOOD + 1 - alone} more reports urgent in their words: read the list`,
    ]);
    const summary = told[0]!;
    expect(listed(summary)).toEqual([
      THREAT,
      expect.stringMatching(new RegExp(`paint shop.*\\(${FLOOD - alone} alike reports\\)$`)),
    ]);
    expect(summary.body.text).toContain('the first is Wednesday, November 18, 2026 at 1 PM Central Time');
    for (const code of [...codes, threatCode]) expect((await stack.statusOf(code)).body.status).toBe('escalated');

    // Every case is on the manager's desk, the threat among them.
    const desk = await (await fetch(deskLinkIn(summary)!, { headers: { accept: 'text/html' } })).text();
    expect(desk.match(/<li class="desk-case/g)).toHaveLength(FLOOD + 1);

    // Another sweep tells nothing again; what comes later in the hour is told at the next sweep, not the next hour.
    await stack.sweep();
    expect(await to(MANAGER)).toHaveLength(before.length + 1);
    const later = await submitEach(3, report, FLOOD);
    await untilRaised(later, 120_000);
    expect(await to(MANAGER)).toHaveLength(before.length + 1);
    await stack.sweep();
    const next = (await to(MANAGER)).slice(before.length + 1);
    expect(next.map((e) => e.subject)).toEqual(['Urgent: 3 more reports urgent in their words: read the list']);
    expect(listed(next[0]!)).toEqual([expect.stringMatching(/paint shop.*\(3 alike reports\)$/)]);
    codes.push(...later);
  }, 400_000);

  it('Should remind the manager of them in one email that lists them, the threat first', async () => {
    const before = (await to(MANAGER)).length;
    clock.set('2026-11-18T18:05:00Z'); // within the hour before the 19:00 deadline
    await stack.sweep();
    const reminders = (await to(MANAGER)).slice(before);
    expect(reminders.map((e) => e.subject)).toEqual([
      `Reminder: ${codes.length + 1} reports urgent in their words wait for your acknowledgement`,
    ]);
    expect(listed(reminders[0]!)[0]).toBe(THREAT);
    await stack.sweep();
    expect(await to(MANAGER)).toHaveLength(before + 1);
  }, 120_000);

  it('Should tell the backup of them all in one email when they climb, the threat first', async () => {
    const before = (await to(BACKUP)).length;
    clock.set('2026-11-18T19:05:00Z');
    expect((await stack.sweep()).moved).toBe(codes.length + 1);
    const climbed = (await to(BACKUP)).slice(before);
    expect(climbed.map((e) => e.subject)).toEqual([
      `${codes.length + 1} reports urgent in their words were not acknowledged in time and are now with you`,
    ]);
    expect(listed(climbed[0]!)[0]).toBe(THREAT);
    await stack.sweep();
    expect(await to(BACKUP)).toHaveLength(before + 1);
  }, 120_000);
});
