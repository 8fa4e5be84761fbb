import { isEnglishWord } from './english-dictionary';
import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * A case code written into a text ("about my case KU5WS-6X6U6: nobody answered", "STATUS 6ppff euBUz please"). The
 * code is the key to a case: whoever reads it can open that case's conversation and write in it as its employee, and
 * it ties this text to the other report. Codes are stored only as keyed hashes (shared/domain/case-code.ts), so a
 * text must not keep one in the clear either: it becomes [ID].
 *
 * A code is ten symbols of its alphabet (no 0/O, 1/I/L, though one or two may be typed for a symbol), in two fives, as
 * people type them: any case, parted by a dash, a full stop, a slash, an underscore, a space, a line break or nothing. Ten letters or figures alone are often something else ("management" is ten of them,
 * "room 23456 never" two fives), so a candidate is a code by how it looks, or with a word before it that says it is
 * one ("case", "code", "STATUS"): parted by a dash, when it mixes letters and figures or is in capitals; parted by
 * a space, when a five mixes two letters or more with figures beside a five that is no English word, or after the word when it has a figure or is in capitals; in one
 * piece, when two letters and two figures take turns, or after the word when it has a figure or is in capitals. Not a handle's
 * or a hashtag's rest ("@mgmtteam22").
 */
// The alphabet, and the look-alikes it leaves out (0, O, 1, I, L), which a person copying a code may still type: a
// code with one or two of them still ties this text to the case (LOOK_ALIKES caps them, so words stay words).
const SYMBOL = '[0-9a-z]';
const LOOK_ALIKES = /[01oil]/gi;
// Between the fives: a dash (with spaces around it or not), a full stop, a slash or an underscore (without: ". " ends a
// sentence), one space, a line break, or nothing (the text was NFKC-normalised first, so full-width forms are plain).
const DASH = '[-‐‑–—]';
const TIGHT = '[_./\\\\]';
const CANDIDATE = String.raw`(?<![@#\p{L}\p{N}])(${SYMBOL}{5})([ \t]*${DASH}[ \t]*|${TIGHT}|[ \t]*\n[ \t]*|[ \t]?)(${SYMBOL}{5})(?![\p{L}\p{N}]|(?:${DASH}|${TIGHT})[\p{L}\p{N}])`;
// The words that say a code follows, in the languages the service hears, with a few words of slack ("my case
// number is", "el código de mi caso es").
const CUE = String.raw`(?:case|code|ref(?:erence)?|ticket|status|caso|c[óo]digo|estado|cas|dossier|statut|fall|fallnummer|kod|sprawa|sprawy|numer|kaso|m[ãa]|案件|编号|編號|代码|代碼|状态|狀態|رمز|حالة|قضية)`;
const CUED = lazyPattern(String.raw`(?<![\p{L}])${CUE}(?![\p{L}])(?:[\s:#-]+[\p{L}\p{N}']*){0,4}?[\s:#-]*$`, 'iu');

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const figures = (text: string) => count(text, /\d/g);
const letters = (text: string) => count(text, /\p{L}/gu);
const mixed = (text: string) => figures(text) > 0 && letters(text) > 0;
const turns = (text: string) => count(text, /\d(?=\p{L})|\p{L}(?=\d)/gu);
const capitals = (text: string) => /^\p{Lu}+$/u.test(text);
// Typed in one case, as a code is ("kqwmxtrz7p", "KQWMXTRZ7P"), not a word run into the next ("5xrnSunday").
const oneCase = (text: string) => !/\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text);

function looksLikeACode(m: RegExpExecArray): boolean {
  const [, first, separator, second] = m as unknown as [string, string, string, string];
  const both = first + second;
  const cued = () => CUED.get().test(m.input.slice(Math.max(0, m.index - 40), m.index));
  const alike = count(both, LOOK_ALIKES);
  // A look-alike typed for a symbol leaves a code that still reads as one (letters and figures taking turns), or is
  // named; words have them ("SCRUM/AGILE", "mardibum63").
  if (alike > 2 || (alike > 0 && !(mixed(both) && (turns(both) >= 2 || cued())))) return false;
  // Parted by a space, two such fives are as likely a name typed with figures ("p3t3r sm1th"): named, or not at all.
  if (alike > 0 && separator.trim() === '' && separator !== '' && !cued()) return false;
  if (/[-‐‑–—]/.test(separator)) return mixed(both) || capitals(both) || cued();
  // A full stop, a slash or an underscore joins many things ("clerk.7Open"): a code's figures in one case, or named.
  if (/[_./\\]/.test(separator)) return (mixed(both) && oneCase(both)) || cued();
  // Parted by a space, the other five may be a word ("x2222 after lunch"): a five that looks like a code by itself
  // has two letters or more beside its figures, and one beside a word needs the word before.
  if (separator) {
    const looks = (group: string, other: string) =>
      mixed(group) && letters(group) >= 2 && !isEnglishWord(other.toLowerCase());
    return looks(first, second) || looks(second, first) || ((figures(both) > 0 || capitals(both)) && cued());
  }
  // In one piece, letters and figures taking turns ("ku5ws6x6u6"), not a word with a number after it ("perfect365").
  return (
    (figures(both) >= 2 && letters(both) >= 2 && turns(both) >= 2) ||
    ((figures(both) > 0 || capitals(both)) && cued()) ||
    (figures(both) > 0 && letters(both) >= 4 && oneCase(both) && noWordInside(both))
  );
}

/**
 * Round 13: a code with its figures together or at one end ("kqwmxtrz7p", "7kqwmx9trz") takes fewer turns, and
 * may be typed without a word before it. There a run of its letters that is an English word says it is a word with
 * a number ("perfect365", "covid19"); a code's runs are no words (its letters are drawn at random).
 */
function noWordInside(piece: string): boolean {
  const runs = piece.toLowerCase().split(/\d+/u);
  return runs.every((run) => run.length < 3 || !isEnglishWord(run)) && !runs.some((run) => hasEnglishWordOf4(run));
}

/** Whether four letters or more in a row of `run` spell an English word ("bestbuy", "superman"). */
function hasEnglishWordOf4(run: string): boolean {
  for (let from = 0; from + 4 <= run.length; from++)
    for (let to = run.length; to - from >= 4; to--) if (isEnglishWord(run.slice(from, to))) return true;
  return false;
}

/** Masks case codes written into a text (see above). */
export const maskCaseCodes: Rule = maskMatches(lazyPattern(CANDIDATE, 'giu'), 'ID', looksLikeACode);
