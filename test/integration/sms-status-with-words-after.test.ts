import { describe, expect, it } from 'vitest';
import { codeIn } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Attacker's report: "STATUS <code> please" (words after the code, or the code typed without its dash or in
// lower case) opened a NEW case whose stored text held the code, tying the new words to the old case. A status
// word and a code-shaped token are a lookup in every catalogue's language: courtesy after the code is no more
// than that, and other words are an answer on the case, as `<code> <words>` is, never a report.

describe('a status request with words after its code', () => {
  const sms = useSmsStack({ serviceName: 'sms-status-words', startsAt: '2026-11-18T15:00:00Z' });
  const from = '+15557340601';
  const text = (Body: string) => sms.text(from, Body);
  const caseCount = sms.caseCount;

  it('Should answer the status, and open no case, whatever follows the code or however it is typed', async () => {
    const code = codeIn((await text('The microwave in the break room is broken.'))[0]);
    const before = await caseCount();
    const compact = code.replace('-', '');
    for (const asked of [
      `STATUS ${code} please`,
      `status ${compact.toLowerCase()} thanks!`,
      `Status ${code.replace('-', ' ')} ?`,
      `ESTADO ${code.toLowerCase()} por favor`,
      `STATUT ${code} merci`,
    ]) {
      const replies = await text(asked);
      expect(replies, asked).toHaveLength(1);
      expect(replies[0], asked).toMatch(new RegExp(`^(Case|Caso|Cas) ${code}`));
    }
    // Words after it are an answer on the case: this one has no conversation, and the texter is told so.
    const withWords = await text(`STATUS ${compact} the microwave sparks now when it starts`);
    expect(withWords[0]).toMatch(new RegExp(`^Case ${code}:`));
    expect(withWords[1]).toBe(
      `Case ${code} has no conversation: only a case passed to a senior leader can be answered. Send new feedback without the code.`,
    );
    // A code-shaped token no case has: told to check it; with a character no code has, which ones to look at.
    expect(await text('STATUS 7KQ4M-XW9TZ please')).toEqual([
      'No case has that code. Check it and text STATUS and the code again.',
    ]);
    expect(await text('STATUS 7KQ4M-XW9T0 please')).toEqual([expect.stringMatching(/^Case codes never have 0, O, 1/)]);
    expect(await caseCount()).toBe(before);
  });

  it('Should keep urgent words sent on a case with no conversation as a report of their own, with the emergency line', async () => {
    const code = codeIn((await text('The vending machine on the second floor eats coins.'))[0]);
    const before = await caseCount();
    for (const [sent, words] of [
      [`STATUS ${code} someone collapsed in the freezer and is not breathing`, 'collapsed in the freezer'],
      [`${code} there is a man with a knife in the car park right now`, 'knife in the car park'],
    ] as const) {
      const replies = await text(sent);
      // A case of its own, with its own code, and where help comes at once.
      const newCode = codeIn(replies.find((r) => /Your case code is/.test(r)) ?? '');
      expect(newCode, words).not.toBe(code);
      expect(replies.at(-1), words).toMatch(/If you or someone else is in danger now, call/);
    }
    expect(await caseCount()).toBe(before + 2);
  });

  it('Should still take feedback that merely opens with a status word as a report', async () => {
    const before = await caseCount();
    for (const report of ['Status of the repairs is bad, 12345 things wrong', 'Estado actual: la cantina cerrada'])
      expect((await text(report))[0], report).toMatch(/Your case code is|Su código de caso es/);
    expect(await caseCount()).toBe(before + 2);
  });
});
