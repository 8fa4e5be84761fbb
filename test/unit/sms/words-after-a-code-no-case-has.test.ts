import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 28): words sent after a code no case has (mistyped, or with a 0 or an O no code has)
// were dropped without a word. "STATUS 7KQ4M-XW9TQ the forklift hit someone, he is bleeding" was told only "No case
// has that code. Check it…": the report was not saved, never reached anyone, and the texter was not told whom to
// call. Urgent words now become a report of their own; since round 29 every other word too
// (words-after-a-mistyped-code.test.ts), and the texter is told where help comes at once.

const DANGER = /If you or someone else is in danger now, call 911/;
const BLEEDING = 'the forklift hit someone, he is bleeding';
const texts = (store: { cases: Map<string, unknown> }) => store.cases.size;

describe('words after a code no case has', () => {
  for (const body of [
    `STATUS 7KQ4M-XW9TQ ${BLEEDING}`,
    `REPLY 7KQ4M-XW9TQ ${BLEEDING}`,
    `7KQ4M-XW9TQ ${BLEEDING}`,
    `STATUS 7KQ4M-XW9T0 ${BLEEDING}`,
  ]) {
    it(`Should keep "${body}" as an urgent report of its own, with its code and the emergency line`, async () => {
      const { text, store, queue, clock } = smsTestApp();
      clock.set('2026-11-18T15:30:00Z');
      const replies = await text(body, { From: '+15557770501' });
      expect(replies[0]).toMatch(/No case has that code|never have 0, O, 1, I or L/);
      expect(replies.join('\n')).toMatch(/saved as new feedback, case [2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/);
      expect(replies.at(-1)).toMatch(DANGER);
      expect(texts(store)).toBe(1);
      expect(JSON.stringify(queue.messages)).toContain('he is bleeding');
    });
  }

  it('Should keep calm words after an unknown code as new feedback, say so, and tell whom to call', async () => {
    // Until round 29 these were dropped, and the reply did not say so (words-after-a-mistyped-code.test.ts).
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    const replies = await text('STATUS 7KQ4M-XW9TQ is there any news on the lockers', { From: '+15557770502' });
    expect(replies[0]).toMatch(/No case has that code/);
    expect(replies[1]).toMatch(/Your words were saved as new feedback, case [2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/);
    expect(replies.at(-1)).toMatch(DANGER);
    expect(texts(store)).toBe(1);
  });

  it('Should answer a code alone no case has as before, without the emergency line', async () => {
    const { text, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    const replies = await text('STATUS 7KQ4M-XW9TQ', { From: '+15557770503' });
    expect(replies).toEqual([expect.stringMatching(/No case has that code/)]);
  });
});
