/*
 * A sponsor's name written in an Indic script ("ली मार्श" for Lee Marsh in
 * Devanagari, "লী মার্শ" in Bengali, "லீ மார்ஷ்" in Tamil) is still their
 * name. These scripts write syllables: a consonant carries an unwritten a
 * unless a vowel sign or the virama (्) follows, and Hindi leaves that a
 * unsaid in most places (व्हिटफ़ील्ड, Whitfield, writes none after ट). This
 * module reads a word as Latin with that a written, keys it like other
 * scripts (`name-transliteration.ts`), and the matcher compares it as kana
 * are compared (`kanaKeyMatches`): vowels the script adds after a consonant
 * are allowed, so the unsaid a never stands between the name and its reading.
 *
 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam
 * lay out their letters as Devanagari does (each block is Devanagari's,
 * 0x80 further on), so one table reads them all. Tamil has one letter for k
 * and g, t and d, p and b: its words are compared without voicing.
 *
 * A first name alone is read only where it stands as a name: "ली" is also
 * "took" (ले ली), "देना" (Dana) "to give"; see `indicFirstNameStands`.
 */

import type { Reading, Span } from './name-readings';
import { keyed, type SoundWord } from './name-transliteration';

const INDIC = /[\u0900-\u0d7f]/u;
const TAMIL = /[\u0b80-\u0bff]/u;

export const hasIndic = (raw: string): boolean => INDIC.test(raw);

/** A letter of another Indic block as the Devanagari letter at its place. */
const asDevanagari = (ch: string): string => {
  const code = ch.codePointAt(0)!;
  return code >= 0x0980 && code <= 0x0d7f ? String.fromCodePoint(0x0900 + (code & 0x7f)) : ch;
};

/** Consonants, aspiration left out (English names seldom have it; फ is an English f, थ a th). */
const CONSONANTS: Record<string, string> = Object.fromEntries(
  (
    'कk खk गg घg ङn चch छch जj झj ञn टt ठt डd ढd णn तt थth दd धd नn ऩn पp फf बb भb मm यy रr ऱr लl ळl ऴl ' +
    'वv शsh षsh सs हh'
  )
    .split(' ')
    .map((s) => [s[0]!, s.slice(1)]),
);
/** Consonants with the nukta (ज़ z, फ़ f, ड़ r), precomposed or not. */
const NUKTA: Record<string, string> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', ड: 'r', ढ: 'r', फ: 'f', य: 'y' };
const PRECOMPOSED: Record<string, string> = Object.fromEntries([...'क़ख़ग़ज़ड़ढ़फ़य़'].map((ch, i) => [ch, 'कखगजडढफय'[i]!]));
const VOWELS: Record<string, string> = Object.fromEntries(
  'अa आa इi ईi उu ऊu ऋri ऌli ऍe ऎe एe ऐe ऑo ऒo ओo औau ॠri'.split(' ').map((s) => [s[0]!, s.slice(1)]),
);
const VOWEL_SIGNS: Record<string, string> = Object.fromEntries(
  'ाa िi ीi ुu ूu ृri ॄri ॅe ॆe ेe ैe ॉo ॊo ोo ौau ॢli ॣli ॏau'.split(' ').map((s) => [s[0]!, s.slice(1)]),
);
const CHILLU: Record<string, string> = { ൺ: 'n', ൻ: 'n', ർ: 'r', ൽ: 'l', ൾ: 'l', ൿ: 'k' };
const VIRAMA = '्';
const NUKTA_SIGN = '़';

/** A run of Indic letters and signs read as Latin, each Latin letter knowing the written characters it came from. */
function latinOf(raw: string, start: number, end: number): Reading {
  const out: Reading = { text: '', from: [], to: [] };
  const put = (latin: string, from: number, to: number) => {
    for (const c of latin) {
      out.text += c;
      out.from.push(from);
      out.to.push(to);
    }
  };
  let i = start;
  while (i < end) {
    // Malayalam's chillu letters are a consonant with no vowel (മാർഷ് Marsh).
    // And write an English t as റ്റ (വിറ്റ്ഫീൽഡ് Whitfield).
    if (raw.startsWith('റ്റ', i)) {
      put('t', i, i + 3);
      i += 3;
      const sign = VOWEL_SIGNS[asDevanagari(raw[i] ?? '')];
      if (sign !== undefined || raw[i] === '്') {
        if (sign) put(sign, i, i + 1);
        i++;
      } else if (i < end && INDIC.test(raw[i]!)) put('a', i - 1, i);
      continue;
    }
    const chillu = CHILLU[raw[i]!];
    if (chillu !== undefined) {
      put(chillu, i, i + 1);
      i++;
      continue;
    }
    let ch = asDevanagari(raw[i]!);
    const at = i;
    i++;
    if (PRECOMPOSED[ch]) ch = `${PRECOMPOSED[ch]}${NUKTA_SIGN}`;
    const base = ch[0]!;
    let consonant = CONSONANTS[base];
    if (consonant !== undefined) {
      if (ch.length > 1 || asDevanagari(raw[i] ?? '') === NUKTA_SIGN) {
        consonant = NUKTA[base] ?? consonant;
        if (ch.length === 1) i++;
      }
      // व्ह is an English wh (व्हिटफ़ील्ड Whitfield), व before a vowel a w or a v: both keyed alike.
      const next = asDevanagari(raw[i] ?? '');
      if (base === 'व' && next === VIRAMA && asDevanagari(raw[i + 1] ?? '') === 'ह') {
        put('w', at, i + 2);
        i += 2;
        const sign = VOWEL_SIGNS[asDevanagari(raw[i] ?? '')];
        if (sign !== undefined) {
          put(sign, i, i + 1);
          i++;
        } else put('a', i - 1, i);
        continue;
      }
      const sign = VOWEL_SIGNS[next];
      if (next === VIRAMA) i++;
      put(consonant, at, i);
      if (sign !== undefined) {
        put(sign, i, i + 1);
        i++;
      }
      // The unwritten a, also at a word's end: Hindi leaves it unsaid there (मार्श), Malayalam says it (ഡാന Dana); the matcher allows it.
      else if (next !== VIRAMA) put('a', at, i);
      continue;
    }
    const vowel = VOWELS[ch] ?? VOWEL_SIGNS[ch];
    if (vowel !== undefined) put(vowel, at, i);
    // Anusvara and candrabindu: a nasal (n; m before b, p, m, and at a word's end in the south: സാം Sam).
    else if (ch === 'ं' || ch === 'ँ') put(i >= end || /^[पफबभम]/.test(asDevanagari(raw[i] ?? '')) ? 'm' : 'n', at, i);
    // Tamil writes f as ஃப (the aytham, at the visarga's place, before p).
    else if (ch === 'ः' && asDevanagari(raw[i] ?? '') === 'प') {
      put('f', at, i + 1);
      i++;
      const sign = VOWEL_SIGNS[asDevanagari(raw[i] ?? '')];
      if (sign !== undefined || asDevanagari(raw[i] ?? '') === VIRAMA) {
        if (sign) put(sign, i, i + 1);
        i++;
      }
    } else if (ch === 'ः') put('h', at, i);
    else if (out.to.length) out.to[out.to.length - 1] = i;
  }
  return out;
}

