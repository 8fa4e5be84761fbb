import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { describe, expect, it } from 'vitest';
import { appWithFakes, fixedClock } from '../../support/fixtures';
import {
  codeIn,
  repliesOf,
  signedTwilioRequest,
  smsChannel,
  STATUS_URL,
  statusCallbackFields,
  TWILIO_TOKEN,
  twilioFields,
  WEBHOOK_URL,
} from '../../support/sms';

function smsApp(sms = true) {
  const clock = fixedClock();
  return appWithFakes({ clock, ...(sms ? { sms: smsChannel(clock) } : {}) });
}

/** A body that records whether anyone read it: a request refused at the door must not be. */
function watchedBody(text: string) {
  const read = { started: false };
  // highWaterMark 0: the stream pulls only when someone reads it, not to fill a buffer ahead.
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read.started = true;
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, read };
}

/** A request to `url` on the app, with `headers` and a body that reports whether it was read. */
function post(url: string, headers: Record<string, string>, text: string) {
  const { body, read } = watchedBody(text);
  const request = new Request(url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
  return { request, read };
}

describe('Twilio webhooks take only form posts signed by Twilio, refusing the rest before reading them', () => {
  const fields = twilioFields({ Body: 'The fire door on line 2 is chained shut' });
  const validSignature = getExpectedTwilioSignature(TWILIO_TOKEN, WEBHOOK_URL, fields);

  it('Should answer a correctly signed form with a case code (200, TwiML)', async () => {
    const { app, store } = smsApp();
    const res = await app.request('/sms/twilio', signedTwilioRequest(fields));
    expect(res.status).toBe(200);
    expect(codeIn((await repliesOf(res))[0])).toBeTruthy();
    expect(store.cases.size).toBe(1);
  });

  it.each([
    ['JSON with no signature', { 'content-type': 'application/json' }, JSON.stringify(fields)],
    [
      'JSON with a forged signature',
      { 'content-type': 'application/json', 'x-twilio-signature': 'bm90LWEtc2lnbmF0dXJlLWF0LWFsbA==' },
      JSON.stringify(fields),
    ],
    [
      'JSON carrying a valid signature of the same fields as a form',
      { 'content-type': 'application/json', 'x-twilio-signature': validSignature },
      JSON.stringify(fields),
    ],
    [
      'the signed form sent as text/plain',
      { 'content-type': 'text/plain', 'x-twilio-signature': validSignature },
      new URLSearchParams(fields).toString(),
    ],
    [
      'the signed form with no content type',
      { 'x-twilio-signature': validSignature },
      new URLSearchParams(fields).toString(),
    ],
    [
      'the signed form declared in another charset',
      { 'content-type': 'application/x-www-form-urlencoded; charset=ISO-8859-1', 'x-twilio-signature': validSignature },
      new URLSearchParams(fields).toString(),
    ],
    [
      'a form with no signature',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams(fields).toString(),
    ],
  ])('Should answer 403, read nothing and keep nothing, for %s', async (_, headers, text) => {
    const { app, store, queue } = smsApp();
    const { request, read } = post(WEBHOOK_URL, headers, text);
    const res = await app.request(request);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('<Response>');
    expect(read.started).toBe(false);
    expect(store.cases.size + queue.messages.length).toBe(0);
  });

  it('Should answer 403 to a signed form larger than anything Twilio sends, without checking it', async () => {
    const { app, store } = smsApp();
    const huge = twilioFields({ Body: 'x'.repeat(200_000) });
    const res = await app.request('/sms/twilio', signedTwilioRequest(huge));
    expect(res.status).toBe(403);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer 403 to an unsigned JSON post when SMS is not set up, not a reply in words', async () => {
    const { app } = smsApp(false);
    const { request } = post(WEBHOOK_URL, { 'content-type': 'application/json' }, '{}');
    expect((await app.request(request)).status).toBe(403);
  });

  it('Should answer 403 to a status callback sent as JSON, even with the signature of the same fields', async () => {
    const { app } = smsApp();
    const callback = statusCallbackFields();
    const signature = getExpectedTwilioSignature(TWILIO_TOKEN, STATUS_URL, callback);
    const { request, read } = post(
      STATUS_URL,
      { 'content-type': 'application/json', 'x-twilio-signature': signature },
      JSON.stringify(callback),
    );
    expect((await app.request(request)).status).toBe(403);
    expect(read.started).toBe(false);
  });
});
