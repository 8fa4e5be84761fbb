import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { codeIn } from '../support/sms';

/*
 * Details texted seconds apart after an urgent report ("2 guys are still in there", then "its the one by gate 3")
 * were listed in the thread in the order analysis placed them, not the order they were sent: the first, urgent on
 * its own, goes to the priority lane and is read by the detector before it is kept, and under load the second was
 * placed first ("its the one by gate 3", then "2 guys are still in there": which one?). Here the priority lane is
 * held (as a busy or slow reading holds it) until the second is in the thread, so the race is lost every time: the
 * thread still lists them in the order Twilio delivered them, for the employee and for the sponsor alike.
 */
describe('details texted seconds apart, analysed out of turn, on the running stack', () => {
  let holdPriority = false;
  const { stack, clock, emailAbout, emailsTo, threadOf, text } = useConversationStack({
    instrumentClients: ({ sqs }) => {
      sqs.middlewareStack.add(
        (next, context) => async (args) => {
          const input = args.input as { QueueUrl?: string };
          if (
            holdPriority &&
            context.commandName === 'ReceiveMessageCommand' &&
            input.QueueUrl === stack.queues.analysisPriority.url
          )
            return { output: { Messages: [], $metadata: {} }, response: {} } as never;
          return next(args);
        },
        { step: 'initialize', name: 'holdThePriorityLane' },
      );
    },
  });

  it('Should list the details in the order they were texted though the second was analysed first', async () => {
    clock.set('2026-11-18T16:10:00Z');
    const [accepted] = await text('the chlorine tank in the pump house is leaking and the alarm isnt working');
    const code = codeIn(accepted);
    await stack.waitForStatus(code, 'escalated');
    await emailAbout('plant2-gm@example.com', /chlorine tank/);
    const before = (await emailsTo('plant2-gm@example.com')).length;

    holdPriority = true;
    try {
      clock.set('2026-11-18T16:10:30Z');
      expect((await text('2 guys are still in there'))[0]).toContain(`Your answer on case ${code} was sent`);
      clock.set('2026-11-18T16:10:45Z');
      expect((await text('its the one by gate 3'))[0]).toContain(`Your answer on case ${code} was sent`);
      // The second is in the thread first: the race this test is about, lost.
      const first = await threadOf(code, 1);
      expect(first.messages.map((m) => m.text)).toEqual(['its the one by gate 3']);
    } finally {
      holdPriority = false;
    }
    await emailAbout('plant2-gm@example.com', /2 guys are still in there/, before);
    const view = await threadOf(code, 2);
    expect(view.messages.map((m) => m.text)).toEqual(['2 guys are still in there', 'its the one by gate 3']);
  }, 240_000);
});
