import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../../support/capture-output';
import { appWithFakes, fixedClock } from '../../support/fixtures';
import {
  codeIn,
  newMessageSid,
  PUBLIC_URL,
  repliesOf,
  signedTwilioRequest,
  inspectableRateState,
  smsChannel,
  twilioFields,
  WEBHOOK_URL,
} from '../../support/sms';

/** The emergency line that follows every refusal of a report, in English, French or Spanish. */
const DANGER = expect.stringMatching(/danger|peligro/);

function smsApp(overrides: Parameters<typeof smsChannel>[1] = {}) {
  const clock = fixedClock();
  const sms = smsChannel(clock, overrides);
  const { store: state, rateState } = inspectableRateState(clock);
  return { ...appWithFakes({ clock, sms, rateState }), sms, state };
}

describe('POST /sms/twilio: the signature', () => {
  it('Should accept a request signed by Twilio with the auth token, answering TwiML with a case code', async () => {
    const { app, store, queue } = smsApp();
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: 'The fridge is broken' })));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    const xml = await res.clone().text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>[^<]+<\/Message><\/Response>$/);
    const [reply] = await repliesOf(res);
    expect(reply).toContain(`Your case code is ${codeIn(reply)}`);
    expect(store.cases.size).toBe(1);
    expect(queue.messages).toEqual([
      expect.objectContaining({ channel: 'sms', text: 'The fridge is broken', site: 'hq' }),
    ]);
  });

  it.each([
    [
      'a tampered body',
      (f: Record<string, string>) =>
        signedTwilioRequest(f, { body: new URLSearchParams({ ...f, Body: 'Something else' }).toString() }),
    ],
    [
      'a signature for another URL',
      (f: Record<string, string>) => signedTwilioRequest(f, { url: 'https://attacker.example/sms/twilio' }),
    ],
    [
      'a signature for another path',
      (f: Record<string, string>) => signedTwilioRequest(f, { url: `${PUBLIC_URL}/feedback` }),
    ],
    [
      'a signature made with another auth token',
      (f: Record<string, string>) => signedTwilioRequest(f, { token: 'fedcba9876543210fedcba9876543210' }),
    ],
    [
      'no X-Twilio-Signature header',
      (f: Record<string, string>) => {
        const init = signedTwilioRequest(f);
        delete init.headers['x-twilio-signature'];
        return init;
      },
    ],
    [
      'an empty X-Twilio-Signature header',
      (f: Record<string, string>) => {
        const init = signedTwilioRequest(f);
        return { ...init, headers: { ...init.headers, 'x-twilio-signature': '' } };
      },
    ],
  ])('Should answer 403 and store nothing for %s', async (_, request) => {
    const { app, store, queue, state } = smsApp();
    const res = await app.request('/sms/twilio', request(twilioFields()));
    expect(res.status).toBe(403);
    // Read by Twilio's debugger or an operator with curl, never a browser: JSON, not a web page.
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).error.message).toContain('X-Twilio-Signature');
    expect(store.cases.size).toBe(0);
    expect(queue.messages).toHaveLength(0);
    expect(state.size).toBe(0);
  });

  it('Should accept the URL signed with :443 when PUBLIC_URL has no port, and the other way round', async () => {
    const withoutPort = smsApp({ publicUrl: 'https://feedback.example.com' });
    const signedWithPort = await withoutPort.app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields(), { url: 'https://feedback.example.com:443/sms/twilio' }),
    );
    expect(signedWithPort.status).toBe(200);

    const withPort = smsApp({ publicUrl: 'https://feedback.example.com:443/' });
    const signedWithoutPort = await withPort.app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields(), { url: 'https://feedback.example.com/sms/twilio' }),
    );
    expect(signedWithoutPort.status).toBe(200);
    expect(withoutPort.store.cases.size + withPort.store.cases.size).toBe(2);
  });

  it('Should check the signature against the URL the request came in on when no public URL is configured', async () => {
    const { app, store } = smsApp({ publicUrl: undefined });
    const sameHost = await app.request(
      'https://abc123.execute-api.eu-west-1.amazonaws.com/sms/twilio',
      signedTwilioRequest(twilioFields({ Body: 'Hi, the lockers are broken' }), {
        url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/sms/twilio',
      }),
    );
    expect(sameHost.status).toBe(200);
    const otherHost = await app.request(
      'https://abc123.execute-api.eu-west-1.amazonaws.com/sms/twilio',
      signedTwilioRequest(twilioFields({ Body: 'Hi, the lockers are broken' }), {
        url: 'https://attacker.example/sms/twilio',
      }),
    );
    expect(otherHost.status).toBe(403);
    expect(store.cases.size).toBe(1);
  });

  it('Should check the query string Twilio signed too', async () => {
    const { app } = smsApp();
    const fields = twilioFields();
    const signedWithQuery = signedTwilioRequest(fields, { url: `${WEBHOOK_URL}?site=hq` });
    expect((await app.request('/sms/twilio?site=hq', signedWithQuery)).status).toBe(200);
    expect((await app.request('/sms/twilio?site=plant2', signedWithQuery)).status).toBe(403);
  });

  it('Should accept the auth token from a function, as Lambda fetches it from Secrets Manager', async () => {
    const { app } = smsApp({ twilioAuthToken: async () => '0123456789abcdef0123456789abcdef' });
    expect((await app.request('/sms/twilio', signedTwilioRequest(twilioFields()))).status).toBe(200);
  });

  // Twilio shows the texter nothing of a non-2xx answer: refusals other than
  // a bad signature are answered 200 with words (test/unit/sms/twilio-refusals.test.ts).
  it('Should ask the texter to resend, and store nothing, when the auth token cannot be fetched', async () => {
    const { app, store } = smsApp({
      twilioAuthToken: async () => {
        throw new Error('AccessDeniedException');
      },
    });
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields()));
    expect(res.status).toBe(200);
    expect(await repliesOf(res)).toEqual([expect.stringMatching(/could not save your message just now/), DANGER]);
    expect(store.cases.size).toBe(0);
  });

  it('Should ask the texter to resend, and store nothing, when the installation has no Twilio settings', async () => {
    const { app, store } = appWithFakes();
    const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields()));
    expect(res.status).toBe(200);
    expect(await repliesOf(res)).toEqual([expect.stringMatching(/could not save your message just now/), DANGER]);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer a signed request that is not an inbound message in TwiML, storing nothing', async () => {
    const { app, store } = smsApp();
    const fields = { AccountSid: `AC${'1'.repeat(32)}`, CallStatus: 'ringing' };
    const res = await app.request('/sms/twilio', signedTwilioRequest(fields));
    expect(res.status).toBe(200);
    expect(await repliesOf(res)).toEqual([expect.stringMatching(/could not read that message/), DANGER]);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer 403 to a body larger than any Twilio message could make, storing nothing', async () => {
    const { app, store } = smsApp();
    const fields = twilioFields({ Padding: 'x'.repeat(100_000) });
    const res = await app.request('/sms/twilio', signedTwilioRequest(fields));
    expect(res.status).toBe(403);
    expect(store.cases.size).toBe(0);
  });

  it('Should take a base64-encoded body from API Gateway, as hono/aws-lambda decodes it', async () => {
    const { app, store } = smsApp({ publicUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com' });
    const fields = twilioFields({ Body: 'Café au lait machine: cassée ☕' });
    const init = signedTwilioRequest(fields, { url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/sms/twilio' });
    const event: LambdaEvent = {
      version: '2.0',
      routeKey: 'POST /sms/twilio',
      rawPath: '/sms/twilio',
      rawQueryString: '',
      headers: { ...init.headers, host: 'abc123.execute-api.eu-west-1.amazonaws.com' },
      body: Buffer.from(String(init.body), 'utf8').toString('base64'),
      isBase64Encoded: true,
      requestContext: {
        accountId: '000000000000',
        apiId: 'abc123',
        authentication: null,
        authorizer: {},
        domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
        domainPrefix: 'abc123',
        http: {
          method: 'POST',
          path: '/sms/twilio',
          protocol: 'HTTP/1.1',
          sourceIp: '198.51.100.7',
          userAgent: 'TwilioProxy/1.1',
        },
        requestId: 'id',
        routeKey: 'POST /sms/twilio',
        stage: '$default',
        time: '18/Nov/2026:15:30:00 +0000',
        timeEpoch: 0,
      },
    };
    const result = await handle(app)(event, {} as Context);
    expect(result.statusCode).toBe(200);
    // Written in French, so answered in French.
    expect(result.body).toContain('Votre code de cas est');
    expect(store.cases.size).toBe(1);
  });

  it('Should log refusals and nothing from the request body, and no line at all for an accepted text (its time would date the case)', async () => {
    const sid = newMessageSid();
    const output = captureOutput();
    try {
      const { app } = appWithFakes({
        sms: smsChannel(fixedClock()),
        logger: new Logger({ serviceName: 'sms-test', logLevel: 'DEBUG' }),
      });
      await app.request(
        '/sms/twilio',
        signedTwilioRequest(
          twilioFields({ From: '+15557340982', Body: 'Secret words about the night shift', MessageSid: sid }),
        ),
      );
      await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ From: '+15557340982', Body: 'HELP' })));
      await app.request(
        '/sms/twilio',
        signedTwilioRequest(twilioFields({ From: '+15557340982' }), { token: 'wrong-token-wrong-token' }),
      );
    } finally {
      output.restore();
    }
    const logs = output.text();
    expect(logs).not.toContain('"outcome":"accepted"');
    expect(logs).toContain('"outcome":"help"');
    expect(logs).toContain('"status":403');
    for (const secret of ['+15557340982', '15557340982', '7340982', 'Secret words', sid, 'AC1111'])
      expect(logs).not.toContain(secret);
  });
});
