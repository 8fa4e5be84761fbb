import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * What is left of a name once its first part is hidden: the rest of a
 * handle ("[NAME]_gonzalez1987", "[NAME]_asante_99"), a surname
 * spelled a letter at a time ("[NAME] s.m.i.t.h"), its initial written small
 * ("[NAME] k.") and a Hindi surname after a given name ("[NAME] कुमार"). Either half alone may point to one person.
 */

const NAME_MARK = mask('NAME', 1);
// Glued to the hidden name by "_" ("_gonzalez1987", "_asante_99", "-" or "_" between its pieces) or digits
// ("1987"; one digit too, "I am jdoe7": a login's digit left beside "[NAME]" is half the login). Not in a hashtag
// ("#[NAME]_Fund" is a topic), nor a list's number ("[NAME]2. Jess3.").
const HANDLE_AFTER = lazyPattern(
  `(?<!#${NAME_MARK}*)(?<=${NAME_MARK})(?:_[\\p{L}\\p{N}]+(?:[_-][\\p{L}\\p{N}]+)*|\\d{2,}(?![\\p{L}\\p{N}]|\\.\\S)|\\d(?![\\p{L}\\p{N}.]))`,
  'gu',
);
// Three letters or more, each followed by a dot, after the name: not "a.k.a." nor a country.
const DOTTED_AFTER = lazyPattern(
  `(?<=${NAME_MARK}[ \\t]+)(?!(?:a\\.k\\.a|u\\.s\\.a|u\\.k\\.|e\\.t\\.c|p\\.h\\.d|r\\.i\\.p)(?!\\p{L}))(?:\\p{L}\\.){2,}\\p{L}(?![\\p{L}\\p{N}])\\.?`,
  'giu',
);
// A surname's initial, with its dot, after the name written small: "dana k., packing", "ask for jo m. on nights".
// Not "a." or "i." (words), "w." or "v." (with, versus), an ellipsis ("b…"), nor a capital ("Dana K." is the names
// rules').
const INITIAL_AFTER = lazyPattern(`(?<=${NAME_MARK}[ \\t]+)(?![aiwv]\\.)\\p{Ll}\\.(?![\\p{L}\\p{N}.])`, 'gu');
// Surnames common in Hindi writing: after a hidden given name they say who it was.
const HINDI_SURNAMES = `कुमार कुमारी शर्मा वर्मा सिंह सिंघ गुप्ता यादव पटेल जैन मिश्रा मिश्र तिवारी पांडे पाण्डेय पांडेय श्रीवास्तव
  चौहान राठौर राठौड़ अग्रवाल खान मेहता शाह रेड्डी नायर अय्यर मौर्य ठाकुर चौधरी त्रिपाठी दुबे द्विवेदी चतुर्वेदी सक्सेना
  कपूर मल्होत्रा खन्ना भाटिया अरोड़ा बंसल गोयल मित्तल सिन्हा प्रसाद राय रॉय दास बनर्जी मुखर्जी चटर्जी घोष बोस देसाई
  जोशी कुलकर्णी पाटिल शिंदे नाइक रावत नेगी बिष्ट सेठ सेठी चोपड़ा तिवाड़ी उपाध्याय शुक्ला दीक्षित भट्ट पंडित`
  .split(/\s+/)
  .map((w) => w.normalize('NFKC'));
const HINDI_SURNAME_AFTER = lazyPattern(
  `(?<=${NAME_MARK}[ \\t]+)(?:${HINDI_SURNAMES.join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Masks the rest of a name whose first part is already hidden (see above). */
export function maskHandleRests(text: string): string {
  if (!text.includes(NAME_MARK)) return text;
  let out = text;
  for (const pattern of [HANDLE_AFTER.get(), DOTTED_AFTER.get(), HINDI_SURNAME_AFTER.get(), INITIAL_AFTER.get()])
    out = out.replace(pattern, (m) => mask('NAME', m.length));
  return out;
}
