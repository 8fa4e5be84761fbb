// Blind round 15: a colleague named beside the writer, beside the writer's seat, or as the one who did it.
import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isWordOfSomeLanguage } from './redact-names-listed-beside';
import { isOrdinaryWord } from './redact-names-lookup';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ORDINARY_SUFFIX, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * No list knows most names ("Joris", "Sixten", "Rhiannon", "hargreaves", "chuy"), and nothing before them is a
 * title or a role. The words around still say a person is meant:
 * - the writer and someone ("ik en joris van de nachtdienst", "jag och Sixten som", "yo y el Chuy", "Sixten och
 *   jag"), in the pronoun and "and" of each language the service hears;
 * - where someone sits or stands ("sits at desk 14B next to Rhiannon", "zit naast Joris", "sitzt neben Ole");
 * - the one who did it ("it's hargreaves who leaked", "c'est Nono qui", "fue Chuy quien");
 * - "a certain" one ("el tal chuy", "un tal de Tião", "un certo Beppe", "ein gewisser Olli").
 * A word of English or of the other languages' lists stays: "me and my team", "next to the window", "it's payroll
 * who decides", "el tal vez".
 */

// A word with no apostrophe in it or after it: "didn’t", "Saturday's" are no one's name.
const WORD = String.raw`(\p{L}+(?:-\p{L}+)?)(?!['’\p{L}])`;
// The pronoun "I" and "and" of each language, as written together ("me and", "ik en", "jag och", "yo y", "ako at").
const WRITER_AND = String.raw`(?:(?:me|i)[ \t]+(?:and|n|&)|(?:ik|mij)[ \t]+en|ich[ \t]+und|(?:jag|mig)[ \t]+och|(?:jeg|meg)[ \t]+og|yo[ \t]+y|io[ \t]+e|eu[ \t]+e|moi[ \t]+et|ja[ \t]+i|eu[ \t]+(?:și|si)|ben[ \t]+ve|(?:saya|aku)[ \t]+(?:dan|sama)|ako[ \t]+at|(?:tôi|em)[ \t]+(?:và|với))`;
// "and" then the pronoun, after the name ("Sixten och jag", "joris en ik", "Beppe e io").
// Not English's "and I", which joins clauses far more often ("… at Nike and I will", "2 hrs and i'll").
const AND_WRITER = String.raw`(?:(?:and|n|&)[ \t]+(?:me|myself)|en[ \t]+(?:ik|mij)|und[ \t]+ich|och[ \t]+jag|og[ \t]+(?:jeg|meg)|y[ \t]+yo|e[ \t]+(?:io|eu)|et[ \t]+moi|i[ \t]+ja|(?:și|si)[ \t]+eu|ve[ \t]+ben|(?:dan|sama)[ \t]+(?:saya|aku)|at[ \t]+ako)`;
// The articles and markers some languages put before a first name ("yo y el Chuy", "ako at si Bong").
const ARTICLE = String.raw`(?:(?:el|la|il|lo|o|a|der|die|si|kay)[ \t]+)?`;
const AFTER_WRITER = lazyPattern(String.raw`(?<![\p{L}])${WRITER_AND}[ \t]+${ARTICLE}${WORD}(?![\p{L}\p{N}@])`, 'giu');
// The name opens the sentence or clause, or follows "with" or "that" ("det var Sixten och jag", "met joris en ik"):
// elsewhere "… gedaan en ik ben moe", "… Lager und ich" join two clauses.
const CLAUSE_OPENS = String.raw`(?:^|[.,;:!?\n(]|(?:^|[ \t])(?:with|met|mit|med|con|com|avec|z|ze|dengan|kasama|và|that|dat|att|dass|que|che|var|was|war|était|era|fue|foi)[ \t])[ \t]*`;
// Looked back from only where a word starts (the name is read next): made at every position of a long run of spaces,
// the look back over them cost the square of its length (docs/performance-log.md, "… no input makes analysis slow …
// (helper lb43)"). It finds the same names.
const BEFORE_WRITER = lazyPattern(
  String.raw`(?=\p{L})(?<=${CLAUSE_OPENS})${WORD}[ \t]+${AND_WRITER}(?![\p{L}])`,
  'giu',
);

// Where one sits or stands, then "next to" in the languages ("sits at desk 14B next to Rhiannon", "zit naast Joris").
const SEAT = String.raw`(?:sit|sits|sat|sitting|seated|stand|stands|standing|stood|desk|locker|station|zit|zat|zitten|sitzt|sitze|sitzen|saß|sitter|satt|sitt|siedzi|siedzę|sentado|sentada|sienta|siede|seduto|seduta|assis|assise|duduk)`;
const NEXT_TO = String.raw`(?:next[ \t]+to|beside|naast|neben|bredvid|jämte|ved[ \t]+siden[ \t]+af|à[ \t]+côté[ \t]+de|al[ \t]+lado[ \t]+de|junto[ \t]+a|accanto[ \t]+a|ao[ \t]+lado[ \t]+d[aeo]|obok|di[ \t]+sebelah|di[ \t]+samping|sebelah)`;
/** A word every `NEXT_TO` holds, in any case: what a text must have for `NEXT_TO_NAME` to find anything. */
const NEXT_TO_WORDS = /next|beside|naast|neben|bredvid|jämte|siden|côté|lado|junto|accanto|obok|sebelah|samping/iu;
const NEXT_TO_NAME = lazyPattern(
  String.raw`(?<![\p{L}])${SEAT}(?![\p{L}])[^\n.!?]{0,30}?[ \t]${NEXT_TO}[ \t]+${WORD}(?![\p{L}\p{N}@])`,
  'giu',
);

// The one who did it: "it's hargreaves who", "it was Dave that", "c'est Nono qui", "fue Chuy quien", "è Beppe che",
// "het was joep die", "es war Ole, der", "det var Sixten som".
const DID_IT = lazyPattern(
  String.raw`(?<![\p{L}])(?:it['’]?s|it[ \t]+is|it[ \t]+was|its|c['’]est|c['’]était|fue|es|foi|é|è|era|het[ \t]+(?:is|was)|es[ \t]+(?:ist|war)|det[ \t]+(?:är|var))[ \t]+${WORD},?[ \t]+(who|that|qui|quien|quién|que|quem|che|die|der|som)(?![\p{L}])`,
  'giu',
);
// "a certain" one, who is always a person: "el tal chuy", "um tal de Tião", "un certo Beppe", "ein gewisser Olli".
const A_CERTAIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:el|la|un|una|o|a|um|uma)[ \t]+tal(?:[ \t]+d[eoa])?|un[ \t]+cert[oa]|una[ \t]+certa|une?[ \t]+certaine?|ein(?:e|en|em)?[ \t]+gewisse[rns]?|pewn[aey]|niejak[aiy])[ \t]+${WORD}(?![\p{L}\p{N}@])`,
  'giu',
);

/**
 * A word no list of any language knows, or a name the lists know, where the words around say a person is meant.
 * `strong`: the cue says only a person can stand there ("it's … who", "el tal …"): a long word written small that is
 * near an English one ("battersby") or made of two ("ramsbottom") is a name there too.
 */
function isNameThere(word: string, strong = false): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 2 || /^\p{Lu}{2,}$/u.test(word)) return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || DETERMINERS.has(lower)) return false;
  if (ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  const capitalised = /^\p{Lu}/u.test(word);
  if ((isGivenName(lower) && !isWordlikeName(lower)) || isCommonSurname(lower))
    return capitalised || !isWordOfSomeLanguage(lower);
  // Written small, a typo of an English word is that word ("me and teh team"); with its capital, "Sixten" is no "sixteen".
  // A short word near an English one is that word in any frame ("it's fuck that …", slang the dictionary leaves out).
  const nearEnglish = !capitalised && (!strong || lower.length < 6) && isNearEnglishWord(lower);
  if (isEnglishWord(lower) || nearEnglish || moreEverydayLanguages(lower)) return false;
  // Written small with the ending of a verb or an adverb: "it's predetermined who", "me and luckily".
  if (!capitalised && (/(?:ed|ing|ly)$/u.test(lower) || ORDINARY_SUFFIX.test(lower))) return false;
  // "Rhiannon", "hargreaves", "Pacheco": the dictionary's proper nouns are people as often as places or firms.
  if (isProperNoun(lower)) return true;
  // A short word of the everyday lists is that word ("it's fuck that …"); a long one, a surname made of two ("ramsbottom").
  if (strong && lower.length >= 3) return !commonWordLanguages(lower) && (lower.length >= 8 || !isOrdinaryWord(lower));
  return !isWordOfSomeLanguage(lower) && lower.length >= 3;
}

function isKnownName(word: string): boolean {
  const lower = word.toLowerCase();
  return (isGivenName(lower) && !isWordlikeName(lower)) || isCommonSurname(lower);
}

function hideWord(out: string, start: number, word: string): string {
  return out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
}

/** Masks the names of colleagues named beside the writer, beside a seat, as the one who did it, or "a certain" one. */
export const maskNamesBesideWriter: Rule = (text) => {
  let out = text;
  for (const [pattern, strong] of [
    [AFTER_WRITER.get(), false],
    // Asked only where a "next to" of some language is: the seat's words ("desk", "station", "stand") are everywhere.
    [NEXT_TO_WORDS.test(text) ? NEXT_TO_NAME.get() : undefined, false],
    [A_CERTAIN.get(), true],
  ] as const)
    if (pattern)
      for (const m of text.matchAll(pattern))
        if (isNameThere(m[1]!, strong)) out = hideWord(out, m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const m of text.matchAll(DID_IT.get())) {
    // "that", "que", "che" join a clause to an adjective as often ("es obvio que", "è vergognoso che", "it's clear
    // that"): there only a name written with its capital or known to the lists; "who", "qui", "quien" only a person.
    const word = m[1]!;
    const relative = !/^(?:that|que|che)$/iu.test(m[2]!);
    const named = relative
      ? isNameThere(word, true)
      : isNameThere(word) && (/^\p{Lu}/u.test(word) || isKnownName(word));
    if (named) out = hideWord(out, m.index + m[0].lastIndexOf(word, m[0].length - m[2]!.length), word);
  }
  for (const m of text.matchAll(BEFORE_WRITER.get())) if (isNameThere(m[1]!)) out = hideWord(out, m.index, m[1]!);
  return out;
};
