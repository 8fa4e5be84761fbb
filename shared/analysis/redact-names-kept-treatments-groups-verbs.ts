import { isGivenName } from './given-names';
import { isCommonSurname } from './surnames';
import { VI_AFTER_MARK } from './redact-names-small-declined-marked';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';
import { AID } from './self-descriptions-aids-cars-marks';
import { TREATED } from './self-descriptions-health-events';

/*
 * Words the names rules took for names, given back: one give-back and one list of treatment, illness and recovery
 * stems (op51a merged op48c's redact-names-kept-health-words.ts into this file, which op48b wrote the same night: both
 * gave back "chemo", "Alcolisti Anonimi" and "Rollstuhl"; the two passes run in the same order as before, so nothing
 * stored changed).
 */

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

/*
 * op48b (2026-12-07), from the blind operator attack op47 (class 8): everyday words the names rules took for names,
 * so the sentence lost its sense. Given back where the word says what it is:
 *
 * - a treatment or an aid, as the self-description rules know them ("going through chemo", "mit dem Rollstuhl"),
 *   whole;
 * - a group named "Anonymous" in any language, its first word too ("Alcolisti Anonimi", "Alcooliques anonymes",
 *   "Alcohólicos Anónimos");
 * - a Polish verb in the past, written small ("urodził się", "urodziła"): its ending "-ł", "-ła", "-ło" is a verb's,
 *   never a name's written small ("Michał", "Paweł" are listed and stay hidden);
 * - a Vietnamese unit ("bên", "ở", "kho", "ca") after a name hidden after "thằng", "con", "chị" …: where the person
 *   works, not their surname ("con [NAME] ben kho");
 * - "anh hùng" (a hero) after "là", "một", "những", "các", "người", "như", "thành": a noun, not "anh" and a name;
 * - "Слава Україні", "Слава Богу": glory to, not a man called Slava and his surname;
 * - a country after Polish "z", Ukrainian "з" in the genitive ("z Nigerii", "з Нігерії"): where someone is from;
 * - what is said to someone, plural and small, after "me dicen" ("me dicen cosas feas"); "me dicen carlos" stays.
 *
 * Letters outside ASCII in code are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// "Anonymous" as the recovery groups' names write it ("Alcolisti Anonimi", "Alcohólicos Anónimos"): one of the stems
// below, and read alone by op48b's pass (a group's first word goes back with it).
const ANONYMOUS_STEMS = String.raw`anonym|an\u00f3nim|an\u00f4nim|anonim`;
// The one list of stems, lower case with accents as typed and without: en es fr pt de it pl uk.
const STEM = lazyPattern(
  String.raw`^(?:chemo|chimio|quimio|chemio|chemi[ai]$|\u0445\u0456\u043c\u0456\u043e|dialys|dialis|di\u00e1lis|dializ|\u0434\u0456\u0430\u043b\u0456\u0437|rollstuhl|rollst\u00fchl|wheelchair|epilep|\u00e9pilep|epiless|epilett|padaczk|\u0435\u043f\u0456\u043b\u0435\u043f|alcoholic|alcoh\u00f3lic|alcooli|alco\u00f3lic|alcolist|alkoholi|\u0430\u043b\u043a\u043e\u0433\u043e\u043b\u0456|${ANONYMOUS_STEMS}|\u0430\u043d\u043e\u043d\u0456\u043c|narc\u00f3tic|narcotic|narcotiques|narcotici|narkoty|sobri[oae]$|s\u00f3bri[oa]$)\p{L}{0,10}$`,
  'u',
);
// "Vengo dal Bangladesh", "Venho de Angola": "I come" before "from".
const I_COME = new Set(['vengo', 'venho', 'provengo', 'provenho']);
const FROM_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:da|dal|dalla|dallo|dai|dalle|dall['\u2019]|de|del|desde|do|dos|das|di)(?![\p{L}])`,
  'iu',
);

const known = (lower: string) => isGivenName(lower) || isCommonSurname(lower);

function isHealthOrRecoveryWord(read: string, end: number, found: string): boolean {
  const words = found.split(/[ \t]+/u).map((w) => w.toLowerCase());
  if (words.length > 3 || words.some(known)) return false;
  if (words.every((w) => STEM.get().test(w))) return true;
  return words.length === 1 && I_COME.has(words[0]!) && FROM_AFTER.get().test(read.slice(end, end + 12));
}

// ---- op48b ----

const TREATMENT_OR_AID = lazyPattern(String.raw`^(?:${TREATED}|${AID})$`, 'iu');
const ANONYMOUS = lazyPattern(String.raw`^(?:${ANONYMOUS_STEMS})\p{L}*$`, 'iu');
const NEXT_WORD = lazyPattern(String.raw`^[ \t]+(\p{L}+)`, 'u');
const POLISH_PAST = lazyPattern(String.raw`^\p{Ll}{3,}[aeiyuo\u0105\u0119]?\u0142[aoy]?$`, 'u');
const VI_UNIT = new Set(['ben', 'b\u00ean', 'o', '\u1edf', 'kho', 'ca', 'to', 't\u1ed5', 'phong', 'ph\u00f2ng']);
const VI_MARK_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:th\u1eb1ng|thang|con|ch\u1ecb|chi|anh|d\u00ec|em|c\u00f4|ch\u00fa|m\u1ee5|l\u00e3o|cu)[ \t]+\uE000+[ \t]+$`,
  'iu',
);
const HERO = lazyPattern(
  String.raw`(?<![\p{L}])(?:l\u00e0|m\u1ed9t|nh\u1eefng|c\u00e1c|ng\u01b0\u1eddi|nh\u01b0|th\u00e0nh|v\u1ecb|v\u00ec)[ \t]+anh[ \t]+$`,
  'iu',
);
const GLORY = lazyPattern(
  String.raw`^(?:\u0421\u043b\u0430\u0432\u0430[ \t]+)?\p{Lu}\p{Ll}+(?:\u0456|\u0443|\u044e|\u0430\u043c|\u044f\u043c)$`,
  'u',
);
const GLORY_BEFORE = lazyPattern(String.raw`(?<![\p{L}])[\u0421\u0441]\u043b\u0430\u0432\u0430[ \t]+$`, 'u');
const FROM_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:z|ze|\u0437|\u0456\u0437|\u0437\u0456)[ \t]+$`, 'iu');
// "me dicen cosas feas": what is said to someone, in the plural, written small, is no nickname ("me dicen carlos" is).
const SAID_TO_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:me|te|nos|le|les)[ \t]+(?:dicen|dec\u00edan|dijeron|dice|dijo)[ \t]+$`,
  'iu',
);
const SMALL_PLURAL = lazyPattern(String.raw`^\p{Ll}{3,}(?:as|os|es)$`, 'u');

// "bị sàm sỡ" (groped), "mất đồ hai lần" (lost things twice): syllables of a Vietnamese text, written small and toned,
// read as a Latin name once their accents are off ("sàm" as Sam). Not after a person's mark ("thằng hùng"), and not a
// Vietnamese name the lists know ("tuấn ca đêm"): those stay hidden.
// Letters only Vietnamese writes ("ă" is Romanian's too: "ionuț fură" is no Vietnamese).
const VIETNAMESE_LETTERS = lazyPattern('[\u01a1\u01b0\u0111\u1ea0-\u1ef9]', 'u');
// A syllable Vietnamese may write: Latin letters and its own marks, nothing else ("ț", "ș" are Romanian's).
const VIETNAMESE_SYLLABLE = lazyPattern(
  '^[a-z\u00e0\u00e1\u00e2\u00e3\u00e8\u00e9\u00ea\u00ec\u00ed\u00f2\u00f3\u00f4\u00f5\u00f9\u00fa\u00fd\u0103\u0111\u0129\u0169\u01a1\u01b0\u1ea1-\u1ef9]{1,7}$',
  'u',
);
const VI_PERSON_MARK_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:th\u1eb1ng|thang|con|ch\u1ecb|chi|anh|em|d\u00ec|c\u00f4|ch\u00fa|\u00f4ng|b\u00e0|m\u1ee5|l\u00e3o|cu|h\u1ecfi|g\u1eb7p|b\u1ea3o|n\u00f3i[ \t]+v\u1edbi)[ \t]+$`,
  'iu',
);
// Family names as written with their tones ("đồ", a thing, is no "Đỗ").
const VI_FAMILY_NAMES = new Set(
  'nguy\u1ec5n tr\u1ea7n l\u00ea ph\u1ea1m ho\u00e0ng hu\u1ef3nh phan v\u0169 v\u00f5 \u0111\u1eb7ng b\u00f9i \u0111\u1ed7 h\u1ed3 ng\u00f4 d\u01b0\u01a1ng l\u00fd \u0111inh tr\u01b0\u01a1ng l\u00e2m mai t\u1ea1'.split(
    ' ',
  ),
);
function isVietnameseWordsSmall(read: string, found: string, before: string): boolean {
  if (found !== found.toLowerCase() || !VIETNAMESE_LETTERS.get().test(read)) return false;
  if (VI_PERSON_MARK_BEFORE.get().test(before)) return false;
  const words = found.split(/[ \t]+/u);
  return (
    words.some((w) => /[^a-z]/u.test(w)) &&
    words.every((w) => VIETNAMESE_SYLLABLE.get().test(w) && !VI_AFTER_MARK.has(w) && !VI_FAMILY_NAMES.has(w))
  );
}
// op50b: and the countries whose genitive ends otherwise ("з Польщі", "з Молдови", "z Polski", "z Ukrainy").
const COUNTRY_GENITIVE = lazyPattern(
  String.raw`^(?:\p{Lu}\p{Ll}{2,}(?:ii|ji|\u0456\u0457|\u0457\u0457)|\u041f\u043e\u043b\u044c\u0449\u0456|\u041c\u043e\u043b\u0434\u043e\u0432\u0438|\u041b\u0438\u0442\u0432\u0438|\u0411\u0456\u043b\u043e\u0440\u0443\u0441\u0456|\u041d\u0456\u043c\u0435\u0447\u0447\u0438\u043d\u0438|\u0423\u0433\u043e\u0440\u0449\u0438\u043d\u0438|\u0422\u0443\u0440\u0435\u0447\u0447\u0438\u043d\u0438|\u0421\u043b\u043e\u0432\u0430\u0447\u0447\u0438\u043d\u0438|\u0423\u043a\u0440\u0430\u0457\u043d\u0438|\u0412['\u2019\u02bc]\u0454\u0442\u043d\u0430\u043c\u0443|\u041a\u0438\u0442\u0430\u044e|\u0404\u0433\u0438\u043f\u0442\u0443|\u0424\u0456\u043b\u0456\u043f\u043f\u0456\u043d|Polski|Ukrainy|Bia\u0142orusi|Litwy|Mo\u0142dawii|Niemiec|Czech|Wietnamu|Filipin|Turcji|Gruzji)$`,
  'u',
);

function givenBack(read: string, masked: string, start: number, end: number): boolean {
  const found = read.slice(start, end);
  const before = masked.slice(Math.max(0, start - 30), start);
  if (TREATMENT_OR_AID.get().test(found)) return true;
  const words = found.split(/[ \t]+/u);
  const next = NEXT_WORD.get().exec(read.slice(end, end + 30))?.[1] ?? '';
  if (words.length <= 2 && (words.some((w) => ANONYMOUS.get().test(w)) || ANONYMOUS.get().test(next))) return true;
  if (POLISH_PAST.get().test(found) && !isGivenName(found)) return true;
  if (VI_UNIT.has(found) && VI_MARK_THEN_NAME.get().test(before)) return true;
  if ((found === 'h\u00f9ng' || found === 'hung') && HERO.get().test(before)) return true;
  if (GLORY.get().test(found) && (found.includes(' ') || GLORY_BEFORE.get().test(before))) return true;
  if (COUNTRY_GENITIVE.get().test(found) && !isGivenName(found.toLowerCase()) && FROM_BEFORE.get().test(before))
    return true;
  if (
    SMALL_PLURAL.get().test(words[0]!) &&
    words.length <= 2 &&
    found === found.toLowerCase() &&
    !isGivenName(words[0]!) &&
    SAID_TO_BEFORE.get().test(before)
  )
    return true;
  if (isVietnameseWordsSmall(read, found, before)) return true;
  return false;
}

/**
 * `masked` with each treatment, aid, illness, recovery group or "I come" (op48c), then each word above (op48b), the
 * name rules hid given back from `read`; what was hidden before the rules ran stays hidden. Two passes, in that order.
 */
export function keepTreatmentsGroupsVerbsAndUnits(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let health = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const found = read.slice(start, end);
    if (isHealthOrRecoveryWord(read, end, found)) health = health.slice(0, start) + found + health.slice(end);
  }
  if (!health.includes('\uE000')) return health;
  let out = health;
  for (const { start, end, kind } of maskedSpans(health)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    if (givenBack(read, health, start, end)) out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
  }
  return out;
}
