import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SmsErasureJob } from '../../../shared/domain/sms-erasure';
import type { Queue } from '../../../shared/ports/queue';
import { appWithFakes, fixedClock } from '../../support/fixtures';
import {
  ACCOUNT_SID,
  inspectableRateState,
  newMessageSid,
  PUBLIC_URL,
  repliesOf,
  signedTwilioRequest,
  smsChannel,
  STATUS_URL,
  statusCallbackFields,
  TWILIO_TOKEN,
  twilioFields,
} from '../../support/sms';

/** Records each erasure the intake schedules; `fail` makes it refuse, as SQS does when unreachable. */
class RecordingErasureQueue implements Queue<SmsErasureJob> {
  readonly jobs: { job: SmsErasureJob; delaySeconds: number }[] = [];
  fail = false;
  async enqueue(job: SmsErasureJob, { delaySeconds = 0 }: { delaySeconds?: number } = {}): Promise<void> {
    if (this.fail) throw new Error('QueueDoesNotExist');
    this.jobs.push({ job, delaySeconds });
  }
}

function appWithErasure() {
  const clock = fixedClock();
  const erasure = new RecordingErasureQueue();
  const { rateState } = inspectableRateState(clock);
  return { ...appWithFakes({ clock, rateState, sms: smsChannel(clock, { erasure }) }), erasure };
}

/** A status callback for a reply, signed as Twilio signs it, to the callback URL the reply carried. */
function callback(
  fields: Record<string, string>,
  inbound?: string,
  options: { url?: string; token?: string; body?: string } = {},
) {
  const query = inbound === undefined ? '' : `?inbound=${inbound}`;
  const url = options.url ?? `${STATUS_URL}${query}`;
  return { path: `/sms/twilio/status${query}`, init: signedTwilioRequest(fields, { ...options, url }) };
}

describe('POST /sms/twilio: replies ask for status callbacks', () => {
  it('Should ask Twilio to report each reply’s status to the status route, carrying the texter’s message SID', async () => {
    const { app } = appWithErasure();
    const inbound = newMessageSid();
    const res = await app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields({ MessageSid: inbound, SmsSid: inbound, SmsMessageSid: inbound })),
    );
    const xml = await res.clone().text();
    expect(xml).toMatch(
      new RegExp(
        `<Message action="${PUBLIC_URL}/sms/twilio/status\\?inbound=${inbound}" method="POST">[^<]+</Message>`,
      ),
    );
    expect((await repliesOf(res))[0]).toMatch(/case code/);
  });

  it('Should queue the erasure of a text that gets no reply (STOP) at once, since no callback will come', async () => {
    const { app, erasure } = appWithErasure();
    const inbound = newMessageSid();
    const res = await app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields({ MessageSid: inbound, Body: 'STOP' })),
    );
    expect(await repliesOf(res)).toEqual([]);
    expect(erasure.jobs).toEqual([{ job: { accountSid: ACCOUNT_SID, messageSids: [inbound] }, delaySeconds: 60 }]);
  });

  it('Should still answer the texter when the erasure cannot be queued', async () => {
    const { app, erasure } = appWithErasure();
    erasure.fail = true;
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: 'STOP' })));
    expect(res.status).toBe(200);
  });

  it('Should ask for no callback when erasure is not configured', async () => {
    const { app } = appWithFakes({ sms: smsChannel() });
    const xml = await (await app.request('/sms/twilio', signedTwilioRequest(twilioFields()))).text();
    expect(xml).not.toContain('action=');
  });
});

