import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it, vi } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { outbox, waitFor } from '../support/outbox';
import { useTestStack } from '../support/test-stack';

// Found last session: an analysis message that failed its shape check (an older or newer intake, a field
// gone wrong) was failed unread, however urgent its words: five retries, the DLQ and an alarm, and no
// sponsor ever heard of it. Now its text is read for urgency and an urgent one reaches its sponsor at once,
// redacted as any other; a message with no readable text still only waits in the DLQ, and the operator
// reads a line saying which fields could not be read, never the words.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';

describe('an analysis message not in the shape this version reads, on the local stack', { timeout: 120_000 }, () => {
  const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
  const errors = vi.spyOn(logger, 'error');
  const stack = useTestStack({ logger, visibilityTimeoutSeconds: 1, deadLetterCheckSeconds: 1 });
  const send = async (body: unknown) =>
    localSqs(stack.urls.sqs).send(
      new SendMessageCommand({
        QueueUrl: stack.queues.analysis.url,
        MessageBody: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  const mailAbout = async (to: string, words: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(to) && e.body.text?.includes(words));
  const dlqDepth = async () => {
    const { Attributes } = await localSqs(stack.urls.sqs).send(
      new GetQueueAttributesCommand({
        QueueUrl: stack.queues.analysis.dlqUrl,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    return Number(Attributes?.ApproximateNumberOfMessages);
  };
  const logged = () => JSON.stringify(errors.mock.calls);

  it('Should email the site’s sponsor at once, redacted, when a newer intake’s message reports a fire', async () => {
    // A channel this version does not know, a week written another way, no case key: the shape check fails.
    await send({
      id: randomUUID(),
      channel: 'teams',
      week: '2026-12-04',
      site: 'plant2',
      escalate: false,
      text: 'Fire in the paint shop at Plant 2, smoke everywhere, call Maria on 555-867-5309',
      sentAt: '2026-12-04T10:00:00Z',
    });
    const [email] = await waitFor('the sponsor’s email', async () => {
      const found = await mailAbout(GM, 'paint shop');
      return found.length ? found : undefined;
    });
    expect(email!.subject).toMatch(/^Urgent: /);
    expect(email!.body.text).toContain('[PHONE]');
    expect(email!.body.text).not.toContain('867-5309');
    // The operator reads which fields could not be read, and that it went to its sponsor anyway; never its words.
    await waitFor('the operator’s line', async () => (logged().includes('not in the shape') ? true : undefined));
    expect(logged()).toMatch(/fields that could not be read: caseKey, channel, week/);
    expect(logged()).toMatch(/1 urgent one\(s\) went to their sponsor anyway/);
    expect(logged()).not.toMatch(/paint shop|Maria|5309/);
  });

  it('Should email the company-wide sponsor of its topic when the site is unknown, and still land in the DLQ once', async () => {
    const before = await dlqDepth();
    // An older intake: no id, no case key, no "escalate", a site this config does not have.
    await send({
      site: 'plant9',
      text: 'A man collapsed by the loading dock and is not breathing, nobody is with him',
    });
    await waitFor('the topic’s company-wide sponsor', async () => {
      const found = await mailAbout(COO, 'loading dock');
      return found.length ? found : undefined;
    });
    expect(await mailAbout(GM, 'loading dock')).toEqual([]);
    // Not counted, not analysed: it waits for the operator, and its retries sent nobody a second email.
    await waitFor('the DLQ', async () => ((await dlqDepth()) > before ? true : undefined), 40_000);
    expect(await mailAbout(COO, 'loading dock')).toHaveLength(1);
  });

  it('Should email its sponsor once when the same body without an id comes back from the DLQ under a new queue id', async () => {
    // An older intake's message: no id, no case key. A redrive sends the same body again as a new SQS message.
    const body = { site: 'plant2', text: 'Gas smell by boiler room 2 at Plant 2, people are feeling dizzy' };
    const before = await dlqDepth();
    await send(body);
    await waitFor('the sponsor’s email', async () =>
      (await mailAbout(GM, 'boiler room 2')).length ? true : undefined,
    );
    await waitFor('the DLQ', async () => ((await dlqDepth()) > before ? true : undefined), 40_000);
    await send(body);
    await waitFor('the DLQ again', async () => ((await dlqDepth()) > before + 1 ? true : undefined), 40_000);
    expect(await mailAbout(GM, 'boiler room 2')).toHaveLength(1);
  });

  it('Should email nobody for a calm one, and send one with no readable text to the DLQ with a line saying so', async () => {
    const before = await dlqDepth();
    await send({ site: 'plant2', text: 'The new canteen menu is great', channel: 'teams' });
    await send('{not json at all');
    await send({ id: randomUUID(), body: 'text under a name this version does not read' });
    await waitFor('all three in the DLQ', async () => ((await dlqDepth()) >= before + 3 ? true : undefined), 40_000);
    expect(await mailAbout(GM, 'canteen')).toEqual([]);
    expect(logged()).toMatch(/analysis message\(s\) have no text that can be read/);
    expect(logged()).not.toMatch(/canteen|not json at all|under a name/);
  });
});
