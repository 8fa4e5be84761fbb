/*
 * A sponsor's name written in another script ("Ли Марш", "Λι Μαρς",
 * "لي مارش", "לי מרש") is still their name: the conflict matcher must send
 * the case around them and redaction must hide both names. Letters that only
 * look Latin are folded in `name-readings.ts`; this module reads the sound:
 * each letter transliterated to Latin (ш → sh, х → kh, θ → th, ντ → d…),
 * then both the transliteration and the configured name reduced to a
 * spelling-free key (sh and s alike, c and k alike, a vowel run as one
 * vowel), so that the several ways people spell a foreign name in Cyrillic
 * or Greek ("Ли", "Лии", "Лее" for Lee) meet the one way it is configured.
 */

import { ARABIC_SCRIPT } from './name-arabic-letters';
import { foldForNames, type Reading, type Span } from './name-readings';

/** Letters of the scripts read here; a text with none of them costs one test. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]/u;
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff]/u;
const HEBREW = /[\u0590-\u05ff]/u;
const CASED = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]/u;

export const hasOtherScript = (raw: string): boolean => OTHER_SCRIPT.test(raw);

/** Letters and letter pairs to Latin, by the usual (English-friendly) systems; accents are gone before this. */
const TO_LATIN: Record<string, string> = {
  // Cyrillic (Russian, Ukrainian, Bulgarian, Serbian).
  дж: 'j',
  // у before a vowel is an English w (Уилсон Wilson, Коуалски Kowalski).
  уа: 'wa',
  уэ: 'we',
  уе: 'we',
  уи: 'wi',
  уо: 'wo',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'w',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'ch',
  ђ: 'dj',
  џ: 'j',
  // Greek, modern pronunciation, with the pairs that spell foreign sounds (μπ b, ντ d, τζ j).
  // ου before a vowel is a w (Γουίτφιλντ Whitfield, Κοουάλσκι Kowalski).
  ουα: 'wa',
  ουε: 'we',
  ουη: 'wi',
  ουι: 'wi',
  ουο: 'wo',
  ουω: 'wo',
  ου: 'u',
  μπ: 'b',
  ντ: 'd',
  γκ: 'g',
  γγ: 'ng',
  τσ: 'ts',
  τζ: 'j',
  αι: 'e',
  ει: 'i',
  οι: 'i',
  υι: 'i',
  αυ: 'av',
  ευ: 'ev',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'i',
  φ: 'f',
  χ: 'kh',
  ψ: 'ps',
  ω: 'o',
  ...ARABIC_SCRIPT,
  // Hebrew (final forms alike). A geresh marks the sounds Hebrew lacks: ג׳ j, ז׳ zh, צ׳ ch, ת׳ th.
  'ג׳': 'j',
  "ג'": 'j',
  'ג’': 'j',
  'ז׳': 'zh',
  "ז'": 'zh',
  'ז’': 'zh',
  'צ׳': 'ch',
  "צ'": 'ch',
  'צ’': 'ch',
  'ץ׳': 'ch',
  "ץ'": 'ch',
  'ת׳': 'th',
  "ת'": 'th',
  'ת’': 'th',
  א: 'a',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ו: 'u',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  י: 'i',
  כ: 'k',
  ך: 'k',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: '',
  פ: 'p',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};
/**
 * At a word's start, letters that are then consonants ("ويتفيلد" Whitfield, "יוסף" Yosef, Urdu ھ an h), and ע,
 * which carries its vowel ("עומר" Omar).
 */
const WORD_START: Record<string, string> = { و: 'w', ו: 'v', ي: 'y', ی: 'y', י: 'y', ע: 'a', ھ: 'h' };

