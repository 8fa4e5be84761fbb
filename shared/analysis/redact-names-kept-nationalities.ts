import { isGivenName } from './given-names';
import { MASKED, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A word for where someone is from is no name (op42, 2026-12-07): "Jestem jedynym Polakiem na zmianie" and the
 * kierownik's "ty Polaczku" were stored as "jedynym [NAME]", "ty [NAME]", which hid the insult the report is about and
 * nothing that names anyone ("the only [NAME] on nights" still points at one person; the preview warns of that).
 * Polish, Czech and Slovak write these words with a capital, in every case and as diminutives ("Polakiem",
 * "Polaczku", "Ukraińcem", "Wietnamczyka"), as Tagalog does "Pilipina" and Vietnamese "Việt" ("người Việt"). Given
 * back where the name rules took one alone; not after a title ("pan Polak", a surname), nor within a longer name
 * ("Jan Polak").
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// Stems, then any ending a declension or a diminutive gives: "Pola(k|cy|kiem|czku|czka)", "Niem(iec|ca|cem|cu|ka)".
const STEMS = [
  'pola[kc]',
  'polk',
  'polsk',
  'niem(?:iec|c|k)',
  'ukrai\u0144(?:iec|c|k)',
  'ukrain(?:iec|c|k)',
  'rosjan',
  'rosjank',
  'bia\u0142orusin',
  'bia\u0142orusink',
  'litwin',
  'czesz?k',
  'czech',
  's\u0142owa[kc]',
  'rumun',
  'w\u0119gier|w\u0119gr',
  'hindus',
  'wietnam(?:czyk|ka)',
  'turek|turk',
  'arab',
  'gruzin',
  'ormian',
  'hiszpan',
  'w\u0142och|w\u0142os',
  'francuz',
  'anglik|angielk',
  'amerykan',
  'meksyka[n\u0144]',
  'brazylij(?:czyk|k)',
  'filipi[n\u0144](?:czyk|k)',
  'nepal(?:czyk|k)',
  'kolumbij(?:czyk|k)',
  'wenezuel(?:czyk|k)',
  'chi\u0144czyk|chinka',
  'japo\u0144czyk|japonk',
  'korea\u0144czyk|koreank',
  'cygan',
  'murzyn',
  '\u017cyd',
  // Czech and Slovak: "Polák", "Ukrajinec", "Vietnamec", "Slovák", "Rumun".
  'pol\u00e1[kc]',
  'ukrajin(?:ec|c|k)',
  'vietnam(?:ec|c|k)',
  'slov\u00e1[kc]',
  // Tagalog and Vietnamese.
  'pilipin[oa]|pinoy|pinay',
  'vi\u1ec7t|viet',
];
const NATIONALITY = lazyPattern(String.raw`^(?:${STEMS.join('|')})\p{Ll}{0,6}$`, 'iu');
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:pan|pani|panem|pana|pani\u0105|mr|mrs|ms|herr|frau|se\u00f1or|se\u00f1ora|sr|sra|pan\u00ed)\.?[ \t]+$/iu;
const SCREEN =
  /pol|niem|ukra|ros|bia|litw|cze|s\u0142o|slo|rum|w\u0119|hind|wiet|viet|vi\u1ec7|tur|arab|gruz|orm|hisz|w\u0142o|fran|ang|amer|meks|braz|filip|pilip|pin|nep|kolum|wenez|chi|jap|kore|cyg|murz|\u017cyd/iu;

/** `masked` with each word for where someone is from that the name rules hid alone given back from `read`. */
export function keepNationalityWords(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000') || !SCREEN.test(read)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    // red43b: "Jestem Polakiem", "Jestem Ukrainką" alone were hidden whole, read as a given name and a surname: a
    // verb of being and the word for where the writer is from name no one (the preview warns where it singles out).
    const opened = /^([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}]+)$/u.exec(word);
    if (
      opened &&
      OPENERS.has(opened[1]!.toLowerCase()) &&
      /^\p{Lu}/u.test(opened[2]!) &&
      NATIONALITY.get().test(opened[2]!) &&
      !besideAnotherName(read, start, end)
    ) {
      out = out.slice(0, start) + word + out.slice(end);
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || !NATIONALITY.get().test(word)) continue;
    if (TITLE_BEFORE.test(read.slice(Math.max(0, start - 10), start))) continue;
    if (besideAnotherName(read, start, end)) continue;
    out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}

// Words that may open a sentence before one: "Jestem Polakiem", "Ty Polaczku", "Jako Polak".
const OPENERS = new Set(
  'jestem jeste\u015b jest by\u0142em by\u0142am jako ty ja on ona to taki taka jedyny jedyna jedynym jedyn\u0105 jsem jsi je sem ako ang si'.split(
    ' ',
  ),
);

/** "Jan Polak", "Kierownik Jan Polak", "Polak Jan": a surname beside a given name or another capitalised word. */
function besideAnotherName(read: string, start: number, end: number): boolean {
  const before = /([\p{L}\p{M}]+)[ \t]+$/u.exec(read.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^[ \t]+([\p{L}\p{M}]+)/u.exec(read.slice(end, end + 24))?.[1];
  if (after && (/^\p{Lu}/u.test(after) || isGivenName(after.toLowerCase()))) return true;
  if (!before) return false;
  return isGivenName(before.toLowerCase()) || (/^\p{Lu}/u.test(before) && !OPENERS.has(before.toLowerCase()));
}
