import { describe, expect, it } from 'vitest';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { newMessageSid, repliesOf, signedTwilioRequest, smsTestApp, twilioFields } from '../../support/sms';

/**
 * An answer by SMS whose first delivery stopped after its MessageSid was
 * remembered and before the answer was queued (the function timed out, and
 * forgetting the MessageSid failed too): the provider's retry must still
 * send the answer, once.
 */
describe('an SMS answer whose first delivery stopped half-way', () => {
  it("Should send the answer on the provider's retry, as one delivery however often it is retried", async () => {
    const env = smsTestApp();
    const { caseCode } = await submitFeedback(env.deps, {
      channel: 'web',
      text: 'The exit is blocked',
      escalate: true,
    });
    await env.store.advanceStatus([...env.store.cases.values()][0]!.caseKey, 'escalated');
    env.queue.messages.length = 0;
    // The first delivery: the queue fails, and so does forgetting the MessageSid.
    const claim = env.deps.rateState.claim.bind(env.deps.rateState);
    env.deps.rateState.claim = async (...args) => {
      const made = await claim(...args);
      return made.kind === 'first'
        ? { ...made, release: async () => Promise.reject(new Error('table throttled')) }
        : made;
    };
    const fields = twilioFields({ Body: `REPLY ${caseCode} The east door, by bay 3.`, MessageSid: newMessageSid() });
    env.queue.fail = true;
    const first = await env.app.request('/sms/twilio', signedTwilioRequest(fields));
    await first.text();
    env.queue.fail = false;
    expect(env.queue.messages).toHaveLength(0);

    for (let retry = 0; retry < 2; retry++) {
      const res = await env.app.request('/sms/twilio', signedTwilioRequest(fields));
      expect(res.status).toBe(200);
      expect((await repliesOf(res)).join(' ')).toMatch(/sent/i);
    }
    const answers = env.queue.messages.filter((m) => m.text === 'The east door, by bay 3.');
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers.map((m) => m.id)).size).toBe(1); // one delivery: the thread adds it once
  });
});
