// Blind round 28: a station, boots, a poster or a shirt named after someone, a machine's word before its make, and a
// chat app's call to everyone, given back.
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A blind round (28) found these hidden as people:
 * - a name before the thing named after it ("Victoria station", "Wellington boots", "the Ronaldo poster", "the
 *   King's Cross site"): no person is a station, boots or a poster;
 * - a word of Cyrillic capitalised opening a text, before a make in Latin letters ("Кофемашина Nespresso", "Кофемашина
 *   Delonghi"): a name and a surname are written in one script;
 * - "@channel", "@here", "@everyone": a chat app's call to everyone in it.
 */

const NAME_MARK = mask('NAME', 1);
const THING_AFTER = lazyPattern(
  String.raw`^(?:['’]s)?[ \t]+(?:station|stn|boots|wellies|poster|posters|shirt|shirts|jersey|jerseys|stadium|airport|terminal|hospital|bridge)(?![\p{L}])`,
  'iu',
);
const SAINT_PLACE_AFTER = lazyPattern(
  String.raw`^['’]s[ \t]+(?:Cross|Park|Road|Lane|Hospital|College|Square|Church)(?![\p{L}])`,
  'u',
);
const CYRILLIC_WORD = lazyPattern(String.raw`^\p{Lu}\p{Script=Cyrillic}+[ \t]*`, 'u');
const EVERYONE = /^@(?:channel|here|everyone|all)$/iu;

/** `masked` with the things, makes, towns and calls above given back from `read` (`premasked`'s finds stay). */
export function keepThingsNamedAfterPeople(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const after = read.slice(end, end + 30);
    let keep = 0;
    // The Cyrillic word (and the space after it) is given back; a make hidden with it stays for the brand lists.
    const cyrillic = CYRILLIC_WORD.get().exec(word)?.[0];
    if (EVERYONE.test(word)) keep = word.length;
    else if (cyrillic && /^[ \t]*\p{Lu}\p{Script=Latin}/u.test(read.slice(start + cyrillic.length)))
      keep = cyrillic.length;
    else if (/^\p{Lu}\p{Ll}+$/u.test(word) && (THING_AFTER.get().test(after) || SAINT_PLACE_AFTER.get().test(after)))
      keep = word.length;
    if (keep) out = out.slice(0, start) + read.slice(start, start + keep) + out.slice(start + keep);
  }
  return out;
}
