import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSes, localSqs } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';
import { waitForQueuesEmpty } from '../support/queues-empty';
import { startRefusingFront } from '../support/refusing-ses';

// The attacker's finding: with SES refusing, an urgent report showed "escalated" within 2 s and the page
// said "A senior leader has it", while its email was refused five times and went to the escalation DLQ;
// the backup was first told four hours later by the sweep. Now the case is "being passed on" until an email
// is accepted; while SES itself fails (down, throttling) it is retried, then the sweep sends it; an address SES
// refuses for good (MessageRejected, BadRequestException) is gone past at once, to the backup, by the
// escalate stage itself, never waiting for a sweep (up to `escalation.sweepMinutes`) while nobody knows.
// On the local stack, with aws-ses-v2-local behind a front that fails as SES does.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';
const URGENT = {
  text: 'The forklift in bay 3 has no working horn and nearly hit someone',
  site: 'plant2',
  escalate: true,
};

describe('an urgent report whose email SES refuses, on the local stack', { timeout: 120_000 }, () => {
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startRefusingFront>>;
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  const start = async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      // Longer than a try against a failing SES on a busy machine (the SDK's own retries): a try outliving its
      // message's visibility is refused its delete and received a sixth time, into the DLQ. On AWS the visibility is
      // six times the consumer's timeout, so that never happens.
      visibilityTimeoutSeconds: 2,
      mailer: new SesMailer(localSes(front.endpoint), 'listening-post@example.com'),
    });
  };
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startRefusingFront(ses);
    await start();
  });
  afterAll(async () => {
    await stack?.stop();
    await front?.close();
    await ses?.close();
    dataDir.remove();
  });

  /** SES itself failing for every address (a 503 outage), or back. */
  const sesDown = (down: boolean) => front.failNextAs(down ? 1_000_000 : 0, 'unavailable');
  const emailsTo = async (to: string) =>
    (await outbox(ses.endpoint)).filter((e) => e.destination.to.includes(to) && e.subject.startsWith('Urgent: '));
  const escalationDlqDepth = async () => {
    // Both lanes' DLQs: a report urgent in its words takes the priority lane, one only ticked the other.
    let depth = 0;
    for (const { dlqUrl } of [stack.queues.escalationPriority, stack.queues.escalation]) {
      const { Attributes } = await localSqs(stack.urls.sqs).send(
        new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
      );
      depth += Number(Attributes?.ApproximateNumberOfMessages);
    }
    return depth;
  };
  const page = async (code: string) =>
    (await fetch(`${stack.urls.app}/status/${code}?lang=en`, { headers: { accept: 'text/html' } })).text();

  it('Should say it is being passed on, never that a leader has it, until the sweep sends it (never left in a DLQ that dates it: op43)', async () => {
    sesDown(true);
    const { caseCode } = await stack.submit(URGENT);
    await stack.waitForStatus(caseCode, 'forwarding');
    const waiting = await page(caseCode);
    expect(waiting).toContain('Being passed to a senior leader');
    expect(waiting).toContain('It has not reached them yet');
    expect(waiting).not.toContain('A senior leader has it');
    // Every try of its message fails; the last leaves it to the sweep, not to the DLQ.
    await waitForQueuesEmpty(stack);
    expect(await escalationDlqDepth()).toBe(0);
    expect((await stack.statusOf(caseCode)).body.status).toBe('forwarding');
    expect(await emailsTo(GM)).toEqual([]);

    sesDown(false);
    await stack.sweep();
    await waitFor('the sponsor’s email', async () => ((await emailsTo(GM)).length === 1 ? true : undefined));
    await stack.waitForStatus(caseCode, 'escalated');
    expect(await page(caseCode)).toContain('A senior leader has it');
  });

  it('Should go to the backup at once, with no sweep, when its sponsor’s address is refused, as new to them', async () => {
    sesDown(false);
    front.refused.add(GM);
    try {
      const before = (await emailsTo(COO)).length;
      const { caseCode } = await stack.submit({ ...URGENT, text: `${URGENT.text} (bay 4)` });
      // No sweep is run: the escalate stage itself moves it on.
      const told = await waitFor('the backup’s email', async () => {
        const emails = await emailsTo(COO);
        return emails.length > before ? emails.at(-1) : undefined;
      });
      expect(told.body.text).toContain('bay 4');
      expect(told.body.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/ack\//); // a link the backup can open
      expect(told.subject).not.toMatch(/overdue/i);
      await stack.waitForStatus(caseCode, 'escalated');
      expect(await page(caseCode)).toContain('A senior leader has it');
      expect((await emailsTo(GM)).filter((e) => e.body.text?.includes('bay 4'))).toEqual([]);
      expect(await escalationDlqDepth()).toBe(0);
    } finally {
      front.refused.delete(GM);
    }
  });

  it('Should go to the backup at once when SES answers that the address is invalid (BadRequestException)', async () => {
    sesDown(false);
    front.failNextAs(1, 'invalid');
    const before = (await emailsTo(COO)).length;
    const { caseCode } = await stack.submit({ ...URGENT, text: `${URGENT.text} (bay 6)` });
    const told = await waitFor('the backup’s email', async () => {
      const emails = await emailsTo(COO);
      return emails.length > before ? emails.at(-1) : undefined;
    });
    expect(told.body.text).toContain('bay 6');
    await stack.waitForStatus(caseCode, 'escalated');
    expect((await emailsTo(GM)).filter((e) => e.body.text?.includes('bay 6'))).toEqual([]);
  });

  it.each(['throttled', 'paused'] as const)(
    'Should stay with its sponsor and reach them when SES is %s for a while, never the backup',
    async (kind) => {
      sesDown(false);
      const mark = `(bay 7 ${kind})`;
      front.failNextAs(1_000_000, kind);
      const { caseCode } = await stack.submit({ ...URGENT, text: `${URGENT.text} ${mark}` });
      await stack.waitForStatus(caseCode, 'forwarding');
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // a few of its message's retries
      expect((await stack.statusOf(caseCode)).body.status).toBe('forwarding');
      front.failNextAs(0, kind);
      await waitFor('the sponsor’s email', async () => (await emailsTo(GM)).find((e) => e.body.text?.includes(mark)));
      await stack.waitForStatus(caseCode, 'escalated');
      expect((await emailsTo(COO)).filter((e) => e.body.text?.includes(mark))).toEqual([]);
    },
  );

  it('Should be sent by the first sweep after a restart, when SES came back while it was down', async () => {
    sesDown(true);
    const { caseCode } = await stack.submit({ ...URGENT, text: `${URGENT.text} (bay 5)` });
    await stack.waitForStatus(caseCode, 'forwarding');
    await stack.stop();
    sesDown(false);
    await start();
    expect((await stack.statusOf(caseCode)).body.status).not.toBe('escalated');
    await waitFor('the sponsor’s email', async () => {
      await stack.sweep();
      return (await emailsTo(GM)).find((e) => e.body.text?.includes('bay 5'));
    });
    await stack.waitForStatus(caseCode, 'escalated');
  });
});
