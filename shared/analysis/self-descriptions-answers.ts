/*
 * An answer to a sponsor's question that says "it is me" without saying "I am" (op44a, after the op43 attack,
 * 2026-12-07): asked "are you the one who works the night shift at the loading dock?", the employee answered "yes, the
 * only one on nights", and nothing named it: "the only one" with no person word and no "I am" is no one in a report.
 * After a yes at the start ("yes,", "sí,", "oui,", "ja,", "sim,", "sì,", "tak,"), or as "only me / just me" with where
 * or when ("only me on nights", "solo yo en el turno", "nur ich in der Nachtschicht", "tylko ja na nocnej zmianie"), it
 * points to the writer. Not "yes, the only problem is the heater", "it's not just me, everyone says so".
 *
 * Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why); every span is bounded.
 */
import { firstPersonPhrase } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';

const YES = String.raw`(?:yes|yeah|yep|yup|correct|right|exactly|that['\u2019]?s[ \t]+me|it['\u2019]?s[ \t]+me|s[i\u00ed]|claro|exacto|oui|ouais|exactement|c['\u2019]est[ \t]+moi|ja|genau|jawohl|sim|isso|s\u00ec|esatto|tak|dok\u0142adnie)`;
const ONLY = String.raw`(?:the[ \t]+only[ \t]+one|only[ \t]+me|just[ \t]+me|(?:el|la)[ \t]+[u\u00fa]nic[oa]|s[o\u00f3]lo[ \t]+yo|(?:le|la)[ \t]+seule?|moi[ \t]+seule?|seulement[ \t]+moi|(?:der|die)[ \t]+einzige|nur[ \t]+ich|(?:o|a)[ \t]+[u\u00fa]nic[oa]|s[o\u00f3][ \t]+eu|l['\u2019][u\u00fa]nic[oa]|(?:il|la)[ \t]+sol[oa]|solo[ \t]+io|jedyn[ya]|tylko[ \t]+ja)`;
// What may follow: the clause's end, or where, when or who ("on nights", "en el turno", "qui", "who").
const AFTER = String.raw`(?=[ \t]*(?:$|[,.;!?\n])|[ \t]+(?:on|in|at|of|who|that|working|left|here|en|de|del|que|aqu\u00ed|qui|sur|\u00e0|au|dans|ici|im|auf|hier|bei|no|na|do|da|nel|nella|di|che|qui|w|z|kt\u00f3r\p{L}{1,2}|tutaj)(?![\p{L}]))`;
const SELF = String.raw`(?:i['\u2019]?m[ \t]+|i[ \t]+am[ \t]+|soy[ \t]+|je[ \t]+suis[ \t]+|ich[ \t]+bin[ \t]+|sou[ \t]+|sono[ \t]+|jestem[ \t]+)?`;
const AFTER_YES = lazyPattern(String.raw`^[ \t]*${YES}[ \t]*[,.!:;-]{0,3}[ \t]*(${SELF})(${ONLY})${AFTER}`, 'iu');
// "yes, the only one at the dock is broken": a verb after it makes "the only one" a subject, maybe a thing's.
const VERB =
  /[ \t](?:is|was|are|were|has|had|broke|es|est\u00e1|era|fue|est|\u00e9tait|ist|war|hat|\u00e9|\u00e8|jest|by\u0142\p{L}{0,2})(?![\p{L}])/iu;
// "only me on nights", "solo yo en el turno de noche", "nur ich in der Nachtschicht": anywhere, with a place or time.
const ONLY_ME = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:only|just)[ \t]+me|s[o\u00f3]lo[ \t]+yo|seulement[ \t]+moi|nur[ \t]+ich|s[o\u00f3][ \t]+eu|solo[ \t]+io|tylko[ \t]+ja)[ \t]+(?:on|in|at|working|en|sur|\u00e0|au|dans|im|in|auf|no|na|nel|nella|al|w)(?![\p{L}])`,
  'giu',
);

/** Each phrase of an answer that says the writer is the one asked about. */
export function answersItIsMe(text: string): string[] {
  const found: string[] = [];
  const yes = AFTER_YES.get().exec(text);
  if (yes) {
    const only = yes[2]!;
    const start = yes.index + yes[0].length - only.length;
    const phrase = firstPersonPhrase(text, start, start + only.length) ?? only;
    if (yes[1] || !VERB.test(phrase)) found.push(phrase);
  }
  for (const m of text.matchAll(ONLY_ME.get())) {
    if (/not[ \t]+(?:just|only)[ \t]*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index + 4))) continue;
    found.push(firstPersonPhrase(text, m.index, m.index + m[0].length) ?? m[0]);
  }
  return found;
}
