import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { waitFor } from '../support/outbox';
import { deskLinkIn } from '../support/sponsor-case';

/**
 * Issue 14 item 4: whoever holds a case is reminded, once, before every
 * deadline at which it would climb: the service level's (4 hours for a
 * case by default, sooner than the law's 7 days), the next holder's after
 * it climbs, and the law's for feedback after the acknowledgement. The whole
 * life of one case on the real stand-ins (dynalite, the SES outbox), an
 * injected clock stepping through it, every sweep run more than once and
 * some at once.
 */

const GM = 'chro@example.com';
const COO = 'ceo@example.com';
const LEADERSHIP = 'leadership@example.com';
const REPORT = 'Someone keeps taking pictures of people in the changing room.';

/** The case page's own "Acknowledge by …". */
const acknowledgeByOn = (page: string) => /<dt><strong>Acknowledge by<\/strong><\/dt><dd>([^<]*)<\/dd>/.exec(page)?.[1];

// Many sweeps and emails in a row; an email's claim found held now waits for its sender's "still sending" mark
// (sent-emails.ts), so the whole walk takes more than the layer's 30 s on a shared machine.
describe('a reminder before every deadline at which a case climbs', { timeout: 180_000 }, () => {
  const { stack, clock, emailsTo: mailTo, employeeView } = useConversationStack({ at: '2026-11-18T10:30:00Z' });
  const subjectsTo = async (address: string) =>
    (await mailTo(address)).map((e) => e.subject.replace(/ \([^()]*\)$/, ''));
  /** Every sweep of an hour runs three times at once, then once more: a reader is told once all the same. */
  const sweepAt = async (instant: string) => {
    clock.set(instant);
    await Promise.all([stack.sweep(), stack.sweep(), stack.sweep()]);
    await stack.sweep();
  };
  const ackPage = async (link: string) => (await fetch(link, { headers: { accept: 'text/html' } })).text();

  it('Should remind each holder before their deadline, once, and climb only when it passes', async () => {
    const { caseCode } = await stack.submit({ text: REPORT, site: 'hq', topic: 'harassment' });
    await stack.waitForStatus(caseCode, 'escalated');
    const [escalated] = await waitFor('the manager’s email', async () => {
      const mails = await mailTo(GM);
      return mails.length ? mails : undefined;
    });
    // Raised in the 10:00 hour (4 AM Central Time): the service level's 4 hours bind, before the law's 7 days.
    expect(escalated!.subject).toMatch(/please acknowledge by Wednesday, November 18, 2026 at 8 AM Central Time/);

    // Nothing in the hours before the reminder.
    await sweepAt('2026-11-18T11:05:00Z');
    await sweepAt('2026-11-18T12:55:00Z');
    expect(await subjectsTo(GM)).toHaveLength(1);

    // An hour before the service level's deadline: the sponsor is reminded of the deadline their page shows.
    await sweepAt('2026-11-18T13:00:00Z');
    await sweepAt('2026-11-18T13:55:00Z');
    const gmMail = await mailTo(GM);
    expect(gmMail).toHaveLength(2);
    const reminder = gmMail[1]!;
    expect(reminder.subject).toMatch(
      /^Reminder: please acknowledge by Wednesday, November 18, 2026 at 8 AM Central Time \(/,
    );
    expect(reminder.body.text).toContain('After that, it is passed on to the next person responsible.');
    expect(reminder.body.text).not.toContain('pictures');
    expect(acknowledgeByOn(await ackPage(linkIn(reminder)))).toBe('Wednesday, November 18, 2026 at 8 AM Central Time');
    expect(await (await fetch(deskLinkIn(escalated!)!)).text()).toContain(
      'Waiting for you: acknowledge by Wednesday, November 18, 2026 at 8 AM Central Time',
    );

    // Not acknowledged: at the deadline it climbs to the backup, who has 4 hours of their own, from the climb (14:05) to the next whole hour.
    await sweepAt('2026-11-18T14:05:00Z');
    const [climbed] = await waitFor('the backup told', async () => {
      const mails = await mailTo(COO);
      return mails.length ? mails : undefined;
    });
    expect(climbed!.subject).toMatch(/please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time/);
    await sweepAt('2026-11-18T16:05:00Z');
    await sweepAt('2026-11-18T17:05:00Z');
    expect(await mailTo(COO)).toHaveLength(1);

    // An hour before the backup's own deadline: they are reminded of it, once; the manager hears no more.
    await sweepAt('2026-11-18T18:05:00Z');
    const cooMail = await mailTo(COO);
    expect(cooMail.map((e) => e.subject.replace(/ \([^()]*\)$/, ''))).toEqual([
      climbed!.subject.replace(/ \([^()]*\)$/, ''),
      'Reminder: please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time',
    ]);
    expect(await mailTo(GM)).toHaveLength(2);

    // The backup acknowledges: the law's feedback clock runs three months from that hour.
    clock.set('2026-11-18T18:40:00Z');
    const ack = await fetch(linkIn(cooMail[1]!), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ action: 'acknowledge' }).toString(),
    });
    expect(ack.status).toBe(200);
    // Three months from noon in Chicago is noon on 18 February: the deadline is the end of the 17th there.
    expect((await employeeView(caseCode)).feedbackBy).toBe('2027-02-17');

    // No climb at the service level's hour once acknowledged; the feedback reminder two days before, once.
    // Urgent and acknowledged, then nothing done: the first sweep after it (here months on) chases the backup
    // and tells the leadership list (acknowledged-urgent-chased.test.ts), once each.
    await sweepAt('2026-11-18T19:05:00Z');
    await sweepAt('2027-02-16T05:05:00Z');
    expect(await mailTo(COO)).toHaveLength(3);
    await sweepAt('2027-02-16T06:05:00Z');
    await sweepAt('2027-02-17T06:05:00Z');
    // Feedback overdue once the 17th is over in Chicago: the holder and leadership are told, once each,
    // however often the sweep runs.
    await sweepAt('2027-02-18T06:05:00Z');
    await sweepAt('2027-02-18T07:05:00Z');

    expect(await subjectsTo(GM)).toEqual([
      escalated!.subject.replace(/ \([^()]*\)$/, ''),
      'Reminder: please acknowledge by Wednesday, November 18, 2026 at 8 AM Central Time',
    ]);
    expect(await subjectsTo(COO)).toEqual([
      climbed!.subject.replace(/ \([^()]*\)$/, ''),
      'Reminder: please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time',
      'Urgent, acknowledged, nothing done since: please act on it now',
      'Deadline: the end of Wednesday, February 17, 2027 (Central Time): tell the employee what is being done',
      'Deadline passed: tell the employee what is being done',
    ]);
    expect(await subjectsTo(LEADERSHIP)).toEqual([
      expect.stringMatching(/^Urgent, acknowledged by .+, nothing done since: see that it is being dealt with$/),
      'Deadline passed: tell the employee what is being done',
    ]);
  });
});
