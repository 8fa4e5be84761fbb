import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { sealTo } from '../../functions/intake/kiosk/client/seal';
import { writeEmergencyConfig } from '../support/emergency-config';
import { enrolKiosks, postFormReport, postJsonReport, postKioskReport } from '../support/intake-posts';
import { everyChannel, startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';
import { CODE_IN_TEXT, codeIn, PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';

// Attacker's report: 400 signed ordinary texts from 400 numbers, then "URGENT a man with a gun is in the
// parking lot" was answered "…yours was not saved" with no emergency number; the same on the JSON API, the
// web form and the kiosk. A report that reads urgent is now taken past a spent channel budget, from an
// allowance of its own (`limits.urgentOverChannelBudgetPerMinute`); past that, it is refused with the
// emergency number, and told it was not saved.

const ALLOWANCE = 3;
const CALM_FLOOD = 400;
const DANGER = 'If you or someone else is in danger now, call 112.';
const ANY_DANGER = /If you or someone else is in danger now, call (911|112)\./;

/** Runs `count` calls, `width` at a time (a flood, as many at once as a laptop's sockets comfortably hold). */
async function flood<T>(count: number, call: (i: number) => Promise<T>, width = 25): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    const batch = Array.from({ length: Math.min(width, count - start) }, (_, k) => call(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

describe('an urgent report gets through a flood of others, on every channel', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let token: string;
  let kioskTokens: string[];
  let n = 0;

  beforeAll(async () => {
    // Small channel budgets that barely refill, so each flood below spends its channel's whatever the machine's speed.
    stack = await startTestStack({
      dataDir: dataDir.path,
      configPath: writeEmergencyConfig(dataDir.path, 'flood.config.json', {
        urgentOverChannelBudgetPerMinute: ALLOWANCE,
      }),
      logger: new Logger({ serviceName: 'urgent-flood', logLevel: 'SILENT' }),
      // The SMS and API bursts leave room to read 400 refused reports' words (five times the budget's).
      rateLimits: {
        ...everyChannel({ perSecond: 0.01, burst: 10 }),
        sms: { perSecond: 0.01, burst: 100 },
        api: { perSecond: 0.01, burst: 100 },
      },
    });
    token = loadLocalSecrets(dataDir.path, {}).TWILIO_AUTH_TOKEN;
    kioskTokens = await enrolKiosks(stack, 'plant2', 'Canteen tablet', 'Gate tablet');
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const sms = async (Body: string) => {
    const From = `+1555736${String((n += 1)).padStart(4, '0')}`;
    const fields = twilioFields({ From, Body, To: PLANT2_NUMBER });
    const res = await fetch(stack.urls.smsTwilio, signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token }));
    expect(res.status).toBe(200);
    return repliesOf(res);
  };
  const api = (body: Record<string, unknown>) => postJsonReport(stack.urls.app, body);
  const form = (fields: Record<string, string>) => postFormReport(stack.urls.app, fields);
  const kiosk = (kioskToken: string, body: Record<string, unknown>) =>
    postKioskReport(stack.urls.app, kioskToken, 2, body);
  /** The sponsors' emails about escalated cases (each holds an /ack/ link). */
  const escalationEmails = async () =>
    (await outbox(stack.urls.outbox)).filter((e) => /\/ack\//.test(e.body.text ?? ''));

  it('Should take and escalate an urgent text sent 300 ms after 400 ordinary ones from 400 numbers', async () => {
    const calm = await flood(CALM_FLOOD, (i) => sms(`The vending machine on floor ${i % 7} is out of coffee`));
    expect(calm.filter(([reply]) => /not saved/.test(reply ?? '')).length).toBeGreaterThan(CALM_FLOOD / 2);
    await new Promise((r) => setTimeout(r, 300));
    const emailsBefore = (await escalationEmails()).length;

    const keyword = await sms('URGENT a man with a gun is in the parking lot');
    expect(codeIn(keyword[0])).toBeTruthy();
    expect(keyword[0]).toMatch(/is marked urgent for a senior leader/);
    expect(keyword).toContain(DANGER);
    const words = await sms('there is a man with a gun in the parking lot right now');
    expect(codeIn(words[0])).toBeTruthy();
    expect(words).toContain(DANGER);

    await waitFor(
      'the sponsor email about the urgent texts',
      async () => ((await escalationEmails()).length > emailsBefore ? true : undefined),
      60_000,
    );
  }, 180_000);

  it('Should cap a flood of "urgent" texts at the allowance, each refusal saying NOT saved and whom to call', async () => {
    // The text above took one of the allowance's places already, and a calm one none.
    const replies = await flood(12, (i) => sms(`URGENT junk number ${i}`), 4);
    const taken = replies.filter(([reply]) => CODE_IN_TEXT.test(reply ?? ''));
    const refused = replies.filter(([reply]) => !CODE_IN_TEXT.test(reply ?? ''));
    expect(taken.length).toBeLessThanOrEqual(ALLOWANCE);
    expect(refused.length).toBeGreaterThanOrEqual(12 - ALLOWANCE);
    for (const reply of refused) {
      expect(reply[0]).toMatch(/not saved/);
      expect(reply).toContain(DANGER);
    }
    // The same refusal to a Spanish texter is in Spanish, the number to call included (before: in English).
    const spanish = await sms('URGENTE quiero más café en la sala de descanso');
    expect(spanish[0]).not.toMatch(CODE_IN_TEXT);
    expect(spanish[0]).toMatch(/no se guardó/);
    expect(spanish).toContain('Si usted u otra persona corre peligro ahora, llame al 112.');
  }, 60_000);

  it('Should take and escalate an escalate:true fire report on the JSON API after 400 calm posts', async () => {
    const calm = await flood(CALM_FLOOD, (i) => api({ text: `The canteen queue is long today ${i}` }));
    expect(calm.filter((res) => res.status === 429).length).toBeGreaterThan(CALM_FLOOD / 2);
    const emailsBefore = (await escalationEmails()).length;

    const fire = await api({ text: 'There is smoke coming from the paint shop', site: 'plant2', escalate: true });
    expect(fire.status).toBe(201);
    const { caseCode } = (await fire.json()) as { caseCode: string };
    expect(caseCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    await waitFor(
      'the sponsor email about the fire',
      async () => ((await escalationEmails()).length > emailsBefore ? true : undefined),
      60_000,
    );

    // A flood of "urgent" ones: the allowance caps it, and each refusal says NOT saved and whom to call.
    const junk = await flood(10, (i) => api({ text: `junk ${i}`, site: 'plant2', escalate: true }), 5);
    expect(junk.filter((res) => res.status === 201).length).toBeLessThanOrEqual(ALLOWANCE - 1);
    const refusals = junk.filter((res) => res.status === 429);
    expect(refusals.length).toBeGreaterThanOrEqual(10 - ALLOWANCE);
    for (const res of refusals) {
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toMatch(/NOT saved/);
      expect(error.message).toContain(DANGER);
    }
    // Ticking costs a flooder nothing, so ticked reports spend an allowance of their own: a report urgent in its
    // words, not ticked, and one ticked whose words are urgent too, are still taken (before: refused).
    const knife = await api({ text: 'He pulled a knife on me in the locker room', site: 'plant2' });
    expect(knife.status).toBe(201);
    const ticked = await api({
      text: 'Someone collapsed by the press and is not moving',
      site: 'plant2',
      escalate: true,
    });
    expect(ticked.status).toBe(201);
  }, 180_000);

  it('Should take a ticked-urgent report from the web form after a flood, and give the number when even that is spent', async () => {
    const calm = await flood(60, (i) => form({ text: `The lockers in hall B are broken ${i}` }));
    expect(calm.filter((res) => res.status === 429).length).toBeGreaterThan(30);

    const urgent = await form({ text: 'Someone collapsed by the loading bay', escalate: 'on' });
    expect(urgent.status).toBe(200);
    expect(await urgent.text()).toMatch(/[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/);

    const junk = await flood(8, (i) => form({ text: `junk ${i}`, escalate: 'on', site: 'plant2' }), 4);
    const refusals = junk.filter((res) => res.status === 429);
    expect(refusals.length).toBeGreaterThanOrEqual(8 - ALLOWANCE);
    for (const res of refusals) {
      const page = await res.text();
      expect(page).toMatch(/was NOT saved/);
      expect(page).toContain(DANGER);
    }
  }, 120_000);

  it('Should take an urgent kiosk report once other tablets have spent the kiosk channel', async () => {
    const [canteen, gate] = kioskTokens as [string, string];
    // The key the tablets seal to, as the canteen's tablet got it with its settings before the flood.
    const { sealKey } = (await (
      await fetch(`${stack.urls.app}/kiosk/config`, { headers: { authorization: `Bearer ${canteen}` } })
    ).json()) as { sealKey: string };
    const calm = await flood(15, () => kiosk(gate, { text: 'The coffee is cold' }), 5);
    expect(calm.filter((res) => res.status === 429).length).toBeGreaterThan(0);

    // The canteen's tablet sends as tablets do: each item sealed, its urgency (box or words) inside.
    const sealed = async (item: { text: string; escalate?: boolean }) => ({
      sealed: await sealTo(sealKey, { rating: 1, key: randomUUID(), escalate: false, ...item }),
    });
    const urgent = await kiosk(canteen, await sealed({ text: 'A forklift hit someone in aisle 4', escalate: true }));
    expect(urgent.status).toBe(201);
    const words = await kiosk(
      canteen,
      await sealed({ text: 'there is a man with a gun in the parking lot right now' }),
    );
    expect(words.status).toBe(201);
    const calmAgain = await kiosk(canteen, await sealed({ text: 'The coffee is cold' }));
    expect(calmAgain.status).toBe(429);
    // Refused as not urgent, and told all the same that it was NOT saved and whom to call: the detector can miss danger.
    const { error } = (await calmAgain.json()) as { error: { message: string; emergency?: string } };
    expect(error.message).toMatch(/NOT saved/);
    expect(error.message).not.toMatch(/even urgent ones/);
    expect(error.emergency).toMatch(ANY_DANGER);
  }, 60_000);
});