/** The words of `raw` written in an Indic script, as sound keys (compared as kana are, `kanaKeyMatches`). */
export function indicWords(raw: string): SoundWord[] {
  const words: SoundWord[] = [];
  for (const m of raw.matchAll(/[\u0900-\u0d7f\u200c\u200d]+/gu)) {
    const latin = latinOf(raw, m.index, m.index + m[0].length);
    // Bengali writes an English wh as হুই (হুইটফিল্ড Whitfield).
    if (/^hu[iy]/.test(latin.text)) {
      latin.text = `w${latin.text.slice(2)}`;
      latin.from.splice(1, 1);
      latin.to.splice(0, 1);
    }
    const key = keyed(latin, false).text;
    if (!/^[a-z]+$/.test(key)) continue;
    const span: Span = { start: latin.from[0]!, end: latin.to.at(-1)! };
    const tamil = TAMIL.test(m[0]);
    words.push({
      key: tamil ? devoiced(key) : key,
      skeleton: key.replace(/a/g, ''),
      span,
      abjad: false,
      capital: false,
      kana: true,
      syllabic: tamil ? 'tamil' : 'indic',
    });
  }
  return words;
}

/** A key without voicing (Tamil writes k and g, t and d, p and b alike; ச is ch, j and an English s: சாம் Sam). */
export const devoiced = (key: string): string =>
  key.replace(/g/g, 'k').replace(/d/g, 't').replace(/b/g, 'p').replace(/[jc]/g, 's');

/** Frequent verb forms of Hindi and its neighbours that spell a sponsor's short first name (ली took): never opening a sentence. */
const VERBS = new Set('ली ले लि लो ला दी दे লি লে'.split(' '));
/** Frequent nouns and other words that do (सम even, दाना grain, मार a beating). */
const NOUNS = new Set('सम साम दान दाना मार सैम সম দান'.split(' '));
/** Titles, honorifics and roles a name stands by (श्री ली, ली जी, ली सर, मैनेजर ली). */
const TITLES = new Set(
  'श्री श्रीमान श्रीमती सुश्री मिस्टर मिसेज़ मिसेज मिस मैडम मैम मैनेजर प्रबंधक बॉस सुपरवाइज़र सुपरवाइजर डॉ डॉक्टर'.split(' '),
);

/** What follows a name and never the verb or noun spelled like it: the ergative ने, honorifics. */
const AFTER_NAME = new Set('ने जी सर साहब साहिब मैडम मैम নে জি'.split(' '));
/** Postpositions: after a name, or after a noun (दाना का), never after a verb (ली). */
const POSTPOSITIONS = new Set('को से का की के पर में কে'.split(' '));

/**
 * Whether an Indic word read as a sponsor's first name stands as the name.
 * Hindi spells too many words like a short English name (देना to give is
 * Dana, ली took is Lee, सम even is Sam) to take one anywhere: it counts
 * after a title ("श्री ली") or before what follows a name ("ली ने", "डाना
 * जी"), and, unless it is a frequent noun (दाना grain), opening the text or
 * a sentence or before a postposition ("सैम को").
 */
export function indicFirstNameStands(raw: string, span: Span): boolean {
  const written = raw.slice(span.start, span.end);
  const before = raw.slice(0, span.start);
  const prev = before.match(/(\S+)\s*$/u)?.[1];
  const next = raw.slice(span.end).match(/^\s*([^\s.,!?।]+)/u)?.[1];
  if ((prev !== undefined && TITLES.has(prev)) || (next !== undefined && AFTER_NAME.has(next))) return true;
  if (NOUNS.has(written)) return false;
  const opens = /^\s*["'“«]?\s*$/u.test(before) || /[.!?।॥\n:;]\s*$/u.test(before);
  return opens || (!VERBS.has(written) && next !== undefined && POSTPOSITIONS.has(next));
}
