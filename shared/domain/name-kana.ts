/*
 * A sponsor's name written in Japanese kana ("リー・マーシュ" for Lee Marsh,
 * "ダナ・ホイットフィールド" for Dana Whitfield) is still their name. Kana
 * write syllables, so a foreign name comes back with vowels the name never
 * had (マーシュ is "maashu"), l and r as one sound, and a long vowel (ー)
 * where English writes an r ("Marsh", "Okafor" as オカフォー). This module
 * reads kana as Latin (Hepburn, with the pairs that spell foreign sounds:
 * ティ ti, ファ fa, ウィ wi), keys it like other scripts
 * (`name-transliteration.ts`) and compares the key with a configured name
 * allowing just those differences (`kanaKeyMatches`): an r the Japanese
 * leave unsaid only where they write the long mark, so "ミス" (a mistake)
 * is no Marsh.
 *
 * Words are runs of one kana script: Japanese writes no spaces, but a
 * foreign name in katakana stands out from the kanji and hiragana around it,
 * and ・ or ＝ separates its parts. A name in hiragana runs into the particles
 * after it ("りーさんが"), so a run is also read without a trailing honorific
 * or particle. Kanji in Japanese text are Japanese words, not read here; a
 * Western name in Chinese characters is read in Chinese text (`name-han.ts`).
 */

import type { Reading, Span } from './name-readings';
import { keyed, rewrite, type SoundWord, syllabicWord } from './name-transliteration';

const KANA = /[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;

export const hasKana = (raw: string): boolean => KANA.test(raw);

/** Hiragana (katakana are read as the hiragana 0x60 below them) to Latin. */
const SYLLABLES: Record<string, string> = Object.fromEntries(
  (
    'あa いi うu えe おo かka きki くku けke こko がga ぎgi ぐgu げge ごgo さsa しshi すsu せse そso ' +
    'ざza じji ずzu ぜze ぞzo たta ちchi つtsu てte とto だda ぢji づzu でde どdo なna にni ぬnu ねne のno ' +
    'はha ひhi ふfu へhe ほho ばba びbi ぶbu べbe ぼbo ぱpa ぴpi ぷpu ぺpe ぽpo まma みmi むmu めme もmo ' +
    'やya ゆyu よyo らra りri るru れre ろro わwa ゐi ゑe をo んn ゔvu ゕka ゖke'
  )
    .split(' ')
    .map((s) => [s[0]!, s.slice(1)]),
);
const SMALL_VOWELS: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゎ: 'wa' };
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Syllables, and a syllable with a small kana after it as the one sound they spell (シュ shu, ティ ti, ウィ wi). */
const KANA_TABLE: Record<string, string> = (() => {
  const table: Record<string, string> = { ...SYLLABLES, ...SMALL_VOWELS, ゃ: 'ya', ゅ: 'yu', ょ: 'yo' };
  // The small tsu doubles the next consonant: no letter of the name. The long mark is kept as an h (no kana
  // syllable ends in h) for where English writes an r the Japanese do not say (マーシュ Marsh).
  table.っ = '';
  table.ー = 'h';
  for (const [kana, latin] of Object.entries(SYLLABLES)) {
    // ウ and イ before a small vowel are the glides w and y (ウィ wi, イェ ye); a consonant keeps its consonant (ファ fa).
    const consonant = latin === 'u' ? 'w' : latin === 'i' ? 'y' : latin.slice(0, -1);
    if (latin.length > 1 || consonant !== '')
      for (const [small, vowel] of Object.entries(SMALL_VOWELS)) table[kana + small] = consonant + vowel.at(-1);
    if (latin.endsWith('i') && latin.length > 1)
      for (const [small, vowel] of Object.entries(SMALL_Y))
        table[kana + small] = /^(sh|ch|j)i$/.test(latin)
          ? latin.slice(0, -1) + vowel
          : `${latin.slice(0, -1)}y${vowel}`;
  }
  // English wh and w as katakana write them: ホワイト White, ホイットニー Whitney.
  Object.assign(table, { ほわ: 'wa', ほい: 'wi', ほぃ: 'wi', ほえ: 'we', うい: 'wi', うえ: 'we', うお: 'wo' });
  return table;
})();

/** Particles that follow a name, or its honorific, written in hiragana. */
const PARTICLES = ['が', 'は', 'を', 'に', 'の', 'と', 'も', 'へ', 'で'];

