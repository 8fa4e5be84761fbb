import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { DEPARTMENTS, NOT_NAMES } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * A nickname names one person as surely as their name: "our lead (goes by "smokey")", "the foreman they call Big
 * Al", "everyone calls him the Hammer", "le dicen el Flaco", "on l'appelle Titi", "genannt Bulle". After a word that
 * says a person's nickname follows, in the languages the service hears: what is quoted, or one to three capitalised
 * words ("the" stays). Not a word written small without quotes ("they call him lazy" is what he is), not a
 * department or a day ("known as HR", "they call it Monday": "it" names no one). "Known as" and "aka" name firms
 * and terms as often ("a temp agency known as Manpower", "(aka Aramark)"): only after a person ("the guy known as
 * Tank", "she is known as Red"). "We call" names things too ("something we call 'make line'"): without "him" or
 * "her" after it, only a capital says a person.
 */
const PERSON = String.raw`(?:he|she|who|guy|girl|lady|man|woman|bloke|dude|boss|manager|supervisor|foreman|lead|chef|driver)`;
const PERSON_CUE = String.raw`(?:goes\s+by|go\s+by|went\s+by|${PERSON}(?:\s+(?:is|was))?(?:\s+(?:also|better|affectionately))?\s+(?:known\s+as|a\.?k\.?a\.?)|nicknamed|(?:his|her|their)\s+nickname\s+is|(?:they|we|everyone|everybody|people|the\s+guys|the\s+girls)\s+(?:calls?|called)\s+(?:him|her)|calls\s+(?:him|her)|le\s+(?:dicen|llaman)|apodad[oa]|surnomm[ée]e?|on\s+l['’]appelle|genannt|spitzname|nennen\s+(?:ihn|sie)|apelidad[oa]|chamam\s+(?:ele|ela)\s+de|vulgo|soprannominat[oa]|(?:lo|la)\s+chiamano|zwan[ya]|ksyw[ak]a?)`;
const BARE_CALL = String.raw`(?:(?:they|we|everyone|everybody|people|the\s+guys|the\s+girls)\s+calls?|(?:que|a\s+quien)\s+(?:le\s+|lo\s+|la\s+)?(?:llaman|dicen|apodan)|qu['’]on\s+appelle|den\s+(?:sie|alle)\s+nennen|que\s+chamam(?:\s+de)?)`;
const CUE = String.raw`(?:${PERSON_CUE}|(${BARE_CALL}))`;
// French guillemets keep a space inside: « le Boucher ».
const QUOTED = /^["“”«„'‘’][ \u00a0\u202f]?([^"“”«»„'‘’\n]{2,30}?)[ \u00a0\u202f]?["“”»'‘’]/u;
// "Big Al", "the Hammer", "el Flaco": up to three capitalised words; the article before them stays as written.
const ARTICLE = /^(?:the|el|la|le|der|die|o|a|il|lo)\s+/iu;
const QUOTED_NAME_START = lazyPattern(String.raw`^(?:(?:the|el|la|le|der|die|o|a|il|lo)\s+)?\p{Lu}`, 'u');
const CAPITALISED_WORD = lazyPattern(String.raw`^\p{Lu}[\p{L}'’-]*`, 'u');
// The bare "they call" is group 1.
const CUED = lazyPattern(String.raw`(?<![\p{L}])${CUE}(?![\p{L}])(?:\s+(?:is|was|es|est|ist|é|è))?\s*[:,]?\s*`, 'giu');

/** Where the nickname after a cue lies, from `at`: the quoted words, or the capitalised ones. */
function nicknameAt(text: string, at: number, bare: boolean): { start: number; end: number } | undefined {
  const rest = text.slice(at);
  const quoted = QUOTED.exec(rest);
  if (quoted)
    // Bare ("they call 'the Viking'"), a capital after an article at most: "they call it 'lunch'" names no one.
    return (bare ? QUOTED_NAME_START.get() : /\p{L}/u).test(quoted[1]!)
      ? { start: at + quoted[0].indexOf(quoted[1]!), end: at + quoted[0].indexOf(quoted[1]!) + quoted[1]!.length }
      : undefined;
  const article = ARTICLE.exec(rest)?.[0] ?? '';
  let end = at + article.length;
  const start = end;
  for (let n = 0; n < 3; n++) {
    const word = CAPITALISED_WORD.get().exec(text.slice(end))?.[0];
    if (!word || word.length < 2 || /^\p{Lu}+$/u.test(word)) break;
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || DEPARTMENTS.has(lower)) break;
    end += word.length;
    const gap = /^[ \t]+(?=\p{Lu})/u.exec(text.slice(end))?.[0];
    if (!gap || n === 2) break;
    end += gap.length;
  }
  // A gap taken before a word that was refused is given back.
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

const SCREEN = lazyPattern(CUE, 'iu');

/** Masks nicknames after the words that announce them (see above). */
export const maskNicknames: Rule = (text) => {
  if (!SCREEN.get().test(text)) return text;
  let out = text;
  for (const m of text.matchAll(CUED.get())) {
    const found = nicknameAt(text, m.index + m[0].length, m[1] !== undefined);
    if (found) out = out.slice(0, found.start) + mask('NAME', found.end - found.start) + out.slice(found.end);
  }
  return out;
};
