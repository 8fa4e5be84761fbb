import { describe, expect, it } from 'vitest';
import type { Config } from '../../shared/config/schema';
import { appWithFakes, exampleConfig, fixedClock, json } from '../support/fixtures';
import { PLANT2_NUMBER, repliesOf, signedTwilioRequest, smsChannel, twilioFields } from '../support/sms';

/**
 * The attacker's finding: in an outage (the queue or the table down) an urgent text was answered only
 * "we could not save your message, send it again in a few minutes", and a JSON client got 503
 * {"code":"unavailable"} with no `emergency` and no "NOT saved", where the web form gives the emergency
 * line. Every refusal of a report, for any reason, says it was not saved and gives the site's emergency
 * line, in the employee's language.
 */

/** Plant 2 has an emergency number of its own, so the line given is seen to be the site's. */
const config: Config = {
  ...exampleConfig,
  sites: exampleConfig.sites.map((site) => (site.id === 'plant2' ? { ...site, emergencyNumber: '555-0199' } : site)),
};
const KNIFE = 'URGENT Someone threatened me with a knife in the parking lot';
const CUCHILLO = 'URGENTE Alguien me amenazó con un cuchillo en el estacionamiento de la planta';

function outage(down: 'queue' | 'table') {
  const clock = fixedClock();
  const fakes = appWithFakes({ clock, config, sms: smsChannel(clock) });
  if (down === 'queue') fakes.queue.fail = true;
  else fakes.store.failWrites = true;
  return fakes;
}

describe('a report refused in an outage', () => {
  for (const down of ['queue', 'table'] as const) {
    it(`Should tell an urgent texter it was not saved and give the site's emergency line, the ${down} down`, async () => {
      const { app } = outage(down);
      const res = await app.request(
        '/sms/twilio',
        signedTwilioRequest(twilioFields({ Body: KNIFE, To: PLANT2_NUMBER })),
      );
      expect(res.status).toBe(200);
      const replies = (await repliesOf(res)).join(' ');
      expect(replies).toMatch(/could not save your message/);
      expect(replies).toContain('555-0199');
    });

    it(`Should answer a JSON client "not saved" with the site's emergency line, the ${down} down`, async () => {
      const { app } = outage(down);
      const res = await app.request('/feedback', json({ text: KNIFE, site: 'plant2', escalate: true }));
      expect(res.status).toBe(503);
      const { error } = (await res.json()) as { error: { code: string; message: string; emergency?: string } };
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/NOT saved/);
      expect(error.emergency).toContain('555-0199');
      expect(error.message).toContain(error.emergency);
    });
  }

  it('Should tell a Spanish texter in Spanish, with the emergency line', async () => {
    const { app } = outage('queue');
    const res = await app.request(
      '/sms/twilio',
      signedTwilioRequest(twilioFields({ Body: CUCHILLO, To: PLANT2_NUMBER })),
    );
    const replies = (await repliesOf(res)).join(' ');
    expect(replies).toMatch(/no pudimos guardar/i);
    expect(replies).toMatch(/peligro/i);
    expect(replies).toContain('555-0199');
  });

  it('Should answer a Spanish JSON client in Spanish that it was not saved, with the emergency line', async () => {
    const { app } = outage('table');
    const res = await app.request('/feedback?lang=es', json({ text: CUCHILLO, site: 'plant2', escalate: true }));
    const { error } = (await res.json()) as { error: { message: string; emergency?: string } };
    expect(error.message).toMatch(/no se ha guardado|no se guardó|NO se ha guardado/i);
    expect(error.emergency).toMatch(/peligro/i);
    expect(error.emergency).toContain('555-0199');
  });

  it('Should answer any other refusal of a report (a text too long) "not saved", with the emergency line', async () => {
    const { app } = appWithFakes({ config });
    const res = await app.request('/feedback', json({ text: 'x'.repeat(1700), site: 'plant2' }));
    expect(res.status).toBe(413);
    const { error } = (await res.json()) as { error: { message: string; emergency?: string; issues: unknown[] } };
    expect(error.message).toMatch(/NOT saved/);
    expect(error.emergency).toContain('555-0199');
    expect(error.issues.length).toBeGreaterThan(0);
  });
});
