import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { isOrdinaryWord } from './redact-names-lookup';
import { ALL_STOPWORDS, PERSON_DEEDS } from './redact-names-words';
import { isCommonSurname } from './surnames';
import { isPersonWord } from './self-descriptions';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';
import { lazyPattern } from './lazy-pattern';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { personCued } from './redact-names-every-mention';

/*
 * said38: a name hidden at one mention is the same person at its other mentions written another way, and one left
 * visible points at them (blind attack ra38, 10 of 16 texts): declined ("Агата … Агату", "Dunja … Dunji", "mirela …
 * Mirelę", "Thorsten … Thorstens", "Jānis … Jānim"), written small or without its accents ("kalinda … Kalinda",
 * "Lucía … lucia", "Ngọc … Ngoc"), or owned without an apostrophe ("nkechis friends"). said37's rule
 * (redact-names-every-mention.ts) matches the form hidden, with a few endings after it; this one matches a hidden
 * name's other mentions by their stem: case folded, marks stripped, an inflection ending of the Slavic, Baltic,
 * Finnish, Hungarian or Germanic languages taken off each side, three letters of stem left at least (four for a
 * mention written small). It runs after said37's rule, so it sees only what that one left.
 *
 * A mention so matched stays where it is a word rather than the person:
 * - a word of any language the lists know, whole ("Rose … roses", "Frank … frankly", "Mark … marked"), a place or
 *   firm everyone knows, a proper noun of the dictionary that is no given name ("Ken … Kenya"), a word in capitals;
 * - a Slavic noun that is also a given name, in any of its cases (the lists hold no Slavic nouns: "Віра … віру",
 *   "Надія … надію", "Róża … róże", "Kalina … kaliny");
 * - after "the", "a", "St" …, before "services", "group" …, or before a capitalised word left visible ("Wendys
 *   Burgers").
 * And a hidden name spreads in another form only where it was read as a person's: a given name or surname of the lists
 * in either form, a role or person word before the hidden mention, or a case ending a firm's name never takes
 * (anything but the bare form and "-s").
 *
 * A pair: a capitalised word no language and no list knows, joined by "and" (in the languages the service hears) to a
 * hidden name, is a name too ("Mackenson ak Roselaure", "Wesnel and [NAME]"): the pair is two people.
 */

const NAME_MARK = mask('NAME', 1);
const TOKEN = lazyPattern(String.raw`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`, 'gu');
const MARKS = lazyPattern(String.raw`\p{M}`, 'gu');
// A letter English does not write: an accented or other script's letter.
const NOT_ENGLISH_LETTER = lazyPattern(String.raw`[^\P{L}a-zA-Z]`, 'u');
const CAPITAL_FIRST = lazyPattern(String.raw`^\p{Lu}`, 'u');
const NO_SMALL_LETTER = lazyPattern(String.raw`^[^\p{Ll}]*$`, 'u');
const HANDLE_PART = lazyPattern(String.raw`[_\p{N}@#]`, 'u');
const WORD_BEFORE = lazyPattern(String.raw`([\p{L}\p{M}'’]+)\.?[ \t]+$`, 'u');
const WORD_AFTER = lazyPattern(String.raw`^[ \t]+([\p{L}\p{M}&]+)`, 'u');
const CAPITAL_WORD_AFTER = lazyPattern(String.raw`^[ \t]*[-–]?[ \t]*\p{Lu}`, 'u');

// Case endings, as folded (marks stripped: "ą" is "a", "й" is "и"), longest first where one holds another.
// Polish, Czech, Slovak, Croatian, Serbian, Slovene in Latin letters; Ukrainian and Russian in Latin letters too
// ("katerynu", "kateryni", "oksanoyu"); Lithuanian and Latvian; Finnish and Hungarian; German, Dutch and Scandinavian
// genitive "-s", English "s" with no apostrophe ("nkechis friends").
const LATIN_ENDINGS = `s a e i o u y ie ia iu ii ei ai ui oi owi ovi evi em om ou ow ov ach ami ego emu ej oj ju ja je
  yu ya oyu eyu oju eju iem ą ę as is us ys im am ui iui io ą į ė ės ei ię n lle lla lta sta ssa lle ksi nak nek nal
  nel val vel`;
