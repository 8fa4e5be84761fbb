import type { Rule } from './redact-rule';
import { mask, REDACTION_KINDS } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A number with a dot or comma inside is one number: where a rule hid the digits on one side of it as a phone or an
 * id, the digits on the other side are hidden with them ("call me on 07000.061586 1992 79 16" was "07000.[ID]", the
 * first group of the phone left). Only digits joined to the find by the dot alone, with no space: "Section 3.[ID]"
 * cannot arise from "Section 3.2", which no rule hides, and "ext. [PHONE]" keeps its word.
 */

// A phone's or an id's mask (redaction-kinds.ts).
const PHONE_OR_ID = `[${String.fromCharCode(0xe000 + REDACTION_KINDS.indexOf('PHONE'))}${String.fromCharCode(0xe000 + REDACTION_KINDS.indexOf('ID'))}]`;
// Not an amount's whole units before its hidden cents, two marks long ("short $212.[ID]": the cents of a pay run,
// redact-records-days-cents-minutes.ts): the amount in whole units is what the reader needs, and many share it.
const ID_MARK = String.fromCharCode(0xe000 + REDACTION_KINDS.indexOf('ID'));
const HEAD = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,])\d+[.,](?=(${PHONE_OR_ID}))(?!${ID_MARK}{2}(?![\uE000-\uE006]))`,
  'gu',
);
// Not a year after a date's hidden day and month: "I started [ID].2019", "hired [ID].19" keep the year, as
// "[ID]/2019" does (redact-personal-dates.ts); so a tail of two digits stays.
const TAIL = lazyPattern(
  String.raw`(?<=(${PHONE_OR_ID}))[.,](?!(?:19|20)\d\d(?![\p{N}]|[.,]\d))\d{3,}(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
const MARK = lazyPattern(PHONE_OR_ID, 'u');

const kindOf = (mark: string) => REDACTION_KINDS[mark.charCodeAt(0) - 0xe000]!;

/** Hides the digits joined by a dot or comma to a hidden phone or id (see above). */
export const maskDottedNumberParts: Rule = (text) => {
  if (!MARK.get().test(text) || !/\d[.,]|[.,]\d/u.test(text)) return text;
  return text
    .replace(HEAD.get(), (digits: string, mark: string) => mask(kindOf(mark), digits.length))
    .replace(TAIL.get(), (digits: string, mark: string) => mask(kindOf(mark), digits.length));
};
