import { describe, expect, it } from 'vitest';
import { gsm7Length, isGsm7 } from '../../../shared/domain/gsm7';
import { appWithFakes, fixedClock } from '../../support/fixtures';
import { codeIn, repliesOf, signedTwilioRequest, smsChannel, twilioFields } from '../../support/sms';

function smsApp(overrides: Parameters<typeof appWithFakes>[0] = {}) {
  const clock = fixedClock();
  return appWithFakes({ clock, sms: smsChannel(clock), ...overrides });
}

/**
 * What the texter's phone shows for an answer Twilio takes: a 2xx, TwiML, one short message; for a refusal,
 * followed by the emergency line (every refusal of a report gives it). Returns the first.
 */
async function textShown(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
  const replies = await repliesOf(res.clone());
  expect(await res.text()).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>[^<]+<\/Message>(<Message>[^<]+<\/Message>)?<\/Response>$/,
  );
  if (replies.length > 1) expect(replies.slice(1)).toEqual([expect.stringMatching(/danger/)]);
  for (const reply of replies) expect(isGsm7(reply) && gsm7Length(reply) <= 160, reply).toBe(true);
  return replies[0]!;
}

describe('POST /sms/twilio: refusals the texter can read', () => {
  it('Should tell the texter a message is too long, in TwiML with status 200, for a text over the limit', async () => {
    const { app, store, queue } = smsApp();
    // 1,600 emoji: as many characters as Twilio passes on, but 6,400 bytes, over the 4,900 a text may hold.
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: '😀'.repeat(1600) })));
    expect(await textShown(res)).toMatch(/^Too long to save: .* Nothing was saved\.$/);
    expect(store.cases.size + queue.messages.length).toBe(0);
  });

  it('Should tell the texter nothing was saved, in TwiML with status 200, for fields that are not an inbound message', async () => {
    const { app, store } = smsApp();
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ MessageSid: 'not-a-sid' })));
    expect(await textShown(res)).toMatch(/could not read that message, so nothing was saved/);
    expect(store.cases.size).toBe(0);
  });

  it('Should ask the texter to send it again, in TwiML with status 200, when the table is down', async () => {
    const { app, store, queue } = smsApp();
    store.failWrites = true;
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields()));
    expect(await textShown(res)).toMatch(/could not save your message just now\. Please send it again/);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should still answer 403, not TwiML, and keep nothing, for a missing or wrong signature', async () => {
    const { app, store, queue } = smsApp();
    const forged = await app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields(), { token: 'not-the-token-not-the-token' }),
    );
    expect(forged.status).toBe(403);
    expect(await forged.text()).not.toContain('<Response>');
    const init = signedTwilioRequest(twilioFields());
    const unsigned = await app.request('/sms/twilio', {
      ...init,
      headers: { 'content-type': init.headers['content-type']! },
    });
    expect(unsigned.status).toBe(403);
    expect(store.cases.size + queue.messages.length).toBe(0);
  });

  it('Should not be held to the web channels’ budgets: texts keep getting case codes while web posts are refused', async () => {
    const { app, store } = smsApp({ rateLimits: { api: { perSecond: 0.001, burst: 1 } } });
    const senders = ['+15557340001', '+15557340002', '+15557340003', '+15557340004'];
    for (const From of senders) {
      const res = await app.request(
        '/sms/twilio',
        signedTwilioRequest(twilioFields({ From, Body: `The fridge is broken, says ${From.slice(-1)}` })),
      );
      expect(codeIn(await textShown(res))).toBeTruthy();
    }
    expect(store.cases.size).toBe(senders.length);
    const json = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"text":"hi"}',
    };
    expect((await app.request('/feedback', json)).status).toBe(201);
    expect((await app.request('/feedback', json)).status).toBe(429);
  });
});

describe('POST /sms/twilio: strict form decoding', () => {
  it('Should refuse a field whose percent-escapes are not UTF-8, rather than store "��"', async () => {
    const { app, store, queue } = smsApp();
    // Signed as the replacement characters a lenient parser would read, so only strictness can refuse it.
    const fields = twilioFields({ Body: '\uFFFD\uFFFD' });
    const body = new URLSearchParams(fields).toString().replace(/Body=[^&]*/, 'Body=%FF%FE');
    const res = await app.request('/sms/twilio', signedTwilioRequest(fields, { body }));
    expect(await textShown(res)).toMatch(/could not read that message, so nothing was saved/);
    expect(store.cases.size + queue.messages.length).toBe(0);
  });

  it('Should take percent-encoded UTF-8 and + as a space, as Twilio sends them', async () => {
    const { app, queue } = smsApp();
    const fields = twilioFields({ Body: 'Café 100% ☕ + more' });
    const res = await app.request('/sms/twilio', signedTwilioRequest(fields));
    expect(codeIn(await textShown(res))).toBeTruthy();
    expect(queue.messages[0]!.text).toBe('Café 100% ☕ + more');
  });

  it('Should take a form that names UTF-8 as its charset', async () => {
    const { app } = smsApp();
    const init = signedTwilioRequest(twilioFields());
    const utf8 = { ...init.headers, 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' };
    expect(codeIn(await textShown(await app.request('/sms/twilio', { ...init, headers: utf8 })))).toBeTruthy();
  });
});
