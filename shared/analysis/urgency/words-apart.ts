/*
 * A report whose words come a few at a time: one word per line, as a phone's narrow box, a voice note or a scared
 * person breaks it ("i\nwant\nto\ndie", "el\njefe\nme\ntoca", "help\nfire\nloading\ndock"), or with dots, commas,
 * dashes, slashes, underscores, CRLF or an emoji between its words ("i... want... to... die", "someone - has - a - gun",
 * "quiero, morirme"). The rules read a line break and such punctuation as the end of a clause, and a clause of one word
 * names nothing; the model reads a text of a few words too weakly to escalate it. Until blind rounds 29 and 30 and
 * attack round 30 (F1) each read calm, while the same words on one line escalated at once.
 *
 * This module is the one place that re-reads such a text, in two ways:
 * - `withWordsOnLinesJoined`, before anything is read: a text of four lines or more, each of one or two words and most
 *   of one, IS its sentence ("fire\nexit\nsigns\nchecked" is one notice, not a cry of "fire"), so it is read joined
 *   instead of line by line. A list of longer lines, or a poem of short sentences, is read line by line as before.
 * - `wordsTogether`, after the text as written read calm (never instead of it): the text with its words joined by
 *   single spaces when its pieces (what lies between two such breaks) are that short, on average at most
 *   MAX_WORDS_PER_PIECE words, or undefined. So a text whose lines are sentences is read as it always was.
 */

