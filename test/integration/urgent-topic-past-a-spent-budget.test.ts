import { readFileSync, writeFileSync } from 'node:fs';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { writeEmergencyConfig } from '../support/emergency-config';
import { enrolKiosks, postFormReport, postJsonReport, postKioskReport } from '../support/intake-posts';
import { everyChannel, startTestStack, tempDataDir } from '../support/local-stack';
import {
  CODE_IN_TEXT,
  codeIn,
  newMessageSid,
  PLANT2_NUMBER,
  repliesOf,
  signedTwilioRequest,
  twilioFields,
} from '../support/sms';

// A report urgent only because of a topic the config marks urgent ("oil" is a safety keyword here), in a
// clause reporting a problem, escalates as urgent once analysed (`readsUrgentTopic`). Past a spent budget it
// was refused all the same: the budget's exception asked the urgency detector alone, which reads no config.
// The exception now reads a report as escalation will, on every channel and for a sender's own hour;
// the same keyword in praise is still an ordinary report, and still refused.

const SPILL = 'oil all over the floor by press 4';
const SPILL_ES = 'hay aceite por todo el suelo junto a la prensa 4';
const PRAISE = 'Thanks for cleaning up the oil by press 4, great job';
const CODE = /[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/;

/** The example installation with "oil" and "aceite" among its safety keywords (an urgent topic). */
function writeSpillConfig(dir: string): string {
  const path = writeEmergencyConfig(dir, 'spills.config.json', { kioskPerMinute: 3 });
  const config = JSON.parse(readFileSync(path, 'utf8')) as { topics: { id: string; keywords: string[] }[] };
  for (const topic of config.topics) if (topic.id === 'safety') topic.keywords.push('oil', 'aceite');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

describe('a report urgent by its topic’s keyword, past a spent budget', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let token: string;
  let kioskTokens: string[];
  let n = 0;

  beforeAll(async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      configPath: writeSpillConfig(dataDir.path),
      logger: new Logger({ serviceName: 'urgent-topic-budget', logLevel: 'SILENT' }),
      // Budgets that barely refill: each channel is spent by the few reports below, whatever the machine's speed.
      rateLimits: {
        ...everyChannel({ perSecond: 0.001, burst: 3 }),
        sms: { perSecond: 0.001, burst: 13 },
        // Look-ups are not under test: the case's page is read until it shows escalated.
        status: { perSecond: 1000, burst: 1000 },
      },
    });
    token = loadLocalSecrets(dataDir.path, {}).TWILIO_AUTH_TOKEN;
    kioskTokens = await enrolKiosks(stack, 'plant2', 'Press shop tablet', 'Gate tablet');
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const text = async (Body: string, From = `+1555736${String((n += 1)).padStart(4, '0')}`) => {
    const fields = twilioFields({ From, Body, To: PLANT2_NUMBER, MessageSid: newMessageSid() });
    const res = await fetch(stack.urls.smsTwilio, signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token }));
    expect(res.status).toBe(200);
    return repliesOf(res);
  };

  it('Should take it by SMS past the sender’s hour and past the channel’s budget, and refuse the praise', async () => {
    const from = '+15557360999';
    // The sender's hour (ten texts), inside the channel's budget.
    for (let i = 1; i <= 10; i += 1)
      expect((await text(`The canteen rota, point ${i}`, from))[0]).toMatch(CODE_IN_TEXT);
    const ownHour = await text(SPILL, from);
    expect(ownHour[0]).toMatch(CODE_IN_TEXT);
    // Past the sender's hour, words from that number within minutes of its urgent report are taken as its details
    // (let through within the urgent allowance: attack round 28, F12): added to its case, or, while the case is still
    // on its way to its sponsor, a report of their own under its topic. Either way not refused.
    const details = (await text(PRAISE, from))[0];
    expect(details).not.toMatch(/not saved/);
    expect(details).toMatch(/[Cc]ase [0-9A-Z]{5}-[0-9A-Z]{5}/);

    // The channel's budget: one more calm text from someone else spends it.
    expect((await text('The vending machine is out of coffee'))[0]).toMatch(CODE_IN_TEXT);
    expect((await text('The vending machine is out of tea'))[0]).toMatch(/not saved/);
    const spill = await text(SPILL);
    expect(spill[0]).toMatch(CODE_IN_TEXT);
    const praise = await text(PRAISE);
    expect(praise[0]).not.toMatch(CODE_IN_TEXT);
    expect(praise[0]).toMatch(/not saved/);
    // Taken, and escalated as analysis reads it: urgent by its topic.
    await stack.waitForStatus(codeIn(spill[0]), 'escalated', 60_000);
    await stack.waitForStatus(codeIn(ownHour[0]), 'escalated', 60_000);
  }, 180_000);

  it('Should take it on the JSON API, in Spanish too, and refuse the praise', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await postJsonReport(stack.urls.app, { text: `Parking ${i}` })).status).toBe(201);
    expect((await postJsonReport(stack.urls.app, { text: 'Parking again' })).status).toBe(429);

    const spill = await postJsonReport(stack.urls.app, { text: SPILL, site: 'plant2' });
    expect(spill.status).toBe(201);
    expect((await postJsonReport(stack.urls.app, { text: SPILL_ES, site: 'plant2' })).status).toBe(201);
    expect((await postJsonReport(stack.urls.app, { text: PRAISE, site: 'plant2' })).status).toBe(429);
    const { caseCode } = (await spill.json()) as { caseCode: string };
    await stack.waitForStatus(caseCode, 'escalated', 60_000);
  }, 120_000);

  it('Should take it from the web form, and give the praise back unsent', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await postFormReport(stack.urls.app, { text: `Lockers ${i}` })).status).toBe(200);
    expect((await postFormReport(stack.urls.app, { text: 'Lockers again' })).status).toBe(429);

    const spill = await postFormReport(stack.urls.app, { text: SPILL });
    expect(spill.status).toBe(200);
    expect(await spill.text()).toMatch(CODE);
    const praise = await postFormReport(stack.urls.app, { text: PRAISE });
    expect(praise.status).toBe(429);
    expect(await praise.text()).toMatch(/was NOT saved/);
  }, 120_000);

  it('Should take it from a kiosk past its own minute and past the kiosk channel’s budget, and refuse the praise', async () => {
    const [press, gate] = kioskTokens as [string, string];
    const kiosk = (kioskToken: string, body: Record<string, unknown>) =>
      postKioskReport(stack.urls.app, kioskToken, 2, body);
    // The press shop tablet's own minute (three reports here), inside the channel's budget.
    for (let i = 0; i < 2; i += 1) expect((await kiosk(press, { text: `Cold coffee ${i}` })).status).toBe(201);
    expect((await kiosk(gate, { text: 'Cold coffee at the gate' })).status).toBe(201);
    // The channel is spent.
    expect((await kiosk(gate, { text: 'Cold coffee at the gate again' })).status).toBe(429);
    expect((await kiosk(gate, { text: SPILL })).status).toBe(201);
    expect((await kiosk(gate, { text: PRAISE })).status).toBe(429);
    // The press shop tablet's third of its minute, then past it.
    expect((await kiosk(press, { text: SPILL_ES })).status).toBe(201);
    expect((await kiosk(press, { text: SPILL })).status).toBe(201);
    expect((await kiosk(press, { text: PRAISE })).status).toBe(429);
  }, 120_000);
});
