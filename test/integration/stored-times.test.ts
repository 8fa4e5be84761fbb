import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { isoWeekOf } from '../../shared/domain/iso-week';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { fixedClock } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';
import { codeIn, PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';

// Anonymity promise 3: nothing stored keeps a time finer than the ISO week,
// except an escalation, which keeps the hour its SLA needs. The clock stands
// at an odd moment (a Wednesday afternoon, seconds and milliseconds set), so
// any time that is stored as it is, or derived from it by adding a duration,
// shows up here as a time of day or a day of the week.
const SUBMITTED_AT = '2026-11-25T14:37:23.456Z';

/** Items whose times may keep the hour: an escalation and its index entries, and a pattern held for its release (whose hour is the release's). */
// An unused kiosk enrolment link keeps the hour it stops working: the operator's command made it, no feedback is ever
// beside it, and the tablet's first use deletes it (README "Kiosk").
const KEEPS_THE_HOUR = (item: Record<string, unknown>) =>
  /^(ESC|CLOCK#|NOTICE#PATTERN$|KIOSKENROL#)/.test(String(item.pk)) || item.type === 'escalation';
/** A case's conversation keeps the day a message was written and the days of its legal deadlines, never a time of day. */
const KEEPS_THE_DAY = (item: Record<string, unknown>) => /^THREAD#/.test(String(item.pk));

const EPOCH_SECONDS = [1.5e9, 2.5e9] as const;
const EPOCH_MILLISECONDS = [1.5e12, 2.5e12] as const;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}(:\d{2})?/g;
const ISO_DAY = /(?<![\dW-])\d{4}-\d{2}-\d{2}(?![\dT])/g;

interface FoundTime {
  path: string;
  value: unknown;
  instant: Date;
  /** A day alone (no time of day) was written. */
  dayOnly: boolean;
}

/** Every value, at any depth, that reads as a point in time: epoch seconds or ms, ISO date-times and ISO days, also inside keys. */
function timesIn(value: unknown, path = ''): FoundTime[] {
  if (typeof value === 'number') {
    if (value >= EPOCH_SECONDS[0] && value <= EPOCH_SECONDS[1])
      return [{ path, value, instant: new Date(value * 1000), dayOnly: false }];
    if (value >= EPOCH_MILLISECONDS[0] && value <= EPOCH_MILLISECONDS[1])
      return [{ path, value, instant: new Date(value), dayOnly: false }];
    return [];
  }
  if (typeof value === 'string') {
    const found: FoundTime[] = [];
    for (const match of value.matchAll(ISO_TIME)) {
      const rest = value.slice(match.index);
      const instant = new Date(
        /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(match[0]) ? `${match[0]}:00:00Z` : rest.match(/^[\d\-T:.]+Z?/)![0],
      );
      if (!Number.isNaN(instant.getTime())) found.push({ path, value, instant, dayOnly: false });
    }
    for (const match of value.matchAll(ISO_DAY))
      found.push({ path, value, instant: new Date(`${match[0]}T00:00:00Z`), dayOnly: true });
    return found;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => timesIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => timesIn(v, path ? `${path}.${k}` : k));
  return [];
}

describe('stored times: nothing finer than the week, an escalation nothing finer than the hour', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock(SUBMITTED_AT);
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let items: Record<string, unknown>[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock });
    const secrets = loadLocalSecrets(dataDir.path, {});
    const documents = localDocuments(stack.urls.dynamodb);
    try {
      const codes: string[] = [];
      // Every channel, urgent and not, negative enough for the pattern counter.
      codes.push(
        (await stack.submit({ text: 'The fire exit by the paint shop is blocked and locked again', site: 'plant2' }))
          .caseCode,
      );
      codes.push(
        (
          await stack.submit({
            text: 'The new rota is awful and nobody listens to us',
            site: 'plant2',
            topic: 'scheduling',
          })
        ).caseCode,
      );
      codes.push(
        (
          await stack.submit({
            text: 'Please have someone look at the bonus rules',
            site: 'hq',
            topic: 'pay',
            escalate: true,
          })
        ).caseCode,
      );
      const form = await fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({
          text: 'The break room microwave has been broken for weeks',
          site: 'warehouse',
        }).toString(),
      });
      expect(form.status).toBe(200);
      const sms = await fetch(
        stack.urls.smsTwilio,
        signedTwilioRequest(
          twilioFields({
            Body: 'URGENT oil on the floor by press 4, someone will slip',
            From: '+13125550199',
            To: PLANT2_NUMBER,
          }),
          {
            url: stack.urls.smsTwilio,
            token: secrets.TWILIO_AUTH_TOKEN,
          },
        ),
      );
      codes.push(codeIn((await repliesOf(sms))[0]));
      const registry = new DynamoDbKioskRegistry(documents, stack.tableName, clock);
      const { token } = await enrolKiosk(
        { kiosks: registry, config: stack.config, clock },
        { site: 'plant2', name: 'Canteen tablet' },
      );
      const kiosk = await fetch(`${stack.urls.app}/kiosk/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          rating: 1,
          key: randomUUID(),
          text: 'The floor near the loading dock is wet and nobody cleans it',
          escalate: true,
        }),
      });
      codes.push(((await kiosk.json()) as { caseCode: string }).caseCode);
      for (const code of codes)
        await waitFor(
          `case ${code} read`,
          async () => ((await stack.statusOf(code)).body.status ?? 'received') !== 'received' || undefined,
        );

      // The sponsor acknowledges and answers one escalation.
      const email = await waitFor('an escalation email', async () =>
        (await outbox(stack.urls.outbox)).find((e) => /\/ack\//.test(e.body.text ?? '')),
      );
      const link = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
      const post = (fields: Record<string, string>) =>
        fetch(link, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams(fields).toString(),
        });
      expect((await post({ action: 'acknowledge' })).status).toBe(200);
      // The conversation, both ways: a question, and an answer through the analysis queue.
      expect((await post({ action: 'message', message: 'Which aisle was it?' })).status).toBe(200);
      let code = '';
      for (const c of codes) if ((await stack.statusOf(c)).body.status === 'acknowledged') code = c;
      expect(
        (
          await fetch(`${stack.urls.app}/status/${code}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text: 'Aisle 4, by the racking.' }),
          })
        ).status,
      ).toBe(201);
      await waitFor('the answer in the thread', async () =>
        (
          (await (
            await fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'application/json' } })
          ).json()) as { messages: unknown[] }
        ).messages.length === 2
          ? true
          : undefined,
      );
      expect((await post({ action: 'respond', response: 'We have cleaned it and added a daily check.' })).status).toBe(
        200,
      );
      // The next hour's sweep places the answer in the thread (and emails it).
      clock.set(new Date(clock.now().getTime() + 3_600_000).toISOString());
      await stack.sweep();
      // The week's digest, once the week is over (a digest of a week still running is refused).
      const week = isoWeekOf(clock.now(), stack.config.timezone);
      clock.set(new Date(clock.now().getTime() + 7 * 24 * 3_600_000).toISOString());
      await stack.digest(week);

      items = (await documents.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
    } finally {
      documents.destroy();
    }
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should have stored what the run made: cases, an escalation and weekly figures', () => {
    expect(items.filter((i) => i.type === 'case').length).toBeGreaterThanOrEqual(6);
    expect(items.some(KEEPS_THE_HOUR)).toBe(true);
  });

  it('Should keep no time of day and no day of the week in anything but an escalation', () => {
    const finer = items
      .filter((item) => !KEEPS_THE_HOUR(item) && !KEEPS_THE_DAY(item))
      .flatMap((item) => timesIn(item).map((t) => ({ pk: item.pk, sk: item.sk, ...t })))
      .filter(
        ({ instant }) =>
          instant.getUTCDay() !== 1 ||
          instant.getUTCHours() !== 0 ||
          instant.getUTCMinutes() !== 0 ||
          instant.getUTCSeconds() !== 0 ||
          instant.getUTCMilliseconds() !== 0,
      )
      .map(({ pk, sk, path, value }) => `${pk} ${sk} ${path} = ${String(value)}`);
    expect(finer).toEqual([]);
  });

  it('Should keep a conversation to the day at most, an answer placed after its hour included: no time of day', () => {
    const threads = items.filter(KEEPS_THE_DAY);
    expect(threads.filter((item) => String(item.sk).startsWith('MSG#')).length).toBeGreaterThan(1);
    const finer = threads
      .flatMap((item) => timesIn(item).map((t) => ({ pk: item.pk, sk: item.sk, ...t })))
      .filter(
        ({ instant }) =>
          instant.getUTCHours() !== 0 ||
          instant.getUTCMinutes() !== 0 ||
          instant.getUTCSeconds() !== 0 ||
          instant.getUTCMilliseconds() !== 0,
      )
      .map(({ pk, sk, path, value }) => `${pk} ${sk} ${path} = ${String(value)}`);
    expect(finer).toEqual([]);
  });

  it('Should keep an escalation to the hour at most: no minutes, seconds or milliseconds', () => {
    const finer = items
      .filter(KEEPS_THE_HOUR)
      .flatMap((item) => timesIn(item).map((t) => ({ pk: item.pk, sk: item.sk, ...t })))
      .filter(
        ({ instant }) =>
          instant.getUTCMinutes() !== 0 || instant.getUTCSeconds() !== 0 || instant.getUTCMilliseconds() !== 0,
      )
      .map(({ pk, sk, path, value }) => `${pk} ${sk} ${path} = ${String(value)}`);
    expect(finer).toEqual([]);
  });
});
