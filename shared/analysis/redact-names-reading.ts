import { detectLanguage, STOPWORDS } from './language';
import { REDACTION_KINDS } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/* How name redaction reads a text: its words, the gaps between them, and what the sentence is written in. */

// Blind round 27: Italian's titles shortened with a dot inside ("sig.ra", "dott.ssa", "prof.ssa") are one word.
const WORD = lazyPattern(
  String.raw`(?:sig|dott|prof|avv)\.(?:ra|na|ssa)(?![\p{L}])\.?|\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*\.?`,
  'giu',
);

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
  /**
   * After a word that took its full stop with it ("avisar. Hemos"): a new
   * sentence, which `sentenceStart` does not say because English rules were
   * tuned on it as it is.
   */
  afterFullStop: boolean;
  gap: string;
  numberAfter: boolean;
  /** An initial written with its dot: the "J" of "J.Smith". */
  initial: boolean;
}

export interface Context {
  words: Word[];
  titleCase: boolean;
  /** German capitalises every noun: there a capital says nothing. */
  readonly nounCapitals: boolean;
  readonly english: boolean;
  /** The guessed language (`und` when unsure). */
  readonly language: string;
}

/** The sentence's language, guessed only when a rule asks (most texts never need it). */
export function contextFor(text: string, words: Word[]): Context {
  let language: string | undefined;
  const guess = () => (language ??= detectLanguage(text.replace(/[\uE000-\uE006]+/gu, ' ')));
  return {
    words,
    titleCase: writesInTitleCase(words),
    get nounCapitals() {
      return guess() === 'de';
    },
    get english() {
      return guess() === 'en' || guess() === 'und';
    },
    get language() {
      return guess();
    },
  };
}

export function readWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  // "avisar." ends its sentence: the word reader takes the full stop with the word, so the gap does not show it.
  let fullStopBefore = false;
  for (const m of text.matchAll(WORD.get())) {
    const start = m.index;
    // "[NAME]" and the other placeholders are not words to read; a word a writer put in brackets is ("[Rahul]").
    if (text[start - 1] === '[' && isPlaceholder(m[0], text[start + m[0].length])) continue;
    let raw = m[0];
    const keepDot =
      raw.endsWith('.') && /^(?:mr|mrs|ms|dr|prof|sr|sra|srta|mme|mlle|st|sig|dott|dhr|mevr)\.$/i.test(raw);
    if (raw.endsWith('.') && !keepDot) raw = raw.slice(0, -1);
    // A possessive stays outside the name: "Mike's" → "[NAME]'s".
    if (raw.length > 3 && isPossessive(raw)) raw = raw.slice(0, -2);
    const gap = text.slice(previousEnd, start);
    words.push({
      text: raw,
      lower: lowerOf(raw),
      start,
      end: start + raw.length,
      capitalised: startsWithCapital(raw),
      sentenceStart: words.length === 0 || endsSentence(gap),
      afterFullStop: fullStopBefore,
      gap,
      numberAfter: numberAt(text, start + m[0].length),
      initial: raw.length === 1 && m[0].endsWith('.') && /\p{Lu}/u.test(raw),
    });
    previousEnd = start + m[0].length;
    // Not after "Dr." or the "J." of "J. Smith": those dots shorten a word, they end no sentence.
    fullStopBefore = m[0].endsWith('.') && !keepDot && !words.at(-1)!.initial;
  }
  return words;
}

const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(REDACTION_KINDS);

/** "NAME" of "[NAME]": the word is a kind of placeholder and its bracket closes right after it. */
function isPlaceholder(word: string, after: string | undefined): boolean {
  return after === ']' && PLACEHOLDER_WORDS.has(word);
}

// Read character by character: these run on every word of every text.

/** Ends in "'s" or "’s" (any case). */
function isPossessive(raw: string): boolean {
  const last = raw[raw.length - 1];
  const apostrophe = raw[raw.length - 2];
  return (last === 's' || last === 'S') && (apostrophe === "'" || apostrophe === '’');
}

/** Lower case, the apostrophe straightened, without an abbreviation's dot. */
function lowerOf(raw: string): string {
  let lower = raw.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function startsWithCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(raw);
}

/** The gap before a word holds what ends a sentence or a clause that starts afresh. */
function endsSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if (SENTENCE_BREAKS.has(gap[i]!)) return true;
  return false;
}
const SENTENCE_BREAKS = new Set(['.', '!', '?', '\n', ';', ':', '"', '“', '(']);

const NUMBER_AHEAD = /[ \t]*#?\d/y;

/** Whether a number ("4", "#12") comes next at `index`, read in place rather than on a copy of the rest of the text. */
function numberAt(text: string, index: number): boolean {
  NUMBER_AHEAD.lastIndex = index;
  return NUMBER_AHEAD.test(text);
}

export function joined(word: Word): boolean {
  return /^[ \t]*,?[ \t]*$/.test(word.gap) && word.gap.length > 0;
}

export function spaced(word: Word): boolean {
  return /^[ \t]+$/.test(word.gap);
}

export function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

function writesInTitleCase(words: Word[]): boolean {
  const capitalisedGrammar = words.filter(
    (w) =>
      !w.sentenceStart &&
      w.capitalised &&
      !isAllCaps(w.text) &&
      !/^i(?:'|$)/.test(w.lower) &&
      STOPWORDS.en!.has(w.lower),
  );
  return capitalisedGrammar.length >= 2;
}
