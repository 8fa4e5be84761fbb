import { isEnglishWord } from '../analysis/english-dictionary';
import { isWordlikeName } from '../analysis/given-names';
import { commonWordLanguages } from '../analysis/redact-names-common-words';
import { actsAsPerson } from '../analysis/redact-names-verb-forms';
import { deedFollows } from '../analysis/verb-after-subject';
import { DETERMINERS, PLACE_WORDS, ROLE_CUES, WORDLIKE_TITLES } from '../analysis/redact-names-words';
import type { Span } from './name-readings';
import { TITLE } from './name-variants';

/*
 * A sponsor's first name or surname alone that is also an everyday word ("the marsh behind the warehouse", "will",
 * "bill", "rose", "may") is hidden wherever it stands, but moves a case around that sponsor only where it reads as
 * the name: otherwise the route would tell whoever reads the table which sponsor a harmless hidden word matched,
 * and, were it the writer's own name, narrow who wrote it. It reads as the name:
 * - capitalised inside a sentence ("I told Will", "then Marsh came"), not opening one, not in a text written all
 *   in capitals or in German (which capitalises every noun: "die Rose"), not after a preposition or before a
 *   figure ("in May", "May 3");
 * - after a title, or a role written with it ("Mr Marsh", "manager Will", "my supervisor rose.");
 * - next to another of the sponsor's names ("Lee marsh" where the surname is a word);
 * - as a possessive ("marsh's office") or the subject of what a person does ("Marsh keeps the exit locked",
 *   "Marsh blocked it", "Rosa me gritó"), unless an article makes it a thing ("the marsh keeps flooding");
 * - with its capital, opening a sentence or not, before any verb of doing or "and" someone ("Marsh took the guard
 *   off", "Marsh had us skip the lockout", "Marsh is making us", "Marsh and his foreman", "Marsh quitó",
 *   "Marsh a enlevé": `verb-after-subject.ts`), a month's name aside ("May went by");
 * - beside an initial ("L. Marsh", "L.Marsh", "Mr. L. Marsh", "Marsh, L."): no word of the language stands so.
 * The common-word lists are the redactor's: English words, the given names that are words too, and each
 * language's frequent words (`redact-names-common-words.ts`).
 */

/** Which of the sponsor's names a lone word matched, and that name as folded ("marsh", "will"). */
export interface LoneName {
  part: 'first' | 'last';
  word: string;
}

/** Whether the name is also an everyday word: of English, or of the report's own language (asked lazily). */
export function isEverydayName({ part, word }: LoneName, language: () => string): boolean {
  if (part === 'first' ? isWordlikeName(word) : isEnglishWord(word)) return true;
  const languages = commonWordLanguages(word);
  return languages?.has(language()) ?? false;
}

const TITLE_WORD = new RegExp(`^${TITLE}\\.?$`, 'u');
// What ends or opens a sentence: after it a capital says nothing.
const SENTENCE_OPENS = /(?:^|[.!?\n;:"“(\u2014])[\s'"‘“(*-]*$/u;
const WORD_BEFORE = /([\p{L}][\p{L}'’.]*)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+([\p{L}][\p{L}'’]*)/u;
// Shouting: a text mostly in capitals says nothing by them.
const mostlyCapitals = (raw: string): boolean => {
  const upper = raw.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = raw.match(/\p{Ll}/gu)?.length ?? 0;
  return upper > lower;
};

/**
 * Whether the lone everyday word at `span` of `raw` reads as a person's name (see above); `others` are where the
 * same sponsor's other names were found in it.
 */
export function readsAsName(raw: string, span: Span, others: readonly Span[], language: () => string): boolean {
  const written = raw.slice(span.start, span.end);
  const before = raw.slice(0, span.start);
  const after = raw.slice(span.end);
  const prevWord = WORD_BEFORE.exec(before)?.[1];
  const prev = prevWord?.toLowerCase().replace(/’/g, "'");
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  const capital = /^\p{Lu}/u.test(written) && !mostlyCapitals(raw);
  const opensSentence = SENTENCE_OPENS.test(before);
  const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(after);
  // "Marsh blocked the exit": a past tense after a bare word says someone did it ("the marsh flooded" has its article).
  const deed =
    next !== undefined &&
    (actsAsPerson(next) ||
      (/^\p{Ll}{2,}ed$/u.test(next) && isEnglishWord(next)) ||
      (capital && !MONTHS.has(written.toLowerCase()) && deedFollows(after)));
  if (others.some((o) => o !== span && beside(raw, o, span))) return true;
  if (INITIAL_BEFORE.test(before) || INITIAL_AFTER.test(after)) return true;
  if (prev !== undefined) {
    const bare = prev.replace(/\.$/, '');
    if (TITLE_WORD.test(bare) && (!WORDLIKE_TITLES.has(bare) || /^\p{Lu}/u.test(prevWord!))) return true;
    // "the manager will look into it": after a role, a modal is a modal unless written as a name.
    if (ROLE_CUES.has(bare)) return capital || deed || possessive || /^[ \t]*(?:[,.!?;:\n]|$)/u.test(after);
    // "the marsh keeps flooding", "la Rosa me gritó": after an article only a capitalised word, doing something.
    if (DETERMINERS.has(bare)) return capital && !opensSentence && (deed || possessive);
  }
  if (possessive || deed) return true;
  if (!capital || opensSentence || language() === 'de') return false;
  // "in May", "since April", "May 3": a month or a place as readily as a person.
  if (prev !== undefined && (PLACE_WORDS.has(prev) || TIME_WORDS.has(prev))) return false;
  return !/^[ \t]*\d/u.test(after);
}

// Words before a month or a season in the languages read (PLACE_WORDS has "in", "at", "en", "em"…).
const TIME_WORDS = new Set(
  'on since until till by during before after from last next early late mid this desde hasta durante de depuis jusqu avant après apres seit bis vor nach ab até ate desde'.split(
    ' ',
  ),
);

// An initial right before ("L. Marsh", "L.Marsh", "L Marsh"; not "I" or "A" undotted, which are words) or after a comma ("Marsh, L.").
const INITIAL_BEFORE = /(?:^|[^\p{L}\p{N}.])(?:\p{Lu}\.[ \t]*|(?![IA][ \t])\p{Lu}[ \t]+)$/u;
const INITIAL_AFTER = /^,[ \t]*\p{Lu}\.(?![\p{L}])/u;
// Months that are names too ("May", "June", "August", "April"): before a verb, the month as readily ("May went by").
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

/** Whether two spans stand side by side, only spaces, a dot or a hyphen between ("Lee Marsh", "L. Marsh"). */
function beside(raw: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start < first.end) return false;
  return /^[ \t.-]{1,3}$/u.test(raw.slice(first.end, second.start));
}
