/*
 * The ways the conflict matcher reads a text (folded, leetspeak as letters,
 * letter-spacing joined), each keeping where every one of its characters
 * came from in the text as written. A name is found in a reading; the span
 * it came from in the written text is what redaction must hide, however it
 * was spelled ("L3e M4rsh", "M.a.r.s.h", "Mársh").
 */

import { spacedLettersAreWords } from './name-readings-letter-words';
import { normaliseForRedaction } from '../analysis/normalise-text';
import { foldConfusables } from './name-variants';

const LEET: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '0': 'o', '5': 's', $: 's', '7': 't', '!': 'i' };

/**
 * Lower case, no accents, compatibility forms made plain, invisible
 * characters gone: every character redaction treats as invisible, so a
 * name the redactor reads whole is read whole here too.
 */
export function foldForNames(text: string): string {
  return normaliseForRedaction(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A reading of a text: its characters, and for each (UTF-16 unit) the written characters it stands for. */
export interface Reading {
  text: string;
  /** `from[i]`..`to[i]`: the span of the written text that `text[i]` came from. */
  from: number[];
  to: number[];
}

/** A span of the written text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Folded one written character at a time, so each folded character knows its origin. */
function folded(raw: string): Reading {
  const reading: Reading = { text: '', from: [], to: [] };
  let at = 0;
  for (const ch of raw) {
    // Plain ASCII needs no normalising: only its case folds (most text is ASCII, and this runs per character).
    // Letters of other scripts that look Latin ("Mаrsh" with a Cyrillic а) are read as the Latin ones.
    const out = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldConfusables(foldForNames(ch));
    // A character that folds to nothing (an accent, an invisible one) belongs to the letter before it:
    // a name's span then takes its accents along, leaving no stray mark behind its placeholder.
    if (!out.length && reading.to.length) reading.to[reading.to.length - 1] = at + ch.length;
    for (let i = 0; i < out.length; i++) {
      reading.from.push(at);
      reading.to.push(at + ch.length);
    }
    reading.text += out;
    at += ch.length;
  }
  return reading;
}

/** Each character replaced by one other: the origins stay as they were. */
const replaced = (r: Reading, pattern: RegExp, by: (ch: string) => string): Reading => ({
  ...r,
  text: r.text.replace(pattern, by),
});

/** "w h i t f i e l d" and "w.h.i.t" as one word: the separators dropped, with their origins. */
function joinSpacedLetters(r: Reading, raw: string): Reading {
  const keep: number[] = [];
  const runs = /(?<![\p{L}\p{N}])(?:\p{L}[ ._-]){2,}\p{L}(?![\p{L}\p{N}])/gu;
  const dropped = new Set<number>();
  for (const run of r.text.matchAll(runs)) {
    // "no turno C e o encarregado": words of one letter, not "ceo" spelled out (name-readings-letter-words.ts).
    const from = r.from[run.index]!;
    const written = raw.slice(from, r.to[run.index + run[0].length - 1]!);
    if (spacedLettersAreWords(written, raw.slice(Math.max(0, from - 24), from))) continue;
    for (let i = 0; i < run[0].length; i++) if (/[ ._-]/.test(run[0][i]!)) dropped.add(run.index + i);
  }
  if (!dropped.size) return r;
  for (let i = 0; i < r.text.length; i++) if (!dropped.has(i)) keep.push(i);
  return {
    text: keep.map((i) => r.text[i]).join(''),
    from: keep.map((i) => r.from[i]!),
    to: keep.map((i) => r.to[i]!),
  };
}

/** The ways the text may be read: as written, with leetspeak read as letters (1 as i and as l), letter-spacing joined. */
export function readings(raw: string): Reading[] {
  // "5am" is a time, not leetspeak for "Sam": its digits are read as spaces.
  const base = replaced(folded(raw), /(?<![\p{L}\p{N}])\d{1,2}(?=\s?[ap]\.?m(?![\p{L}\p{N}]))/gu, (d) =>
    ' '.repeat(d.length),
  );
  const leet = (one: string) => replaced(base, /[4@305$7!1]/g, (ch) => (ch === '1' ? one : LEET[ch]!));
  const plain = [base, leet('i'), leet('l')];
  const all = [...plain, ...plain.map((r) => joinSpacedLetters(r, raw))];
  return all.filter((r, i) => all.findIndex((o) => o.text === r.text) === i);
}

/** The written span behind `length` characters of a reading from `index`. */
export const spanOf = (r: Reading, index: number, length: number): Span => ({
  start: r.from[index]!,
  end: r.to[index + length - 1]!,
});

/** Spans merged where they touch or overlap, in order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