// A word: letters, marks and digits, with an apostrophe or a hyphen inside it ("don't", "co-worker"), and the
// invisible format characters that may split it ("ga\u00ADs"), which folding drops later.
// A link ("https://t.co/E2a", glued to the word before it as tweets run them together, "www.x.com", "bit.ly/3x"), an
// address ("hr@corp.com") or an abbreviation ("U.S.", "e.g.", "a.m.") is one word: its dots and slashes are no breaks
// between words (thr32: read as "https t co E2a", 8% of tweets had a second full reading for nothing).
const WORD =
  /\.?[\p{L}\p{N}]*?(?:https?:\/\/|www\.)[^\s]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|co|io|ly|gl|gd|ms|tv|uk|de|fr|es|mx)\/[^\s]*|\b(?![sS]\.[oO]\.[sS]\b)(?:\p{L}\.){2,3}(?!\p{L})|[\p{L}\p{M}\p{N}\p{Cf}]+(?:['\u2019-][\p{L}\p{M}\p{N}\p{Cf}]+)*/gu;
// What lies between two words of one piece: spaces and tabs alone.
const SPACES_ONLY = /^[\t \u00A0\u2000-\u200A\u202F\u205F\u3000]*$/u;
/*
 * What breaks a sentence into pieces as a phone or a hurried hand does, and so is read as a space: line breaks, an
 * ellipsis, a dash, slash or bar standing alone, an underscore or plus, a dot with no space ("i.want.to.die"), or
 * emoji. What else stands between words keeps its meaning and is read as written: a full stop, "!", "?", ":" or a
 * comma end a sentence or a list's item ("Gas smell! Update: it was the bins"), quotes name a course ("the
 * 'Stop violence at work' seminar"), "#" and "@" open hashtags and handles.
 */
const SOFT_BREAK =
  /^\s*(?:[\n\r\v\f\u0085\u2028\u2029]+|\.{2,}|\u2026+|[-\u2013\u2014/|_+~]|(?:\p{Extended_Pictographic}|[\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]|\s)+)\s*$|^\.$/u;
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;
/*
 * A comma alone between two words. A comma ends a list's item, so it is no soft break in a text of phrases ("good pay,
 * long hours"); but a text whose every word stands alone between commas and such breaks ("i, want, to, die",
 * "quiero, morirme") is one sentence broken up (attack round 30): a list of single words joined says nothing more.
 */
const COMMA = /^\s*,\s*$/u;
// Beside a number, a slash, dash, dot or plus is the number's own ("10/10", "12.05", "555-1234", "1+1"): kept.
const NUMBER = /^\p{N}+$/u;
// Scripts written without spaces between words: pieces of them are joined as they are, not with a space.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

// Lines, for the first reading: four lines or more, each of at most two words, three in four of them of one.
const LINE = /\s*\n\s*/u;
const LINE_WORD = /[^\s]+/gu;
const MIN_LINES = 4;

/** The text with its lines joined when they are its words one by one; otherwise the text as it is. */
export function withWordsOnLinesJoined(text: string): string {
  if (typeof text !== 'string') return text;
  const listed = withListOfThingsJoined(text);
  if (listed !== undefined || !text.includes('\n')) return listed ?? text;
  const lines = text.trim().split(LINE);
  if (lines.length < MIN_LINES) return text;
  let single = 0;
  for (const line of lines) {
    const words = line.match(LINE_WORD)?.length ?? 0;
    if (words > 2) return text;
    if (words === 1) single += 1;
  }
  return single * 4 >= lines.length * 3 ? linesJoined(lines) : text;
}

/*
 * A list of three words or more, one word to an item, that names safety things: "fire, exit, signs", "fire. exit.
 * signs.", "smoke - alarm - test", "fuego, extintor, señales" (u31). Read item by item, its first word was a cry of
 * "fire"; it is a notice or a checklist, read as its words together ("fire exit signs"). A list that names no such
 * thing keeps its cries ("smoke, help, kitchen"), and one with "!" or "?" is read as written ("fire! exit! now!").
 */
const LIST_ITEM_BREAK = /\s*(?:\r?\n|[,;]|\.+|\u2026|\s[-\u2013\u2014/|]\s)\s*/u;
const ONE_WORD = /^[\p{L}\p{M}\p{N}'\u2019-]+$/u;
const MIN_LIST_ITEMS = 3;
const SAFETY_THING =
  /^(?:exits?|signs?|signage|alarms?|extinguishers?|blankets?|drills?|detectors?|sprinklers?|hydrants?|hoses?|panels?|meters?|kits?|tests?|checks?|checked|serviced|inspected|inspections?|points?|assembly|escape|routes?|marshals?|wardens?|notices?|posters?|training|salidas?|se(?:n|\u00f1)ales?|extintor(?:es)?|alarmas?|simulacros?|mantas?|sortie|sorties|panneaux|extincteurs?|alarmes?|exercices?|couvertures?|ausgang|ausg(?:a|\u00e4)nge|schilder|notausgang|feuerl(?:o|\u00f6)scher|(?:u|\u00fc)bung|sa(?:i|\u00ed)das?|placas?|alarmes?|simulados?|extintores?)$/iu;
function withListOfThingsJoined(text: string): string | undefined {
  if (/[!?\u00a1\u00bf]/u.test(text)) return undefined;
  const items = text
    .trim()
    .split(LIST_ITEM_BREAK)
    .filter((item) => item);
  if (items.length < MIN_LIST_ITEMS || !items.every((item) => ONE_WORD.test(item))) return undefined;
  return items.some((item) => SAFETY_THING.test(item)) ? linesJoined(items) : undefined;
}

// Lines of a script written without spaces (Chinese typed a character per line) join with no space.
const linesJoined = (lines: readonly string[]): string =>
  lines.reduce((text, line) => (unspacedBetween(text, line) ? text + line : `${text} ${line}`));
const unspacedBetween = (before: string, after: string): boolean =>
  UNSPACED.test(before.slice(-1)) && UNSPACED.test(after[0] ?? '');

/** Pieces of at most this many words on average read as one sentence broken up, not as sentences of their own. */
export const MAX_WORDS_PER_PIECE = 3;

/** The text's words joined by single spaces when it is written a word or two at a time, or undefined. */
export function wordsTogether(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const words: { word: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text))
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  if (words.length < 2) return undefined;
  // What comes before the first word and after the last ("¡", "?!", an emoji) is kept as written.
  let joined = text.slice(0, words[0]!.start) + words[0]!.word;
  let pieces = 1;
  let softBreaks = 0;
  let wordsCounted = wordsOf(words[0]!.word);
  // Whether every word stands alone between commas or soft breaks, and how many commas there are.
  let everyWordAlone = true;
  let commas = 0;
  for (let i = 1; i < words.length; i += 1) {
    const before = words[i - 1]!;
    const word = words[i]!;
    const gap = text.slice(before.end, word.start);
    wordsCounted += wordsOf(word.word);
    if (COMMA.test(gap) && !(NUMBER.test(before.word) && NUMBER.test(word.word))) commas += 1;
    else if (SPACES_ONLY.test(gap) || !SOFT_BREAK.test(gap)) everyWordAlone = false;
    if (SPACES_ONLY.test(gap)) joined += gap + word.word;
    else if (SOFT_BREAK.test(gap) && (LINE_BREAK.test(gap) || !(NUMBER.test(before.word) || NUMBER.test(word.word)))) {
      pieces += 1;
      softBreaks += 1;
      joined += unspacedBetween(before.word, word.word) ? word.word : ` ${word.word}`;
    } else {
      pieces += 1;
      joined += gap + word.word;
    }
  }
  if (everyWordAlone && commas)
    return `${text.slice(0, words[0]!.start)}${words.map(({ word }) => word).join(' ')}${text.slice(words.at(-1)!.end)}`;
  if (!softBreaks) return undefined;
  if (wordsCounted / pieces > MAX_WORDS_PER_PIECE) return undefined;
  return joined + text.slice(words.at(-1)!.end);
}

// A word's worth of words: Chinese and Japanese have no spaces, so every two of their characters count as one.
function wordsOf(word: string): number {
  const han = word.match(HAN_OR_KANA)?.length ?? 0;
  return han ? Math.max(1, Math.ceil(han / 2)) : 1;
}
