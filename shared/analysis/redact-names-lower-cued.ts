import { isGivenName } from './given-names';
import { CLOSINGS } from './redact-names-sign-off';
import { mask } from './redaction-kinds';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ROLE_CUES } from './redact-names-words';

/*
 * A given name written in lower case that is also an everyday English word ("hunter", "jay", "mark", "bill"),
 * where its place says it is the name: after "my"/"our" and a role ("my manager hunter", "ask my supervisor jay", "my team lead grace"),
 * after a closing at the end of the text ("sincerely, hunter"), or after a dash at the very end ("- jay"). The
 * other rules take such a word only capitalised, and a lower-case word no dictionary knows already. A word that is
 * no given name stays ("my manager said", "my manager never"), as does a function word that is one ("will", "may")
 * and a past tense that is one ("my manager drew up the rota", "rose").
 */

const ROLES = [...ROLE_CUES].filter((w) => /^[a-z-]+$/.test(w)).join('|');
const AFTER_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:my|our)\s+(?:\p{Ll}+\s+)?(?:${ROLES})\s*,?\s+(\p{Ll}+)(?![\p{L}\p{N}'’-])`,
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
    for (const m of text.matchAll(AFTER_ROLE)) hide(m.index + m[0].length - m[1]!.length, m[1]!);
  }
  for (const pattern of [SIGNED_AT_END, DASHED_AT_END]) {
    const m = pattern.exec(text);
    if (m) hide(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  return out;
}
