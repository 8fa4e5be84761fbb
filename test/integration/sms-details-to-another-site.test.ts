import { describe, expect, it } from 'vitest';
import { outbox, waitFor } from '../support/outbox';
import { codeIn, PLANT2_NUMBER } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// att40, F6: a fire texted to Plant 2's number, then seconds later a gas smell texted to the warehouse's number from
// the same phone: the gas was folded into the fire's case as "the employee answered", emailed to Plant 2's manager,
// and the warehouse's safety owner never told. Words texted to another site's number are about that site: a report
// of its own, escalated to that site's owner.

const WAREHOUSE_NUMBER = '+15550100003';

describe('an urgent text to another site’s number minutes after an urgent report', () => {
  const sms = useSmsStack({ serviceName: 'sms-other-site', startsAt: '2026-11-18T15:00:00Z' });
  const { stack, clock, text } = sms;

  it('Should be a report of that site, emailed to its safety owner, not details of the first case', {
    timeout: 120_000,
  }, async () => {
    clock.set('2026-11-18T15:10:00Z');
    const from = '+15557342301';
    const fire = await text(from, 'smoke coming out of the boiler room at plant 2, everyone is leaving', PLANT2_NUMBER);
    await stack.waitForStatus(codeIn(fire[0]), 'escalated');

    clock.set('2026-11-18T15:11:00Z');
    const gas = await text(
      from,
      'also the forklift charging room here stinks of gas and two guys have headaches',
      WAREHOUSE_NUMBER,
    );
    expect(gas[0]).toMatch(/Your case code is|marked urgent/);
    expect(gas[0]).not.toContain('Your answer on case');
    const gasCode = codeIn(gas[0]);
    expect(gasCode).not.toBe(codeIn(fire[0]));
    await stack.waitForStatus(gasCode, 'escalated');
    const toCoo = await waitFor('the warehouse owner’s email', async () =>
      (await outbox(stack.urls.outbox)).find(
        (e) => e.destination.to.includes('coo@example.com') && (e.body.text ?? '').includes('stinks of gas'),
      ),
    );
    expect(toCoo.body.text).toContain('Riverside Warehouse');
    // Plant 2's manager is not told the warehouse's gas as an answer on the fire.
    const toPlant2 = (await outbox(stack.urls.outbox)).filter((e) =>
      e.destination.to.includes('plant2-gm@example.com'),
    );
    expect(toPlant2.some((e) => (e.body.text ?? '').includes('stinks of gas'))).toBe(false);
  });
});
