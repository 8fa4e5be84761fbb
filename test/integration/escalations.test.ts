import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import type { Email, Mailer } from '../../shared/ports/mailer';
import { fixedClock } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { useTestStack } from '../support/test-stack';
import { outbox, waitFor, type OutboxEmail } from '../support/outbox';
import { waitForQueuesEmpty } from '../support/queues-empty';

const linkIn = (email: OutboxEmail) => email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams(fields).toString(),
});

describe('the escalation loop on the local stack', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const stack = useTestStack({ clock });

  it('Should take an urgent submission to its sponsor, whose answer the employee then reads by case code', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again. Ask Maria, 555-201-7788.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');

    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    expect(email.subject).toMatch(/^Urgent: Health and safety at Plant 2/);
    expect(email.body.text).toContain('[PHONE]');
    expect(email.body.text).not.toContain('555-201-7788');
    expect(email.body.html).not.toMatch(/<script|<img|<svg/i);

    const link = linkIn(email);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Acknowledge');
    // Opening the link changes nothing: mail scanners open links too.
    // Escalated once its email was accepted, a moment after it is in the outbox.
    await stack.waitForStatus(caseCode, 'escalated');

    expect((await fetch(link, form({ action: 'acknowledge' }))).status).toBe(200);
    expect((await stack.statusOf(caseCode)).body.status).toBe('acknowledged');

    const answer = 'Thank you. The exit was cleared today and is now checked at every shift change.';
    expect((await fetch(link, form({ action: 'respond', response: answer }))).status).toBe(200);
    const status = await stack.statusOf(caseCode);
    expect(status.body).toMatchObject({ status: 'responded', response: answer });
    const employeePage = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(employeePage).toContain(answer);

    const trail = await (await fetch(link)).text();
    for (const step of [
      'Raised and sent to',
      'Emailed to',
      ': Acknowledged</li>',
      'Response published for the employee',
    ])
      expect(trail).toContain(step);
    // In the sponsor's words: no codes, no levels, and not the employees' footer.
    expect(trail).not.toMatch(/urgent-topic|requested|at level|no topic given|Please leave out names/);
    expect(trail).toContain('Answered; acknowledged around');
  });

  it("Should treat the employee's own 'urgent' (the form's checkbox) as urgent: 'Urgent:' and the urgent deadline, to the hour, with its zone", async () => {
    // 15:00 UTC is 9 AM in Chicago; the urgent SLA is 4 hours.
    const page = await fetch(
      `${stack.urls.app}/feedback`,
      form({ text: 'Please look at how the new bonus scheme was announced', site: 'hq', topic: 'pay', escalate: 'on' }),
    );
    const caseCode = (await page.text()).match(/id="case-code"[^>]*>([\w-]+)</)![1]!;
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the CHRO email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('chro@example.com')),
    );
    expect(email.subject).toBe(
      'Urgent: Pay and benefits at Headquarters: please acknowledge by Wednesday, November 18, 2026 at 1 PM Central Time',
    );
    expect(email.body.text).toContain('Raised: around Wednesday, November 18, 2026 at 9 AM Central Time');
    expect(email.body.html).toContain('Wednesday, November 18, 2026 at 1 PM Central Time');
    expect(email.body.text).toContain('The employee asked for it to be treated as urgent.');
    expect((await fetch(linkIn(email), form({ action: 'acknowledge' }))).status).toBe(200);
  });

  it('Should refuse forged, altered and expired links with a clear 403 page', async () => {
    const email = (await outbox(stack.urls.outbox))[0]!;
    const link = linkIn(email);
    const [payload, signature] = link.split('/ack/')[1]!.split('.');
    const altered = `${stack.urls.app}/ack/${payload}x.${signature}`;
    const forged = `${stack.urls.app}/ack/${payload}.${'A'.repeat(signature!.length)}`;
    for (const url of [altered, forged]) {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('This link is not valid');
    }
    clock.set('2026-12-31T00:00:00Z'); // past the 14-day link lifetime
    const expired = await fetch(link, { headers: { accept: 'text/html' } });
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('This link has expired');
    clock.set('2026-11-18T15:00:00Z');
  });

  it('Should re-escalate to the backup, then leadership, when nobody acknowledges in time', async () => {
    clock.set('2026-11-19T09:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'A forklift nearly hit someone in aisle 4, there is no spotter',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    // The status turns once the sponsor's email is accepted: count from once it is in the outbox.
    await waitFor('the plant manager’s email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => /forklift/i.test(e.body.text ?? '')),
    );
    const before = (await outbox(stack.urls.outbox)).length;

    clock.set('2026-11-19T12:00:00Z'); // within the 4-hour SLA
    expect((await stack.sweep()).moved).toBe(0);

    clock.set('2026-11-19T13:30:00Z'); // past it: to the backup
    expect((await stack.sweep()).moved).toBe(1);
    expect((await stack.sweep()).moved).toBe(0); // not twice
    // The backup has the full four hours from the climb at 13:30, to 18:00.
    clock.set('2026-11-19T17:55:00Z');
    expect((await stack.sweep()).moved).toBe(0);
    clock.set('2026-11-19T18:05:00Z'); // past the backup's SLA: to leadership
    expect((await stack.sweep()).moved).toBe(1);

    // An hour before each 4-hour deadline its holder is reminded; the case climbs twice.
    // Not the chases of the urgent cases acknowledged and left by the tests above (acknowledged-urgent-chased.test.ts).
    const sent = (await outbox(stack.urls.outbox)).slice(before).filter((e) => !/nothing done since/.test(e.subject));
    expect(sent.map((e) => e.destination.to[0])).toEqual([
      'plant2-gm@example.com',
      'coo@example.com',
      'coo@example.com',
      'leadership@example.com',
    ]);
    expect(sent[0]!.subject).toMatch(/reminder/i);
    expect(sent[1]!.body.text).toMatch(/not acknowledged in time/);
    expect(sent[2]!.subject).toMatch(
      /^Reminder: please acknowledge by Thursday, November 19, 2026 at 12 PM Central Time/,
    );
  });
});

