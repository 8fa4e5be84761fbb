import { detectLanguage, STOPWORDS } from './language';

/* How name redaction reads a text: its words, the gaps between them, and what the sentence is written in. */

const WORD = /\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*\.?/gu;

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
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    // "[NAME]" and the other placeholders are not words to read.
    if (text[start - 1] === '[') continue;
    let raw = m[0];
    const keepDot =
      raw.endsWith('.') && /^(?:mr|mrs|ms|dr|prof|sr|sra|srta|mme|mlle|st|sig|dott|dhr|mevr)\.$/i.test(raw);
    if (raw.endsWith('.') && !keepDot) raw = raw.slice(0, -1);
    // A possessive stays outside the name: "Mike's" → "[NAME]'s".
    if (/['’]s$/i.test(raw) && raw.length > 3) raw = raw.slice(0, -2);
    const gap = text.slice(previousEnd, start);
    words.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'").replace(/\.$/, ''),
      start,
      end: start + raw.length,
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceStart: words.length === 0 || /[.!?\n;:"“(]/u.test(gap),
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