// Ukrainian and Russian: the cases of a given name and of its diminutive ("Агата/Агату/Агаті", "Тарас/Тараса",
// "Богдан/Богданові", "Геннадий/Геннадия", "Ірка/Ірку/Ірці").
const CYRILLIC_ENDINGS = `а я у ю і и ы е є о ой ей ою ею ом ем ові еві єві ого его ему ому ів`;
// Folded on first use: folding makes a pattern, which a cold start should not pay for at import.
let endings: Set<string> | undefined;
let longestEnding = 0;
// Slavic nouns that are given names too, by their stem as folded: faith, hope, love, glory, rose, lily, viburnum,
// raspberry, berry, dawn, peace, victory, star; no list holds Polish or Ukrainian nouns in all their cases.
const SLAVIC_WORD_STEMS = `вір вер наді надежд любов любв слав роз лілі лили калин малин ягід ягод зор мир мил
  roz róz ruz lili kalin malin jagod slaw sław wiar wiktori zor mir mil nadi nadezhd lyubov slav vir ver`;
let slavicWordStems: Set<string> | undefined;
// Words before a thing or a place, never before a person's name.
const THING_BEFORE = new Set(
  `the this that these those a an every each another such no some any my our your their his her its st saint ste san
  santa santo são sao fort port mount mt lake cape`.split(/\s+/),
);
const FIRM_AFTER = new Set(
  `services service group inc ltd llc plc corp corporation company co bank hotel hotels kitchen foods motors trucking
  airlines insurance solutions systems technologies consulting staffing stores store retail gmbh ag sa srl club`.split(
    /\s+/,
  ),
);
// "from" a unit, in the languages the service hears ("Ірка з каси", "Dunja z kuchni", "Tomás de almacén").
const FROM = new Set('from з із зі iz из от z ze od vom aus de del da do di dal della dello du des'.split(' '));
const DEEDS = new Set(PERSON_DEEDS);
// Verbs whose object is a person: "I told Kalinda", "ask Tevita", "I reported Adaeze".
const TOLD = new Set('told tell tells asked ask asks warned reported texted emailed thanked'.split(' '));
// "and" in the languages the service hears: a pair of people joined by it.
const AND = new Set('and & y e et und i ta та і й и ak ek og och ve és ja'.split(' '));

interface Hidden {
  written: string;
  folded: string;
  /** Said to be a person's where it was hidden, or a given name or surname of the lists. */
  person: boolean;
  /** Hidden before where the person works or what only a person does (placedAt). */
  placed: boolean;
}

/** `masked` with each hidden name hidden at its mentions in other forms too, and the other of a pair (see above). */
export function hideNamesInEveryForm(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  const hidden = hiddenNames(read, masked, premasked);
  if (hidden.length === 0) return masked;
  let out = masked;
  const tokens = [...read.matchAll(TOKEN.get())];
  const foreign = NOT_ENGLISH_LETTER.get().test(read);
  for (const token of tokens) {
    const written = token[0];
    const start = token.index;
    const end = start + written.length;
    if (MASKED.test(out.slice(start, end)) || !mayBeName(read, out, written, start, end)) continue;
    const folded = fold(written);
    if ([...folded].length < 3) continue;
    const here = placedAt(read, end);
    if (hidden.some((name) => sameNameOtherForm(name, written, folded, here, foreign))) out = hideAt(out, start, end);
  }
  return hidePairs(read, out, premasked);
}

