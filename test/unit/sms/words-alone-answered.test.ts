import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { TEST_PEPPER } from '../../support/fixtures';
import { codeIn, smsTestApp } from '../../support/sms';

// Attack round 28: "ok" (or "k", "yes", "thanks") sent back to a reply was saved as a case of its own: a report
// holding "ok", counted in the digest, with a case code the texter never asked for. Thanks or assent alone is now
// answered, never filed: the reply says nothing was saved and what to send instead.

const answersOn = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string }[]).filter((m) => m.threadAnswer);

describe('thanks or assent alone', () => {
  for (const [n, body, said] of [
    [1, 'ok', /^Nothing was saved from this message\. To send feedback, text it in words/],
    [2, 'k', /^Nothing was saved from this message/],
    [3, 'Thank you so much!', /^Nothing was saved from this message/],
    [4, 'yes 👍', /^Nothing was saved from this message/],
    [5, 'muchas gracias', /^No se guardó nada de este mensaje/],
    [6, 'merci beaucoup', /^Rien n.a été enregistré de ce message/],
  ] as const) {
    it(`Should answer "${body}" and file nothing`, async () => {
      const env = smsTestApp();
      env.clock.set('2026-11-18T15:30:00Z');
      expect(await env.text(body, { From: `+1555777260${n}` })).toEqual([expect.stringMatching(said)]);
      expect(env.store.cases.size).toBe(0);
      expect(env.queue.messages).toEqual([]);
    });
  }

  for (const body of ['URGENT', 'URGENTE']) {
    it(`Should answer "ok" after "${body}" alone with what to write next and whom to call, and mark the report after it`, async () => {
      const env = smsTestApp();
      const from = '+15557772611';
      env.clock.set('2026-11-18T15:30:00Z');
      await env.text(body, { From: from });
      const replies = await env.text('ok', { From: from });
      expect(replies).toEqual([
        expect.stringMatching(/Nothing was saved yet|Aún no se guardó nada/),
        expect.stringMatching(/911/),
      ]);
      expect(env.store.cases.size).toBe(0);
      await env.text('need a supervisor at the north gate right now', { From: from });
      expect([...env.store.cases.values()].map((c) => c.escalateRequested)).toEqual([true]);
    });
  }

  // Until attack round 29 (F9) thanks or assent after an urgent report was answered and kept nowhere: "yes" to the
  // sponsor's "Is anyone still inside?" was lost. It is an answer on the case now (assent-after-an-urgent-report).
  it('Should keep thanks after an urgent report on the case, never file it', async () => {
    const env = smsTestApp();
    const from = '+15557772621';
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await env.text('There is a fire in the paint shop, bay 3', { From: from }))[0]);
    await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
    env.clock.set('2026-11-18T15:31:00Z');
    expect((await env.text('ok thanks', { From: from }))[0]).toContain(`Your message is kept on case ${code}`);
    expect(answersOn(env).map((m) => m.text)).toEqual(['ok thanks']);
    expect(env.store.cases.size).toBe(1);
  });

  it('Should still file a report that only starts with thanks, a marked one, or one with a picture', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    expect((await env.text('thanks for fixing the lockers', { From: '+15557772631' }))[0]).toMatch(/Your case code is/);
    expect((await env.text('URGENT thanks', { From: '+15557772632' }))[0]).toMatch(/marked urgent/);
    expect((await env.text('MGMT ok', { From: '+15557772633' }))[0]).toMatch(/Your case code is/);
    expect(env.store.cases.size).toBe(3);
  });
});