/**
 * Honorifics and particles that follow a name written in hiragana, longest first: each honorific with or without a
 * particle after it ("さむくんが", "さむちゃんは"), and a particle alone.
 */
const AFTER_NAME = [
  ...['さん', 'さま', 'くん', 'ちゃん', 'どの'].flatMap((h) => [...PARTICLES.map((p) => h + p), h]),
  ...PARTICLES,
].sort((a, b) => b.length - a.length);

/**
 * Honorifics that open a hiragana run when they follow a name written in kanji or katakana ("山田さんも見ました",
 * "サムさんが"): the honorific is no name of its own, though "さん" read as Latin is one letter from "Sam".
 */
const HONORIFICS = ['さま', 'さん', 'くん', 'ちゃん', 'どの'];

/** A hiragana reading without an honorific it opens with (`HONORIFICS`). */
function withoutOpeningHonorific(r: Reading): Reading {
  const honorific = HONORIFICS.find((h) => r.text.startsWith(h));
  return honorific ? slice(r, honorific.length, r.text.length) : r;
}

/** Particles that end what comes before a name written in hiragana. */
const BEFORE_NAME = ['では', 'には', 'で', 'に', 'は', 'が', 'を', 'と', 'も', 'の', 'へ'];

type Script = 'katakana' | 'hiragana' | undefined;

/** A written character as kana: its script, and the hiragana it stands for (a voicing mark as U+3099/U+309A). */
function asKana(ch: string): { script: Script; kana: string } {
  const c = ch.normalize('NFKC');
  const code = c.codePointAt(0)!;
  if (c === 'ー') return { script: 'katakana', kana: 'ー' };
  if (code === 0x3099 || code === 0x309b) return { script: 'katakana', kana: '\u3099' };
  if (code === 0x309a || code === 0x309c) return { script: 'katakana', kana: '\u309a' };
  if (code >= 0x30a1 && code <= 0x30f6) return { script: 'katakana', kana: String.fromCodePoint(code - 0x60) };
  if (code >= 0x3041 && code <= 0x3096) return { script: 'hiragana', kana: c };
  return { script: undefined, kana: '' };
}

/** The runs of one kana script in `raw`, as hiragana readings of the written text (voicing marks joined). */
function kanaRuns(raw: string): { reading: Reading; script: Script }[] {
  const runs: { reading: Reading; script: Script }[] = [];
  let current: { reading: Reading; script: Script } | undefined;
  let at = 0;
  for (const ch of raw) {
    const { script, kana } = asKana(ch);
    // A mark or a long vowel belongs to the run it follows, whatever its own script.
    const continues = current && (kana === 'ー' || kana === '\u3099' || kana === '\u309a');
    if (script && (continues || current?.script === script)) {
      const r = current!.reading;
      if ((kana === '\u3099' || kana === '\u309a') && r.text.length) {
        r.text = r.text.slice(0, -1) + (r.text.at(-1)! + kana).normalize('NFC');
        r.to[r.to.length - 1] = at + ch.length;
      } else {
        r.text += kana;
        r.from.push(at);
        r.to.push(at + ch.length);
      }
    } else if (script && kana !== '\u3099' && kana !== '\u309a') {
      current = { reading: { text: kana, from: [at], to: [at + ch.length] }, script };
      runs.push(current);
    } else current = undefined;
    at += ch.length;
  }
  return runs;
}

/** Characters `from`..`to` of a reading. */
const slice = (r: Reading, from: number, to: number): Reading => ({
  text: r.text.slice(from, to),
  from: r.from.slice(from, to),
  to: r.to.slice(from, to),
});

/** A kana reading as a sound word (the key compared by `kanaKeyMatches`). */
function soundWordOf(r: Reading): SoundWord | undefined {
  const latin = rewrite(r, KANA_TABLE, 2);
  // ン before b, p or m is said m (トンプソン Thompson).
  latin.text = latin.text.replace(/n(?=[bpm])/g, 'm');
  const key = keyed(latin, false).text;
  if (!/^[a-z]+$/.test(key)) return undefined;
  const span: Span = { start: r.from[0]!, end: r.to.at(-1)! };
  return syllabicWord(key, span);
}

