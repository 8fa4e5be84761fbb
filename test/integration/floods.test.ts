import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../shared/config/schema';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { prepareUrgencyReading, urgencyDetectorState } from '../../shared/use-cases/reads-urgent';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { useTestStack } from '../support/test-stack';
import { outbox, waitFor } from '../support/outbox';
import { codeIn, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';

const ALLOWED = new Set(['200', '201', '303', '404', '429']);
// 1,500 requests and the backlog they leave take a while on a busy two-core
// machine; what is asserted is the answers, never how fast they came.
const FLOOD_TIMEOUT_MS = 120_000;

describe('a flood on each endpoint (loopback, bounded)', () => {
  const stack = useTestStack();

  // A warm process, as after its first flood: the urgency detector's load (seconds here, once per process,
  // begun when a budget runs low) holds the thread while the budget refills, so a first flood may find
  // its budget full again and never be refused, which is not what these tests look at.
  beforeAll(async () => {
    prepareUrgencyReading();
    await waitFor('the urgency detector', async () => (urgencyDetectorState() === 'ready' ? true : undefined), 120_000);
  }, 130_000);

  it.each([
    ['POST /feedback', '/feedback', 'POST', JSON.stringify({ text: 'flood flood flood' })],
    ['GET /status/:code', '/status/AAAAA-BBBBB', 'GET', undefined],
    ['GET /', '/', 'GET', undefined],
  ] as const)(
    'Should answer a flood on %s with only 2xx, 404 and 429, never a 5xx, in bounded memory',
    async (_name, path, method, body) => {
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
    },
    FLOOD_TIMEOUT_MS,
  );

  it(
    'Should still serve the form and take feedback once the flood is over',
    async () => {
      await new Promise((r) => setTimeout(r, 2100)); // let the JSON channel's token bucket refill
      const { status, caseCode } = await stack.submit({ text: 'After the storm' });
      expect(status).toBe(201);
      // Calm feedback waits behind the flood's accepted backlog (urgent text has its own lane).
      await stack.waitForStatus(caseCode, 'analysed', FLOOD_TIMEOUT_MS - 10_000);
    },
    FLOOD_TIMEOUT_MS,
  );
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
  let kioskToken: string;
  let secrets: ReturnType<typeof loadLocalSecrets>;

  beforeAll(async () => {
    // Small budgets, so that each flood below spends its channel's whatever the machine's speed.
    const budget = { perSecond: 5, burst: 20 };
    stack = await startTestStack({
      dataDir: dataDir.path,
      rateLimits: {
        ...Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, budget])),
        unverifiedTokens: budget,
      },
    });
    const documents = localDocuments(stack.urls.dynamodb);
    const kiosks = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    const { token } = await enrolKiosk(
      { kiosks, config: stack.config, clock: systemClock },
      { site: 'plant2', name: 'Canteen tablet' },
    );
    kioskToken = token;
    // The kiosk app fetches its question when it starts, which proves its token.
    expect(
      (await fetch(`${stack.urls.app}/kiosk/config`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
    secrets = loadLocalSecrets(dataDir.path, {});
    // A real sponsor's link: an urgent submission, escalated and emailed.
    const urgent = await stack.submit({ text: 'The fire exit by the paint shop is blocked again', site: 'plant2' });
    const { caseCode } = urgent;
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => /\/ack\//.test(e.body.text ?? '')),
    );
    const link = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    let n = 0;
    legit = {
      async web() {
        const res = await fetch(`${stack.urls.app}/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams({
            text: `The lockers in hall B are broken ${(n += 1)}`,
            site: 'plant2',
          }).toString(),
        });
        expect(res.status, 'web form').toBe(200);
        expect(await res.text()).toMatch(/[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/);
      },
      async api() {
        const res = await stack.submit({ text: `The lockers in hall B are broken ${(n += 1)}` });
        expect(res.status, 'JSON API').toBe(201);
      },
      async preview() {
        const res = await fetch(`${stack.urls.app}/feedback/preview`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ text: 'Gregory says the lockers in hall B are broken' }),
        });
        expect(res.status, 'redaction preview').toBe(200);
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
        const res = await fetch(
          stack.urls.smsTwilio,
          signedTwilioRequest(twilioFields({ From, Body: 'The car park lights are out' }), {
            url: stack.urls.smsTwilio,
            token: secrets.TWILIO_AUTH_TOKEN,
          }),
        );
        expect(res.status, 'SMS').toBe(200);
        expect(codeIn((await repliesOf(res))[0])).toBeTruthy();
      },
      async status() {
        const res = await stack.statusOf(caseCode);
        expect(res.status, 'status look-up').toBe(200);
      },
      async answers() {
        const res = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ text: `It is still blocked ${(n += 1)}` }),
        });
        expect(res.status, 'answer').toBe(201);
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

  // A made-up token of the right shape: the table must be asked about it.
  const MADE_UP_TOKEN = `lpk_${'x'.repeat(43)}`;

  it('Should take every signed URGENT text while unsigned posts flood the SMS webhook', async () => {
    const flood = autocannon({
      url: stack.urls.smsTwilio,
      method: 'POST',
      body: 'From=%2B15550000000&Body=URGENT+flood',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      connections: 10,
      amount: 400,
    });
    const replies: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const fields = twilioFields({
        From: `+1555735${String(i).padStart(4, '0')}`,
        Body: `URGENT oil on the floor by press ${i}`,
      });
      const res = await fetch(
        stack.urls.smsTwilio,
        signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token: secrets.TWILIO_AUTH_TOKEN }),
      );
      replies.push((await repliesOf(res))[0] ?? '');
    }
    const result = await flood;
    expect(Object.keys(result.statusCodeStats ?? {})).toEqual(['403']);
    expect(replies.filter((r) => /is marked urgent for a senior leader/.test(r))).toHaveLength(8);
  });

  it('Should take every submission of a real kiosk while made-up tokens flood the kiosk routes', async () => {
    const flood = autocannon({
      url: `${stack.urls.app}/kiosk/feedback`,
      method: 'POST',
      body: JSON.stringify({ rating: 1, key: 'flood-xxxxxxxx' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MADE_UP_TOKEN}` },
      connections: 10,
      amount: 300,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await fetch(`${stack.urls.app}/kiosk/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${kioskToken}` },
        body: JSON.stringify({ rating: 3, key: randomUUID() }),
      });
      statuses.push(res.status);
    }
    const result = await flood;
    expect(statuses).toEqual([201, 201, 201, 201]);
    // Refused as unknown, then (their own budget spent) without asking the table.
    expect(Object.keys(result.statusCodeStats ?? {}).sort()).toEqual(['401', '429']);
  });

  /** A flood, the channel whose budget it spends ('none': no channel's, so the people of every channel are served), and the statuses it must get. */
  const floods: [string, IntakeChannel | 'none', () => autocannon.Options, (statuses: string[]) => void][] = [
    [
      'POST /feedback (JSON)',
      'api',
      () => ({
        url: `${stack.urls.app}/feedback`,
        method: 'POST',
        body: JSON.stringify({ text: 'flood' }),
        headers: { 'content-type': 'application/json' },
      }),
      (s) => expect(s).toContain('429'),
    ],
    [
      'POST to paths that do not exist',
      'none',
      () => ({
        url: `${stack.urls.app}/nope`,
        method: 'POST',
        body: JSON.stringify({ text: 'flood' }),
        headers: { 'content-type': 'application/json' },
      }),
      (s) => expect(s).toEqual(['404']),
    ],
    [
      'GET /status/:code',
      'status',
      () => ({ url: `${stack.urls.app}/status/AAAAA-BBBBB`, headers: { accept: 'application/json' } }),
      (s) => expect(s).toContain('429'),
    ],
    [
      'POST /sms/twilio, unsigned',
      'none',
      () => ({
        url: stack.urls.smsTwilio,
        method: 'POST',
        body: 'From=%2B15550000000&Body=flood',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      (s) => expect(s).toEqual(['403']),
    ],
    [
      'POST /kiosk/feedback without a token',
      'none',
      () => ({
        url: `${stack.urls.app}/kiosk/feedback`,
        method: 'POST',
        body: '{"rating":1}',
        headers: { 'content-type': 'application/json' },
      }),
      (s) => expect(s).toEqual(['401']),
    ],
    [
      'GET /kiosk/config with a made-up token',
      'none',
      () => ({ url: `${stack.urls.app}/kiosk/config`, headers: { authorization: `Bearer ${MADE_UP_TOKEN}` } }),
      (s) => expect(s.filter((x) => x !== '401' && x !== '429')).toEqual([]),
    ],
    [
      'GET /ack/:token with made-up tokens',
      'links',
      () => ({ url: `${stack.urls.app}/ack/made-up.token`, headers: { accept: 'text/html' } }),
      (s) => expect(s).toContain('429'),
    ],
  ];

  it.each(floods)(
    'Should serve every other channel while %s is flooded',
    async (_name, flooded, target, expectStatuses) => {
      const others = INTAKE_CHANNELS.filter((c) => c !== flooded);
      const flood = autocannon({ ...target(), connections: 10, amount: 300 });
      for (const channel of others) await legit[channel](); // during the flood
      const result = await flood;
      for (const channel of others) await legit[channel](); // with the flooded budget spent
      const statuses = Object.keys(result.statusCodeStats ?? {});
      expect(result.errors).toBe(0);
      expectStatuses(statuses); // the flooded channel's own limiter engaged, or the flood was refused as unauthenticated
      expect(statuses.filter((s) => s.startsWith('5'))).toEqual([]);
    },
  );
});
