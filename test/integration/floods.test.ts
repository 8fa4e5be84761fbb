import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../infra/local/aws-clients';
import { loadLocalSecrets } from '../../infra/local/local-secrets';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../shared/config/schema';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';
import { codeIn, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';

const ALLOWED = new Set(['200', '201', '303', '404', '429']);

describe('a flood on each endpoint (loopback, bounded)', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it.each([
    ['POST /feedback', '/feedback', 'POST', JSON.stringify({ text: 'flood flood flood' })],
    ['GET /status/:code', '/status/AAAAA-BBBBB', 'GET', undefined],
    ['GET /', '/', 'GET', undefined],
  ] as const)('Should answer a flood on %s with only 2xx, 404 and 429, never a 5xx, in bounded memory', async (_name, path, method, body) => {
    const rssBefore = process.memoryUsage().rss;
    const result = await autocannon({
      url: `${stack.urls.app}${path}`,
      method,
      body,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      connections: 20,
      amount: 1500,
    });
    const statuses = Object.keys(result.statusCodeStats ?? {});
    expect(statuses.filter((s) => !ALLOWED.has(s))).toEqual([]);
    expect(result.errors).toBe(0);
    if (method === 'POST') expect(statuses).toContain('429'); // the limiter really engaged
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    expect(grownMb).toBeLessThan(250);
  });

  it('Should still serve the form and take feedback once the flood is over', async () => {
    await new Promise((r) => setTimeout(r, 2100)); // let the JSON channel's token bucket refill
    const { status, caseCode } = await stack.submit({ text: 'After the storm' });
    expect(status).toBe(201);
    await stack.waitForStatus(caseCode, 'analysed');
  });
});

/**
 * One channel flooded (or paths that do not exist) while people use every
 * other channel: each channel spends its own budget, so theirs all succeed,
 * during the flood and right after it, when the flooded budget is empty.
 */
describe('a flood on one channel while the others are in use (loopback, bounded)', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let legit: Record<IntakeChannel, () => Promise<void>>;

  beforeAll(async () => {
    // Small budgets, so that each flood below spends its channel's whatever the machine's speed.
    const budget = { perSecond: 5, burst: 20 };
    stack = await startTestStack({ dataDir: dataDir.path, rateLimits: Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, budget])) });
    const documents = localDocuments(stack.urls.dynamodb);
    const kiosks = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    const { token } = await enrolKiosk({ kiosks, config: stack.config, clock: systemClock }, { site: 'plant2', name: 'Canteen tablet' });
    const secrets = loadLocalSecrets(dataDir.path, {});
    // A real sponsor's link: an urgent submission, escalated and emailed.
    const urgent = await stack.submit({ text: 'The fire exit by the paint shop is blocked again', site: 'plant2' });
    const { caseCode } = urgent;
    const email = await waitFor('the sponsor email', async () => (await outbox(stack.urls.outbox)).find((e) => /\/ack\//.test(e.body.text ?? '')));
    const link = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    let n = 0;
    legit = {
      async web() {
        const res = await fetch(`${stack.urls.app}/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams({ text: `The lockers in hall B are broken ${(n += 1)}`, site: 'plant2' }).toString(),
        });
        expect(res.status, 'web form').toBe(200);
        expect(await res.text()).toMatch(/[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/);
      },
      async api() {
        const res = await stack.submit({ text: `The lockers in hall B are broken ${(n += 1)}` });
        expect(res.status, 'JSON API').toBe(201);
      },
      async kiosk() {
        const res = await fetch(`${stack.urls.app}/kiosk/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ rating: 4, key: randomUUID() }),
        });
        expect(res.status, 'kiosk').toBe(201);
      },
      async sms() {
        const From = `+1555734${String((n += 1)).padStart(4, '0')}`;
        const res = await fetch(stack.urls.smsTwilio, signedTwilioRequest(twilioFields({ From, Body: 'The car park lights are out' }), { url: stack.urls.smsTwilio, token: secrets.TWILIO_AUTH_TOKEN }));
        expect(res.status, 'SMS').toBe(200);
        expect(codeIn((await repliesOf(res))[0])).toBeTruthy();
      },
      async status() {
        const res = await stack.statusOf(caseCode);
        expect(res.status, 'status look-up').toBe(200);
      },
      async links() {
        const res = await fetch(link, { headers: { accept: 'text/html' } });
        expect(res.status, 'sponsor link').toBe(200);
      },
    };
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const floods: [string, IntakeChannel | 'none', () => autocannon.Options][] = [
    ['POST /feedback (JSON)', 'api', () => ({ url: `${stack.urls.app}/feedback`, method: 'POST', body: JSON.stringify({ text: 'flood' }), headers: { 'content-type': 'application/json' } })],
    ['POST to paths that do not exist', 'none', () => ({ url: `${stack.urls.app}/nope`, method: 'POST', body: JSON.stringify({ text: 'flood' }), headers: { 'content-type': 'application/json' } })],
    ['GET /status/:code', 'status', () => ({ url: `${stack.urls.app}/status/AAAAA-BBBBB`, headers: { accept: 'application/json' } })],
    ['POST /sms/twilio, unsigned', 'sms', () => ({ url: stack.urls.smsTwilio, method: 'POST', body: 'From=%2B15550000000&Body=flood', headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
    ['POST /kiosk/feedback without a token', 'kiosk', () => ({ url: `${stack.urls.app}/kiosk/feedback`, method: 'POST', body: '{"rating":1}', headers: { 'content-type': 'application/json' } })],
    ['GET /ack/:token with made-up tokens', 'links', () => ({ url: `${stack.urls.app}/ack/made-up.token`, headers: { accept: 'text/html' } })],
  ];

  it.each(floods)('Should serve every other channel while %s is flooded', async (_name, flooded, target) => {
    const others = INTAKE_CHANNELS.filter((c) => c !== flooded);
    const flood = autocannon({ ...target(), connections: 10, amount: 300 });
    for (const channel of others) await legit[channel](); // during the flood
    const result = await flood;
    for (const channel of others) await legit[channel](); // with the flooded budget spent
    const statuses = Object.keys(result.statusCodeStats ?? {});
    expect(result.errors).toBe(0);
    if (flooded === 'none') expect(statuses).toEqual(['404']);
    else expect(statuses).toContain(flooded === 'sms' ? '200' : '429'); // the flooded channel's own limiter engaged (SMS refusals are TwiML)
    expect(statuses.filter((s) => s.startsWith('5'))).toEqual([]);
  });
});
