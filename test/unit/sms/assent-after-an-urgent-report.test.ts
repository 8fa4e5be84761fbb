import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { codeIn, smsTestApp } from '../../support/sms';
import { TEST_PEPPER } from '../../support/fixtures';

// Attack round 29, F9: after an urgent report its sponsor asks "Is anyone still inside the boiler room? Reply yes or
// no." Within the minutes "no" went into the case's conversation, while "yes", "sí" and "k" were answered "Nothing was
// saved from this message": the most urgent answer there is never reached the sponsor. F11: "👍" after an urgent
// report was filed as a case of its own, holding only the emoji.

const FROM = '+15557772901';
const URGENT = 'gas smell very strong in the boiler room, two people feel dizzy';

async function urgentCaseOf(report = URGENT) {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  const code = codeIn((await env.text(report, { From: FROM }))[0]);
  await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
  env.clock.set('2026-11-18T15:32:00Z');
  return { ...env, code };
}

const answersOn = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string; caseKey: string }[]).filter((m) => m.threadAnswer);

describe('assent or thanks alone within minutes of an urgent report', () => {
  it.each([
    ['yes', URGENT, /Your message is kept on case/],
    ['k', URGENT, /Your message is kept on case/],
    ['ok', URGENT, /Your message is kept on case/],
    ['sí', 'hay olor a gas muy fuerte en la sala de calderas, dos personas mareadas', /caso/],
    ['oui', 'forte odeur de gaz dans la chaufferie, deux personnes ont des vertiges', /cas/],
  ])(
    'Should add "%s" to the urgent case, kept for its holder to read (session 38: not emailed unasked)',
    async (answer, report, said) => {
      const env = await urgentCaseOf(report);
      const reply = await env.text(answer, { From: FROM });
      expect(reply[0]).toContain(env.code);
      expect(reply[0]).toMatch(said);
      expect(reply.join(' ')).not.toMatch(/Nothing was saved|No se guardó|Rien n/);
      expect(answersOn(env)).toEqual([
        expect.objectContaining({
          text: answer,
          caseKey: caseKeyFor(env.code, TEST_PEPPER),
          followUp: true,
          courtesy: true,
        }),
      ]);
      expect(env.store.cases.size).toBe(1);
    },
  );

  it('Should not file "👍" after an urgent report as a case of its own', async () => {
    const env = await urgentCaseOf();
    const reply = await env.text('👍', { From: FROM });
    expect(reply[0]).not.toMatch(/Your case code is/);
    expect(env.store.cases.size).toBe(1);
  });

  it('Should answer "yes" as thanks, saving nothing, with no urgent report in the minutes before', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    expect((await env.text('yes', { From: FROM }))[0]).toMatch(/Nothing was saved/);
    expect(env.store.cases.size).toBe(0);
    expect(answersOn(env)).toEqual([]);
  });

  it('Should still add details texted after STOP to the urgent case', async () => {
    const env = await urgentCaseOf();
    await env.text('STOP', { From: FROM });
    const reply = await env.text('it is the second door on the left, by the stairs', { From: FROM });
    expect(reply[0]).toContain(`Your answer on case ${env.code} was sent`);
    expect(env.store.cases.size).toBe(1);
  });
});