describe('escalation delivery when email fails', () => {
  it('Should retry a failed email five times, then leave it to the sweep, never to a DLQ that would keep its case with the millisecond it was sent (op43)', async () => {
    const dataDir = tempDataDir();
    let attempts = 0;
    let mailBack = false;
    const sent: Email[] = [];
    const flakyMailer: Mailer = {
      async send(email: Email) {
        attempts += 1;
        if (mailBack) {
          sent.push(email);
          return;
        }
        throw Object.assign(new Error('Throttling: Maximum sending rate exceeded'), {
          name: 'TooManyRequestsException',
        });
      },
    };
    const stack = await startTestStack({ dataDir: dataDir.path, mailer: flakyMailer, visibilityTimeoutSeconds: 1 });
    try {
      const { caseCode } = await stack.submit({
        text: 'Someone was injured by the press and nobody reported it',
        site: 'hq',
      });
      await stack.waitForStatus(caseCode, 'forwarding');
      await waitFor('five tries', async () => (attempts >= 5 ? true : undefined), 25_000);
      // Its message is gone from both escalation lanes and their DLQs: nothing keeps its case beside SQS's stamp.
      const sqs = localSqs(stack.urls.sqs);
      // Handled, in sight or in flight: deleted, or (before op43's fix) moved to the DLQ.
      await waitForQueuesEmpty(stack);
      for (const url of [stack.queues.escalationPriority.dlqUrl, stack.queues.escalation.dlqUrl]) {
        const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 0 }));
        expect(Messages ?? []).toHaveLength(0);
      }
      expect(attempts).toBe(5);
      // Nothing urgent is lost: the employee's page says it is on its way, and the sweep after mail comes back sends it.
      expect((await stack.statusOf(caseCode)).body.status).toBe('forwarding');
      mailBack = true;
      await stack.sweep();
      expect(sent.flatMap((e) => e.to)).toContain('coo@example.com');
      await stack.waitForStatus(caseCode, 'escalated');
    } finally {
      await stack.stop();
      dataDir.remove();
    }
  });
});
