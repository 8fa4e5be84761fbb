import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 30: a name written with Cyrillic or Greek letters that look like Latin ones among its Latin letters
 * ("Тrеvor", "Kеvin", "Nісоlе"), to slip past a filter. No orthography mixes the scripts inside a word, so such a
 * word is read with the look-alikes as the Latin letters they copy: a name the lists know, or a capitalised word of
 * no English, is hidden whole. A word that reads as English ("Hеllo", typed on a keyboard switched mid-word) stays.
 */

// Cyrillic and Greek letters drawn as Latin ones, and the Latin letter each copies.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u0410': 'A',
  '\u0412': 'B',
  '\u0415': 'E',
  '\u041A': 'K',
  '\u041C': 'M',
  '\u041D': 'H',
  '\u041E': 'O',
  '\u0420': 'P',
  '\u0421': 'C',
  '\u0422': 'T',
  '\u0425': 'X',
  '\u0405': 'S',
  '\u0406': 'I',
  '\u0408': 'J',
  '\u0430': 'a',
  '\u0435': 'e',
  '\u043E': 'o',
  '\u0440': 'p',
  '\u0441': 'c',
  '\u0443': 'y',
  '\u0445': 'x',
  '\u0455': 's',
  '\u0456': 'i',
  '\u0458': 'j',
  '\u0501': 'd',
  '\u051D': 'w',
  '\u04BB': 'h',
  '\u0391': 'A',
  '\u0392': 'B',
  '\u0395': 'E',
  '\u0396': 'Z',
  '\u0397': 'H',
  '\u0399': 'I',
  '\u039A': 'K',
  '\u039C': 'M',
  '\u039D': 'N',
  '\u039F': 'O',
  '\u03A1': 'P',
  '\u03A4': 'T',
  '\u03A5': 'Y',
  '\u03A7': 'X',
  '\u03BF': 'o',
  '\u03B9': 'i',
  '\u03BD': 'v',
};
const MIXED_WORD = lazyPattern(
  String.raw`(?<![\p{L}\p{M}])(?=[\p{L}\p{M}]*\p{Script=Latin})(?=[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}])[\p{L}\p{M}]{3,}`,
  'gu',
);

/** Hides a name spelled with look-alike letters of another script among its Latin ones. */
export const maskLookAlikeLetterNames: Rule = (text) => {
  if (!/[\u0370-\u052F]/u.test(text) || !/[A-Za-z]/.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(MIXED_WORD.get())) {
    const word = m[0];
    const read = [...word].map((c) => LOOK_ALIKES[c] ?? c).join('');
    // Only look-alikes and Latin: a word with any other Cyrillic or Greek letter is no disguise.
    if (!/^[A-Za-z]+$/.test(read)) continue;
    const lower = read.toLowerCase();
    const name = isGivenName(lower) || isCommonSurname(lower) || (/^[A-Z]/.test(read) && !isEnglishWord(lower));
    if (name && !(isEnglishWord(lower) && !isGivenName(lower) && !isCommonSurname(lower)))
      out = out.slice(0, m.index) + mask('NAME', word.length) + out.slice(m.index + word.length);
  }
  return out;
};
