import { maskLetterSpacedNames, withoutLeetspeak } from './redact-names-disguised';
import { contextFor, readWords } from './redact-names-reading';
import { nameEnd, surnameFirst } from './redact-names-rules';
import { widenNames } from './redact-names-widen';
import { mask } from './redaction-kinds';

/*
 * Names in Latin script. A word is read as a name from what it is (a common
 * given name or surname, or a capitalised word that is no word of English or
 * of the other languages the service hears) and from where it stands (after
 * a title or a role, "my manager Okonkwo", "el jefe Martínez", "Herr
 * Becker"; before a verb people do, "Kowalczyk keeps grabbing people").
 */

/** Masks the names in text (see redaction-kinds.ts). */
export function maskNames(text: string): string {
  let out = maskLetterSpacedNames(text);
  // The rules read "D4ve" as "Dave"; the mask covers what was written.
  const reading = withoutLeetspeak(out);
  const words = readWords(reading);
  const context = contextFor(reading, words);
  for (let k = 0; k < words.length; k++) {
    const end = nameEnd(context, k);
    if (end === undefined) continue;
    const first = words[surnameFirst(words, k) ? k - 1 : k]!;
    const last = words[end]!;
    out = out.slice(0, first.start) + mask('NAME', last.end - first.start) + out.slice(last.end);
    k = end;
  }
  return /\uE000/u.test(out) ? widenNames(context, out) : out;
}
