import { lazyPattern } from './lazy-pattern';
// A decimal digit of another script (Arabic-Indic, Devanagari, Thai, Javanese, Balinese, Ol Chiki, Meetei
// Mayek, New Tai Lue, ...): any \p{Nd} of the Basic Multilingual Plane. Those beyond it (Osmanya, Adlam) take
// two UTF-16 units and are read as ASCII when the text is normalised (normalise-text.ts).
const OTHER_DIGIT = lazyPattern(String.raw`(?![0-9])\p{Nd}`, 'gu');
const ANY_OTHER_DIGIT = lazyPattern(String.raw`(?![0-9])\p{Nd}`, 'u');
const zeros = new Map<number, number>();

/**
 * The value of a decimal digit: Unicode writes each script's ten digits in a row, zero first, and
 * two scripts' rows that touch (none in the Basic Multilingual Plane) still start at a multiple of ten
 * from each other; so the zero is where the row of digits starts, counted in tens.
 */
export function digitValue(code: number): number {
  let zero = zeros.get(code);
  if (zero === undefined) {
    zero = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    zeros.set(code, zero);
  }
  return (code - zero) % 10;
}

/** The text with every decimal digit of another script as its ASCII digit; same length. */
export function asciiDigits(text: string): string {
  if (!ANY_OTHER_DIGIT.get().test(text)) return text;
  return text.replace(OTHER_DIGIT.get(), (d) => (d.length === 1 ? String(digitValue(d.codePointAt(0)!)) : d));
}

// What people type between the groups of a number besides "-": other dashes (non-breaking, en, em,
// minus), the long-vowel mark a Japanese keyboard gives for "-" (ー, ｰ), the Hangul ㅡ a Korean one
// gives, middle dots and bullets, "~", "_", Japanese の ("090の4726の1538"). Read as "-" only between
// two digits (a space either side allowed). Not "/": "9/9/2018", "2012/2013" are dates, not numbers to
// call (the 100,494 eval rows: five such dates became [PHONE] with it, nothing else changed).
const NUMBER_SEPARATOR = lazyPattern(
  String.raw`(?<=\d ?)[\p{Pd}\u2212\u2043\u30FC\uFF70\u3161\u1173\u00B7\u2022\u2219\u22C5\u30FB\uFF65~_の](?= ?\d)`,
  'gu',
);
const ANY_SEPARATOR = /[^\x00-\x5e\x60-\x7d\x7f]/;

/**
 * The text with every separator between two digits written as "-", which every number rule reads;
 * same length, so what is not masked keeps the separator it was written with.
 *
 * @example
 * asciiSeparators('call 555–123–4567') // 'call 555-123-4567'
 */
export function asciiSeparators(text: string): string {
  const marked = MARK_SEPARATOR.test(text) ? text.replace(MARK_RUN, markRun) : text;
  // Most texts hold none of these characters: no scan.
  if (!ANY_SEPARATOR.test(marked)) return marked;
  return marked.replace(NUMBER_SEPARATOR.get(), '-');
}

// Marks that part numbers as well as phone numbers ("1,250", "10:30", "3;4", "2+2", "1'000"): read as "-" only
// in a run of groups of two digits or more, one mark all along, ten to fifteen digits, that is not a
// thousands' figure ("1,234,567,890") nor a moment ("2024:03:18:10:30"): "555,123,4567", "555\\123\\4567".
const MARK_SEPARATOR = /\d[\\,;:*+=#'"]\d/;
const MARK_RUN = /(?<![\d\\,;:*+=#'"])\d{2,5}([\\,;:*+=#'"])\d{2,8}(?:\1\d{2,8}){0,4}(?![\d\\,;:*+=#'"])/g;

function markRun(run: string, mark: string): string {
  const groups = run.split(mark);
  const digits = groups.join('').length;
  if (digits < 10 || digits > 15) return run;
  const thousands = /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
  if (",'".includes(mark) && thousands) return run;
  if (mark === ':' && /^(?:19|20)\d\d$/.test(groups[0]!)) return run;
  return groups.join('-');
}
