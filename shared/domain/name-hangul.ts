/*
 * A sponsor's name written in Hangul ("리 마쉬" for Lee Marsh, "데이나
 * 휘트필드" for Dana Whitfield) is still their name. Each syllable block is
 * split into its letters (jamo) and read by the Revised Romanization, with
 * the spellings Korean gives English sounds: 쉬 and 시 before nothing are an
 * English sh (마쉬 Marsh), 휘 a wh. Korean has no f, v, z or th (포 for f, 브
 * for v), says l and r with one letter, adds a vowel after a final consonant
 * (스, 드) and leaves an r after a vowel unsaid (마쉬, not "마르쉬"); the
 * matcher compares a word as kana are compared (`kanaKeyMatches`), with the
 * name's keys respelled as Korean hears them (`hangulNameKeys`).
 *
 * Particles and honorifics join the word before them ("리가", "리 씨가"):
 * a word is also read without them. A first name alone counts only where it
 * stands as a name (`hangulFirstNameStands`): "리" is also the bound noun of
 * "그럴 리가 없다" (no way), "샘" a spring.
 */

import type { Reading, Span } from './name-readings';
import { keyed, type SoundWord, syllabicWord } from './name-transliteration';

const HANGUL = /[\uac00-\ud7a3]/u;

export const hasHangul = (raw: string): boolean => HANGUL.test(raw);

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  '',
];

/** One syllable block as Latin, with the English sounds Korean spells its way. */
function syllable(code: number): string {
  const index = code - 0xac00;
  const initial = INITIALS[Math.floor(index / 588)]!;
  let medial = MEDIALS[Math.floor((index % 588) / 28)]!;
  const final = FINALS[index % 28]!;
  let onset = initial;
  // 샤 셔 쇼 슈 and 쉬: an English sh (샘 is Sam, 쉬 in 마쉬 is the sh of Marsh).
  if (initial === 's' && (medial.startsWith('y') || medial === 'wi')) {
    onset = 'sh';
    medial = medial === 'wi' ? 'i' : medial.slice(1);
  }
  // 휘 화 훼: an English wh (휘트필드 Whitfield).
  if (initial === 'h' && medial.startsWith('w')) onset = '';
  return onset + medial + final;
}

/** Particles and honorifics written onto a name, longest first. */
const AFTER_NAME = [
  '씨께서',
  '님께서',
  '씨에게',
  '님에게',
  '씨한테',
  '님한테',
  '씨가',
  '씨는',
  '씨를',
  '씨의',
  '씨도',
  '님이',
  '님은',
  '님을',
  '님의',
  '님도',
  '께서',
  '에게',
  '한테',
  '이랑',
  '씨',
  '님',
  '가',
  '이',
  '는',
  '은',
  '를',
  '을',
  '의',
  '도',
  '와',
  '과',
  '랑',
];

/** A run of Hangul syllables (from `start`, `length` blocks) as a sound word. */
function soundWordOf(raw: string, start: number, length: number): SoundWord | undefined {
  const latin: Reading = { text: '', from: [], to: [] };
  for (let i = start; i < start + length; i++)
    for (const c of syllable(raw.charCodeAt(i))) {
      latin.text += c;
      latin.from.push(i);
      latin.to.push(i + 1);
    }
  const key = keyed(latin, false).text;
  if (!/^[a-z]+$/.test(key)) return undefined;
  const span: Span = { start, end: start + length };
  return syllabicWord(key, span, 'hangul');
}

/** The words of `raw` written in Hangul, as sound keys; each also without a particle or honorific after it. */
export function hangulWords(raw: string): SoundWord[] {
  const words: SoundWord[] = [];
  for (const m of raw.matchAll(/[\uac00-\ud7a3]+/gu)) {
    const whole = soundWordOf(raw, m.index, m[0].length);
    if (whole) words.push(whole);
    const after = AFTER_NAME.find((p) => m[0].length > p.length && m[0].endsWith(p));
    const cut = after && soundWordOf(raw, m.index, m[0].length - after.length);
    if (cut) words.push(cut);
  }
  return words;
}

/**
 * The keys a configured name part may take in Hangul: Korean writes f as p,
 * v as b, z as j, th as s or d; an r after a vowel goes unsaid (Marsh 마쉬,
 * Okafor 오카포), which the key records by leaving it out.
 */
export function hangulNameKeys(part: string, soundKey: (latin: string) => string): string[] {
  const korean = part.replace(/ph|f/g, 'p').replace(/v/g, 'b').replace(/z/g, 'j');
  const forms = [korean, korean.replace(/th/g, 's'), korean.replace(/th/g, 'd'), korean.replace(/ch/g, 'k')];
  const unsaidR = forms.map((f) => f.replace(/([aeiouy])r(?![aeiouy])/g, '$1'));
  return [...new Set([...forms, ...unsaidR].map(soundKey))].filter((k) => k.length >= 2);
}

/** Frequent Korean words that spell a sponsor's short first name: the bound noun 리 (그럴 리가 없다), never opening a sentence. */
const BOUND = new Set(['리', '리가', '리는', '리도', '리라']);
/** Frequent nouns that do (샘 a spring, 삼 three): a name only by a title or honorific. */
const NOUNS = new Set(['샘', '샘이', '샘은', '샘을', '샘도', '새미', '삼', '삼이', '삼은', '삼을', '삼도', '삼의']);
/** Titles and roles before or after a name (공장장 리, 리 부장님). */
const TITLE =
  /^(씨|님|씨가|님이|씨는|님은|부장|부장님|과장|과장님|팀장|팀장님|공장장|공장장님|매니저|매니저님|대표|대표님|사장|사장님|이사|이사님|상무|상무님|전무|전무님|미스터|미스|선생님|반장|반장님|주임|주임님)$/u;

/**
 * Whether a Hangul word read as a sponsor's first name stands as the name:
 * it is no frequent word, or (the bound noun 리) it opens the text or a
 * sentence, or a title or honorific stands by it ("리 부장님이", "공장장 리가").
 */
export function hangulFirstNameStands(raw: string, span: Span): boolean {
  const word = raw.slice(span.start).match(/^[\uac00-\ud7a3]+/u)?.[0] ?? '';
  const cut = raw.slice(span.start, span.end);
  const noun = NOUNS.has(word) || NOUNS.has(cut);
  if (!noun && !BOUND.has(word) && !BOUND.has(cut)) return true;
  // "그럴 리가 없다": the bound noun, never a name.
  if (/^\s*(없|만무)/u.test(raw.slice(span.start + word.length))) return false;
  const before = raw.slice(0, span.start);
  if (!noun && (/^\s*["'“«]?\s*$/u.test(before) || /[.!?\n:;]\s*$/u.test(before))) return true;
  const prev = before.match(/([\uac00-\ud7a3]+)\s*$/u)?.[1];
  const next = raw.slice(span.start + word.length).match(/^\s*([\uac00-\ud7a3]+)/u)?.[1];
  return (
    (prev !== undefined && TITLE.test(prev)) ||
    (next !== undefined && TITLE.test(next.replace(/(이|가|은|는|을|를|의|도|께서)$/u, '')))
  );
}