/** The words of `raw` written in kana, as sound keys; a hiragana run also without the particles around it. */
export function kanaWords(raw: string): SoundWord[] {
  const words: SoundWord[] = [];
  for (const run of kanaRuns(raw)) {
    const { script } = run;
    const reading = script === 'hiragana' ? withoutOpeningHonorific(run.reading) : run.reading;
    if (!reading.text) continue;
    // What is left of a hiragana run that is only an honorific and its particle, or one kana, follows a name in
    // kanji or ends a verb: "山田さんも" read "さんも" as Sam, "怒鳴る" read "る" as Lee, and moved the case around them.
    if (script === 'hiragana' && (reading.text.length < 2 || AFTER_NAME.includes(reading.text))) continue;
    const whole = soundWordOf(reading);
    if (whole) words.push(whole);
    if (script !== 'hiragana') continue;
    // "でだな・ほいっとふぃーるどさんが": the particle before the name and the honorific after it are no part of it.
    const before = BEFORE_NAME.find((p) => reading.text.length > p.length && reading.text.startsWith(p));
    const after = AFTER_NAME.find((p) => reading.text.length > p.length && reading.text.endsWith(p));
    const cut = (from: number, to: number) => (to - from > 0 ? soundWordOf(slice(reading, from, to)) : undefined);
    const n = reading.text.length;
    for (const [from, to] of [
      [0, n - (after?.length ?? n)],
      [before?.length ?? n, n],
      [before?.length ?? n, n - (after?.length ?? n)],
    ] as const) {
      const name = cut(from, to);
      if (name) words.push(name);
    }
  }
  return words;
}

/** l and r are one sound in Japanese, as are b and v. */
const plain = (key: string) => key.replace(/l/g, 'r').replace(/v/g, 'b');

/**
 * Whether a kana word's key (`kana`) spells a name's key (`latin`): the same
 * consonants in order, every vowel of the name written, and besides them only
 * the vowels kana add after a consonant (マルシュ "marasa" is Marsh "mars");
 * the long mark ー may stand for an r after a vowel of the name (マーシュ,
 * オカフォー) or for nothing (リー Lee); an h after a vowel may be silent.
 */
export function kanaKeyMatches(kana: string, latin: string): boolean {
  const k = plain(kana);
  const l = plain(latin);
  // Nothing is skipped before the first letter: most words of a text are told apart here.
  if (k[0] !== l[0]) return false;
  const seen = new Set<number>();
  const go = (i: number, j: number): boolean => {
    if (i === k.length && j === l.length) return true;
    const at = i * 1024 + j;
    if (seen.has(at)) return false;
    seen.add(at);
    if (i < k.length && j < l.length && k[i] === l[j] && go(i + 1, j + 1)) return true;
    if (k[i] === 'a' && i > 0 && k[i - 1] !== 'a' && go(i + 1, j)) return true;
    // After a skipped vowel the consonant may come again (ッ doubles it: "ttsa" read from ット).
    if (i > 0 && k[i] === k[i - 1] && k[i] !== 'a' && go(i + 1, j)) return true;
    // The long mark (read as h) where the name has an r after a vowel (マーシュ Marsh), or nothing (リー Lee).
    const long = k[i] === 'h' && k[i - 1] === 'a' && k[i + 1] !== 'a';
    if (long && l[j] === 'r' && l[j - 1] === 'a' && l[j + 1] !== 'a' && go(i + 1, j + 1)) return true;
    if (long && go(i + 1, j)) return true;
    // An h after a vowel is silent in English (John ジョン, Sarah サラ).
    return l[j] === 'h' && l[j - 1] === 'a' && go(i, j + 1);
  };
  return go(0, 0);
}

/**
 * What a word's key has alike with every name key it spells (`kanaKeyMatches`): its first letter, and
 * its consonants in order once a, h and r are left out (a vowel kana add, a long mark and the r it may
 * stand for, a silent h) and a letter twice in a row is read once (ッ). Keys of different signatures
 * never match: a long text, read as many overlapping stretches, is compared only where a name may be.
 */
export function kanaSignature(key: string): string {
  // Letter by letter, no pattern: it is read for every stretch of a long text.
  let signature = '';
  let kept = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i] === 'l' ? 'r' : key[i] === 'v' ? 'b' : key[i]!; // `plain`
    if (i === 0) signature = `${c}:`;
    if (c === 'a' || c === 'h' || c === 'r' || c === kept) continue;
    signature += c;
    kept = c;
  }
  return signature;
}

/** The keys a configured name part may take in kana: as it is, th as s (スミス Smith), ch as k (マイケル Michael). */
export const kanaNameKeys = (part: string, soundKey: (latin: string) => string): string[] => [
  ...new Set([part, part.replace(/th/g, 's'), part.replace(/ch/g, 'k')].map(soundKey)),
];
