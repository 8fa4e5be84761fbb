// Blind round 28: a name after a form's label, a surname written before its given name, and a surname written small.
import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { STOPWORDS } from './language';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { CLOSINGS } from './redact-names-sign-off';
import { isCommonSurname } from './surnames';
import { lookupForm } from './word-forms';
import { lazyPattern } from './lazy-pattern';
import { isShorthandOrContraction } from './redact-names-lower-cued';

/*
 * Three places where a word is a person's whatever the lists know of it:
 * - after a label that asks for a surname, in any of the languages the workforce writes ("surname: Pettigrew",
 *   "apellido: Zubizarreta", "Nachname: Kettenbach", "nom : Delacroix-Aubert", "фамилия: Сухоруков", "soyadı:
 *   Karakaya"): the word up to the next comma or stop; and after a form's or ticket's field for a person ("accused:
 *   leopold fairweather", "owner=thaddeus.brightwell", "Reported by: Ambrose K. Whitfield", "cc: Winifred Ashdown"):
 *   the words no language has, or that a list knows as a name (so "assigned to: night team", "witness = me",
 *   "reporter: anon" stay);
 * - a surname written before its given name and a comma, opening the text ("kowalewski, [NAME] is the one",
 *   "pennington, [NAME] took my shift"): a word no language has ("hey, [NAME]", "thanks, [NAME]" stay);
 * - a surname written small after a hidden given name, with English going on ("[NAME] chang from packing", "[NAME]
 *   bellweather lied"): a word no language has, followed by a word of English; a given name that is a word ("grace",
 *   "will", "rose") opening the text before such a surname goes with it ("grace okonjo took the cash box").
 */

const NAME_MARK = mask('NAME', 1);
const CLOSING_WORDS = new Set(CLOSINGS.map((closing) => closing.toLowerCase()));
const CHAT = new Set(
  'lol lmao omg wtf tbh idk imo imho pls plz thx ty btw fyi asap ok okay smh ikr ffs jk yall ya'.split(' '),
);
// The respect South Asian English puts after a name ("Ravi bhai took", "Lakshmi garu is"): no surname.
const RESPECT_AFTER = new Set(
  'bhai bhaiya bhaiyya bhaijan didi di ji jee garu gaaru sahab saab sahib anna akka amma appa baji bibi begum'.split(
    ' ',
  ),
);

/**
 * Whether a word is one of a language's (or chat's) rather than a name's. A proper noun ("leopold", "pennington",
 * "chang") is a person's or a place's, and a place's name is no field's value nor a surname's place here.
 */
function isAWord(word: string): boolean {
  const lower = word.replace(/’/gu, "'");
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower)) return true;
  if (isProperNoun(lower) && !isEnglishWord(lower)) return false;
  return (
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    TITLES.has(lower) ||
    CHAT.has(lower) ||
    RESPECT_AFTER.has(lower) ||
    isEnglishWord(lower) ||
    isNearEnglishWord(lower) ||
    lookupForm(lower) !== undefined ||
    moreEverydayLanguages(lower) !== undefined ||
    commonWordLanguages(lower) !== undefined
  );
}
// The small words of the other languages: "per", "den" are English too, but there the text is not.
const OTHER_STOPWORDS = new Set(
  Object.entries(STOPWORDS).flatMap(([language, set]) => (language === 'en' ? [] : [...set])),
);
/** Whether a word is English's and no other language's small word: the text goes on in English. */
const goesOnInEnglish = (next: string) =>
  STOPWORDS.en!.has(next) || (isEnglishWord(next) && !OTHER_STOPWORDS.has(next));
// What follows a surname written small: where the person works or is, or what they did ("[NAME] chang from
// packing", "[NAME] bellweather lied", "grace okonjo took"). Chat's words after a hidden handle ("[NAME] wussup
// bitch", "[NAME] alot of", "[NAME] niggah follow me") are followed by anything else.
const DEED_OR_PLACE = lazyPattern(
  String.raw`^(?:from|in|on|at|with|is|was|has|had|keeps|kept|never|always|took|told|said|sent|made|gave|got|left|came|went|hit|put|says|does|did|can|will|would|should|\p{Ll}{2,}ed|\p{Ll}{3,}[^s]s)$`,
  'u',
);
// A word stretched for feeling ("hahahhaha", "soooo"), or with an apostrophe ("talkin'", "y'all", "soros'"), is said.
const SAID = lazyPattern(String.raw`(\p{L})\1\1|['’]`, 'u');
// Round 34: "[NAME] isnt allowed breaks": a verb's "n't" without its apostrophe is no surname.
const isSmallSurname = (word: string, next: string) =>
  !SAID.get().test(word) &&
  !isAWord(word) &&
  !isShorthandOrContraction(word) &&
  goesOnInEnglish(next) &&
  DEED_OR_PLACE.get().test(next);
