import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { isOrdinaryWord } from './redact-names-lookup';
import { ALL_STOPWORDS, PARTICLES, PERSON_DEEDS, ROLE_CUES, TITLES } from './redact-names-words';
import { isCommonSurname } from './surnames';
import { STOPWORDS } from './language';
import { isPersonWord } from './self-descriptions';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';
import { lazyPattern } from './lazy-pattern';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { recentPattern } from './recent-patterns';

/*
 * said37: a name hidden at one mention is the same person at the others, however little the words around them say
 * ("I've worked with Ed for a year. Last week Ed grabbed me", "Trabajo con Chuy. El lunes Chuy me empujó", "Ask
 * Kofi. @Kofi stop ignoring me", "Tariq's fault", "Thorstens Witze"): each mention was read alone, and one left
 * visible points at the person the other hid. Run once every rule has hidden what it knows and every give-back has
 * returned what is no person, so only what stays hidden spreads.
 *
 * Where a wrong find would spread, it does not (over every eval row, a first version hid firms at each mention:
 * "Celadon", "Paycom", "Kelly Services", "T-Mobile", and slang hidden once: "ive", "yall", "plz"):
 * - a word for a person or a group ("Muslim", "Irish", "Rohingya"), a firm or city everyone knows, a place or
 *   product of the dictionary that is no given name, a word in capitals ("MAXIMO", "ED") or with a capital inside
 *   ("SSgA", "MetroPCS"; not "McNerney"), a handle's parts ("@hazel_gomez01"), a particle ("de");
 * - a name no list knows, or one that is a word too, unless a hidden mention was said to be a person's: a role, a
 *   title or a person word before it ("my supervisor Xolani", "el capataz Yeferson", "na si Jhunrey"), what only a
 *   person does after it, or a given name beside it; nor such a word the writer also writes small, unhidden
 *   ("Adjusters … the adjusters");
 * - a mention after "the", "this" …, after "St", "San", "Fort" …, beside a capitalised word left visible or before
 *   "services", "group" … ("Kelly Services", "Zoes Kitchen", "AJ Bell", "the Charlotte office");
 * - a name that is a word too ("Will", "May", "Art", "Rose", "al"): not after "a", "no", "my" …, nor before "of",
 *   nor opening a sentence unless what only a person does comes next ("Will we get paid?", "Mark the pallets",
 *   "Hunter boots"; an English sentence may open with "Al is", "Al and"), a month not where a date stands ("in
 *   May"), written small only before what only a person does ("may said no");
 * - written small, only a listed name of four letters or more that is no word ("darnell", "jutta"), or any before
 *   what only a person does.
 * An ending after the name is a case only where the whole is no word and no other name ("Thorstens", "Grzegorzowi",
 * not "Marks" for "Mark" nor "Anna" for "Ann").
 */

