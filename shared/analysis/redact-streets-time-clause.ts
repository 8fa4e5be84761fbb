import { lazyPattern } from './lazy-pattern';
/*
 * Round 33: "at my house at 7 the dogs barked" was stored "at my house at [ADDRESS]": after a word for a home, "7 the
 * dogs" has the shape of a street written small ("7 the paddocks"), but here "7" is the time and "the dogs" do
 * something. A street's name is followed by no verb of its own; a clause's subject is. So when the word after "the"
 * (or the one after it) is a verb form (a past in "-ed", "were", "went", "kept"; "was" and "is" after a word that is
 * not plural, "the dog was"), what follows the number is what happened, and it stays.
 * "my house at 14 the maltings was broken into" is still a street: a street's name in "-s" takes "was".
 */
// A past in "-ed" has three letters or more before it ("barked", "started"; not "shed", nor "watershed", a place).
const PAST = lazyPattern(
  String.raw`^(?:(?!\p{Ll}*shed$)\p{Ll}{3,}ed|were|are|went|came|began|begun|started|stopped|ran|woke|got|kept|made|took|sat|stood|fell|broke|rang|sang|bit|ate|left|saw|heard|told|said|did|would|could|had|have|kicked|turned)$`,
  'u',
);

/** Whether `street` ("7 the dogs barked", "7 the dogs") and the words after it are a time and what happened then. */
export function isTimeThenClause(street: string, after: string): boolean {
  const words = street
    .replace(/^[^ \t]+,?[ \t]+the[ \t]+/u, '')
    .split(/[ \t]+/u)
    .filter(Boolean);
  const noun = words[0];
  const next = (words[1] ?? /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1])?.toLowerCase();
  if (!noun || !next) return false;
  if (PAST.get().test(next)) return true;
  return (next === 'was' || next === 'is') && !noun.endsWith('s');
}
