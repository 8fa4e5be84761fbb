import { expect, it } from 'vitest';
import { redact } from '../../shared/analysis/redact';
import { type RedactionBlindSet, stillReadable } from './still-readable';

/**
 * The checks every redaction blind round makes, inside its `describe`: each leak not set aside has every secret
 * unreadable and its kept words still there; each clean text is stored as written; each known miss still shows
 * someone (so a fix makes the test say to move it up). `knownLostWords` are leaks hidden at the cost of a word beside
 * them: each still hides who and still loses a word (so a fix makes the test say to move it up). `knownOverHidden` are
 * clean texts still losing a word: they are left out of "stored as written", and each must still lose a word (so a fix
 * makes the test say to move it up).
 */
export function redactionBlindRoundChecks(
  set: RedactionBlindSet,
  knownMisses: ReadonlyMap<string, string>,
  knownLostWords: ReadonlyMap<string, string> = new Map(),
  knownOverHidden: ReadonlyMap<string, string> = new Map(),
): void {
  const caught = set.leaks.filter((l) => !knownMisses.has(l.text) && !knownLostWords.has(l.text));

  it.each(caught.map((l) => [l.text, l] as const))('Should hide who in %j', (_text, leak) => {
    const out = redact(leak.text);
    for (const secret of leak.hide) expect(stillReadable(secret, out), `${secret} in ${out}`).toBe(false);
    for (const word of leak.keep) expect(out).toContain(word);
  });

  const clean = set.unchanged.filter((text) => !knownOverHidden.has(text));
  it.each(clean)('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([...knownMisses.keys()])('Still shows who in %j (a known miss: if this fails, move it up)', (text) => {
    const leak = set.leaks.find((l) => l.text === text)!;
    expect(leak.hide.some((secret) => stillReadable(secret, redact(text)))).toBe(true);
  });

  if (knownLostWords.size > 0)
    it.each([...knownLostWords.keys()])('Hides who but loses a word beside them in %j (known)', (text) => {
      const leak = set.leaks.find((l) => l.text === text)!;
      const out = redact(text);
      for (const secret of leak.hide) expect(stillReadable(secret, out)).toBe(false);
      expect(leak.keep.some((word) => !out.includes(word))).toBe(true);
    });

  if (knownOverHidden.size > 0)
    it.each([...knownOverHidden.keys()])('Still loses a word in %j (known: if this fails, move it up)', (text) => {
      expect(redact(text)).not.toBe(text);
    });
}