/** Whether more of a text's small words are English's than only another language's ("de Albert Heijn bezorging is te laat" is Dutch). */
function readsAsEnglish(text: string): boolean {
  let english = 0;
  let other = 0;
  let words = 0;
  let englishWords = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    if (STOPWORDS.en!.has(word)) english++;
    else if (OTHER_STOPWORDS.has(word)) other++;
    else if (isEnglishWord(word)) englishWords++;
  }
  // Attack round 29: a text of no small word ("ask [NAME], chang knows") is English when most of its words are.
  if (english === 0 && other === 0) return englishWords * 2 > words;
  return english > other;
}
const isNameWord = (lower: string) =>
  isGivenName(lower) || isCommonSurname(lower) || (!isAWord(lower) && !/\d/u.test(lower));

const SURNAME_LABEL = String.raw`(?:surname|last[ \t]name|family[ \t]name|apellidos?|nachname|familienname|nom[ \t]de[ \t]famille|nom|achternaam|soyad[ıi]|фамилия|прізвище|cognome|nazwisko|sobrenome|apelido|příjmení|priezvisko|vezetéknév|sukunimi|efternamn|etternavn|efternavn|prezime|επώνυμο)`;
const NAME_WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
const AFTER_SURNAME_LABEL = lazyPattern(
  String.raw`(?<![\p{L}])(${SURNAME_LABEL}[ \t]*[:=][ \t]*)(${NAME_WORD}(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?)(?=[ \t]*(?:$|[,.;:|/)(\n—–-]))`,
  'giu',
);
const PERSON_FIELD = String.raw`(?:accused|perpetrator|offender|reported[ \t]by|submitted[ \t]by|owner|assignee|assigned[ \t]to|handler|cc|bcc|witness(?:es)?|culprit|suspect)`;
// One word, a login of words joined by dots or underscores, or an initial with its dot.
const FIELD_WORD = String.raw`(?:\p{L}[\p{L}'’-]*(?:[._]\p{L}[\p{L}'’-]*)*|\p{Lu}\.)`;
const AFTER_PERSON_FIELD = lazyPattern(
  String.raw`(?<![\p{L}])(${PERSON_FIELD}[ \t]*[:=][ \t]*)(${FIELD_WORD}(?:[ \t]+${FIELD_WORD}){0,2})`,
  'giu',
);
// The text goes on after the given name: a closing before a name ends the text ("Abrazos, [NAME]", "Love, [NAME]").
const SURNAME_COMMA_OPENING = lazyPattern(
  String.raw`^([ \t]*)(\p{L}[\p{L}'’-]{2,})(?=,[ \t]*${NAME_MARK}+([ \t]+\p{L}|[ \t]*$))`,
  'u',
);
// "[NAME] chang from packing"; after a comma another person ("ask [NAME], chang knows").
const SMALL_SURNAME_AFTER_HIDDEN = lazyPattern(
  String.raw`(?<=${NAME_MARK},?[ \t])(\p{Ll}[\p{Ll}'’-]{2,})(?=[ \t]+(\p{Ll}+))`,
  'gu',
);
// "jordan trainers are": a plural noun, not a deed, when "are" or "were" follows it.
const SMALL_LISTED_SURNAME = lazyPattern(
  String.raw`(?<![\p{L}\p{M}'’-])(\p{Ll}{2,})(?=[ \t]+(\p{Ll}+)(?![\p{L}\p{M}])(?![ \t]+(?:are|were|have|do|need)\b))`,
  'gu',
);
const WORDLIKE_GIVEN_THEN_SURNAME = lazyPattern(
  String.raw`^([ \t]*)(\p{Ll}{2,})([ \t]+)(\p{Ll}[\p{Ll}'’-]{2,}|${NAME_MARK}+)(?=[ \t]+(\p{Ll}+))`,
  'u',
);

const SURNAME_PARTICLES = new Set(
  'da de del della di dos das du le la van von der den ten ter al el bin ben mac st'.split(' '),
);
const NO_ANSWER = /^(?:unknown|n\/?a|none|anon|anonymous|inconnu|desconocido|unbekannt|idk|dunno|unsure|forgot)$/iu;
/**
 * Attack round 29: what follows a surname's label is no surname when it says none is known: "surname: not sure",
 * "last name: N/A" (read up to its slash), "surname: unknown"; a word of a language written small that no list knows
 * as a name ("surname: forgot it"). A capital, or a listed name ("surname: smith"), is a surname.
 */
