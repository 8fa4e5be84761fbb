import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { MASKED, mask, maskedSpans } from './redaction-kinds';

/*
 * op51a (2026-12-07), from the blind operator attack op49 (over-hiding): a German verb or adjective that is a surname
 * too (weiß, lang, klein, kurz, schwarz …), written small after a role, was read as that person's surname: "der Chef
 * weiß es" was stored "der Chef [NAME] es", "Die Meisterin weiß Bescheid" "Die Meisterin [NAME]", "Frau Schmidt weiß
 * es" "Frau [NAME] es". German writes every name and noun with a capital: where the writer gave the role or the name
 * before it one, a word written small that German has is the sentence going on. Given back: the word alone after a
 * capitalised noun with its article or possessive ("der Chef", "unsere Chefin"), or the small word ending a find whose
 * other words are capitalised ("Schmidt weiß": "[NAME] weiß"). Never a given name, never what was hidden before the
 * rules ran. Letters outside ASCII are \u escapes (test/infra/bundles.test.ts).
 */

const ARTICLE_NOUN_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:der|die|den|dem|des|unser|unsere|unserem|unseren|mein|meine|dein|deine|ihr|ihre|sein|seine|euer|eure)[ \t]+\p{Lu}\p{Ll}{2,}[ \t]+$`,
  'iu',
);
const GERMAN_TEXT = lazyPattern(
  String.raw`(?<![\p{L}])(?:der|die|das|den|dem|und|ist|nicht|ich|es|er|sie|wir|auch|mit|Frau|Herr)(?![\p{L}])`,
  'u',
);
const SMALL_LAST = lazyPattern(String.raw`^((?:\p{Lu}[\p{L}'\u2019-]*[ \t]+){1,3})(\p{Ll}{3,})$`, 'u');
const PARTICLES = new Set(['von', 'van', 'zu', 'vom', 'zum', 'de', 'der', 'den', 'ten', 'ter', 'la', 'le', 'di', 'da']);

const isGermanWord = (word: string) =>
  !PARTICLES.has(word) && !isGivenName(word) && commonWordLanguages(word)?.has('de') === true;

/** `masked` with each German word written small after a role or a capitalised name given back from `read`. */
export function keepGermanWordsAfterRoles(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000') || !GERMAN_TEXT.get().test(read)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const found = read.slice(start, end);
    if (/^\p{Ll}{3,}$/u.test(found)) {
      if (isGermanWord(found) && ARTICLE_NOUN_BEFORE.get().test(read.slice(Math.max(0, start - 40), start)))
        out = out.slice(0, start) + found + out.slice(end);
      continue;
    }
    const split = SMALL_LAST.get().exec(found);
    if (split && isGermanWord(split[2]!)) {
      const head = split[1]!.trimEnd();
      out = out.slice(0, start) + mask('NAME', head.length) + found.slice(head.length) + out.slice(end);
    }
  }
  return out;
}
