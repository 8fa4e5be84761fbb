import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attack round 29, F3: "HELP!!!" alone marked the next report urgent, but "HELP!!! need a supervisor at the north gate
// right now" in one text was an ordinary report, with no emergency line. F5: "HILFE!!!", "ПОМОГИТЕ!!!", "AJUDA!!!" and
// "help me" alone were each filed as an urgent case holding only the cry, and the report after it a second case.

const marked = (store: { cases: Map<string, { escalateRequested?: boolean }> }) =>
  [...store.cases.values()].map((c) => c.escalateRequested ?? false);

describe('a cry for help in the same text as the report', () => {
  it.each([
    ['HELP!!! need a supervisor at the north gate right now', /marked urgent/],
    ['help help need a supervisor at the north gate right now', /marked urgent/],
    ['HELP need a supervisor at the north gate right now', /marked urgent/],
    ['¡¡AYUDA!! necesito un supervisor en la puerta norte', /urgente/],
    ['AU SECOURS il faut un chef à la porte nord tout de suite', /urgent/],
  ])('Should mark "%s" urgent, with the emergency line', async (body, said) => {
    const { text, store, queue } = smsTestApp();
    const reply = await text(body, { From: '+15557772931' });
    expect(reply[0]).toMatch(said);
    expect(reply.at(-1)).toMatch(/911/);
    expect(marked(store)).toEqual([true]);
    // The cry is taken off as URGENT is: the sponsor reads the report.
    expect((queue.messages[0] as { text: string }).text).not.toMatch(/^(HELP|help|¡|AU)/);
  });

  it.each(['Help me understand the new pay policy', 'help desk is slow to answer'])(
    'Should leave "%s", which cries for nothing, as it is',
    async (body) => {
      const { text, store } = smsTestApp();
      expect((await text(body, { From: '+15557772932' }))[0]).toMatch(/Your case code is/);
      expect(marked(store)).toEqual([false]);
    },
  );
});

describe('a cry for help alone in a language without a catalogue, or "help me"', () => {
  it.each(['HILFE!!!', 'ПОМОГИТЕ!!!', 'AJUDA!!!', 'help me'])(
    'Should answer "%s" as a cry alone, and mark the next report urgent',
    async (cry) => {
      const { text, store, clock } = smsTestApp();
      clock.set('2026-11-18T15:30:00Z');
      const help = await text(cry, { From: '+15557772933' });
      expect(help).toHaveLength(2);
      expect(help[1]).toMatch(/911/);
      expect(store.cases.size).toBe(0);
      clock.set('2026-11-18T15:31:00Z');
      const receipt = await text('need someone at the north gate right now', { From: '+15557772933' });
      expect(receipt[0]).toMatch(/marked urgent/);
      expect(marked(store)).toEqual([true]);
    },
  );
});