function isNoSurname(name: string, after: string): boolean {
  const first = name.split(/[ \t]+/u)[0]!;
  const lower = first.toLowerCase();
  if (NO_ANSWER.test(name) || NO_ANSWER.test(first) || STOPWORDS.en!.has(lower)) return true;
  if (name.length <= 2 && /^\/\p{L}/u.test(after)) return true;
  // "Le Pen", "da silva", "van Dijk": a surname's particle is a small word of its language.
  if (/^\p{Lu}/u.test(first) || SURNAME_PARTICLES.has(lower)) return false;
  return isAWord(lower) && !isCommonSurname(lower) && !isGivenName(lower);
}

/** Hides the words of a field's value that are a person's, from its first to its last such word. */
function maskFieldValue(value: string): string {
  const parts = value.split(/([ \t]+)/u);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    const lower = word.toLowerCase();
    const pieces = lower.split(/[._]/u);
    const initial = /^\p{Lu}\.$/u.test(word) && i > 0;
    const person =
      initial ||
      (pieces.length > 1 ? pieces.every((p) => isNameWord(p) || p.length === 1) : isNameWord(lower)) ||
      (i > 0 && /^\p{Lu}/u.test(word) && !ALL_STOPWORDS.has(lower) && !DEPARTMENTS.has(lower));
    if (!person) return out + parts.slice(Math.max(0, i - 1)).join('');
    out += (i > 0 ? parts[i - 1] : '') + mask('NAME', word.length);
  }
  return out;
}

/** Masks a labelled name, a surname before its given name and a surname written small (see above). */
export const maskLabelledNames: Rule = (text) => {
  let out = text;
  if (/[:=]/u.test(out)) {
    out = out.replace(
      AFTER_SURNAME_LABEL.get(),
      (whole: string, label: string, name: string, at: number, input: string) =>
        isNoSurname(name, input.slice(at + whole.length)) ? whole : label + mask('NAME', name.length),
    );
    out = out.replace(
      AFTER_PERSON_FIELD.get(),
      (_whole: string, label: string, value: string) => label + maskFieldValue(value),
    );
  }
  if (!out.includes(NAME_MARK) && !/^[ \t]*\p{Ll}{2,}[ \t]+\p{Ll}{3,}[ \t]+\p{Ll}/u.test(out)) return out;
  out = out.replace(SURNAME_COMMA_OPENING.get(), (whole: string, gap: string, word: string, goesOn?: string) => {
    const lower = word.toLowerCase();
    // "Socorro, [NAME]" (help!), "Easy-going, [NAME]": a word of a language, or words joined, open the text. A
    // surname that is a word ("smith, [NAME] told me", "baker, [NAME] said") is read as the surname it is listed as.
    if (isWordlikeName(lower) || (lower.includes('-') && lower.split('-').every((part) => isAWord(part)))) return whole;
    // Attack round 29: the two names alone ("chang, [NAME]"), where a closing before a name ends a text too
    // ("Abrazos, [NAME]"): only a surname no language has as a word.
    if (!goesOn) return isAWord(lower) || CLOSING_WORDS.has(lower) ? whole : gap + mask('NAME', word.length);
    return isAWord(lower) && !isCommonSurname(lower) ? whole : gap + mask('NAME', word.length);
  });
  // A surname written small is read only in a text written all small: where a capital stands, a surname has one
  // ("the Mrs Robinson ringtone" keeps "ringtone").
  if (/\p{Lu}/u.test(out) || !readsAsEnglish(out)) return out;
  out = out.replace(SMALL_SURNAME_AFTER_HIDDEN.get(), (word: string, _word: string, next: string) =>
    isSmallSurname(word, next) ? mask('NAME', word.length) : word,
  );
  // Attack round 29: a listed surname no language has as a word, anywhere, before what a person did ("the forklift
  // driver wong hit the rack", "nguyen took my shift").
  out = out.replace(SMALL_LISTED_SURNAME.get(), (word: string, _word: string, next: string) =>
    // "jordan trainers": a place's or brand's name is no surname here.
    isCommonSurname(word) && !isProperNoun(word) && isSmallSurname(word, next) ? mask('NAME', word.length) : word,
  );
  out = out.replace(
    WORDLIKE_GIVEN_THEN_SURNAME.get(),
    (whole: string, lead: string, given: string, gap: string, surname: string, next: string) => {
      if (!isGivenName(given) || !goesOnInEnglish(next) || !DEED_OR_PLACE.get().test(next)) return whole;
      if (!surname.startsWith(NAME_MARK) && (!isSmallSurname(surname, next) || isGivenName(surname))) return whole;
      return lead + mask('NAME', given.length) + gap + mask('NAME', surname.length);
    },
  );
  return out;
};
