import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind rounds 23 and 24: a payroll or staff reference written with slashes ("payroll no PAY/0045/22", "my ref is
 * 12/4471/B from payroll", "my payroll number: PR/2231/77") reads like a date or a document's reference, and the
 * number rules leave it. After a word that says the number is the writer's at work (payroll, staff, employee,
 * clock, badge, ref) it is theirs, and names them to whoever keeps the payroll. A date stays ("payroll ran on
 * 12/03/2025"): a day and month of one or two digits, a year of two or four; a tax year ("2024/25") too.
 */

const CUE = String.raw`(?:payroll|pay|staff|employee|emp|personnel|works|clock|badge|ref|reference)`;
const LABEL = String.raw`(?:[ \t]+(?:no\.?|nr\.?|num(?:ber)?|#|id|ref(?:erence)?|code))?`;
const SLASHED = lazyPattern(
  String.raw`(?<![\p{L}])${CUE}${LABEL}[ \t]*(?:[:#-][ \t]*|[ \t]+is[ \t]+)?([A-Z]{0,4}\d*(?:/[A-Z0-9]+)+)(?![\p{L}\p{N}/])`,
  'giu',
);
// A tax or school year is no one's either ("pay ref 2024/25", "2024/2025").
const DATE = /^(?:\d{1,2}\/\d{1,2}(?:\/(?:\d{2}|\d{4}))?|(?:19|20)\d{2}\/(?:\d{2}|(?:19|20)\d{2}))$/u;

/** Masks a reference with slashes after a payroll or staff cue (see above). */
export const maskSlashedStaffRefs: Rule = (text) => {
  if (!text.includes('/')) return text;
  return text.replace(SLASHED.get(), (whole: string, ref: string) => {
    if (DATE.test(ref) || (ref.match(/\d/g) ?? []).length < 3) return whole;
    const at = whole.lastIndexOf(ref);
    return whole.slice(0, at) + mask('ID', ref.length) + whole.slice(at + ref.length);
  });
};