/** The one-word names hidden in `masked`, each part of a name hidden whole. */
function hiddenNames(read: string, masked: string, premasked: string): Hidden[] {
  const found: Hidden[] = [];
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const span = read.slice(start, end);
    if (HANDLE_PART.get().test(span)) continue;
    const cued = personCued(read, start, end) || toldOrAsked(read, start);
    const placed = placedAt(read, end);
    for (const [word] of span.matchAll(TOKEN.get())) {
      const written = word.replace(/['’]s$/u, '');
      const folded = fold(written);
      if ([...folded].length < 3 || NO_SMALL_LETTER.get().test(written) || isWord(written.toLowerCase())) continue;
      found.push({
        written,
        folded,
        person: cued || listed(written.toLowerCase()),
        placed,
      });
    }
  }
  return found;
}

/** Whether `written` (folded `folded`) is `name` in another form: case, marks, or a case ending. */
function sameNameOtherForm(name: Hidden, written: string, folded: string, placed: boolean, foreign: boolean): boolean {
  // Read as a person's: a given name or surname of the lists, a role or person word before it or a deed after it,
  // told or asked ("I told Kalinda"), or before where the person works ("Ірка з каси", "mirela z biura").
  const strong = name.person || name.placed || placed || listed(written.toLowerCase());
  // The same form with its capital: said37's rule hides it where the hidden mention was a person's; here, where a
  // mention stands before where the person works or what only a person does ("Ірка з каси … як [NAME] ховала").
  if (written.toLowerCase() === name.written.toLowerCase())
    return CAPITAL_FIRST.get().test(written) ? !name.person && (name.placed || placed) : strong;
  // Marks dropped or added ("Ngọc … Ngoc", "Thảo … Thao"): English jargon has none; a name of another language.
  if (folded === name.folded) return strong || written !== fold(written) || name.written !== fold(name.written);
  const small = !CAPITAL_FIRST.get().test(written);
  const stem = sharedStem(name.folded, folded);
  if (stem === undefined) return false;
  if (small && [...stem].length < 4) return false;
  const ending = folded.slice(stem.length);
  // Written small, "-s" or "-es" is a plural as often ("ángel … ángeles", "rosa … rosas"): only the name and "s"
  // owns ("nkechis friends").
  if (small && (ending === 'es' || ending === 's') && folded !== `${name.folded}s`) return false;
  // A case ending, in a text of a language that writes letters English has not ("Raimonda … Raimondai", "Агата …
  // Агату"): English text ends its words so too ("Homeopathy … homeopath", "Coating … coatings").
  const declined = [name.folded.slice(stem.length), ending].some((end) => end !== '' && end !== 's');
  return strong || (declined && foreign);
}

/** The stem `a` and `b` share once a case ending is taken off each (three letters at least), if any, and none
 * a Slavic noun's. */
function sharedStem(a: string, b: string): string | undefined {
  const theirs = stems(b);
  const shared = stems(a).filter((stem) => theirs.includes(stem));
  return shared.some(slavicWord) ? undefined : shared[0];
}

function stems(folded: string): string[] {
  endings ??= new Set(`${LATIN_ENDINGS} ${CYRILLIC_ENDINGS}`.split(/\s+/).filter(Boolean).map(fold));
  longestEnding ||= Math.max(...[...endings].map((ending) => ending.length));
  const out = [folded];
  for (let k = 1; k <= longestEnding && folded.length - k >= 3; k++)
    if (endings.has(folded.slice(-k))) out.push(folded.slice(0, -k));
  return out;
}

/** Whether a stem is a Slavic noun's that is a given name too ("віру", "róże", "kaliny"). */
function slavicWord(stem: string): boolean {
  slavicWordStems ??= new Set(SLAVIC_WORD_STEMS.split(/\s+/).filter(Boolean).map(fold));
  return slavicWordStems.has(stem);
}

/** Whether the visible word at [start, end) of `read` may be a name: no word, and not where a thing's name stands. */
function mayBeName(read: string, out: string, written: string, start: number, end: number): boolean {
  const lower = written.toLowerCase();
  if (NO_SMALL_LETTER.get().test(written) || isWord(lower)) return false;
  if (/[\p{L}\p{N}@#_]/u.test(read[start - 1] ?? '') || /[\p{N}_]/u.test(read[end] ?? '')) return false;
  const previous = WORD_BEFORE.get()
    .exec(read.slice(Math.max(0, start - 24), start))?.[1]
    ?.toLowerCase();
  if (previous !== undefined && THING_BEFORE.has(previous)) return false;
  const after = read.slice(end, end + 24);
  const next = WORD_AFTER.get().exec(after)?.[1]?.toLowerCase();
  if (next !== undefined && FIRM_AFTER.has(next)) return false;
  // "Wendys Burgers", "Tims Coffee": a name beside a capitalised word left visible names a firm or a thing.
  const capitalAfter = CAPITAL_WORD_AFTER.get().exec(after);
  return !(capitalAfter && !MASKED.test(out[end + capitalAfter[0].length - 1] ?? ''));
}

/** A word of English or of a language the lists know, a known firm or city, a person word or a proper noun. */
function isWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    isOrdinaryWord(lower) ||
    isEnglishWord(lower) ||
    commonWordLanguages(lower) !== undefined ||
    isPersonWord(lower) ||
    WELL_KNOWN_FIRMS.has(lower) ||
    WELL_KNOWN_CITIES_LATIN.has(lower) ||
    (isProperNoun(lower) && !isGivenName(lower))
  );
}

/** Whether the word ending at `end` of `read` stands before "from" and a word, or before what only a person does. */
function placedAt(read: string, end: number): boolean {
  const after = /^[ \t]+([\p{L}\p{M}]+)[ \t]+\p{L}/u.exec(read.slice(end, end + 40));
  const next =
    after?.[1]?.toLowerCase() ??
    WORD_AFTER.get()
      .exec(read.slice(end, end + 24))?.[1]
      ?.toLowerCase();
  return next !== undefined && ((after !== null && FROM.has(next)) || DEEDS.has(next));
}

/** Whether a verb of telling or asking someone stands just before `start` ("I told Kalinda", "ask Tevita"). */
function toldOrAsked(read: string, start: number): boolean {
  const previous = WORD_BEFORE.get()
    .exec(read.slice(Math.max(0, start - 24), start))?.[1]
    ?.toLowerCase();
  return previous !== undefined && TOLD.has(previous);
}

function listed(lower: string): boolean {
  return isGivenName(lower) || isCommonSurname(lower);
}

/** A capitalised word no one's word, joined by "and" to a hidden name, either side ("Mackenson ak [NAME]"). */
function hidePairs(read: string, masked: string, premasked: string): string {
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    // The hidden one a person by its name or the words before it: not a firm's or a product's ("Zimmer and Biomet",
    // "Cognos and Crystal", "Etica e Sostenibilità").
    const hidden = read.slice(start, end);
    const person =
      (isGivenName(hidden) && !isWordlikeName(hidden)) || personCued(read, start, end) || toldOrAsked(read, start);
    if (!person) continue;
    const before = /([\p{L}\p{M}]+)[ \t]+(\S+)[ \t]+$/u.exec(read.slice(Math.max(0, start - 40), start));
    if (before && AND.has(before[2]!.toLowerCase())) {
      const wordStart = start - before[0].length;
      out = pairedName(read, out, before[1]!, wordStart);
    }
    const after = /^[ \t]+(\S+)[ \t]+([\p{L}\p{M}]+)/u.exec(read.slice(end, end + 40));
    if (after && AND.has(after[1]!.toLowerCase())) {
      const wordStart = end + after[0].length - after[2]!.length;
      out = pairedName(read, out, after[2]!, wordStart);
    }
  }
  return out;
}

