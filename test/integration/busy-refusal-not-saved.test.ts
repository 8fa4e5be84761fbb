import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEmergencyConfig } from '../support/emergency-config';
import { enrolKiosks, postFormReport, postJsonReport, postKioskReport } from '../support/intake-posts';
import { everyChannel, startTestStack, tempDataDir } from '../support/local-stack';

// Attacker's report: with a channel's budget spent, a report that does not read urgent (the detector
// missed "a rifle in the back of a truck … payback") was refused "Too many submissions right now; please
// try again in a moment": neither that it was NOT saved nor whom to call. Every budget refusal of a
// report now says both, in the reader's language; JSON keeps its shape and adds `emergency`. (The detector
// reads that text as urgent since; a report it reads calm stands for whatever it may miss.)

const MISSED = 'The vending machine on floor 3 is out of coffee again';
const PLANT2_DANGER = 'If you or someone else is in danger now, call 112.';

describe('a report refused because its channel is busy is told it was NOT saved, and whom to call', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let kioskToken: string;

  beforeAll(async () => {
    // One report per channel, barely refilled: the second is refused whatever the machine's speed.
    stack = await startTestStack({
      dataDir: dataDir.path,
      configPath: writeEmergencyConfig(dataDir.path, 'busy.config.json'),
      logger: new Logger({ serviceName: 'busy-refusal', logLevel: 'SILENT' }),
      rateLimits: everyChannel({ perSecond: 0.001, burst: 1 }),
    });
    [kioskToken] = (await enrolKiosks(stack, 'plant2', 'Canteen')) as [string];
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const api = (body: Record<string, unknown>, lang = '') => postJsonReport(stack.urls.app, body, lang);
  const form = (fields: Record<string, string>) => postFormReport(stack.urls.app, fields);
  const kiosk = (body: Record<string, unknown>) => postKioskReport(stack.urls.app, kioskToken, 1, body);
  interface Refusal {
    error: { code: string; message: string; issues: unknown[]; emergency?: string };
  }

  it('Should tell a JSON client, in its language, that the report was NOT saved and give the site’s emergency number', async () => {
    expect((await api({ text: 'The canteen queue is long today' })).status).toBe(201);
    const refused = await api({ text: MISSED, site: 'plant2' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const { error } = (await refused.json()) as Refusal;
    expect(error.code).toBe('too_many_requests');
    expect(error.issues).toEqual([]);
    expect(error.message).toMatch(/NOT saved/);
    expect(error.message).toContain(PLANT2_DANGER);
    expect(error.emergency).toBe(PLANT2_DANGER);

    const spanish = (await (await api({ text: MISSED }, '?lang=es')).json()) as Refusal;
    expect(spanish.error.message).toMatch(/no se guardó/);
    expect(spanish.error.emergency).toBe('Si usted u otra persona corre peligro ahora, llame al 911.');
  });

  it('Should give the web form back with the words kept, saying it was NOT saved and whom to call', async () => {
    await form({ text: 'The lockers in hall B are broken' });
    const refused = await form({ text: MISSED, site: 'plant2' });
    expect(refused.status).toBe(429);
    const page = await refused.text();
    expect(page).toMatch(/was NOT saved/);
    expect(page).toContain(PLANT2_DANGER);
    expect(page).toContain(`${MISSED}</textarea>`);
  });

  // Attacker: "the thing near press 4 again" on the Health and safety topic was refused while `escalate: true`
  // was taken. A topic the config marks urgent goes to the priority lane and is escalated whatever its words;
  // past a spent budget it is taken from the urgent allowance as the employee's own flag is.
  it('Should take a report on a topic the config marks urgent past a spent budget, as if marked urgent', async () => {
    await api({ text: 'The canteen queue is long again' });
    const plain = { text: 'the thing near press 4 again', site: 'plant2' };
    expect((await api(plain)).status).toBe(429);
    expect((await api({ ...plain, topic: 'safety' })).status).toBe(201);
    expect((await form({ ...plain, topic: 'safety' })).status).toBe(200);
    expect((await kiosk({ text: plain.text, topic: 'safety' })).status).toBe(201);
  });

  it('Should tell a kiosk the report was NOT saved, with its site’s emergency number', async () => {
    await kiosk({ text: 'The coffee machine is broken' });
    const refused = await kiosk({ text: MISSED });
    expect(refused.status).toBe(429);
    const { error } = (await refused.json()) as Refusal;
    expect(error.message).toMatch(/NOT saved/);
    expect(error.emergency).toBe(PLANT2_DANGER);
  });
});