describe('POST /sms/twilio/status: a reply’s status callback', () => {
  it('Should queue the erasure of the texter’s message and the reply once the reply is delivered, answering empty TwiML', async () => {
    const { app, erasure } = appWithErasure();
    const [inbound, reply] = [newMessageSid(), newMessageSid()];
    const { path, init } = callback(statusCallbackFields({ MessageSid: reply, MessageStatus: 'delivered' }), inbound);
    const res = await app.request(path, init);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    expect(erasure.jobs).toEqual([
      { job: { accountSid: ACCOUNT_SID, messageSids: [inbound, reply] }, delaySeconds: 60 },
    ]);
  });

  it.each(['undelivered', 'failed'])('Should queue the erasure when the reply is %s', async (status) => {
    const { app, erasure } = appWithErasure();
    const { path, init } = callback(statusCallbackFields({ MessageStatus: status }), newMessageSid());
    expect((await app.request(path, init)).status).toBe(200);
    expect(erasure.jobs).toHaveLength(1);
  });

  it('Should queue the erasure of a reply left at sent for 15 minutes later, in case the carrier never confirms', async () => {
    const { app, erasure } = appWithErasure();
    const { path, init } = callback(statusCallbackFields({ MessageStatus: 'sent' }), newMessageSid());
    expect((await app.request(path, init)).status).toBe(200);
    expect(erasure.jobs.map((j) => j.delaySeconds)).toEqual([900]);
  });

  it.each(['queued', 'sending', 'accepted'])('Should queue nothing while the reply is %s', async (status) => {
    const { app, erasure } = appWithErasure();
    const { path, init } = callback(statusCallbackFields({ MessageStatus: status }), newMessageSid());
    expect((await app.request(path, init)).status).toBe(200);
    expect(erasure.jobs).toEqual([]);
  });

  it('Should erase the reply alone when its callback URL carries no texter’s message', async () => {
    const { app, erasure } = appWithErasure();
    const reply = newMessageSid();
    const { path, init } = callback(statusCallbackFields({ MessageSid: reply }));
    expect((await app.request(path, init)).status).toBe(200);
    expect(erasure.jobs.map((j) => j.job.messageSids)).toEqual([[reply]]);
  });

  const inbound = newMessageSid();
  it.each([
    [
      'no signature',
      () => ({
        path: `/sms/twilio/status?inbound=${inbound}`,
        init: {
          ...signedTwilioRequest(statusCallbackFields()),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
      }),
    ],
    [
      'a signature made with another auth token',
      () => callback(statusCallbackFields(), inbound, { token: 'fedcba9876543210fedcba9876543210' }),
    ],
    [
      'a signature for the inbound webhook',
      () => callback(statusCallbackFields(), inbound, { url: `${PUBLIC_URL}/sms/twilio?inbound=${inbound}` }),
    ],
    [
      'another texter’s message SID swapped into the URL',
      () => {
        const signed = callback(statusCallbackFields(), inbound);
        return { path: `/sms/twilio/status?inbound=${newMessageSid()}`, init: signed.init };
      },
    ],
    [
      'a status changed after signing',
      () => {
        const fields = statusCallbackFields({ MessageStatus: 'queued' });
        return callback(fields, inbound, {
          body: new URLSearchParams({ ...fields, MessageStatus: 'delivered' }).toString(),
        });
      },
    ],
  ])('Should refuse a forged callback (%s) with 403 and erase nothing', async (_, request) => {
    const { app, erasure } = appWithErasure();
    const { path, init } = request();
    const res = await app.request(path, init);
    expect(res.status).toBe(403);
    expect(erasure.jobs).toEqual([]);
  });

  it.each([
    ['a message SID that is not one', statusCallbackFields({ MessageSid: '../../Calls/CA1' }), inbound],
    ['an account SID that is not one', statusCallbackFields({ AccountSid: 'AC1/Messages' }), inbound],
    [
      'no status',
      (() => {
        const f = statusCallbackFields();
        delete (f as Record<string, string | undefined>).MessageStatus;
        return f;
      })(),
      inbound,
    ],
    ['a texter’s SID that is not one', statusCallbackFields(), '+15557340982'],
  ])('Should answer 400, erasing nothing, for a signed callback with %s', async (_, fields, inboundSid) => {
    const { app, erasure } = appWithErasure();
    const { path, init } = callback(fields, inboundSid);
    const res = await app.request(path, { ...init, headers: { ...init.headers, accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect(erasure.jobs).toEqual([]);
  });

  it('Should answer 403 to a callback that is not a form, or larger than any Twilio sends', async () => {
    const { app } = appWithErasure();
    expect(
      (
        await app.request('/sms/twilio/status', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    const big = statusCallbackFields({ Padding: 'x'.repeat(20_000) });
    const { path, init } = callback(big, inbound);
    expect((await app.request(path, init)).status).toBe(403);
  });

  it('Should answer 503 when the erasure cannot be queued, so that it is visible', async () => {
    const { app, erasure } = appWithErasure();
    erasure.fail = true;
    const { path, init } = callback(statusCallbackFields(), inbound);
    expect((await app.request(path, init)).status).toBe(503);
  });

  it('Should answer 503 when SMS is not configured', async () => {
    const { app } = appWithFakes();
    const { path, init } = callback(statusCallbackFields(), inbound, { token: TWILIO_TOKEN });
    expect((await app.request(path, init)).status).toBe(503);
  });
});

describe('POST /sms/twilio/status under random signed fields', () => {
  const field = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('__proto__', 'delivered', 'sent', newMessageSid(), ACCOUNT_SID, '\u0000'),
  );
  it('Should answer every signed callback 200 or a clear 4xx, never a 5xx, and queue an erasure only of well-formed SIDs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ MessageSid: field, MessageStatus: field, AccountSid: field }, { requiredKeys: [] }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), field, { maxKeys: 4 }),
        fc.option(field, { nil: undefined }),
        async (known, extra, inbound) => {
          const { app, erasure } = appWithErasure();
          const fields = Object.fromEntries(
            Object.entries({ ...extra, ...known }).filter(([, value]) => value !== undefined),
          ) as Record<string, string>;
          const query = inbound === undefined ? '' : `?inbound=${encodeURIComponent(inbound)}`;
          const init = signedTwilioRequest(fields, { url: `${STATUS_URL}${query}` });
          const res = await app.request(`/sms/twilio/status${query}`, {
            ...init,
            headers: { ...init.headers, accept: 'application/json' },
          });
          expect(res.status === 200 || (res.status >= 400 && res.status < 500), String(res.status)).toBe(true);
          for (const { job } of erasure.jobs) {
            expect(job.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
            for (const sid of job.messageSids) expect(sid).toMatch(/^(SM|MM)[0-9a-f]{32}$/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('POST /sms/twilio with odd SIDs', () => {
  it('Should still answer a text whose account SID is not one, asking for no callback it could not use', async () => {
    const { app, erasure } = appWithErasure();
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ AccountSid: 'not-an-account' })));
    expect((await repliesOf(res.clone()))[0]).toMatch(/case code/);
    expect(await res.text()).not.toContain('action=');
    expect(erasure.jobs).toEqual([]);
  });

  it('Should still have the reply erased when the texter’s SID is not one it can put in a URL', async () => {
    const { app } = appWithErasure();
    const odd = `SM${'ABCDEF0123456789'.repeat(2)}`;
    const res = await app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields({ MessageSid: odd, SmsSid: odd, SmsMessageSid: odd })),
    );
    expect(await res.text()).toContain(`action="${PUBLIC_URL}/sms/twilio/status" method="POST"`);
  });
});
