import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { CLOSINGS } from './redact-names-sign-off';
import { mask } from './redaction-kinds';
import { POSSESSIVES_BY_LANGUAGE, RELATIVES_BY_LANGUAGE } from './redact-names-relatives';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import { STOPWORDS } from './language';
import { lazyPattern } from './lazy-pattern';

/*
 * A given name written in lower case that is also an everyday English word ("hunter", "jay", "mark", "bill"),
 * where its place says it is the name: after "my"/"our" and a role ("my manager hunter", "ask my supervisor jay", "my team lead grace"),
 * after a closing at the end of the text ("sincerely, hunter"), or after a dash at the very end ("- jay"). The
 * other rules take such a word only capitalised, and a lower-case word no dictionary knows already. A word that is
 * no given name stays ("my manager said", "my manager never"), as does a function word that is one ("will", "may")
 * and a past tense that is one ("my manager drew up the rota", "rose"). After a role, a word no list knows is a name
 * too ("my manager sasha"): no dictionary word stands there.
 */

const ROLES = [...ROLE_CUES].filter((w) => /^[\p{Ll}-]+$/u.test(w));
const RELATIVES = Object.values(RELATIVES_BY_LANGUAGE).flatMap((list) => list.split(/\s+/).filter(Boolean));
const PERSON_WORDS = [...new Set([...ROLES, ...RELATIVES])].sort((a, b) => b.length - a.length).join('|');
const ENGLISH_POSSESSIVES = POSSESSIVES_BY_LANGUAGE.en!.split(' ');
const POSSESSIVES = Object.values(POSSESSIVES_BY_LANGUAGE).join(' ').split(' ');
// "my manager hunter", "my son jack", "my wife, dawn,", "mi jefa rosa", "o meu gerente joão", "mein Chef ernst": the
// possessive (group 1), the role or relative, a comma perhaps (group 2, an apposition's), the name (group 3). The
// name may own something after it ("my manager sasha's rota"): the "'s" stays. The word before the role is taken only
// if need be ("my line manager"): else a name that is a relative in another language ("my manager mari", French
// "husband") would be read as the role, and the word after it as the name.
const AFTER_ROLE = lazyPattern(
  String.raw`(?<![\p{L}])(${POSSESSIVES.join('|')})\s+(?:[oa]\s+)?(?:\p{L}+\s+)??(?:${PERSON_WORDS})(\s*,)?\s+(\p{Ll}+)(?=['’]s(?![\p{L}])|(?![\p{L}\p{N}'’-]))`,
  'giu',
);
// "ask hunter, he was there", "tell rob if …": a given name asked or told something, then the clause's end or what
// it is asked of; lower case, where the name rules take no word that is also a word ("hunter", "rob").
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ask|asked|tell|told|ping|text|message|email|cc)[ \t]+(\p{Ll}+)(?=[ \t]*(?:[,.!?;:)\n]|$)|[ \t]+(?:about|if|whether|he|she|they|who|or|and)(?![\p{L}]))`,
  'gu',
);
const CLOSING_WORDS = [...CLOSINGS].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /g, String.raw`\s+`));
const SIGNED_AT_END = lazyPattern(
  String.raw`(?:^|[.!?…]\s*|\n\s*)(?:${CLOSING_WORDS.join('|')})\s*[,!:.-]?\s*(\p{Ll}+)[ \t]*[.!]?\s*$`,
  'iu',
);
const DASHED_AT_END = lazyPattern(
  String.raw`(?:(?<=\S)[ \t]+|\n[ \t]*)(?:\u2014|\u2013|--?)[ \t]*(\p{Ll}+)[ \t]*[.!]?\s*$`,
  'u',
);

// Words Mexican Spanish calls a friend by, which NOT_NAMES keeps from being read as names in Spanish ("ese vato");
// after "my"/"our" and an English role they are the person's name, whatever follows ("my manager bato never
// listens", "our foreman bato" ending the text, "my manager vato's rota"): English writes no "dude" there.
const SPANISH_ADDRESS_WORDS = new Set(['vato', 'bato', 'carnal', 'chavo', 'morro']);

// Past tenses that are given names too: after a role they are what the person did.
const PAST_TENSES = new Set([
  'drew',
  'rose',
  'won',
  'bore',
  'saw',
  'read',
  'led',
  'left',
  'said',
  'sang',
  'shot',
  'hung',
]);

// What chat puts where a name could stand ("my manager tbh", "our lead rn"), and the shorthand of jobs that follows
// a role ("our lead dev", "my manager mgr"): no one's name.
const SHORTHAND = new Set(
  `asap tbh tbf idk imo imho btw fyi lol lmao smh ngl tho bc cuz coz pls plz omg wtf irl rn atm obv prob def thx ty
  dev devs eng ops devops sre qa hr pm ux ui ba bi mgr mgmt exec execs admin sup supe
  haha hahaha hehe lmfao rofl imma ima gonna wanna gotta tryna finna kinda sorta lemme gimme dunno yall`.split(/\s+/),
);
// Laughter, however long: "my dad hahaha", "my boss jajaja", "my lead kkkk".
const LAUGHTER = /^(?:(?:h[aeiou]|[aeiou]h|j[aeiou]|k)+h?|l+o+l+|x+d+)$/u;
// What a verb takes and a name does not: "my manager micromanages us", "my boss gaslights everyone".
const OBJECTS = lazyPattern(
  String.raw`^[ \t]+(?:me|us|you|him|her|them|it|everyone|everybody|everything|anyone|people|staff|the|a|an|my|our|his|their|your|all)(?![\p{L}])`,
  'iu',
);

/**
 * A word no list knows, after "my"/"our" and a role ("my manager sasha", "our lead oluwaseun"): a person's name, as
 * no everyday word of English or of the other languages stands there, nor chat or job shorthand, nor a contraction
 * typed without its apostrophe ("my manager doesnt"), a typo of a long word ("my manager alwyas"), or a verb the
 * lists lack ("my manager micromanages", "my boss gaslights everyone": its ending or its object says so).
 */
function isUnknownWordAfterRole(word: string, after: string): boolean {
  if (word.length < 3 || !/^\p{Ll}+$/u.test(word) || LAUGHTER.test(word)) return false;
  if (isEnglishWord(word) || commonWordLanguages(word) || ALL_STOPWORDS.has(word) || SHORTHAND.has(word)) return false;
  if (NOT_NAMES.has(word) || DETERMINERS.has(word) || ROLE_CUES.has(word) || DEPARTMENTS.has(word)) return false;
  if (/(?:[^aiou]s|ed|ing|ly)$/u.test(word) || OBJECTS.get().test(after)) return false;
  return !(word.length >= 6 && isNearEnglishWord(word)) && !isContractionWithoutApostrophe(word);
}

/**
 * Chat, job shorthand or a contraction typed without its apostrophe, which stand after a role as no name does:
 * "my manager asap", "my manager doesnt listen", "our lead tbh" (redact-names-rules.ts asks it too).
 */
export function isShorthandOrContraction(word: string): boolean {
  if (SHORTHAND.has(word) || LAUGHTER.test(word) || PRONOUN_CONTRACTIONS.has(word)) return true;
  // Only a verb's "n't" or a pronoun's "'ll", "'ve", "'re", "'d": "tove" is no "to've" but a name.
  const negated = /^(\p{Ll}+)nt$/u.exec(word);
  return (
    (negated !== null && (isEnglishWord(negated[1]!) || /^(?:cant|wont|aint)$/.test(word))) ||
    /^(?:i|you|we|they|he|she|it|that|there|who|what)(?:ll|ve|re|d)$/.test(word)
  );
}

const PRONOUN_CONTRACTIONS = new Set(['im', 'ive', 'youre', 'youve', 'theyre', 'theyve', 'weve', 'hes', 'shes', 'itd']);

function isContractionWithoutApostrophe(word: string): boolean {
  if (PRONOUN_CONTRACTIONS.has(word)) return true;
  const m = /^(\p{Ll}+?)(nt|t|ve|re|ll|d|s)$/u.exec(word);
  return m !== null && isEnglishWord(m[1]!);
}

function isLowerCaseName(word: string): boolean {
  return (
    isGivenName(word) &&
    !ALL_STOPWORDS.has(word) &&
    !NOT_NAMES.has(word) &&
    !DETERMINERS.has(word) &&
    !ROLE_CUES.has(word) &&
    !DEPARTMENTS.has(word) &&
    !PAST_TENSES.has(word)
  );
}

const POSSESSIVE_CUE = lazyPattern(String.raw`(?<![\p{L}])(?:${POSSESSIVES.join('|')})(?![\p{L}])`, 'iu');

/**
 * After "my"/"our" and a role or relative: a given name that is no function word nor a past tense ("my son jack",
 * not "my manager will", "my manager drew up the rota"), a word no list knows ("my manager sasha"), or a short
 * nickname no English word is ("my manager al", "my lead ed"): no everyday word of two letters stands there.
 */
function isNameAfterEnglishRole(word: string, after: string): boolean {
  if (isUnknownWordAfterRole(word, after) || isLowerCaseName(word)) return true;
  if (LAUGHTER.test(word)) return false;
  return (
    word.length === 2 &&
    !isEnglishWord(word) &&
    !STOPWORDS.en!.has(word) &&
    !SHORTHAND.has(word) &&
    !NICKNAME_LOOKALIKES.has(word) &&
    // "my supervisor mr. b": a title, whose name the names rules take with it.
    !TITLES.has(word) &&
    /^(?:[ \t]+\p{L}|[ \t]*(?:[,.!?;:]|$))/u.test(after)
  );
}

// Two letters after a role that are its shorthand or chat, not a nickname: "my manager tl", "my lead pm".
const NICKNAME_LOOKALIKES = new Set('tl sv sm am pm hr it ok rn ty np jk af tf fr ik ig tb'.split(' '));

/**
 * After "mi", "ma", "mein", "meu" and the others' role or relative, where English's past tenses and words are no
 * concern: a given name that is no function word of any language ("mi jefa rosa", "ma cheffe rose", "mein Chef
 * ernst"); "mi jefa nos grita", "mein Chef ist" stay.
 */
function isNameAfterOtherRole(word: string): boolean {
  return (
    isGivenName(word) &&
    !ALL_STOPWORDS.has(word) &&
    !NOT_NAMES.has(word) &&
    !DETERMINERS.has(word) &&
    !ROLE_CUES.has(word) &&
    !DEPARTMENTS.has(word)
  );
}

/** Masks lower-case given names where a role, a closing or a final dash says they are one (see above). */
export function maskLowerCaseNamesByPlace(text: string): string {
  let out = text;
  const hideAt = (start: number, word: string) => {
    out = out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
  };
  if (POSSESSIVE_CUE.get().test(text)) {
    for (const m of text.matchAll(AFTER_ROLE.get())) {
      const word = m[3]!;
      if (word !== word.toLowerCase()) continue;
      const start = m.index + m[0].length - word.length;
      const after = text.slice(start + word.length, start + word.length + 12);
      const english = ENGLISH_POSSESSIVES.includes(m[1]!.toLowerCase());
      // "my wife, dawn, …", "ask my supervisor, will, he saw it": set off by commas, any given name is the person's.
      const apposition =
        m[2] !== undefined && /^[ \t]*(?:[,;:)\u2014\u2013]|[ \t]-|$)/u.test(after) && isGivenName(word);
      // Blind round 17: "my manager bato never listens": Spanish's words for "dude" are names in English; the
      // property test found them kept at the text's end, before a comma or "'s" (round 26).
      const spanishSlangName = english && SPANISH_ADDRESS_WORDS.has(word);
      if (
        apposition ||
        spanishSlangName ||
        (english ? isNameAfterEnglishRole(word, after) : isNameAfterOtherRole(word))
      )
        hideAt(start, word);
    }
  }
  if (/\b(?:ask|asked|tell|told|ping|text|message|email|cc)\b/i.test(text)) {
    for (const m of text.matchAll(ASKED.get())) {
      const word = m[1]!;
      const after = text.slice(m.index + m[0].length);
      // "ask piper, she counted them": a word no list knows, then the person it was, is a name the lists lack.
      const unknownThenPerson =
        /^[ \t]*,[ \t]*(?:he|she|they)(?![\p{L}])/u.test(after) &&
        isUnknownWordAfterRole(word, after.replace(/^[ \t]*,/, ''));
      if (isLowerCaseName(word) || (isGivenName(word) && /^[ \t]*,/.test(after)) || unknownThenPerson)
        hideAt(m.index + m[0].length - word.length, word);
    }
  }
  for (const pattern of [SIGNED_AT_END.get(), DASHED_AT_END.get()]) {
    const m = pattern.exec(text);
    if (m && isLowerCaseName(m[1]!)) hideAt(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  return out;
}
