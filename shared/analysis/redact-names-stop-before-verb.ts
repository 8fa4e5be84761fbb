// Round 32 re-attack: a name's mask stops before the verb after it ("where Gary parks the reach truck").
import { MASKED, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A given name with a capital, then a word written small that is also a surname ("Parks", "Banks", "Marks"), then
 * what is done to something ("the", "a", "his", "it"): the small word is the person's verb, not their surname, and
 * hiding it takes from the sponsor what happened ("where [NAME] the reach truck"). A surname the writer means is
 * written with a capital ("Gary Parks the driver") or all small with the given name ("gary parks"): both stay hidden.
 */
const SMALL_VERB_LAST = lazyPattern(String.raw`^(\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}{3,}s)$`, 'u');
const OBJECT_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:the|a|an|his|her|their|my|our|your|its|it|them|him|me|us|this|that|these|those|up|off|out|in|on|el|la|los|las|un|una|le|les|der|die|das|den|il|lo)(?![\p{L}])`,
  'u',
);

/** `masked` with a small verb after a capitalised given name given back from `read` (`premasked`'s finds stay). */
export function keepVerbsAfterNames(read: string, masked: string, premasked: string): string {
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME') continue;
    const m = SMALL_VERB_LAST.get().exec(read.slice(start, end));
    if (!m || !OBJECT_AFTER.get().test(read.slice(end, end + 12))) continue;
    const verbStart = end - m[2]!.length;
    if (MASKED.test(premasked.slice(verbStart, end))) continue;
    out = out.slice(0, verbStart) + read.slice(verbStart, end) + out.slice(end);
    // The space between stays inside the name's mask: give it back too, so "[NAME] parks" reads as written.
    out = out.slice(0, verbStart - 1) + read.slice(verbStart - 1, verbStart) + out.slice(verbStart);
  }
  return out;
}
