import { mask } from './redaction-kinds';
import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 32 (atp32 F1): a case code written in pieces. maskCaseCodes (redact-case-codes.ts) hides a code
 * typed as the receipt shows it; people also write one a symbol at a time ("7 K Q 4 M - X W 9 T R"), with a slash
 * between spaces ("7KQ4M / XW9TR"), as a hashtag, with a symbol missing ("7KQ4M-XW9T"), or as two halves with words
 * between them ("7KQ4M and then XW9TR"), or only one half ("my case 7KQ4M"). Each still ties this text to the
 * writer's other case: the operator holds the pepper and HMACs the code, or each way to complete it (31 symbols
 * for one missing, 31^5 for a half: seconds), and finds that case's item. So every piece of a code is hidden.
 *
 * Only the code's alphabet is read (no 0, O, 1, I or L: words that hold one are never taken), and a piece must mix
 * letters and figures, be named ("case", "code", "ends in" ...), or stand beside another piece already hidden.
 */

// The case code's alphabet (shared/domain/case-code.ts), either case: 2-9 and the letters but I, L and O.
const SYMBOL = '[2-9a-hj-km-np-z]';
// Between symbols written one at a time: a dash, full stop, slash, underscore or middle dot, or spaces.
const APART = '(?:[ \\t]*[-\\u2010\\u2011\\u2013\\u2014./_\\u00b7][ \\t]*|[ \\t]{1,3})';
const DASH = '[ \\t]*[-\\u2010\\u2011\\u2013\\u2014][ \\t]*';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
// A half is never a hashtag's or a handle's ("#49ers", "@PJNET"), nor part of an address or a longer token
// ("kev99.github.io", "ab12c_x").
const EDGE_BEFORE_WORD = '(?<![\\p{L}\\p{N}#@$]|[\\p{L}\\p{N}][._/\\\\@-])';
const EDGE_AFTER_WORD = '(?![\\p{L}\\p{N}]|[._/\\\\@-][\\p{L}\\p{N}])';
const HIDDEN_ID = mask('ID', 1);
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

// Words that say a code (or part of one) follows, as maskCaseCodes reads them, a few words before.
const CUE = lazyPattern(
  '(?<![\\p{L}])(?:case|code|ref(?:erence)?|ticket|status|receipt|caso|c[\\u00f3o]digo|estado|cas|dossier|statut|' +
    'fall|fallnummer|kod|sprawa|sprawy|numer)(?![\\p{L}])' +
    '(?:[\\s:#-]+[\\p{L}\\p{N}\\u0027]*){0,4}?[\\s:#-]*$',
  'iu',
);

const figures = (text: string) => text.match(/\d/g)?.length ?? 0;
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;
const mixed = (text: string) => figures(text) > 0 && letters(text) > 0;
const turns = (text: string) => text.match(/\d(?=\p{L})|\p{L}(?=\d)/gu)?.length ?? 0;
const oneCase = (text: string) => !/\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text);
const symbolsOf = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

function cuedBefore(m: RegExpExecArray): boolean {
  return CUE.get().test(m.input.slice(Math.max(0, m.index - 40), m.index));
}

/** Another piece of a code already hidden a few words away, in the same sentence: "[ID] and then XW9TR". */
function besideAHiddenPiece(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 30), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
  return (
    (before.split(/[.!?\n]/u).pop() ?? '').includes(HIDDEN_ID) || (after.split(/[.!?\n]/u)[0] ?? '').includes(HIDDEN_ID)
  );
}

// "7 K Q 4 M - X W 9 T R", "7-k-q-4-m-x-w-9-t-r": five to ten symbols, one at a time.
const ONE_AT_A_TIME = lazyPattern(`${EDGE_BEFORE}${SYMBOL}(?:${APART}${SYMBOL}){4,9}${EDGE_AFTER}`, 'giu');
function spelledCode(m: RegExpExecArray): boolean {
  const symbols = symbolsOf(m[0]);
  if (symbols.length === 10) return mixed(symbols) || (cuedBefore(m) && letters(symbols) > 0);
  return mixed(symbols) && (cuedBefore(m) || besideAHiddenPiece(m));
}

// "7KQ4M / XW9TR": the halves parted by a slash with spaces around it.
const SLASHED = lazyPattern(`${EDGE_BEFORE}(${SYMBOL}{5})[ \\t]*[/\\\\][ \\t]*(${SYMBOL}{5})${EDGE_AFTER}`, 'giu');
const slashedCode = (m: RegExpExecArray) => {
  const both = (m[1] ?? '') + (m[2] ?? '');
  return mixed(both) && (oneCase(both) || cuedBefore(m));
};

// "#7KQ4MXW9TR", "#7KQ4M-XW9TR": a code written as a hashtag.
const HASHTAG = lazyPattern(`(?<=#)${SYMBOL}{5}(?:${DASH})?${SYMBOL}{5}${EDGE_AFTER}`, 'giu');
const hashtagCode = (m: RegExpExecArray) => {
  const symbols = symbolsOf(m[0]);
  return figures(symbols) >= 2 && letters(symbols) >= 2 && turns(symbols) >= 2 && oneCase(symbols);
};

// "7KQ4M-XW9T", "KQ4M-XW9TR": a code with a symbol or two missing.
const SHORT_BY_ONE = lazyPattern(
  `${EDGE_BEFORE}(?:${SYMBOL}{5}${DASH}${SYMBOL}{3,4}|${SYMBOL}{3,4}${DASH}${SYMBOL}{5})${EDGE_AFTER}`,
  'giu',
);
const shortCode = (m: RegExpExecArray) => {
  const symbols = symbolsOf(m[0]);
  return oneCase(symbols) && mixed(symbols) && (turns(symbols) >= 2 || cuedBefore(m) || besideAHiddenPiece(m));
};

// One half: "my case 7KQ4M", "code ending XW9TR", "first part 7KQ4M second part XW9TR".
const HALF = lazyPattern(`${EDGE_BEFORE_WORD}${SYMBOL}{5}${EDGE_AFTER_WORD}`, 'giu');
function halfCode(m: RegExpExecArray): boolean {
  const half = m[0];
  if (!oneCase(half)) return false;
  // On its own: in capitals as the receipt shows it, letters and figures taking turns as no word or number does
  // ("7KQ4M", "XW9TR"); not slang written small ("sk8er") nor a size ("4X4X4").
  const alone = /^[\p{Lu}\d]+$/u.test(half) && !/^\d(?:x\d)+$/iu.test(half);
  if (alone && figures(half) >= 1 && letters(half) >= 2 && turns(half) >= 2) return true;
  // Named, or beside the other half already hidden, with a figure (a code's random letters may spell a short word:
  // "code ends in HUM22"). A half of letters alone (a fifth of all halves) is not read: too many words and acronyms
  // look the same ("SCRUM", "BBWAA").
  return figures(half) > 0 && (cuedBefore(m) || besideAHiddenPiece(m));
}

/** Masks the pieces of case codes that maskCaseCodes leaves (see above). Run after it. */
export const maskCaseCodePieces: Rule[] = [
  maskMatches(ONE_AT_A_TIME, 'ID', spelledCode, 0, true),
  maskMatches(SLASHED, 'ID', slashedCode),
  maskMatches(HASHTAG, 'ID', hashtagCode),
  maskMatches(SHORT_BY_ONE, 'ID', shortCode),
  maskMatches(HALF, 'ID', halfCode),
];