function pairedName(read: string, out: string, word: string, start: number): string {
  const end = start + word.length;
  if (MASKED.test(out.slice(start, end)) || !CAPITAL_FIRST.get().test(word) || [...word].length < 3) return out;
  if (!mayBeName(read, out, word, start, end)) return out;
  // "Salt and Pepper", "Marks and Spencer": a capitalised word after another capitalised one left visible is a name's
  // part, not a person.
  const previous = WORD_BEFORE.get().exec(read.slice(Math.max(0, start - 24), start))?.[1];
  if (previous !== undefined && CAPITAL_FIRST.get().test(previous) && !MASKED.test(out[start - 2] ?? '')) {
    const opens = /(?:^|[.!?…:;\n\r])[\s"'“”‘’«»()]*$/u.test(read.slice(0, start - previous.length - 1));
    if (!opens) return out;
  }
  return hideAt(out, start, end);
}

function hideAt(out: string, start: number, end: number): string {
  return out.slice(0, start) + NAME_MARK.repeat(end - start) + out.slice(end);
}

/** Lower case, without marks ("Lucía" → "lucia", "Ngọc" → "ngoc", "Агату" → "агату"). */
function fold(word: string): string {
  return word.normalize('NFD').replace(MARKS.get(), '').toLowerCase().normalize('NFC');
}