const NAME_MARK = mask('NAME', 1);
const HANDLE_PART = lazyPattern(String.raw`[_\p{N}]`, 'u');
const LETTER = lazyPattern(String.raw`[\p{L}\p{M}\p{N}]`, 'u');
const NO_SMALL_LETTER = lazyPattern(String.raw`^[^\p{Ll}]*$`, 'u');
const CAPITAL_INSIDE = lazyPattern(String.raw`\p{Ll}\p{Lu}`, 'u');
const SURNAME_CAPITAL_INSIDE = lazyPattern(String.raw`^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le)\p{Lu}\p{Ll}+$`, 'u');
const CAPITAL_FIRST = lazyPattern(String.raw`^\p{Lu}`, 'u');
const TOKEN = lazyPattern(String.raw`[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*`, 'gu');
// A case ending after a name: German and Dutch genitive "-s", Polish "-owi", "-em", "-a", "-u", "-ie", "-ą", "-ę",
// Finnish "-n", "-lle", "-lta", "-lla", Hungarian "-nak", "-nek".
const CASE_ENDINGS = new Set(['s', 'owi', 'em', 'a', 'u', 'ie', 'ą', 'ę', 'y', 'n', 'lle', 'lta', 'lla', 'nak', 'nek']);
// English words before a thing, never before a person's name ("the Charlotte office", "this Kelly thing").
const ARTICLES = new Set('the this that these those an every each another such whose'.split(' '));
// "a", "no", "some", "any", "what", "which" before a name that is a word: the word ("a Christian", "no Hope").
const WORD_ARTICLES = new Set('a no some any what which my your our their his her its'.split(' '));
// A saint's or a place's name: "St. Louis", "San José", "Fort William", "Port Elizabeth".
const PLACE_BEFORE = new Set('st saint ste san santa santo são sao fort port mount mt lake cape'.split(' '));
const CALENDAR = new Set('jan jun june may april august summer autumn avril abril'.split(' '));
const DATE_WORDS = new Set(
  `in on since until till til by from of before after during through early late mid last next this every each end
  start between around en im seit bis ab dans depuis desde hasta em w od do de`.split(/\s+/),
);
const DEEDS = new Set(PERSON_DEEDS);
// "Kelly services", "Celadon trucking": a firm's name before what it is.
const FIRM_AFTER = new Set(
  `services service group inc ltd llc plc corp corporation company co bank hotel hotels kitchen foods motors trucking
  airlines insurance solutions systems technologies consulting staffing stores store retail gmbh ag sa srl`.split(
    /\s+/,
  ),
);
const OPENING_NAME_NEXT = new Set('is was has had and from in at'.split(' '));
// Tagalog's markers of a person's name, and "named", "called": after them, a hidden word was a person's.
const NAMED_AFTER = new Set('si ni kay sina nina kina named called'.split(' '));
const WORD_BEFORE = lazyPattern(String.raw`([\p{L}\p{M}'’]+)(\.?)[ \t]+$`, 'u');
const WORD_AFTER = lazyPattern(String.raw`^(?:['’]s)?[ \t]+([\p{L}\p{M}]+)`, 'u');
const CAPITAL_AFTER = lazyPattern(String.raw`^[ \t]*[-–]?[ \t]*(?:\p{Lu}|[0-9])`, 'u');
const OPENS_SENTENCE = /(?:^|[.!?…:;\n\r])[\s"'“”‘’«»()[\]*•-]*$/u;

interface Name {
  lower: string;
  /** A word of some language as well as a name ("will", "rosa", "art", "al"). */
  word: boolean;
  /** A word of English ("will", "art"): after a full stop, English opens sentences with it. */
  english: boolean;
  /** A given name or surname the lists know ("kwame", "priyanka"), or one of two letters ("ed", "ty"); no word. */
  known: boolean;
  calendar: boolean;
}

/** `masked` with each name it hides, hidden at its other mentions in `read` too (see above). */
export function hideNamesAtEveryMention(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  const names = namesHidden(read, masked, premasked);
  if (names.length === 0) return masked;
  let out = masked;
  const lowerRead = read.toLowerCase();
  for (const name of names) {
    // Most names are said once: the pattern is made only where the name is written twice.
    const first = lowerRead.indexOf(name.lower);
    if (first < 0 || lowerRead.indexOf(name.lower, first + 1) < 0) continue;
    const mention = recentPattern(
      String.raw`(?<![\p{L}\p{M}\p{N}_#-])(${escaped(name.lower)})(\p{L}{0,3})(?![\p{L}\p{M}\p{N}]|-\p{L})`,
      'giu',
    );
    for (const m of read.matchAll(mention)) {
      const start = m.index;
      const end = start + m[1]!.length;
      const ending = m[2]!;
      if (MASKED.test(out.slice(start, end + ending.length))) continue;
      if (!sameName(name, m[1]!, ending) || !saidAsName(read, out, name, m[1]!, ending, start, end + ending.length))
        continue;
      out = out.slice(0, start) + NAME_MARK.repeat(end - start) + out.slice(end);
    }
  }
  return out;
}

/** The one-word names hidden in `masked` (not before the rules: a sponsor's name is found by its own reader). */
function namesHidden(read: string, masked: string, premasked: string): Name[] {
  const found = new Map<string, Name>();
  const cued = new Set<string>();
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const hidden = read.slice(start, end);
    // "@hazel_gomez01": a handle's parts are no name said again.
    if (HANDLE_PART.get().test(hidden)) continue;
    const tokens = [...hidden.matchAll(TOKEN.get())].map(([token]) => token.replace(/['’]s$/, ''));
    // "Kwame Mensah", not "T-Mobile C-Level": a full name holds a given name.
    const fullName = tokens.length > 1 && tokens.some((t) => isGivenName(t.toLowerCase()) && !isWordlikeName(t));
    const personHere = fullName || personCued(read, start, end);
    for (const word of tokens) {
      const lower = word.toLowerCase();
      if (personHere) cued.add(lower);
      // "de", "van", "al" in "Ana de la Fuente", "Omar al Amin": a particle alone is no one.
      if (found.has(lower) || (tokens.length > 1 && PARTICLES.has(lower)) || !spreads(word, lower)) continue;
      const isWord =
        ALL_STOPWORDS.has(lower) ||
        isWordlikeName(lower) ||
        isOrdinaryWord(lower) ||
        isEnglishWord(lower) ||
        commonWordLanguages(lower) !== undefined;
      found.set(lower, {
        lower,
        word: isWord,
        english: isEnglishWord(lower) || STOPWORDS.en!.has(lower),
        known: !isWord && (isGivenName(lower) || isCommonSurname(lower) || [...lower].length <= 2),
        calendar: CALENDAR.has(lower),
      });
    }
  }
  // A name no list knows, or one that is a word too, spreads only where the sentence said it was a person's: a
  // firm's name hidden once by mistake ("Run away from Celadon") is not hidden at every mention.
  // Nor a word the writer also writes small where no rule hid it ("Adjusters … the adjusters"): theirs is the word.
  return [...found.values()].filter(
    (name) =>
      (name.known || cued.has(name.lower)) &&
      (name.known || isGivenName(name.lower) || !writtenSmallVisible(read, masked, name.lower)),
  );
}

/** Whether `read` holds `lower` written small, as a word, where `masked` does not hide it. */
function writtenSmallVisible(read: string, masked: string, lower: string): boolean {
  for (let at = read.indexOf(lower); at >= 0; at = read.indexOf(lower, at + 1)) {
    const around = `${read[at - 1] ?? ' '}${read[at + lower.length] ?? ' '}`;
    if (!LETTER.get().test(around) && !MASKED.test(masked.slice(at, at + lower.length))) return true;
  }
  return false;
}

/** Whether the words around the hidden [start, end) of `read` say it is a person. */
export function personCued(read: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.get().exec(read.slice(Math.max(0, start - 24), start));
  const previous = before?.[1]?.toLowerCase();
  const next = WORD_AFTER.get()
    .exec(read.slice(end, end + 24))?.[1]
    ?.toLowerCase();
  if (next !== undefined && DEEDS.has(next)) return true;
  if (previous === undefined) return false;
  // "Sr. Adjusters" is a title's; "employees. Paycom has" ends a sentence.
  if (before![2]) return TITLES.has(previous);
  const cue = (w: string) => ROLE_CUES.has(w) || TITLES.has(w) || NAMED_AFTER.has(w) || isPersonWord(w);
  if (cue(previous)) return true;
  // "le chef d'équipe Kylian": a role with what it heads.
  const headed = /^d['’]/.test(previous)
    ? WORD_BEFORE.get().exec(read.slice(Math.max(0, start - 40), start - previous.length - 1))
    : null;
  return headed !== null && cue(headed[1]!.toLowerCase());
}

/** Whether a word hidden as a name may be hidden at its other mentions. */
function spreads(word: string, lower: string): boolean {
  if ([...word].length < 2 || NO_SMALL_LETTER.get().test(word)) return false;
  // "SSgA", "DoD", "MetroPCS", "TransUnion": a capital inside a word is a firm's or a thing's, unless a surname
  // begins so ("McNerney", "O'Brien", "DeShawn").
  if (CAPITAL_INSIDE.get().test(word) && !SURNAME_CAPITAL_INSIDE.get().test(word)) return false;
  if (isPersonWord(word) || WELL_KNOWN_FIRMS.has(lower) || WELL_KNOWN_CITIES_LATIN.has(lower)) return false;
  return !isProperNoun(lower) || isGivenName(lower);
}

/** Whether `form` and `ending` as written are the name, not another word that begins with it. */
function sameName(name: Name, form: string, ending: string): boolean {
  if (!ending) return true;
  const whole = (form + ending).toLowerCase();
  return (
    CASE_ENDINGS.has(ending.toLowerCase()) &&
    [...name.lower].length >= 3 &&
    !ALL_STOPWORDS.has(name.lower) &&
    CAPITAL_FIRST.get().test(form) &&
    !isGivenName(whole) &&
    !isOrdinaryWord(whole) &&
    !isEnglishWord(whole) &&
    !isProperNoun(whole)
  );
}

/** Whether the mention at [start, end) of `read` is the name, by its capital and the words around it. */
function saidAsName(
  read: string,
  out: string,
  name: Name,
  form: string,
  ending: string,
  start: number,
  end: number,
): boolean {
  // "ED", "MAY": capitals say nothing of what a word is.
  if (form === form.toUpperCase()) return false;
  const before = read.slice(Math.max(0, start - 24), start);
  const after = read.slice(end, end + 24);
  const previousMatch = WORD_BEFORE.get().exec(before);
  const previous = previousMatch?.[1]?.toLowerCase();
  const next = WORD_AFTER.get().exec(after)?.[1]?.toLowerCase();
  const deedNext = next !== undefined && DEEDS.has(next);
  if (next !== undefined && FIRM_AFTER.has(next)) return false;
  const capital = CAPITAL_FIRST.get().test(form);
  if (previous !== undefined && (ARTICLES.has(previous) || PLACE_BEFORE.has(previous))) return false;
  // "Kelly Services", "Zoes Kitchen", "Crystal Star", "AJ Bell", "Nike Gear": a name beside a capitalised word
  // left visible is part of a firm's, a place's or a thing's name; a person's full name would have been hidden whole.
  const capitalAfter = CAPITAL_AFTER.get().exec(after);
  if (capital && !ending && capitalAfter && !MASKED.test(out[end + capitalAfter[0].length - 1] ?? '')) return false;
  if (capital && previousMatch && CAPITAL_FIRST.get().test(previousMatch[1]!)) {
    const previousStart = start - (before.length - previousMatch.index);
    if (!OPENS_SENTENCE.test(read.slice(Math.max(0, previousStart - 8), previousStart))) return false;
  }
  // "Thorstens", "Grzegorzowi": a name with its case ending is no word (sameName).
  if (ending) return capital;
  if (!capital)
    return (name.known && !name.word && [...name.lower].length > 3) || (deedNext && !ARTICLES.has(previous ?? ''));
  if (!name.word) return true;
  if (previous !== undefined && WORD_ARTICLES.has(previous)) return false;
  if (next === 'of') return false;
  if (name.calendar && ((previous !== undefined && DATE_WORDS.has(previous)) || /^[ \t]*[.,]?[ \t]*\d/.test(after)))
    return false;
  if (!OPENS_SENTENCE.test(before) || deedNext) return true;
  // "Al is my lead", "Al and I": a name no English word, opening an English sentence before what a person is.
  return !name.english && next !== undefined && OPENING_NAME_NEXT.has(next);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
