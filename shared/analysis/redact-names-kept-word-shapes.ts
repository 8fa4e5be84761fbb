import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';
import { isCommonSurname } from './surnames';

/*
 * op46b (2026-12-07), from the blind operator attack op45 (class 7): everyday words of Spanish, Portuguese, Italian and
 * German the name rules took for a name, because no list of those languages holds them and a rule read their place as
 * a person's: "l'unica donna carrellista" was stored "l'unica [NAME]", "sou a grávida do turno" "sou a [NAME]", "mi
 * hija nació" "mi hija [NAME]", "Soy la única del turno" "Soy la [NAME]", "die Einzige in der Nachtschicht" "die
 * [NAME]". A preview full of [NAME] teaches people to ignore it, and the sentence lost its sense. Given back, when the
 * name rules hid them alone:
 *
 * - a word written small with the shape only everyday words have: a Spanish past of "he/she" ("nació", "salió",
 *   "pidió"), or an accent three syllables from the end ("única", "grávida", "última", "rápida"); names of that shape
 *   ("Mónica", "Ángela", "Fátima") are in the lists and stay hidden;
 * - a word written small after "the only", "a", "another" ("l'unica donna", "una donna", "la sola", "a única"): a name
 *   follows no such word, even one that is a name elsewhere ("Donna");
 * - a word no list holds as a name after an article and "I am" ("sou a grávida", "soy la única", "ich bin die
 *   Einzige"), or after a German article (German writes every noun with a capital: "die Einzige", "der Neue").
 *
 * Letters outside ASCII in code are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

const PAST_OF_HE = lazyPattern(String.raw`^\p{Ll}{2,14}i\u00f3$`, 'u');
// An accented vowel, then at least two more syllables: "única", "grávida", "último", "rápidas".
const ANTEPENULT = lazyPattern(
  String.raw`^\p{Ll}{0,10}[\u00e1\u00e9\u00ed\u00f3\u00fa\u00e2\u00ea\u00f4][^aeiou\u00e1\u00e9\u00ed\u00f3\u00fa\s]{1,3}[aeiou][^aeiou\s]{1,3}[aeo]s?$`,
  'u',
);
// "the only", "a", "another", "every", "the first/last/new": after these a word is what someone is, not who.
// Not "prima"/"primo" (a cousin in Spanish: "mi prima Kimberley") nor "um" (English's "um graham calling").
const DESCRIBING = new Set(
  `unica unico \u00fanica \u00fanico sola una uno un altra altro otra otro outra outro uma ogni cada ultima ultimo
  \u00faltima \u00faltimo nuova nuovo nueva nuevo nova novo einzige einzigen eine ein einer einen neue neuen`.split(
    /\s+/u,
  ),
);
const DESCRIPTION_ENDING = lazyPattern(
  String.raw`^\p{Ll}{3,14}(?:ada|ado|ida|ido|ente|ante|ora|eira|eiro|ista|iva|ivo|osa|oso)$`,
  'u',
);
const ARTICLE = new Set('la el lo il l a o die der das den dem des'.split(' '));
const GERMAN_ARTICLE = new Set('die der das den dem des eine einer einen einem'.split(' '));
// "I am", "she is", "was": before an article that makes a description.
const BE = new Set(
  `soy eres es somos son era fue sou \u00e9s \u00e9 somos s\u00e3o era foi sono sei \u00e8 siamo ero era bin bist ist sind war`.split(
    /\s+/u,
  ),
);

// The two words before a find, each standing alone (a space, a bracket or a quote before it: not "@UN" or "#EU").
const TWO_WORDS_BEFORE = lazyPattern(
  String.raw`(?:(?:^|(?<=[\s(\u00ab"\u201c]))([\p{L}'\u2019]{1,20})[ \t]+)?(?:^|(?<=[\s(\u00ab"\u201c]))([\p{L}'\u2019]{1,20})[ \t]+$`,
  'u',
);

/** The words before `start`, last first, elided articles split off ("l'unica" → "unica", "l"). */
function wordsBefore(read: string, start: number): string[] {
  const m = TWO_WORDS_BEFORE.get().exec(read.slice(Math.max(0, start - 48), start));
  if (!m) return [];
  return [m[1], m[2]]
    .filter((w): w is string => w !== undefined)
    .map((w) => w.toLowerCase().replace(/\u2019/gu, "'"))
    .flatMap((w) => (/^[lu]n?'/u.test(w) ? [w.slice(0, w.indexOf("'")), w.slice(w.indexOf("'") + 1)] : [w]))
    .reverse();
}

function givenBack(read: string, start: number, found: string): boolean {
  const words = found.split(/[ \t]+/u);
  if (words.length > 2) return false;
  const first = words[0]!;
  const lower = first.toLowerCase();
  const small = first === lower;
  const known = (w: string) => isGivenName(w.toLowerCase()) || isCommonSurname(w.toLowerCase());
  if (words.length === 1 && small && !known(first) && (PAST_OF_HE.get().test(first) || ANTEPENULT.get().test(first)))
    return true;
  const [before, beforeThat] = wordsBefore(read, start);
  if (before === undefined) return false;
  // The second word of a pair is a name's surname only when capitalised ("donna carrellista" is a woman driver).
  if (words.length === 2 && words[1] !== words[1]!.toLowerCase()) return false;
  if (small && DESCRIBING.has(before)) return true;
  if (words.length > 1 || known(first) || beforeThat === undefined || !BE.has(beforeThat)) return false;
  // "sou a gestante", "soy la encargada"; in German a noun after its article, with an adjective's ending ("die Einzige").
  // A short name follows "I am" and its article too ("sou a bia do estoque"): small, only a word with the ending of
  // a description ("embarazada", "gestante", "encargada").
  if (small) return ARTICLE.has(before) && DESCRIPTION_ENDING.get().test(lower);
  return GERMAN_ARTICLE.has(before) && /e[nr]?$/u.test(lower);
}

/** `masked` with each everyday word above given back from `read`. */
export function keepDescriptionWords(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const found = read.slice(start, end);
    if (givenBack(read, start, found)) out = out.slice(0, start) + found + out.slice(end);
  }
  return out;
}
