import {
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';
import { waitForQueuesEmpty } from '../support/queues-empty';
import { PLANT2_NUMBER, twilioFields } from '../support/sms';

// Issue 14, "nothing is lost": an answer whose first request stopped after claiming its key and before
// queuing it (a Lambda timeout, a killed process) still reaches the thread and the sponsor, once, when the
// request is retried (the same Idempotency-Key, the same MessageSid); and the same queue message handled
// twice at the same moment (SQS delivers at least once) is one answer, told once. On the real stand-ins:
// dynalite, the queues and their consumers, the sweep, the SES outbox.

/** Holds the next answer sent to the analysis queue once armed, until `fail` is called, then fails it: a request that stops there. */
function stallNextAnswer(sqs: SQSClient) {
  let armed: { reached: () => void; failed: Promise<void> } | undefined;
  sqs.middlewareStack.add(
    (next) => async (args) => {
      const input = (args as { input: { MessageBody?: string } }).input;
      const stall = armed;
      if (stall && input.MessageBody?.includes('"threadAnswer":true')) {
        armed = undefined;
        stall.reached();
        await stall.failed;
        throw new Error('the function timed out before the answer was queued');
      }
      return next(args);
    },
    { step: 'initialize', name: 'stallNextAnswer' },
  );
  /** Arms the stall for the next answer: `whenReached` once its key is claimed and it is being queued. */
  return () => {
    let reached: () => void = () => undefined;
    let fail: () => void = () => undefined;
    const whenReached = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const failed = new Promise<void>((resolve) => {
      fail = resolve;
    });
    armed = { reached, failed };
    return { whenReached, fail };
  };
}

describe('an answer whose first request stopped half-way, or whose message came twice at once', () => {
  let stall: ReturnType<typeof stallNextAnswer>;
  const conversation = useConversationStack({
    instrumentClients: ({ sqs }) => {
      stall = stallNextAnswer(sqs);
    },
  });
  const { stack, clock } = conversation;
  const { acknowledgedCase, post, deliverSms, answersOf, settled, toldToSponsor, sweepAt } = answersTold(conversation);

  it('Should add and email once an answer whose first request stopped before queuing it, when it is retried with its Idempotency-Key', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the paint shop is blocked with pallets again.');
    clock.set('2026-11-18T15:20:00Z');
    const key = '0f4e2a6c-8b1d-4e3f-a5c7-9d2b4f6e8a10';
    const text = 'The east door, by bay three, since Monday.';
    const stalled = stall();
    const first = post(caseCode, text, key);
    await stalled.whenReached; // the key is claimed; the answer is not queued yet
    const retry = await post(caseCode, text, key);
    expect(retry.status).toBe(201);
    stalled.fail(); // and the first request never queues it
    expect((await first).status).toBe(503);

    await settled(caseCode, text);
    expect(await answersOf(caseCode)).toEqual([text]);
    await sweepAt('2026-11-18T16:05:00Z', text);
    expect(await toldToSponsor(text)).toBe(1);
    expect(await answersOf(caseCode)).toEqual([text]);
    // The key still belongs to those words.
    expect((await post(caseCode, 'Other words under the same key.', key)).status).toBe(409);
  });

  it("Should add and email once an answer by SMS whose first delivery stopped before queuing it, on the provider's retry", async () => {
    const caseCode = await acknowledgedCase('The fire exit by the welding bay is blocked with scrap again.');
    clock.set('2026-11-18T16:20:00Z');
    const text = 'The side door, since the night shift.';
    const fields = twilioFields({ Body: `${caseCode} ${text}`, To: PLANT2_NUMBER, From: '+15557340982' });
    const deliver = () => deliverSms(fields);
    const stalled = stall();
    const first = deliver();
    await stalled.whenReached;
    const retry = await deliver();
    expect(retry.status).toBe(200);
    expect(await retry.text()).toMatch(/sent/i);
    stalled.fail();
    await (await first).text();

    await settled(caseCode, text);
    expect(await answersOf(caseCode)).toEqual([text]);
    await sweepAt('2026-11-18T17:05:00Z', text);
    expect(await toldToSponsor(text)).toBe(1);
  });

  it('Should add and email once an answer whose queue message is handled twice at the same moment', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the loading bay is blocked with boxes again.');
    clock.set('2026-11-18T17:20:00Z');
    const text = 'The door nearest the canteen, all week.';
    const sqs = localSqs(stack.urls.sqs);
    try {
      // The answer's message, taken off the queue before analysis sees it, then put back twice: one batch, handled at once.
      await stack.analysisPoller.stop();
      expect((await post(caseCode, text, 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d')).status).toBe(201);
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: stack.queues.analysis.url, MaxNumberOfMessages: 10 }),
      );
      const message = Messages.find((m) => m.Body?.includes(text));
      expect(message).toBeDefined();
      await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: stack.queues.analysis.url,
          Entries: [
            { Id: 'copy-1', MessageBody: message!.Body! },
            { Id: 'copy-2', MessageBody: message!.Body! },
          ],
        }),
      );
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: stack.queues.analysis.url, ReceiptHandle: message!.ReceiptHandle! }),
      );
    } finally {
      stack.analysisPoller.start();
    }

    await settled(caseCode, text);
    expect(await answersOf(caseCode)).toEqual([text]);
    await sweepAt('2026-11-18T18:05:00Z', text);
    expect(await toldToSponsor(text)).toBe(1);
    expect(await answersOf(caseCode)).toEqual([text]);

    sqs.destroy();
  });

  it('Should add and email nothing more when the message comes again after its answer was placed and told', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the canteen is blocked with crates again.');
    clock.set('2026-11-18T18:20:00Z');
    const text = 'Yes, still blocked this morning.';
    const sqs = localSqs(stack.urls.sqs);
    let body: string | undefined;
    try {
      await stack.analysisPoller.stop();
      expect((await post(caseCode, text, 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e')).status).toBe(201);
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: stack.queues.analysis.url,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 0,
        }),
      );
      body = Messages.find((m) => m.Body?.includes(text))?.Body;
    } finally {
      stack.analysisPoller.start();
    }
    expect(body).toBeDefined();
    await settled(caseCode, text);
    await sweepAt('2026-11-18T19:05:00Z', text);
    expect(await answersOf(caseCode)).toEqual([text]);

    // The same message again, after the answer was placed and emailed (a redrive from the dead-letter queue).
    await sqs.send(new SendMessageCommand({ QueueUrl: stack.queues.analysis.url, MessageBody: body! }));
    await waitForQueuesEmpty(stack); // analysed again; its answer already told, so nothing is held for the next hour
    clock.set('2026-11-18T20:05:00Z');
    await stack.sweep();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await answersOf(caseCode)).toEqual([text]);
    expect(await toldToSponsor(text)).toBe(1);
    sqs.destroy();
  });
});
