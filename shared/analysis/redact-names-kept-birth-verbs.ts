import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { BIRTH_VERB_WORD } from './own-days-op50a';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * op50a (2026-12-07 evening), from the blind operator attack op49: a birth's verb opening a sentence or after the other
 * parent ("Nació mi hija el 30/10", "Minha esposa ganhou neném", "A minha mulher pariu") was hidden as a name, so the
 * sentence lost its sense and the preview could not see the birth to name it. Given back, word by word; a name the
 * lists know stays hidden.
 */
const BIRTH_VERB = lazyPattern(BIRTH_VERB_WORD, 'iu');

/** `masked` with birth verbs given back from `read`; what was hidden before the rules ran stays hidden. */
export function keepBirthVerbs(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    if (BIRTH_VERB.get().test(word) && !isGivenName(word)) out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
