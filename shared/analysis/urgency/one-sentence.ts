import type { Script } from './types';

/*
 * Rule sources for words that make a report only together, in one sentence: who and what and whom
 * (in-care.ts), someone out of contact and alone (lone-worker.ts), a vehicle unfit and full of people
 * (unfit-vehicle.ts). A sentence ends at a full stop, a question or exclamation mark, or a line break; commas do not
 * end it, as reports typed in a hurry run on with them.
 */
export const SENTENCE: Record<Script, string> = {
  latin: '[^.!?\\n]',
  han: '[^。！？!?\\n]',
  arabic: '[^.!?؟\\n]',
};

/** A part as a whole word (Latin script) or as it stands (Chinese and Arabic, whose rules mark their own edges). */
export const word = (source: string, script: Script): string =>
  script === 'latin' ? String.raw`\b(?:${source})\b` : `(?:${source})`;

/**
 * A rule source: the parts in order, each within `gap` characters of the one before, in one sentence.
 *
 * @example
 * new RegExp(inOneSentence('latin', 30, 'carers?', 'slapped', 'residents?')).test('the carer slapped a resident') // true
 */
export function inOneSentence(script: Script, gap: number, ...parts: string[]): string {
  const any = `${SENTENCE[script]}{0,${gap}}?`;
  return parts.map((part) => word(part, script)).join(any);
}

/** A rule source: the two within `gap` characters of each other in one sentence, whichever comes first. */
export const eitherOrder = (script: Script, gap: number, a: string, b: string): string =>
  `${inOneSentence(script, gap, a, b)}|${inOneSentence(script, gap, b, a)}`;

/**
 * A rule source that matches no words, at the start of a sentence holding `source` (Latin script). Its parts are read
 * as written, in a sentence holding none of the words `notReal` (a film, a joke, a course), with no negation or negative subject taken from inside or before them: the rules of
 * who-they-are-held-against.ts, stock-written-off-and-taken.ts and bad-air-and-damaged-gear.ts hold their own
 * negations ("won't put any more old guys on", "keine Schwarzen im Service", "nigdy nie awansują", "nie działa"), which
 * the matcher would otherwise read as denying the mention (negatedInside, denialBefore in matcher.ts).
 */
export const sentenceHolding = (source: string, notReal: string): string =>
  String.raw`(?<=(?:^|[.!?\n])[^\p{L}\p{N}]*)(?!${SENTENCE.latin}*?\b(?:${notReal})\b)(?=${SENTENCE.latin}*?(?:${source}))`;

/**
 * As sentenceHolding, but read only where at most 24 marks, emoji or spaces stand between the sentence's end before it
 * and its first letter: the look back is bounded, so a text of 16 KB of spaces is not scanned back from every space
 * (blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts).
 */
export const sentenceHoldingNear = (source: string, notReal: string): string =>
  String.raw`(?<=(?:^|[.!?\n])[^\p{L}\p{N}]{0,24})(?=[\p{L}\p{N}])(?!${SENTENCE.latin}*?\b(?:${notReal})\b)(?=${SENTENCE.latin}*?(?:${source}))`;
