import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { PAYMENT_APPS } from './redact-names-kept-people-words-payment-apps';
import { MASKED, maskedSpans } from './redaction-kinds';
import { aboutPaying, actsAsPerson, isServiceNamedLikePerson } from './redact-names-services-or-people';

/*
 * r37 (blind attacker): payment services named in a list ("via Wise, Venmo or Google Pay", "send it with Zelle, Cash
 * App or Venmo", "GCash, Maya or PayMaya only") were read as a person's name and surname, since a name rule takes
 * "Wise, Venmo" whole as one find, and redact-names-kept-people-words-payment-apps.ts gives back only a find of one
 * word. They are firms everyone uses, not who paid: each service in such a find is given back with the commas and
 * "or" beside it; the find's other words stay hidden. A service that is a given name too ("Maya", "Lydia") only beside one that is not ("Maya and
 * Lydia were sent home" stays hidden). Only a mask the rules made (never what was hidden before them: a sponsor's name).
 */

// Words a service's name is made of with the word after it: "Cash App", "Apple Pay", "Google Pay", "Western Union".
const FIRST_OF_TWO = new Set(['cash', 'apple', 'google', 'samsung', 'amazon', 'western', 'mercado', 'wechat', 'ali']);
const SECOND_OF_TWO = lazyPattern(String.raw`^[ \t]+(?:app|pay|union)(?![\p{L}])`, 'iu');
// What joins the services of a list, in the languages the service hears.
const JOINER = /^(?:and|or|y|o|e|et|und|oder|ou|lub|albo|czy|i|of|en|och|eller|og)$/iu;

/** `masked` with the payment services of a many-word name find given back from `read` (see above). */
export function keepListedPaymentServices(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const words = [...read.slice(start, end).matchAll(/\p{L}+/gu)].map((m) => ({
      word: m[0],
      at: start + m.index,
    }));
    const named = words.filter(({ word }) => !JOINER.test(word));
    if (named.length < 2) continue;
    const service = (i: number): boolean => {
      const { word, at } = named[i]!;
      const lower = word.toLowerCase();
      if (PAYMENT_APPS.has(lower)) return true;
      if (FIRST_OF_TWO.has(lower)) return SECOND_OF_TWO.get().test(read.slice(at + word.length, at + word.length + 8));
      // "App" of "Cash App" inside the find.
      const previous = named[i - 1];
      return (
        previous !== undefined && FIRST_OF_TWO.has(previous.word.toLowerCase()) && /^(?:app|pay|union)$/iu.test(word)
      );
    };
    // Set apart from the words beside it by a comma or "or" ("John Wise" is a man's surname).
    const listed = (i: number): boolean =>
      [named[i - 1], named[i + 1]].every((other) => {
        if (other === undefined) return true;
        const [from, to] =
          other.at < named[i]!.at
            ? [other.at + other.word.length, named[i]!.at]
            : [named[i]!.at + named[i]!.word.length, other.at];
        const gap = read.slice(from, to);
        return (
          /[,&+/;]/u.test(gap) ||
          gap.split(/[^\p{L}]+/u).some((w) => JOINER.test(w)) ||
          (service(i) && service(named.indexOf(other)) && /^[ \t]+$/u.test(gap))
        );
      });
    // fx37r: a service that is a person's name too ("Maya", "Lydia", "Chase") only where the text is about paying and
    // the list does not act as people ("Maya and Lydia were sent home": redact-names-services-or-people.ts).
    const paying = aboutPaying(read, start, end) && !actsAsPerson(read, start, end);
    const services = named.filter(
      ({ word }, i) => service(i) && listed(i) && (paying || !isServiceNamedLikePerson(word.toLowerCase())),
    );
    if (!services.some(({ word }) => !isGivenName(word.toLowerCase()))) continue;
    // Everything but the words that are no service is given back: "Wise, [NAME] or Venmo".
    let kept = read.slice(start, end);
    for (const { word, at } of named)
      if (!services.some((s) => s.at === at))
        kept = kept.slice(0, at - start) + masked.slice(at, at + word.length) + kept.slice(at - start + word.length);
    out = out.slice(0, start) + kept + out.slice(end);
  }
  return out;
}
