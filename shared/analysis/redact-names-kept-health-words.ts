import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';
import { isCommonSurname } from './surnames';

/*
 * op48c (2026-12-07), from the blind operator attack op47 (classes 8 and 9): words for a treatment, an aid, an illness
 * or a recovery group the name rules took for a name: "I'm going through chemo" was stored "going through [NAME]",
 * "Vado agli Alcolisti Anonimi" "agli [NAME]", "aux Alcooliques anonymes" "aux [NAME] anonymes", "Voy a Alcohólicos
 * Anónimos" "a [NAME] [NAME]", "Die Frau mit dem Rollstuhl" "mit dem [NAME]"; "Vengo dal Bangladesh" (I come from)
 * "[NAME] dal Bangladesh". They name no one, the sentence lost its sense, and the preview, which reads the stored
 * text, could no longer tell the writer that a treatment or a recovery said of themselves singles them out
 * (self-descriptions-health-recovery.ts). Given back when the name rules hid them and every word of the find is one:
 *
 * - a word that starts as a treatment, an aid, an illness or a recovery group does in en es fr pt de it pl uk (chemo,
 *   quimio, chimio, Chemo, chemio, dialysis, Rollstuhl, wheelchair, epilepsy, Alcolisti, Anonimi, Alkoholiker,
 *   Анонімних …): no given name or surname starts so;
 * - "I come" opening a clause before "from" ("Vengo dal", "Venho de", "Provengo da"): a verb, not a person.
 *
 * Never what a sponsor's finder hid, never a known given name or surname. Letters outside ASCII are \u escapes:
 * redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// Stems, lower case with accents as typed and without: en es fr pt de it pl uk.
const STEM = lazyPattern(
  String.raw`^(?:chemo|chimio|quimio|chemio|chemi[ai]$|\u0445\u0456\u043c\u0456\u043e|dialys|dialis|di\u00e1lis|dializ|\u0434\u0456\u0430\u043b\u0456\u0437|rollstuhl|rollst\u00fchl|wheelchair|epilep|\u00e9pilep|epiless|epilett|padaczk|\u0435\u043f\u0456\u043b\u0435\u043f|alcoholic|alcoh\u00f3lic|alcooli|alco\u00f3lic|alcolist|alkoholi|\u0430\u043b\u043a\u043e\u0433\u043e\u043b\u0456|anonym|an\u00f3nim|an\u00f4nim|anonim|\u0430\u043d\u043e\u043d\u0456\u043c|narc\u00f3tic|narcotic|narcotiques|narcotici|narkoty|sobri[oae]$|s\u00f3bri[oa]$)\p{L}{0,10}$`,
  'u',
);
// "Vengo dal Bangladesh", "Venho de Angola": "I come" before "from".
const I_COME = new Set(['vengo', 'venho', 'provengo', 'provenho']);
const FROM_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:da|dal|dalla|dallo|dai|dalle|dall['\u2019]|de|del|desde|do|dos|das|di)(?![\p{L}])`,
  'iu',
);

const known = (lower: string) => isGivenName(lower) || isCommonSurname(lower);

function givenBack(read: string, end: number, found: string): boolean {
  const words = found.split(/[ \t]+/u).map((w) => w.toLowerCase());
  if (words.length > 3 || words.some(known)) return false;
  if (words.every((w) => STEM.get().test(w))) return true;
  return words.length === 1 && I_COME.has(words[0]!) && FROM_AFTER.get().test(read.slice(end, end + 12));
}

/** `masked` with each treatment, aid, illness, recovery group or "I come" the name rules hid given back from `read`. */
export function keepHealthAndRecoveryWords(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const found = read.slice(start, end);
    if (givenBack(read, end, found)) out = out.slice(0, start) + found + out.slice(end);
  }
  return out;
}
