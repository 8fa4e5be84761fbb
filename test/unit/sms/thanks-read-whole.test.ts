import { describe, expect, it } from 'vitest';
import { readsAsThanks } from '../../../shared/domain/sms-thanks';
import { codeIn, smsTestApp } from '../../support/sms';

// (The details below read calm on their own: words that read urgent alone, "2 people still inside", are a report
// of their own at once since round 29, whatever they open with.)
// Attack round 28 (F2): details texted while an urgent report is still on its way to its sponsor are its details
// (since op39 F1 they wait behind the case and go into its conversation; before, an urgent report of their own),
// unless they are only thanks. Thanks was read from the first word alone, so "thanks,
// but 2 people are still inside", "ok he is still on the floor" and "please, 2 people still inside" were filed as
// ordinary reports, reaching nobody until a digest. Thanks is now the whole text or nothing.

const DETAILS_OPENING_WITH_COURTESY = [
  'thanks, but it is by bay 4 not bay 3',
  'ok he is still on the floor',
  'please, it is the door by the canteen',
  'ok its bay 4 not 3',
  'hi, the door by bay 4 is locked',
  'gracias, pero es en la nave 4, no en la 3',
  'vale, sigue en el suelo',
  "merci, c'est au quai 4, pas au 3",
  "d'accord, il est toujours par terre",
];

describe('thanks, read on the whole text', () => {
  it.each([
    'thanks',
    'Thank you so much!',
    'ok',
    'k',
    'yes',
    'ok thanks 👍',
    'gracias',
    'muchas gracias',
    'vale',
    'merci beaucoup',
    "d'accord, merci",
  ])('Should read “%s” as thanks', (text) => {
    expect(readsAsThanks(text)).toBe(true);
  });

  // Words that judge are feedback, not thanks: a review headline "It's ok", "Great!", "A+" stays a report.
  it.each([
    ...DETAILS_OPENING_WITH_COURTESY,
    "It's ok",
    'Great!!',
    'A+',
    'IT thanks',
    'very good',
    'thanks for the new lockers',
  ])('Should not read “%s” as thanks', (text) => {
    expect(readsAsThanks(text)).toBe(false);
  });

  it.each(DETAILS_OPENING_WITH_COURTESY)(
    'Should put “%s”, texted while the urgent report is on its way, into that case, not read it as thanks',
    async (details) => {
      const env = smsTestApp();
      const from = '+15557772901';
      env.clock.set('2026-11-18T15:30:00Z');
      const code = codeIn((await env.text('There is a fire in the paint shop, bay 3', { From: from }))[0]);
      env.clock.set('2026-11-18T15:30:20Z');
      // Details, not thanks: they go into the fire's case once it reaches its holder, who is told them at once (op39
      // F1: filed as an urgent report of their own, they were a second case beside the first, from one person).
      expect((await env.text(details, { From: from }))[0]).toContain(code);
      const sent = env.queue.messages as { text: string; threadAnswer?: boolean; escalate: boolean }[];
      expect(sent.map((m) => [m.text, m.threadAnswer ?? false, m.escalate])).toEqual([
        ['There is a fire in the paint shop, bay 3', false, false],
        [details, true, false],
      ]);
      expect(env.store.cases.size).toBe(1);
      expect([...env.store.cases.values()].every((c) => c.topic === undefined)).toBe(true);
    },
  );

  it('Should still file thanks with an all-clear as it is, not as a second emergency', async () => {
    const env = smsTestApp();
    const from = '+15557772902';
    env.clock.set('2026-11-18T15:30:00Z');
    await env.text('There is a fire in the paint shop, bay 3', { From: from });
    env.clock.set('2026-11-18T15:30:20Z');
    expect((await env.text('gracias, ya salimos todos', { From: from }))[0]).not.toMatch(/urgente/);
    expect([...env.store.cases.values()].filter((c) => c.escalateRequested)).toEqual([]);
  });
});
