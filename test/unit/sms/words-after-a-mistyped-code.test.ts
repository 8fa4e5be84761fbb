import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { TEST_PEPPER } from '../../support/fixtures';
import { codeIn, smsTestApp } from '../../support/sms';

// Attack round 28 (F4): words after a case code no case has were kept only when the detector read them urgent, and
// the reply ("No case has that code. Check it…") never said the rest were dropped. Whoever sends "<code> words" is
// most likely adding to their own report with its code retyped wrong: "qezbt7bywx there are still 2 people inside
// the paint shop" was lost. Every such text's words are now kept, the code taken off, and the reply says where.

const CODE = /[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/;
const DANGER = /If you or someone else is in danger now, call 911/;

const answersOn = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string; caseKey: string }[]).filter((m) => m.threadAnswer);
const reportsIn = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string }[]).filter((m) => !m.threadAnswer).map((m) => m.text);

describe('words after a mistyped case code', () => {
  for (const [n, body, words] of [
    [1, 'qezbt7bywx there are still 2 people inside the paint shop', 'there are still 2 people inside the paint shop'],
    [2, 'QEZBT-7BYWX the canteen is closed again', 'the canteen is closed again'],
    [3, 'REPLY ABCDE-FGHJK the canteen is closed again', 'the canteen is closed again'],
    [4, 'STATUS QEZBT-7BYWX the canteen is closed again', 'the canteen is closed again'],
    [5, 'STATUS QEZBT-7BYW0 the canteen is closed again', 'the canteen is closed again'],
  ] as const) {
    it(`Should keep the words of "${body}" as new feedback without the code, and say so`, async () => {
      const env = smsTestApp();
      env.clock.set('2026-11-18T15:30:00Z');
      const replies = await env.text(body, { From: `+1555777250${n}` });
      expect(replies[0]).toMatch(/No case has that code|never have 0, O, 1, I or L/);
      expect(replies[1]).toMatch(/Your words were saved as new feedback, case/);
      const code = CODE.exec(replies[1]!)?.[0];
      expect(code).toBeDefined();
      expect(env.store.cases.has(caseKeyFor(code!, TEST_PEPPER))).toBe(true);
      expect(replies.at(-1)).toMatch(DANGER);
      expect(reportsIn(env)).toEqual([words]);
      expect(replies.join('\n')).not.toMatch(/not saved|was not kept/i);
    });
  }

  it('Should say so in Spanish and French too', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    expect((await env.text('ESTADO QEZBT-7BYWX la cantina sigue cerrada', { From: '+15557772511' }))[1]).toMatch(
      /Sus palabras se guardaron como una opinión nueva, caso/,
    );
    expect((await env.text('STATUT QEZBT-7BYWX la cantine est encore fermée', { From: '+15557772512' }))[1]).toMatch(
      /Vos mots ont été enregistrés comme un nouvel avis, cas/,
    );
    expect(env.store.cases.size).toBe(2);
  });

  it('Should keep nothing for thanks alone after an unknown code', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const replies = await env.text('QEZBT-7BYWX thank you so much', { From: '+15557772521' });
    expect(replies[0]).toMatch(/No case has that code/);
    expect(env.store.cases.size).toBe(0);
  });

  it('Should make one report of a retried delivery', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const sid = 'SM0123456789abcdef0123456789abcdef';
    const first = await env.text('QEZBT-7BYWX the canteen is closed again', { From: '+15557772531', MessageSid: sid });
    const again = await env.text('QEZBT-7BYWX the canteen is closed again', { From: '+15557772531', MessageSid: sid });
    expect(again).toEqual(first);
    expect(env.store.cases.size).toBe(1);
  });

  it("Should add them to the sender's urgent case of a few minutes before, as its details", async () => {
    const env = smsTestApp();
    const from = '+15557772541';
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await env.text('There is a fire in the paint shop, bay 3', { From: from }))[0]);
    await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
    env.clock.set('2026-11-18T15:31:00Z');
    const replies = await env.text('qezbt7bywx there are still 2 people inside the paint shop', { From: from });
    expect(replies.join('\n')).toContain(`Your answer on case ${code} was sent`);
    expect(answersOn(env)).toEqual([
      expect.objectContaining({
        text: 'there are still 2 people inside the paint shop',
        caseKey: caseKeyFor(code, TEST_PEPPER),
      }),
    ]);
    expect(env.store.cases.size).toBe(1);
  });

  it('Should put them into that urgent case, once it reaches its holder, while it is still on its way', async () => {
    const env = smsTestApp();
    const from = '+15557772542';
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await env.text('There is a fire in the paint shop, bay 3', { From: from }))[0]);
    env.clock.set('2026-11-18T15:30:20Z');
    const replies = await env.text('qezbt7bywx there are still 2 people inside the paint shop', { From: from });
    // Its details, as they are once the case has its holder: never a second case beside it (op39 F1).
    expect(replies[1]).toContain(`Your words were added to case ${code}`);
    const sent = env.queue.messages as { text: string; threadAnswer?: boolean }[];
    expect(sent.map((m) => [m.text, m.threadAnswer ?? false])).toEqual([
      ['There is a fire in the paint shop, bay 3', false],
      ['there are still 2 people inside the paint shop', true],
    ]);
    expect(env.store.cases.size).toBe(1);
  });
});
