import { mask } from './redaction-kinds';

/*
 * Phone numbers written as words, or half in words, to get past a filter:
 * "five five five one two three four five six seven", "555-one-two-three-4567",
 * "07700 nine oh oh one two three", "seis cinco cinco uno dos tres cuatro".
 * A run of digits and digit words counts when it holds seven to fifteen
 * digits and at least one of them is a word (runs of digits alone are the
 * grouped-digit rule's). Counting ("one two three four five six seven
 * eight") is not a number anyone can call.
 */

const DIGIT_WORDS: Record<string, number> = {};
const byLanguage: string[] = [
  'zero one two three four five six seven eight nine', // English
  'cero uno dos tres cuatro cinco seis siete ocho nueve', // Spanish
  'zéro un deux trois quatre cinq six sept huit neuf', // French
  'null eins zwei drei vier fünf sechs sieben acht neun', // German
  'zero uno due tre quattro cinque sei sette otto nove', // Italian
  'zero um dois três quatro cinco seis sete oito nove', // Portuguese
  'nul een twee drie vier vijf zes zeven acht negen', // Dutch
  'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć', // Polish
];
for (const words of byLanguage) words.split(' ').forEach((word, digit) => (DIGIT_WORDS[word] = digit));
// Spoken and feminine forms: "oh" for zero, "una", "une", "uma", "duas", "zwo".
Object.assign(DIGIT_WORDS, { oh: 0, una: 1, une: 1, uma: 1, duas: 2, zwo: 2, dwie: 2 });
// "double five" is two fives; "triple seven" three sevens.
const REPEATS: Record<string, number> = { double: 2, triple: 3, doppel: 2, doble: 2, doppio: 2 };

const WORD_ALTERNATION = [...Object.keys(DIGIT_WORDS), ...Object.keys(REPEATS)].sort((a, b) => b.length - a.length).join('|');
const TOKEN = String.raw`(?:\+?\(?\d{1,15}\)?|(?:${WORD_ALTERNATION})(?![\p{L}]))`;
const SEPARATOR = String.raw`(?:[ \t]*[-.,/][ \t]*|[ \t]+)`;
const EXTENSION = String.raw`(?:,?[ \t]*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)[ \t]*\d{1,5})?`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${TOKEN}(?:${SEPARATOR}${TOKEN})+${EXTENSION}(?![\p{L}\p{N}])`, 'giu');
const ANY_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${WORD_ALTERNATION})(?![\p{L}])`, 'iu');
const PIECE = new RegExp(String.raw`\d+|\p{L}+`, 'gu');

/** The digits a run spells, or undefined when it holds no digit word. */
function spelledDigits(run: string): number[] | undefined {
  const digits: number[] = [];
  let sawWord = false;
  let repeat = 1;
  for (const [piece] of run.replace(/(?:,?\s*(?:ext\.?|x|extension|poste|dw\.?|durchwahl)\s*\d+)$/i, '').matchAll(PIECE)) {
    if (/^\d/.test(piece)) {
      for (const d of piece) digits.push(Number(d));
      repeat = 1;
      continue;
    }
    const lower = piece.toLowerCase();
    if (REPEATS[lower]) {
      repeat = REPEATS[lower]!;
      sawWord = true;
      continue;
    }
    const digit = DIGIT_WORDS[lower];
    if (digit === undefined) return undefined;
    sawWord = true;
    for (let i = 0; i < repeat; i++) digits.push(digit);
    repeat = 1;
  }
  return sawWord ? digits : undefined;
}

/** "one two three four five six seven": each digit one more (or less) than the last. */
function isCounting(digits: number[]): boolean {
  const step = digits[1]! - digits[0]!;
  return Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - digits[i - 1]! === step);
}

/** Masks phone numbers written wholly or partly in digit words (see redaction-kinds.ts). */
export function maskSpokenPhoneNumbers(text: string): string {
  // Most texts have no digit word at all: one cheap look before the long pattern.
  if (!ANY_WORD.test(text)) return text;
  return text.replace(RUN, (run) => {
    const digits = spelledDigits(run);
    if (!digits || digits.length < 7 || digits.length > 15 || isCounting(digits)) return run;
    return mask('PHONE', run.length);
  });
}
