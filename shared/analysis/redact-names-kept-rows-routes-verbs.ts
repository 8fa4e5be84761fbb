import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * op50b (2026-12-07), from the blind operator attack op49 ("over-hiding"): everyday words the name rules took for a
 * name, so the stored sentence lost its sense and named no one:
 *
 * - a row, line or aisle with its letter or number ("sa hanay B", "hilera C", "dãy B"): a place in the plant;
 * - a Tagalog word of going before a place ("papuntang Maynila", "patungong Cebu", "galing sa Davao"): a town;
 * - Vietnamese "anh hùng" (a hero) written small before the words of a title or a kind of hero ("anh hùng lao
 *   động", "anh hùng dân tộc", "anh hùng thầm lặng"): no brother called Hùng;
 * - a Polish verb of the writer's past opening a sentence before a name ("Widziałem Tomka", "Pytałem Kasię"): the
 *   verb is given back, the name stays hidden.
 *
 * Never what a sponsor's finder hid, never a known given name. Letters outside ASCII are \u escapes (redaction
 * reaches entries a cold start reads: test/infra/bundles.test.ts).
 */

const ROW = lazyPattern(
  String.raw`^(?:hanay|hilera|linya|row|aisle|fila|rang\u00e9e|Reihe|rz\u0105d|d\u00e3y|day)[ \t]+(?:[A-Z]|\d{1,2})$`,
  'iu',
);
const GOING_TO = lazyPattern(
  String.raw`(?<![\p{L}])(?:papuntang|patungong|pauwing|papunta[ \t]+(?:sa|ng)|patungo[ \t]+sa|galing[ \t]+(?:sa|ng)|mula[ \t]+sa|taga)[ \t]+$`,
  'iu',
);
const HERO_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:lao[ \t]+\u0111\u1ed9ng|lao[ \t]+dong|d\u00e2n[ \t]+t\u1ed9c|dan[ \t]+toc|th\u1ea7m[ \t]+l\u1eb7ng|tham[ \t]+lang|v\u00f4[ \t]+danh|vo[ \t]+danh|li\u1ec7t[ \t]+s\u0129|b\u00e0n[ \t]+ph\u00edm|c\u1ee9u[ \t]+h\u1ecfa|r\u01a1m)(?![\p{L}])`,
  'u',
);
const ANH_BEFORE = lazyPattern(String.raw`(?<![\p{L}])anh[ \t]+$`, 'iu');
// A Polish verb of "I" in the past, capitalised at a sentence's start: "Widziałem", "Pytałam", "Dzwoniłem".
const POLISH_I_PAST = lazyPattern(String.raw`^\p{Lu}\p{Ll}{2,}(?:\u0142em|\u0142am)(?=[ \t]+\S)`, 'u');

/** `masked` with each row, place of going, "anh hùng" or opening Polish verb the name rules hid given back. */
export function keepRowsRoutesHeroesAndVerbs(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const found = read.slice(start, end);
    const before = read.slice(Math.max(0, start - 24), start);
    const single = !/[ \t]/u.test(found);
    if (
      ROW.get().test(found) ||
      (single && GOING_TO.get().test(before) && !isGivenName(found.toLowerCase())) ||
      ((found === 'h\u00f9ng' || found === 'hung') &&
        ANH_BEFORE.get().test(before) &&
        HERO_AFTER.get().test(read.slice(end, end + 16)))
    ) {
      out = out.slice(0, start) + found + out.slice(end);
      continue;
    }
    const verb = POLISH_I_PAST.get().exec(found);
    if (verb && !isGivenName(verb[0].toLowerCase())) {
      const rest = found.slice(verb[0].length).match(/^[ \t]+/u)![0].length + verb[0].length;
      out = out.slice(0, start) + read.slice(start, start + rest) + out.slice(start + rest);
    }
  }
  return out;
}
