import { afterAPerson } from './redact-names-bracket-initials';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { deedFollows, verbFollows } from './verb-after-subject';

/*
 * ra35 (blind re-attack), initials the bracket rules (redact-names-bracket-initials*.ts) still left readable:
 * - initials said to be initials ("a colleague (initials AB) harasses me", "the cook (initials: M.B.)", "my lead
 *   (initials are GH)", "his initials are JT", "sus iniciales son M.G."): whatever the letters, the writer says whose;
 * - one dotted initial a person goes by ("the guard (L.) searched my bag", "the nurse (C.) was rough"), or two joined
 *   ("the two of them (S. and T.) harassed me", "(S. & T.) keep harassing me"), after a word for a person or before
 *   what they did; a thing's letter stays ("the building (B.) has no heat", "vitamins (B and C)", "section (a)");
 * - dotted letters a job also has, after a person and before what they did ("nurse (R.M.) steals meds"): a job's
 *   letters are written without dots, or are a qualification people do dot ("the nurse (R.N.) said", "(M.D.)");
 * - dotted initials in brackets beside a name already hidden ("(R.B. and K.T.)" once R.B. is hidden).
 */

const LETTERS = String.raw`(?:\p{Lu}\.?(?:[ \t]?\p{Lu}\.?){0,2}|\p{Ll}\.(?:[ \t]?\p{Ll}\.){1,2})`;
const AND = String.raw`(?:[ \t]*[&,+/][ \t]*|[ \t]+(?:and|y|et|und|e|i|og|en)[ \t]+)`;
// "initials AB", "(initials: M.B.)", "her initials are K.W.", "iniciales M.G.", "Initialen T.K.", "inicja\u0142y K.W."
// Letters are read with their case (a "u" pattern with "i" reads \p{Lu} as any letter), the label in any case.
const LABEL = String.raw`(?:[Ii]nitials?|INITIALS?|[Ii]niciales|[Ii]nicial|[Ii]nitiales|[Ii]niziali|[Ii]nitialen|[Ii]nicja\u0142y|[Ii]niciais)`;
const LABELLED = lazyPattern(
  String.raw`(?<![\p{L}])${LABEL}(?:[ \t]+(?:are|is|were|was|son|eran|sont|sind|s\u00e3o|sono|to|of))?[ \t]*[:=\u2013\u2014-]?[ \t]*(${LETTERS})(?:${AND}(${LETTERS}))?(?![\p{L}\p{N}'\u2019])`,
  'gu',
);
// One dotted capital, or two joined, in brackets: "(L.)", "(S. and T.)", "(J. & M.)"; with the words before them.
const SINGLES = lazyPattern(
  String.raw`(?:(\p{L}+)((?:[ \t]+\p{L}+){0,3})[ \t]*)?\((\p{Lu}\.)(?:${AND}(\p{Lu}\.))?\)`,
  'gu',
);
// Dotted letters in brackets after a person: "nurse (R.M.)", "the cook (M.B.)".
const DOTTED = lazyPattern(
  String.raw`(\p{L}+)((?:[ \t]+\p{L}+){0,3})[ \t]*\((\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)\)`,
  'gu',
);
// A dotted piece beside a name already hidden inside the same brackets: "([NAME] and K.T.)", "(K.T. & [NAME])".
const BESIDE_HIDDEN = lazyPattern(
  String.raw`(?<=\([\uE000]+${AND})((?:\p{Lu}\.[ \t]?){1,3})(?=\))|(?<=\()((?:\p{Lu}\.[ \t]?){1,3})(?=${AND}[\uE000]+\))`,
  'gu',
);
// Qualifications people write with dots, which stay in brackets after a role whatever follows.
const DOTTED_QUALIFICATIONS = new Set('rn lpn lvn rgn md np pa do emt cna phd dds dmd ma ba bs bsc msc'.split(' '));
// Many people, for two initials: "the two of them (S. and T.)", "both (J. and M.)", "two managers (P. and D.)".
const PEOPLE = new Set(
  'them they both two someone one leads supervisors managers bosses drivers guys girls people workers colleagues coworkers cooks nurses guards'.split(
    ' ',
  ),
);
// What the person in brackets does next: a deed, or "keep"/"were"/"both" after two ("(S. & T.) keep harassing me").
const AFTER_TWO = lazyPattern(String.raw`^[ \t]+(?:keep|kept|were|are|both|always|never|just|also)(?![\p{L}])`, 'u');

const hide = (piece: string) =>
  mask('NAME', piece.replace(/[ \t]+$/u, '').length) + piece.slice(piece.trimEnd().length);

function byPeople(first: string | undefined, rest: string | undefined): boolean {
  if (first === undefined) return false;
  if (afterAPerson(first, rest ?? '')) return true;
  return [first, ...(rest ?? '').trim().split(/[ \t]+/u)].some((w) => PEOPLE.has(w.toLowerCase()));
}

/** Hides initials said to be initials, and single or dotted initials in brackets where a person is meant (see above). */
export const maskLabelledAndSingleInitials: Rule = (text) => {
  let out = text;
  if (/initia|inicia|inicja/iu.test(out))
    out = out.replace(LABELLED.get(), (whole: string, one: string, two?: string) => {
      let hidden = whole;
      for (const piece of [two, one]) {
        if (piece === undefined) continue;
        const at = hidden.lastIndexOf(piece);
        hidden = hidden.slice(0, at) + hide(piece) + hidden.slice(at + piece.length);
      }
      return hidden;
    });
  if (!/\([\p{Lu}\uE000]/u.test(out)) return out;
  out = out.replace(
    SINGLES.get(),
    (
      whole: string,
      first: string | undefined,
      rest: string | undefined,
      one: string,
      two: string | undefined,
      at: number,
      all: string,
    ) => {
      const after = all.slice(at + whole.length, at + whole.length + 40);
      const meant = byPeople(first, rest) || (two !== undefined && (deedFollows(after) || AFTER_TWO.get().test(after)));
      if (!meant) return whole;
      const open = whole.lastIndexOf('(');
      const close = whole.length - 1;
      let inside = whole.slice(open, close);
      const last = two === undefined ? -1 : inside.lastIndexOf(two);
      if (last > 0) inside = inside.slice(0, last) + mask('NAME', two!.length) + inside.slice(last + two!.length);
      inside = inside.replace(one, mask('NAME', one.length));
      return whole.slice(0, open) + inside + whole.slice(close);
    },
  );
  out = out.replace(
    DOTTED.get(),
    (whole: string, first: string, rest: string, inside: string, at: number, all: string) => {
      const letters = inside.replace(/[^\p{L}]/gu, '').toLowerCase();
      if (DOTTED_QUALIFICATIONS.has(letters) || !afterAPerson(first, rest)) return whole;
      if (!verbFollows(all.slice(at + whole.length, at + whole.length + 40))) return whole;
      const open = whole.lastIndexOf('(') + 1;
      return whole.slice(0, open) + mask('NAME', inside.length) + whole.slice(open + inside.length);
    },
  );
  if (out.includes('\uE000')) out = out.replace(BESIDE_HIDDEN.get(), (piece: string) => hide(piece));
  return out;
};
