/*
 * A sponsor's name written in Thai script ("ลี มาร์ช" Lee Marsh, "ไวท์ฟิลด์"
 * Whitfield, "โอคาฟอร์" Okafor, "โรเมโร" Romero) is still their name. Thai
 * writes a foreign name letter for letter: a letter the Thai do not say keeps
 * its place under the silent mark ์ (ร์ in มาร์ช is Marsh's r), so this module
 * reads every consonant as the English letter it spells, leaves out tone
 * marks, moves a vowel written before its consonant (เ แ โ ใ ไ) after it, and
 * keys the result like other scripts (`name-transliteration.ts`). The matcher
 * compares it as kana are compared (`kanaKeyMatches`): a vowel Thai leaves
 * unwritten after a consonant is allowed, so "สมิธ" is Smith. Thai has one
 * letter for g and k (ก), and spells sh as ช: words are compared without
 * voicing, and ch, j and s alike (`devoiced`).
 *
 * Thai writes no spaces between words, so a name is looked for inside a run
 * of Thai letters, from any place a syllable may open to any place it may
 * close. A first name alone, and a surname short enough to be a syllable of
 * a word, count only where they stand as a name: set apart by spaces or
 * after a title ("คุณลี", "นายลี"); see `thaiNameStands`.
 */

import type { Reading, Span } from './name-readings';
import { devoiced } from './name-indic';
import { keyed, type SoundWord, syllabicWord } from './name-transliteration';

const THAI = /[\u0e01-\u0e4e]/u;

export const hasThai = (raw: string): boolean => THAI.test(raw);

/** Consonants as the English letter a transliteration spells with them. */
const CONSONANTS: Record<string, string> = Object.fromEntries(
  (
    'กg ขk ฃk คk ฅk ฆk งng จj ฉch ชch ซs ฌch ญy ฎd ฏt ฐt ฑt ฒt ณn ดd ตt ถt ทt ธt นn บb ปp ผp ฝf พp ฟf ภp ' +
    'มm ยy รr ฤri ลl ฦlu วw ศs ษs สs หh ฬl ฮh'
  )
    .split(' ')
    .map((s) => [s[0]!, s.slice(1)]),
);
/** Vowel signs after, above or below their consonant; อ after a consonant is one too (ฟอ "fo"). */
const VOWEL_SIGNS = new Set([...'ะัาำิีึืุูๅอ']);
/** Vowels written before the consonant they follow in speech. */
const LEADING = new Set([...'เแโใไ']);
/** Tone marks and other signs that write no letter (the silent mark ์ leaves its letter: the name has it). */
const SILENT_SIGNS = new Set([...'่้๊๋์็ํ๎']);
/** Letters that open a cluster (เกร gre, เพล ple, เฟร fre), and those that close one. */
const FIRST = new Set([...'กขคตปผพบฟดท']);
const SECOND = new Set([...'รลว']);
/** Letters ห silences before it ("หลี" is li). */
const SOFT = new Set([...'งญนมยรลว']);

/** Titles a Thai name stands after ("คุณลี", "นายมาร์ช"). */
const TITLES = ['คุณ', 'นาย', 'นางสาว', 'นาง', 'น.ส.', 'ท่าน', 'ดร.', 'มิสเตอร์', 'มิสซิส', 'มิส', 'ผู้จัดการ', 'หัวหน้า', 'ผจก.'];

/** The most Thai letters a name is read from: a first name and surname of several syllables each. */
const LONGEST = 24;

interface ThaiRun {
  latin: Reading;
  /** For each Thai character of the run (by offset in `raw`), where its Latin letters begin. */
  at: Map<number, number>;
  starts: number[];
  ends: number[];
}

/** A run of Thai letters `raw[start..end)` read as Latin, with the places a syllable may open and close. */
function readRun(raw: string, start: number, end: number): ThaiRun {
  const latin: Reading = { text: '', from: [], to: [] };
  const at = new Map<number, number>();
  const starts: number[] = [];
  const ends: number[] = [];
  const put = (letters: string, from: number, to: number) => {
    for (const c of letters) {
      latin.text += c;
      latin.from.push(from);
      latin.to.push(to);
    }
  };
  const nextSign = (i: number) => {
    let j = i + 1;
    while (j < end && SILENT_SIGNS.has(raw[j]!) && raw[j] !== '์') j++;
    return raw[j] ?? '';
  };
  let i = start;
  while (i < end) {
    const ch = raw[i]!;
    at.set(i, latin.text.length);
    const carrier = raw[i + 1] === 'อ';
    if (LEADING.has(ch) && (carrier || CONSONANTS[raw[i + 1] ?? ''] !== undefined)) {
      starts.push(i);
      // The consonant is said first, then the vowel; the span still opens at the vowel. อ carries a vowel only.
      put(carrier ? '' : CONSONANTS[raw[i + 1]!]!, i, i + 2);
      let j = i + 2;
      while (j < end && SILENT_SIGNS.has(raw[j]!)) j++;
      // A cluster (เกรซ Grace) takes the vowel after its second letter; a final letter (เดล Dell) after the vowel.
      const cluster = FIRST.has(raw[i + 1]!) && SECOND.has(raw[j] ?? '') && CONSONANTS[nextSign(j)] !== undefined;
      if (cluster) {
        // Or the letter closes the syllable (เบลบา Belba): the vowel may stand on either side of it.
        put('a', i, i + 2);
        put(CONSONANTS[raw[j]!]!, j, j + 1);
        j++;
      }
      put('a', i, i + 2);
      i = j - 1;
    } else if (CONSONANTS[ch] !== undefined || ch === 'อ') {
      const consonant = CONSONANTS[ch];
      const silenced = raw[i + 1] === '์';
      if (!silenced && !LEADING.has(raw[i - 1] ?? '')) starts.push(i);
      if (ch === 'อ') put('a', i, i + 1);
      else if (ch === 'ห' && SOFT.has(raw[i + 1] ?? '') && !VOWEL_SIGNS.has(nextSign(i))) put('', i, i + 1);
      else put(consonant!, i, i + 1);
    } else if (VOWEL_SIGNS.has(ch)) put(ch === 'ำ' ? 'am' : 'a', i, i + 1);
    else if (latin.to.length) latin.to[latin.to.length - 1] = i + 1;
    i++;
    // A syllable may close here unless a sign or a silenced letter of it follows.
    const after = raw[i] ?? '';
    if (i >= end || !(SILENT_SIGNS.has(after) || VOWEL_SIGNS.has(after) || raw[i + 1] === '์')) ends.push(i);
  }
  return { latin, at, starts, ends };
}

