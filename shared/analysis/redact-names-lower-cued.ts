import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { CLOSINGS } from './redact-names-sign-off';
import { mask } from './redaction-kinds';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ROLE_CUES } from './redact-names-words';

/*
 * A given name written in lower case that is also an everyday English word ("hunter", "jay", "mark", "bill"),
 * where its place says it is the name: after "my"/"our" and a role ("my manager hunter", "ask my supervisor jay", "my team lead grace"),
 * after a closing at the end of the text ("sincerely, hunter"), or after a dash at the very end ("- jay"). The
 * other rules take such a word only capitalised, and a lower-case word no dictionary knows already. A word that is
 * no given name stays ("my manager said", "my manager never"), as does a function word that is one ("will", "may")
 * and a past tense that is one ("my manager drew up the rota", "rose"). After a role, a word no list knows is a name
 * too ("my manager sasha"): no dictionary word stands there.
 */

const ROLES = [...ROLE_CUES].filter((w) => /^[a-z-]+$/.test(w)).join('|');
// The name may own something after it ("my manager sasha's rota"): the "'s" stays.
const AFTER_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:my|our)\s+(?:\p{Ll}+\s+)?(?:${ROLES})\s*,?\s+(\p{Ll}+)(?=['’]s(?![\p{L}])|(?![\p{L}\p{N}'’-]))`,
  'gu',
);
const CLOSING_WORDS = [...CLOSINGS].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /g, String.raw`\s+`));
const SIGNED_AT_END = new RegExp(
  String.raw`(?:^|[.!?…]\s*|\n\s*)(?:${CLOSING_WORDS.join('|')})\s*[,!:.-]?\s*(\p{Ll}+)[ \t]*[.!]?\s*$`,
  'iu',
);
const DASHED_AT_END = /(?:(?<=\S)[ \t]+|\n[ \t]*)(?:\u2014|\u2013|--?)[ \t]*(\p{Ll}+)[ \t]*[.!]?\s*$/u;

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
  dev devs eng ops devops sre qa hr pm ux ui ba bi mgr mgmt exec execs admin sup supe`.split(/\s+/),
);
// What a verb takes and a name does not: "my manager micromanages us", "my boss gaslights everyone".
const OBJECTS =
  /^[ \t]+(?:me|us|you|him|her|them|it|everyone|everybody|everything|anyone|people|staff|the|a|an|my|our|his|their|your|all)(?![\p{L}])/iu;

/**
 * A word no list knows, after "my"/"our" and a role ("my manager sasha", "our lead oluwaseun"): a person's name, as
 * no everyday word of English or of the other languages stands there, nor chat or job shorthand, nor a contraction
 * typed without its apostrophe ("my manager doesnt"), a typo of a long word ("my manager alwyas"), or a verb the
 * lists lack ("my manager micromanages", "my boss gaslights everyone": its ending or its object says so).
 */
function isUnknownWordAfterRole(word: string, after: string): boolean {
  if (word.length < 3 || !/^\p{Ll}+$/u.test(word)) return false;
  if (isEnglishWord(word) || commonWordLanguages(word) || ALL_STOPWORDS.has(word) || SHORTHAND.has(word)) return false;
  if (NOT_NAMES.has(word) || DETERMINERS.has(word) || ROLE_CUES.has(word) || DEPARTMENTS.has(word)) return false;
  if (/(?:[^aiou]s|ed|ing|ly)$/u.test(word) || OBJECTS.test(after)) return false;
  return !(word.length >= 6 && isNearEnglishWord(word)) && !isContractionWithoutApostrophe(word);
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

/** Masks lower-case given names where a role, a closing or a final dash says they are one (see above). */
export function maskLowerCaseNamesByPlace(text: string): string {
  let out = text;
  const hide = (start: number, word: string) => {
    if (isLowerCaseName(word)) out = out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
  };
  if (/\b(?:my|our)\b/.test(text)) {
    for (const m of text.matchAll(AFTER_ROLE)) {
      const word = m[1]!;
      const start = m.index + m[0].length - word.length;
      if (isUnknownWordAfterRole(word, text.slice(start + word.length, start + word.length + 12)))
        out = out.slice(0, start) + mask('NAME', word.length) + out.slice(start + word.length);
      else hide(start, word);
    }
  }
  for (const pattern of [SIGNED_AT_END, DASHED_AT_END]) {
    const m = pattern.exec(text);
    if (m) hide(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  return out;
}
