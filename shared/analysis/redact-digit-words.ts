import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Phone numbers written a digit at a time in the digit words and characters
 * of other scripts, to get past a filter that reads only digits:
 * "一三八一二三四五六七八", "壹叁捌…", "〇九〇一二三四五六七八",
 * "공일공 일이삼사 오육칠팔", "صفر خمسة صفر واحد…", "नौ आठ सात…",
 * "khong chin mot hai…", "ศูนย์แปด…", and any of them mixed with digits
 * ("138 一二三四 5678"). Their digits in their own digit blocks (٠١٢, ۰۱۲, ०१२,
 * ๐๑๒) are read as ASCII before any rule runs (redact-digits.ts).
 *
 * A run of seven to fifteen digits, at least four of them words, with only
 * spaces or one dash, dot, comma or slash between its pieces, is a number. Ordinary
 * numerals stay: "三个人", "一二月份", "第一", "十五分钟" (ten, hundred and
 * the words around end a run), and counting ("一二三四五六七八") is no number.
 * Sino-Korean digits are also syllables of ordinary words ("이사", "공사"), so a
 * Korean word counts only when every syllable in it is a digit.
 */

const DIGIT_CHARACTERS: Record<string, number> = {};
const characters = (list: string, values?: number[]) =>
  [...list].forEach((c, i) => {
    DIGIT_CHARACTERS[c] = values ? values[i]! : i;
  });
characters('〇一二三四五六七八九'); // Chinese and Japanese
characters('零壹贰叁肆伍陆柒捌玖'); // financial, simplified
characters('○貳參陸幺', [0, 2, 3, 6, 1]); // financial, traditional; a circle for zero; "yao", one read aloud
characters('공일이삼사오육칠팔구', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]); // Sino-Korean
characters('영', [0]);

// Digit words written with spaces between them, NFKC as the text is read.
const DIGIT_WORDS = new Map<string, number>();
const words = (list: string, values?: number[]) =>
  list.split(/\s+/).forEach((w, i) => DIGIT_WORDS.set(w.normalize('NFKC'), values ? values[i]! : i));
words('صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة'); // Arabic
words(
  'اثنين إثنان إثنين ثلاثه اربعة أربعه اربعه خمسه سته سبعه ثمانيه تسعه ثمانى زيرو واحده',
  [2, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9, 8, 0, 1],
);
words('صفر یک دو سه چهار پنج شش هفت هشت نه'); // Persian
words('शून्य एक दो तीन चार पाँच छह सात आठ नौ'); // Hindi
words('पांच छः छे ज़ीरो सुन्न', [5, 6, 6, 0, 0]);
words('không một hai ba bốn năm sáu bảy tám chín'); // Vietnamese
words('khong mot hai ba bon nam sau bay tam chin'); // … without its marks
words('mốt tư lăm bẩy linh', [1, 4, 5, 7, 0]);
const ARABIC_AND = 'و';

// Thai writes words without spaces: its digit words are found inside the run of Thai letters.
const THAI_WORDS: [string, number][] = 'ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า'.split(' ').map((w, i) => [w, i]);
const THAI_DIGIT = lazyPattern(THAI_WORDS.map(([w]) => w).join('|'), 'y');

// A piece: digits; one Han character; a Korean word; a Thai digit word or one Thai letter; any other word.
const PIECE = lazyPattern(
  String.raw`\d+|[\p{Script=Han}○]|\p{Script=Hangul}+|\p{Script=Thai}|(?:(?![\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}])[\p{L}\p{M}])+`,
  'gu',
);
// Between two pieces of a number: nothing, spaces, or one dash, dot, comma or slash; brackets and "+" around digits.
const GAP = /^[ \t()+]*(?:[-.,/][ \t()+]*)?$/;

interface Piece {
  start: number;
  end: number;
  /** The digits the piece says, undefined when it is no number. */
  digits?: number[];
  /** Whether the piece is a word rather than digits. */
  word: boolean;
}

function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  PIECE.get().lastIndex = 0;
  for (let m = PIECE.get().exec(text); m; m = PIECE.get().exec(text)) {
    const piece = m[0];
    const start = m.index;
    if (/^\d/.test(piece)) {
      found.push({ start, end: start + piece.length, digits: [...piece].map(Number), word: false });
      continue;
    }
    if (/^\p{Script=Thai}/u.test(piece)) {
      THAI_DIGIT.get().lastIndex = start;
      const thai = THAI_DIGIT.get().exec(text);
      if (!thai) found.push({ start, end: start + piece.length, word: true });
      else {
        const value = THAI_WORDS.find(([w]) => w === thai[0])![1];
        found.push({ start, end: start + thai[0].length, digits: [value], word: true });
        PIECE.get().lastIndex = start + thai[0].length;
      }
      continue;
    }
    found.push({ start, end: start + piece.length, digits: wordDigits(piece), word: true });
  }
  return found;
}

/** The digits a word or a run of digit characters says, if it says nothing else. */
function wordDigits(piece: string): number[] | undefined {
  if (/^[\p{Script=Han}\p{Script=Hangul}○]/u.test(piece)) {
    const digits = [...piece].map((c) => DIGIT_CHARACTERS[c]);
    return digits.every((d) => d !== undefined) ? (digits as number[]) : undefined;
  }
  const lower = piece.toLowerCase();
  const digit = DIGIT_WORDS.get(lower) ?? (lower.startsWith(ARABIC_AND) ? DIGIT_WORDS.get(lower.slice(1)) : undefined);
  return digit === undefined ? undefined : [digit];
}

/** Masks phone numbers written in the digit words or characters of other scripts (see above). */
export function maskDigitWordNumbers(text: string): string {
  if (!SCREEN.get().test(text)) return text;
  let out = text;
  let run: Piece[] = [];
  const close = () => {
    const digits = run.flatMap((p) => p.digits!);
    const wordDigits = run.filter((p) => p.word).reduce((n, p) => n + p.digits!.length, 0);
    if (digits.length >= 7 && digits.length <= 15 && wordDigits >= 4 && !isCounting(digits)) {
      const { start } = run[0]!;
      const { end } = run[run.length - 1]!;
      out = out.slice(0, start) + mask('PHONE', end - start) + out.slice(end);
    }
    run = [];
  };
  let previousEnd = -1;
  for (const piece of pieces(text)) {
    if (run.length && (!piece.digits || !GAP.test(text.slice(previousEnd, piece.start)))) close();
    if (piece.digits) run.push(piece);
    previousEnd = piece.end;
  }
  if (run.length) close();
  return out;
}

// Any digit character or a letter of a script whose digit words are read here: most texts hold none.
const SCREEN = lazyPattern(
  `[${Object.keys(DIGIT_CHARACTERS).join('')}\\p{Script=Arabic}\\p{Script=Devanagari}\\p{Script=Thai}]|(?<!\\p{L})(?:${[
    ...DIGIT_WORDS.keys(),
  ]
    .filter((w) => /^[a-zà-ỹ]+$/u.test(w))
    .join('|')})(?!\\p{L})`,
  'iu',
);

/** "一二三四五六七八": each digit one more (or less) than the last. */
function isCounting(digits: number[]): boolean {
  const step = digits[1]! - digits[0]!;
  return Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - digits[i - 1]! === step);
}