const slice = (r: Reading, from: number, to: number): Reading => ({
  text: r.text.slice(from, to),
  from: r.from.slice(from, to),
  to: r.to.slice(from, to),
});

/**
 * Whether a stretch whose key is `key` may be a name: `yes`, `no`, or `never` when no longer stretch
 * from the same opening may be one either (its key only grows).
 */
export type MayName = (key: string) => 'yes' | 'no' | 'never';

/**
 * Every stretch of Thai letters that may be a name, from a syllable's opening to a closing, as sound
 * words; with `mayName`, only those it keeps (those that may spell a configured name: a long run of
 * Thai is read as some twenty stretches a letter, most of them no name at all).
 */
export function thaiWords(raw: string, mayName: MayName = () => 'yes'): SoundWord[] {
  const words: SoundWord[] = [];
  for (const m of raw.matchAll(/[\u0e01-\u0e4e]+/gu)) {
    const runEnd = m.index + m[0].length;
    const run = readRun(raw, m.index, runEnd);
    // The closings after the opening at hand: openings come in order, so this only moves on.
    let firstEnd = 0;
    for (const s of run.starts) {
      while (firstEnd < run.ends.length && run.ends[firstEnd]! <= s) firstEnd++;
      // One reading from each opening; each closing takes the letters that came before it.
      const last = Math.min(runEnd, s + LONGEST);
      const to = last >= runEnd ? run.latin.text.length : run.at.get(last)!;
      const read = keyed(slice(run.latin, run.at.get(s)!, to), false);
      // The key of the letters before each closing, grown letter by letter as `thaiFold` would fold them.
      let n = 0;
      let key = '';
      let plainLetters = true;
      for (let x = firstEnd; x < run.ends.length && run.ends[x]! <= last; x++) {
        const e = run.ends[x]!;
        for (; n < read.text.length && read.to[n]! <= e; n++) {
          const c = FOLD[read.text[n]!] ?? read.text[n]!;
          plainLetters &&= c >= 'a' && c <= 'z';
          if (c === 'a' || c !== key.at(-1)) key += c;
        }
        if (!key || !plainLetters) continue;
        const may = mayName(key);
        if (may === 'never') break;
        if (may === 'no') continue;
        words.push(syllabicWord(key, { start: s, end: e }, 'thai'));
      }
    }
  }
  return words;
}

/** `thaiFold` letter by letter (its doubles are read once as they come). */
const FOLD: Record<string, string> = { g: 'k', d: 't', b: 'p', j: 's', c: 's', v: 'f' };

/** A key as Thai hears it: without voicing (ก is g or k), ch, j and s alike (ช is sh), v as f (ฟ or ว write a v), doubles as one. */
export const thaiFold = (key: string): string =>
  devoiced(key)
    .replace(/v/g, 'f')
    .replace(/([^a])\1+/g, '$1');

/** Whether a Thai stretch read as a name opens where a name does: after a title, a space or anything not Thai. */
export function thaiOpensName(raw: string, span: Span): boolean {
  return !THAI.test(raw[span.start - 1] ?? '') || afterTitle(raw, span.start);
}

const LONGEST_TITLE = Math.max(...TITLES.map((t) => t.length));

/**
 * Whether a title (and any spaces) comes just before `start`. Reads only the
 * few letters a title can take, not the whole text before it: a long Thai text
 * is read as many overlapping stretches, and each would otherwise copy all
 * that precedes it.
 */
function afterTitle(raw: string, start: number): boolean {
  let end = start;
  while (end > 0 && /\s/u.test(raw[end - 1]!)) end--;
  const before = raw.slice(Math.max(0, end - LONGEST_TITLE), end);
  return TITLES.some((t) => before.endsWith(t));
}

/** Whether a Thai stretch read as a name stands as one: a word of its own between spaces, or after a title. */
export function thaiNameStands(raw: string, span: Span): boolean {
  return afterTitle(raw, span.start) || (!THAI.test(raw[span.start - 1] ?? '') && !THAI.test(raw[span.end] ?? ''));
}

/** Whether a Thai stretch writes a letter under the silent mark, as a foreign name does (มาร์ช, ไวท์ฟิลด์). */
export const thaiMarked = (raw: string, span: Span): boolean => raw.slice(span.start, span.end).includes('์');