/** A geresh (׳ or an apostrophe) after a letter belongs to that letter's word ("ג׳ון" John). */
const GERESH = /['׳’]/u;

/** Latin spellings that sound alike, to one form: longest first at each place. */
const SOUNDS: Record<string, string> = {
  shch: 's',
  sch: 's',
  tch: 'c',
  dzh: 'j',
  sh: 's',
  zh: 'j',
  ch: 'c',
  ts: 'c',
  tz: 'c',
  kh: 'h',
  // Silent in English names (Wright, Leigh, Hugh): Райт, Ли, Хью.
  gh: '',
  wr: 'r',
  kn: 'n',
  // Greek spells b and d as μπ and ντ, and says mp and nt alike: Θομπσων Thompson, Λίντα Linda.
  mp: 'b',
  mb: 'b',
  nt: 'd',
  nd: 'd',
  ph: 'f',
  th: 't',
  dh: 'd',
  ck: 'k',
  wh: 'v',
  // W before a vowel is a consonant (В/У, Edward Эдвард); after one it is a vowel (Brown Браун).
  wa: 'va',
  we: 've',
  wi: 'vi',
  wo: 'vo',
  wu: 'vu',
  wy: 'vy',
  w: 'u',
  // Russian writes an English s heard as z with з (Hughes Хьюз, James Джеймс).
  z: 's',
  q: 'k',
  x: 'ks',
  ce: 'se',
  ci: 'si',
  cy: 'si',
  c: 'k',
};

const reaches = new WeakMap<Record<string, string>, Map<string, number>>();

/** For each character an entry of `table` opens with, the length of its longest such entry. */
function reachOf(table: Record<string, string>): Map<string, number> {
  let reach = reaches.get(table);
  if (!reach) {
    reach = new Map();
    for (const piece of Object.keys(table)) reach.set(piece[0]!, Math.max(reach.get(piece[0]!) ?? 1, piece.length));
    reaches.set(table, reach);
  }
  return reach;
}

/**
 * `r` rewritten by `table` (longest match first, up to `longest` characters), each
 * output character keeping the origin of what it replaced; a dropped one goes
 * to the character before it, so a name's span takes it along.
 */
export function rewrite(
  r: Reading,
  table: Record<string, string>,
  longest: number,
  start?: Record<string, string>,
): Reading {
  const out: Reading = { text: '', from: [], to: [] };
  const reach = reachOf(table);
  let i = 0;
  while (i < r.text.length) {
    // No longer than the longest entry opening with this character: most open none longer than one.
    let len = Math.min(longest, reach.get(r.text[i]!) ?? 1, r.text.length - i);
    let by: string | undefined;
    // Whether a word opens here: read once a letter, and only for a table of its own (every stretch of a long
    // Thai or Chinese text is read through here).
    const before = r.text[i - 1] ?? '';
    const atStart =
      start !== undefined &&
      (i === 0 || !(/\p{L}/u.test(before) || (GERESH.test(before) && /\p{L}/u.test(r.text[i - 2] ?? ''))));
    for (; len > 0; len--) {
      const piece = r.text.slice(i, i + len);
      by = (atStart && len === 1 ? start[piece] : undefined) ?? table[piece];
      if (by !== undefined) break;
    }
    if (by === undefined) {
      len = 1;
      by = r.text[i]!;
    }
    const from = r.from[i]!;
    const to = r.to[i + len - 1]!;
    if (!by.length && out.to.length) out.to[out.to.length - 1] = Math.max(out.to.at(-1)!, to);
    for (const ch of by) {
      out.text += ch;
      out.from.push(from);
      out.to.push(to);
    }
    i += len;
  }
  return out;
}

/** `r` with the characters at the kept indexes only (an index dropped gives its origin to the one before). */
function keepOnly(r: Reading, drop: (text: string, i: number) => boolean): Reading {
  const out: Reading = { text: '', from: [], to: [] };
  for (let i = 0; i < r.text.length; i++) {
    if (drop(r.text, i)) {
      if (out.to.length) out.to[out.to.length - 1] = Math.max(out.to.at(-1)!, r.to[i]!);
      continue;
    }
    out.text += r.text[i];
    out.from.push(r.from[i]!);
    out.to.push(r.to[i]!);
  }
  return out;
}

const VOWEL = /[aeiouy]/;
const LETTER = /[a-z]/;

/** A Latin reading with the letters that sound alike merged and (unless `silentE` is false) a silent final e dropped; vowels as written. */
export function sounded(latin: Reading, silentE = true): Reading {
  const sounds = rewrite(latin, SOUNDS, 4);
  return keepOnly(sounds, (t, i) => {
    if (!silentE || t[i] !== 'e' || LETTER.test(t[i + 1] ?? '')) return false;
    let n = i;
    while (n > 0 && LETTER.test(t[n - 1]!)) n--;
    return i - n >= 3 && !VOWEL.test(t[i - 1]!);
  });
}

const VOWELS_AS_A: Record<string, string> = { a: 'a', e: 'a', i: 'a', o: 'a', u: 'a', y: 'a' };

/** The sound key of a Latin reading: sounds merged, a silent final e dropped (unless `silentE` is false: kana write none), doubles and vowel runs made one. */
export function keyed(latin: Reading, silentE = true): Reading {
  const noSilentE = sounded(latin, silentE);
  const vowelsAsA = rewrite(noSilentE, VOWELS_AS_A, 1);
  return keepOnly(vowelsAsA, (t, i) => i > 0 && t[i] === t[i - 1] && LETTER.test(t[i]!));
}

/** Each written character folded on its own (no look-alike folding: "р" is r here, not p). */
function foldedByCharacter(raw: string): Reading {
  const out: Reading = { text: '', from: [], to: [] };
  let at = 0;
  for (const ch of raw) {
    const f = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldForNames(ch);
    if (!f.length && out.to.length) out.to[out.to.length - 1] = at + ch.length;
    for (const c of f) {
      out.text += c;
      out.from.push(at);
      out.to.push(at + ch.length);
    }
    at += ch.length;
  }
  return out;
}

/** A word of another script read as its sound key. */
export interface SoundWord {
  key: string;
  /** The key without vowels: scripts that seldom write vowels are compared on this. */
  skeleton: string;
  span: Span;
  abjad: boolean;
  /** Written in Hebrew script: פ is p or f, ב is b or v (`hebrewFold`). */
  hebrew?: boolean;
  /** Read after a Hebrew prefix letter (`name-hebrew-prefixes.ts`): a surname only. */
  afterPrefix?: boolean;
  /** Written with a capital (scripts with case only). */
  capital: boolean;
  /** Written in syllables (kana, Indic scripts, Hangul): compared by `kanaKeyMatches` (`name-kana.ts`). */
  kana?: boolean;
  /** Which syllabic script other than kana (`name-indic.ts`, `name-hangul.ts`, `name-thai.ts`): the name's keys and where a first name stands differ. */
  syllabic?: 'indic' | 'tamil' | 'hangul' | 'thai' | 'han';
}

/** A word of a syllabic script keyed `key` at `span`: kana unless `syllabic` names another script. */
export function syllabicWord(key: string, span: Span, syllabic?: SoundWord['syllabic']): SoundWord {
  const word: SoundWord = { key, skeleton: key.replace(/a/g, ''), span, abjad: false, capital: false, kana: true };
  // A kana word carries no `syllabic`: that is how the matchers tell it is kana.
  if (syllabic) word.syllabic = syllabic;
  return word;
}

/** A configured (Latin) name part with its sounds merged, vowels as written (`sounded`). */
export const soundedName = (latin: string): string =>
  sounded(rewrite(foldedByCharacter(latin), TO_LATIN, 3, WORD_START)).text.replace(/[^a-z]/g, '');

/** The sound key of a configured (Latin) name part. */
export const soundKey = (latin: string): string =>
  keyed(rewrite(foldedByCharacter(latin), TO_LATIN, 3, WORD_START)).text.replace(/[^a-z]/g, '');

/** The words of `raw` written (at least in part) in another script, as sound keys. */
export function soundWords(raw: string): SoundWord[] {
  const letters = foldedByCharacter(raw);
  // A Hebrew word's final ה is the vowel a in a foreign name (דנה Dana, הנה Hannah), not an h.
  letters.text = letters.text.replace(/ה(?!\p{L})/gu, 'א');
  // So is Urdu's final ہ (ڈانہ Dana).
  letters.text = letters.text.replace(/ہ(?!\p{L})/gu, 'ا');
  const key = keyed(rewrite(letters, TO_LATIN, 3, WORD_START));
  const words: SoundWord[] = [];
  for (const m of key.text.matchAll(/[a-z]+/g)) {
    const span = { start: key.from[m.index]!, end: key.to[m.index + m[0].length - 1]! };
    const written = raw.slice(span.start, span.end);
    if (!OTHER_SCRIPT.test(written)) continue;
    words.push({
      key: m[0],
      skeleton: m[0].replace(/a/g, ''),
      span,
      abjad: ABJAD.test(written),
      hebrew: HEBREW.test(written),
      capital: CASED.test(written) && /^\p{Lu}/u.test(written),
    });
  }
  return words;
}

/**
 * A key as Hebrew writes it: פ is p or f (no dots tell them apart: "אוקפור" Okafor, "ויטפילד" Whitfield) and
 * ב is b or v, so p and f are one letter, and b and v another (ו opening a word is the v or w of "Whitfield").
 */
export const hebrewFold = (key: string): string => key.replace(/p/g, 'f').replace(/v/g, 'b');
