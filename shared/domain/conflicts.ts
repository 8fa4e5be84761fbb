import type { Config, Sponsor } from '../config/schema';
import { detectLanguage } from '../analysis/language';
import { withoutEverydayWords } from './conflict-everyday-words';
import { hiddenWithin, namesRedactionHides } from './conflict-hidden-names';
import { initialsSpans, titledInitialSpans } from './conflict-initials';
import { isEverydayName, type LoneName, readsAsName } from './conflict-name-reading';
import { withinWriterName, writerNameSpans } from './conflict-writer-name';
import { foldForNames, mergeSpans, readings, spanOf, type Reading, type Span } from './name-readings';
import { abjadJoined } from './name-abjad-joins';
import { abjadFirstNameStands } from './name-abjad-words';
import { hanKeyMatches, hanNameKeys, hanWords, hasHan } from './name-han';
import { hangulFirstNameStands, hangulNameKeys, hangulWords, hasHangul } from './name-hangul';
import { devoiced, hasIndic, indicFirstNameStands, indicWords } from './name-indic';
import { hasKana, kanaKeyMatches, kanaNameKeys, kanaSignature, kanaWords } from './name-kana';
import { hebrewUnprefixed } from './name-hebrew-prefixes';
import { hasThai, type MayName, thaiFold, thaiMarked, thaiNameStands, thaiOpensName, thaiWords } from './name-thai';
import { hasOtherScript, hebrewFold, soundKey, type SoundWord, soundWords } from './name-transliteration';
import { givenNameForms, isPetForm, TITLE } from './name-variants';
import { hasPhraseWords, phraseMatches } from './phrase-search';
import { mentionsNumberedSite, roleKindsOf, roleSpans } from './role-words';

/**
 * Which sponsors a report names, read in its raw text before redaction
 * (after it, "[NAME]" says nothing of whom). A sponsor named in a report
 * must never receive it: the case goes around them (`routeAroundConflicts`).
 *
 * A false match only sends a case to the backup, while a missed one hands a
 * report to the person it is about, so matching leans wide: case, accents,
 * leetspeak ("D4na"), letter-spacing ("W h i t f i e l d"), a possessive,
 * a one-letter typo in a long surname. What counts as naming a sponsor:
 * - their full name, their surname (3+ letters), their role in brackets in
 *   the config ("Dana Whitfield (COO)": "the COO"), or one of `aliases`;
 * - their first name with a site that is theirs: the case's own site, or a
 *   site of theirs the text mentions; a sponsor of no particular site
 *   (company-wide) counts as everyone's;
 * - a description of their job ("the head of HR", "le DRH", "the plant 2
 *   manager"), read from their role and `roleWords` (`role-words.ts`), with
 *   a site of theirs as for a first name;
 * - other spellings of their name (`name-variants.ts`): look-alike letters
 *   from other scripts (folded in `name-readings.ts`), pet forms ("Marshy"),
 *   the usual forms of a given name ("Samuel" for Sam), a slip in a surname
 *   of 5+ letters after a title ("Mr Okafr");
 * - their initials used as a person, with a site of theirs as for a first name
 *   ("L.M. took the guard off", "by LM": `conflict-initials.ts`), or the surname's initial after a title
 *   ("Mr. M.", "ms w").
 */

/*
 * A phrase's folded words, split where any spacing or hyphen may stand:
 * kept per phrase (sponsors' names, roles, aliases and sites come from the
 * config, so there are few), as every reading of every report looks for them.
 */
const WORDS_KEPT = 1_000;
const phraseWordsCache = new Map<string, string[]>();
function phraseWords(phrase: string): string[] {
  let words = phraseWordsCache.get(phrase);
  if (!words) {
    words = foldForNames(phrase)
      .split(/[\s-]+/)
      .filter(Boolean);
    if (phraseWordsCache.size >= WORDS_KEPT) phraseWordsCache.clear();
    phraseWordsCache.set(phrase, words);
  }
  return words;
}

/** Whether `phrase` is somewhere in `text` as whole words (any spacing or hyphens between them). */
const hasPhrase = (text: string, phrase: string): boolean => hasPhraseWords(text, phraseWords(phrase));

/** Where `phrase` is in a reading, as spans of the written text. */
function phraseSpans(r: Reading, phrase: string): Span[] {
  return phraseMatches(r.text, phraseWords(phrase)).map((m) => spanOf(r, m.index, m.length));
}

/** Whether a and b differ by at most one letter inserted, removed, changed or two swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The person's name without a role in brackets, and that role. */
function nameParts(sponsor: Sponsor): { personal: string[]; roles: string[] } {
  const roles = [...sponsor.name.matchAll(/\(([^)]+)\)/g)]
    .map((m) => m[1]!.trim())
    .filter((r) => r.length >= 2)
    .concat(sponsor.roleWords ?? []);
  const personal = foldForNames(sponsor.name.replace(/\([^)]*\)/g, ' '))
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
  return { personal, roles };
}

/** Whether `sponsor`'s sites are this case's: theirs by the case's site, by one named in the text, or company-wide. */
function onTheirSite(config: Pick<Config, 'sites'>, sponsor: Sponsor, site: string | undefined, text: string): boolean {
  if (sponsor.sites.length === 0) return true;
  if (site && sponsor.sites.includes(site)) return true;
  return sponsor.sites.some((id) => {
    const named = config.sites.find((s) => s.id === id);
    return (
      hasPhrase(text, id) ||
      (named !== undefined && (hasPhrase(text, named.name) || mentionsNumberedSite(text, foldForNames(named.name))))
    );
  });
}

/** A place the raw text names a sponsor, and, for a first name or surname alone, which (`conflict-name-reading.ts`). */
interface Find {
  span: Span;
  lone?: LoneName;
}

/**
 * Where the raw text names each sponsor it names (see the module's comment),
 * as spans of the text as written: what redaction must hide too, for a name
 * spelled so that only this matcher reads it as one ("L3e M4rsh").
 */
export function sponsorNameSpans(
  config: Pick<Config, 'sponsors' | 'sites'>,
  rawText: string,
  site?: string,
): Map<string, Span[]> {
  const found = new Map<string, Span[]>();
  for (const [id, finds] of sponsorNameFinds(config, rawText, site))
    found.set(id, mergeSpans(finds.map((f) => f.span)));
  return found;
}

function sponsorNameFinds(
  config: Pick<Config, 'sponsors' | 'sites'>,
  rawText: string,
  site?: string,
): Map<string, Find[]> {
  const found = new Map<string, Find[]>();
  if (!rawText) return found;
  const texts = readings(rawText);
  const sounds = soundCandidates(config.sponsors, rawText);
  const words = texts.flatMap((r) =>
    wordsOf(r)
      .filter((w) => w[0].length >= 6)
      .map((w) => ({ r, w })),
  );
  const writtenWord = (span: Span) => foldForNames(rawText.slice(span.start, span.end));
  for (const sponsor of config.sponsors) {
    const { personal, roles } = nameParts(sponsor);
    const first = personal[0];
    const last = personal.length > 1 ? personal.at(-1) : undefined;
    const clear = [...(personal.length > 1 ? [personal.join(' ')] : []), ...roles, ...(sponsor.aliases ?? [])];
    const finds: Find[] = texts.flatMap((r) => clear.flatMap((p) => phraseSpans(r, p).map((span) => ({ span }))));
    const lastAlone = (spans: Span[], word?: string): Find[] =>
      spans.map((span) => ({ span, lone: { part: 'last', word: word ?? writtenWord(span) } }));
    const firstAlone = (spans: Span[], word?: string): Find[] =>
      spans.map((span) => ({ span, lone: { part: 'first', word: word ?? writtenWord(span) } }));
    if (last !== undefined && last.length >= 3)
      for (const r of texts) finds.push(...lastAlone(phraseSpans(r, last), last));
    if (last !== undefined && last.length >= 6) {
      for (const { r, w } of words)
        if (withinOneEdit(w[0], last)) finds.push(...lastAlone([spanOf(r, w.index, w[0].length)]));
    }
    const firstNames = firstNamesOf(personal);
    if (last !== undefined) for (const r of texts) finds.push(...lastAlone(surnameVariantSpans(rawText, r, last)));
    if (last !== undefined && last.length >= 5)
      for (const r of texts)
        finds.push(...lastAlone(withoutEverydayWords(rawText, surnameSlipSpans(r, last, firstNames))));
    const kinds = roleKindsOf(roles.map(foldForNames));
    if (sounds.length && first !== undefined) {
      const theirSite = texts.some((r) => onTheirSite(config, sponsor, site, r.text));
      finds.push(...soundNameSpans(rawText, sounds, firstNames, last, theirSite).map((span) => ({ span })));
    }
    // Their initials used as a person ("L.M. took the guard off", "by LM"), with a site of theirs as a first name.
    if (first !== undefined && last !== undefined && texts.some((r) => onTheirSite(config, sponsor, site, r.text)))
      finds.push(
        ...[...initialsSpans(rawText, first, last), ...titledInitialSpans(rawText, last)].map((span) => ({ span })),
      );
    for (const r of texts) {
      // A first name never matches an everyday word of the text's own language ("me dan asco" is not Dan).
      const byFirstName = firstNames.flatMap((f) => [
        ...firstAlone(withoutEverydayWords(rawText, phraseSpans(r, f)), f),
        ...firstAlone(withoutEverydayWords(rawText, petFormSpans(r, f))),
      ]);
      const theirs = onTheirSite(config, sponsor, site, r.text);
      // Off their site, their first name and their job in one report are them too ("Lee the GM", attack round 22).
      if (!theirs && !byFirstName.length) continue;
      const byRole = kinds.flatMap((kind) =>
        roleSpans(r.text, kind).map((m) => ({ span: spanOf(r, m.index, m.length) })),
      );
      if (theirs || byRole.length) finds.push(...byFirstName, ...byRole);
    }
    if (finds.length) found.set(sponsor.id, finds);
  }
  return found;
}

/**
 * The words of other scripts that may write a sponsor's name, each compared by its sound with every
 * sponsor's (`soundNameSpans`). Scripts that write no spaces are read as overlapping stretches; how many
 * grows with the text, never with its square (at most a few per letter), so a long text is read in time.
 */
export function soundCandidates(sponsors: readonly Sponsor[], rawText: string): SoundWord[] {
  return [
    ...(hasOtherScript(rawText) ? withUnprefixed(rawText, soundWords(rawText)) : []),
    ...(hasKana(rawText) ? kanaWords(rawText) : []),
    ...(hasIndic(rawText) ? indicWords(rawText) : []),
    ...(hasHangul(rawText) ? hangulWords(rawText) : []),
    ...(hasThai(rawText) ? thaiWords(rawText, thaiMayName(sponsors)) : []),
    // Japanese writes foreign names in kana: its Chinese characters are Japanese words.
    ...(hasHan(rawText) ? hanWords(rawText) : []),
  ];
}

/** A sponsor's first name (2+ letters) and its usual forms, as its sound is compared. */
function firstNamesOf(personal: readonly string[]): string[] {
  const first = personal[0];
  return first !== undefined && first.length >= 2 ? [first, ...givenNameForms(first)] : [];
}

/** A name's keys as a syllabic script hears them (`kanaNameKeys`), folded as in `script`, of `min` letters or more. */
const syllabicKeys = (names: readonly string[], script: SoundWord['syllabic'], min: number): string[] =>
  names
    .flatMap((n) =>
      script === 'han' ? hanNameKeys(n) : script === 'hangul' ? hangulNameKeys(n, soundKey) : kanaNameKeys(n, soundKey),
    )
    .map((k) => (script === 'tamil' ? devoiced(k) : script === 'thai' ? thaiFold(k) : k))
    .filter((k) => k.length >= min);

/**
 * Whether a Thai stretch's key may spell a sponsor's name as `soundNameSpans` reads one (a first name,
 * the surname, or both run together): it has the signature of one of their keys (`kanaSignature`).
 * A long run of Thai letters is read as some twenty stretches a letter; only these are compared. A
 * signature only grows with its key: past the longest of the names', or opening with a letter none
 * opens with, no longer stretch from there is one either.
 */
function thaiMayName(sponsors: readonly Sponsor[]): MayName {
  const signatures = new Set<string>();
  for (const sponsor of sponsors) {
    const { personal } = nameParts(sponsor);
    if (personal[0] === undefined) continue;
    const last = personal.length > 1 ? personal.at(-1) : undefined;
    const firsts = syllabicKeys(firstNamesOf(personal), 'thai', 2);
    const lasts = last === undefined ? [] : syllabicKeys([last], 'thai', 3);
    for (const k of [...firsts, ...lasts, ...firsts.flatMap((f) => lasts.map((l) => f + l))])
      signatures.add(kanaSignature(k));
  }
  const longest = Math.max(0, ...[...signatures].map((k) => k.length));
  const openings = new Set([...signatures].map((k) => k.slice(0, 2)));
  return (key) => {
    const signature = kanaSignature(key);
    if (signatures.has(signature)) return 'yes';
    return signature.length > longest || !openings.has(signature.slice(0, 2)) ? 'never' : 'no';
  };
}

/**
 * The ids of the sponsors the raw text names (see the module's comment): the
 * sponsors a case goes around. Every name found is hidden (`namedSpans`), but
 * not every one moves the case: the writer's own name ("my name is dave
 * okafor", "thanks, sam", "- marsh") is no report about a sponsor who shares it
 * (`conflict-writer-name.ts`), and a first name or surname alone that is also
 * an everyday word counts only where it reads as the name
 * (`conflict-name-reading.ts`) or, for a surname, where the redactor, reading
 * the text alone, hides it as a name (`conflict-hidden-names.ts`). A route around a sponsor is stored, so each
 * of those would tell whoever reads the table which sponsor a hidden word was.
 */
export function sponsorsNamedIn(config: Pick<Config, 'sponsors' | 'sites'>, rawText: string, site?: string): string[] {
  const found = sponsorNameFinds(config, rawText, site);
  if (!found.size) return [];
  const writer = writerNameSpans(rawText, mergeSpans([...found.values()].flat().map((f) => f.span)));
  let language: string | undefined;
  const guess = () => (language ??= detectLanguage(rawText));
  let hidden: Span[] | undefined;
  const redactorHides = (span: Span) => hiddenWithin(span, (hidden ??= namesRedactionHides(rawText)));
  const moves = (find: Find, finds: readonly Find[]) =>
    !withinWriterName(find.span, writer) &&
    (!find.lone ||
      !isEverydayName(find.lone, guess) ||
      readsAsName(
        rawText,
        find.span,
        finds.map((f) => f.span),
        guess,
      ) ||
      // A surname only: the redactor hides a given name that is also a word on its lists alone ("Rosa es el color").
      (find.lone.part === 'last' && redactorHides(find.span)));
  return [...found].filter(([, finds]) => finds.some((f) => moves(f, finds))).map(([id]) => id);
}

/**
 * Every span of the raw text that names a sponsor, merged, in order, with the names the redactor finds in the text
 * as written. These spans are hidden before the redactor reads the text, and a hidden sponsor's first name takes
 * away what the redactor reads a person by: "my coworker dana kowalewski" (a sponsor called Dana) kept
 * "kowalewski", "山田さん" (さん read as a sponsor Sam) kept "山田". So whatever it hides reading the text alone is
 * hidden with them; it reads the text twice only when a sponsor is named.
 */
export const namedSpans = (config: Pick<Config, 'sponsors' | 'sites'>, rawText: string, site?: string): Span[] => {
  const sponsors = [...sponsorNameSpans(config, rawText, site).values()].flat();
  return mergeSpans(sponsors.length > 0 ? [...sponsors, ...namesRedactionHides(rawText)] : sponsors);
};

/**
 * The raw text with each span that names a sponsor replaced by the name
 * placeholder, before anything else reads it: redaction keeps a placeholder
 * as it is, so no spelling the matcher reads as a sponsor is ever stored.
 */
export function maskSponsorNames(config: Pick<Config, 'sponsors' | 'sites'>, rawText: string, site?: string): string {
  let out = rawText;
  for (const { start, end } of namedSpans(config, rawText, site).reverse())
    out = `${out.slice(0, start)}[NAME]${out.slice(end)}`;
  return out;
}

/**
 * The words (letters and digits) of a reading, found once per reading: every sponsor's every first-name form
 * is compared with them, so a long text of many short words ("1 1 1 …", a flood's padding) is not split
 * again for each (it was ~15 ms a text, ten times over, on the analysis lane).
 */
const wordsOfReading = new WeakMap<Reading, RegExpExecArray[]>();
function wordsOf(r: Reading): RegExpExecArray[] {
  let words = wordsOfReading.get(r);
  if (words === undefined) {
    words = [...r.text.matchAll(/[\p{L}\p{N}]+/gu)];
    wordsOfReading.set(r, words);
  }
  return words;
}

/** Pet forms of `name` as words of a reading ("marshy", "sammy"), as written spans. */
const petFormSpans = (r: Reading, name: string): Span[] =>
  wordsOf(r)
    .filter((w) => isPetForm(w[0], name))
    .map((w) => spanOf(r, w.index, w[0].length));

/**
 * The surname as a pet form, or when it has 5+ letters: with a one-letter slip after a title ("Mr Okafr", "Sra. Marhs"),
 * cut short after a title ("Ms. Whit"), or cut short with a pet ending ("Whitty").
 */
function surnameVariantSpans(raw: string, r: Reading, last: string): Span[] {
  const spans = petFormSpans(r, last);
  if (last.length < 5) return spans;
  spans.push(...clippedPetFormSpans(r, last).filter((span) => /^\p{Lu}/u.test(raw.slice(span.start, span.end))));
  for (const m of r.text.matchAll(AFTER_TITLE_CLIPPED)) {
    const word = m[1]!;
    const clipped = word.length >= 3 && word.length < last.length && last.startsWith(word);
    if (clipped || (word.length >= 4 && withinOneEdit(word, last)))
      spans.push(spanOf(r, m.index + m[0].length - word.length, word.length));
  }
  return spans;
}

/*
 * Attack round 22: a long surname is said short, after a title ("Ms. Whit", "Mr Oka") or with a pet ending on its
 * first letters, written with its capital as a name is ("Whitty" for Whitfield, "Marsy" for Marsh: "whitey" is a
 * slur about many). A stem of four letters at least, so a short word that merely begins the same way ("Mar", "Oka")
 * counts only after a title.
 */
const AFTER_TITLE_CLIPPED = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE}\\.?\\s+(\\p{L}{3,})(?![\\p{L}\\p{N}])`, 'gu');
const CLIPPED_PET_ENDING = /^(?:y|ie|ey|sy|sie|ster)$/u;

function clippedPetFormSpans(r: Reading, last: string): Span[] {
  const spans: Span[] = [];
  for (const w of wordsOf(r)) {
    const word = w[0];
    for (let stem = 4; stem < last.length; stem += 1) {
      if (!word.startsWith(last.slice(0, stem))) break;
      let rest = word.slice(stem);
      // "whit" + "ty": the stem's last letter doubled before the ending.
      if (rest.length > 1 && rest[0] === last[stem - 1]) rest = rest.slice(1);
      if (CLIPPED_PET_ENDING.test(rest)) {
        spans.push(spanOf(r, w.index, word.length));
        break;
      }
    }
  }
  return spans;
}

/**
 * A surname of 5+ letters with a slip anywhere: one letter too many ("Marsch",
 * "Marshe", "Marrsh", "Okafore") or one changed that sounds alike ("Okafer");
 * with a first name of theirs just before it. A letter left out, or changed
 * to another sound, is not read outside a title: "Mars", "Mash" and "Harsh"
 * are words.
 */
function surnameSlipSpans(r: Reading, last: string, firstNames: readonly string[]): Span[] {
  const spans: Span[] = [];
  const key = soundKey(last);
  for (const w of r.text.matchAll(/\p{L}+/gu)) {
    const word = w[0];
    if (word === last || word.length < last.length || word.length > last.length + 1) continue;
    // One edit at most: sound keys alone merge vowels too freely ("Myers" keys as Marsh).
    if (!withinOneEdit(word, last) || (word.length === last.length && soundKey(word) !== key)) continue;
    spans.push(spanOf(r, w.index, word.length));
    const before = r.text.slice(0, w.index).match(/(\p{L}+)[\s.-]*$/u);
    if (before && firstNames.includes(before[1]!)) spans.push(spanOf(r, before.index!, before[1]!.length));
  }
  return spans;
}

/**
 * The sponsor's name written in another script ("Ли Марш", "Λι Μαρς", "لي مارش",
 * "リー・マーシュ", "ली मार्श", "리 마쉬", "ลี มาร์ช", "马什"), compared by sound (`name-transliteration.ts`,
 * `name-kana.ts`, `name-indic.ts`, `name-hangul.ts`, `name-thai.ts`, `name-han.ts`):
 * the surname anywhere (a one-letter slip allowed in a long one), with the first
 * name before it hidden too; the first name alone on a site of theirs, written
 * with its capital (Cyrillic "ли" is a word), in kana, or in an Indic script,
 * Hangul, Arabic or Hebrew script where it is no frequent word or stands where
 * a name does (`name-abjad-words.ts` and the modules above). Scripts that seldom write vowels are compared on
 * consonants.
 */
function soundNameSpans(
  raw: string,
  words: readonly SoundWord[],
  firstNames: readonly string[],
  last: string | undefined,
  theirSite: boolean,
): Span[] {
  // "Michael" is Майкл: an English ch may be a k.
  const firstKeys = new Set(
    firstNames.flatMap((f) => [soundKey(f), soundKey(f.replace(/ch/g, 'k'))]).filter((k) => k.length >= 2),
  );
  const lastKey = last === undefined ? undefined : soundKey(last);
  const lastSkeleton = lastKey?.replace(/a/g, '');
  // Syllabic scripts (kana, Indic, Hangul) compared by `kanaKeyMatches`, with the name's keys as each script hears it.
  // Kept per script and name: Thai and Chinese text is read as many overlapping stretches.
  const keysKept = new Map<string, string[]>();
  // The names whose keys are kept: the first names, the surname, the name itself (`names` is one of these).
  const named = new Map<readonly string[], string>();
  const syllableKeys = (w: SoundWord, names: readonly string[], min: number): string[] => {
    let which = named.get(names);
    if (which === undefined) {
      which = names.join(' ');
      named.set(names, which);
    }
    const id = `${w.syllabic ?? 'kana'}|${min}|${which}`;
    let keys = keysKept.get(id);
    if (!keys) {
      keys = syllabicKeys(names, w.syllabic, min);
      keysKept.set(id, keys);
    }
    return keys;
  };
  const lastNames = last === undefined ? [] : [last];
  // The surname's keys, alone or after a first name's ("ダナホイットフィールド"), kept per script as the keys are.
  const surnameKeys = (w: SoundWord): string[] => {
    const id = `${w.syllabic ?? 'kana'}|surname`;
    let keys = keysKept.get(id);
    if (!keys) {
      const lasts = syllableKeys(w, lastNames, 3);
      const firsts = syllableKeys(w, firstNames, 2);
      keys = [...lasts, ...firsts.flatMap((f) => lasts.map((l) => f + l))];
      keysKept.set(id, keys);
    }
    return keys;
  };
  // Keys of another signature never spell each other (`kanaSignature`): most pairs are told apart by it at once.
  const signatures = new Map<string, string>();
  const signatureOf = (key: string) => {
    let signature = signatures.get(key);
    if (signature === undefined) {
      signature = kanaSignature(key);
      signatures.set(key, signature);
    }
    return signature;
  };
  // Whether a key spells one of `keys`, once per key: a long run of one syllable ("马什马什…") has few keys.
  const spelled = new WeakMap<readonly string[], Map<string, boolean>>();
  const spells = (w: SoundWord, keys: readonly string[]) => {
    let known = spelled.get(keys);
    if (!known) {
      known = new Map();
      spelled.set(keys, known);
    }
    const id = `${w.syllabic === 'han' ? 'han' : 'kana'}|${w.key}`;
    let yes = known.get(id);
    if (yes === undefined) {
      yes = keys.some((k) =>
        w.syllabic === 'han'
          ? hanKeyMatches(w.key, k)
          : signatureOf(w.key) === signatureOf(k) && kanaKeyMatches(w.key, k),
      );
      known.set(id, yes);
    }
    return yes;
  };
  const isFirst = (w: SoundWord) =>
    w.afterPrefix
      ? false
      : w.kana
        ? spells(w, syllableKeys(w, firstNames, 2))
        : firstKeys.has(w.key) || (w.abjad && [...firstKeys].some((k) => abjadSpells(w, k)));
  // Syllables may run first name and surname together ("ダナホイットフィールド").
  const isLast = (w: SoundWord) => {
    if (!w.kana)
      return (
        lastKey !== undefined &&
        lastKey.length >= 3 &&
        (w.key === lastKey ||
          // A slip only where vowels are written: an abjad word's vowels are guesses already ("كاميرا" is no Romero).
          (!w.abjad && lastKey.length >= 5 && withinOneEdit(w.key, lastKey)) ||
          (w.abjad && lastSkeleton!.length >= 3 && abjadSkeletonSpells(w, lastKey)))
      );
    // One Chinese character is no surname: 马 is a horse, and Ma a Chinese surname.
    if (last === undefined || (w.syllabic === 'han' && w.span.end - w.span.start < 2)) return false;
    if (w.syllabic === 'thai' && !thaiSurnameStands(w)) return false;
    return spells(w, surnameKeys(w));
  };
  // Thai runs its words together, and a short surname is a syllable of many: one counts where a name opens
  // (after a space or a title), a short one only as a word of its own, a long one anywhere, or one of five
  // letters written with a silent letter (ผมร้องเรียนเรื่องมาร์ตินค่ะ has none, เรื่องโอคาฟอร์ค่ะ does).
  const thaiSurnameStands = (w: SoundWord) =>
    lastKey!.length < 4
      ? thaiNameStands(raw, w.span)
      : thaiOpensName(raw, w.span) || lastKey!.length >= 6 || (lastKey!.length >= 5 && thaiMarked(raw, w.span));
  // Alone in a syllabic, Arabic or Hebrew script, only the name itself: its other forms spell too many words there
  // (Leona is "לינו", on us; Leon is "ライン", a line).
  const own = firstNames[0];
  const ownNames = own === undefined ? [] : [own];
  const ownKeys = own === undefined ? [] : [soundKey(own)];
  const aloneStands = (w: SoundWord) => {
    if (w.kana && (own === undefined || !spells(w, syllableKeys(w, ownNames, 2)))) return false;
    if (w.syllabic === 'hangul') return hangulFirstNameStands(raw, w.span);
    if (w.syllabic === 'thai') return thaiNameStands(raw, w.span);
    // Chinese characters spell a first name alone too often (李 is Lee, and a Chinese surname).
    if (w.syllabic === 'han') return false;
    if (w.syllabic) return indicFirstNameStands(raw, w.span);
    if (w.kana) return true;
    return w.capital || (w.abjad && ownKeys.some((k) => abjadSpells(w, k)) && abjadFirstNameStands(raw, w.span, own!));
  };
  // Each word's place in `words` by where it ends: a surname looks only at the words that end just before it.
  const endingAt = new Map<number, number[]>();
  words.forEach((w, i) => {
    const places = endingAt.get(w.span.end);
    if (places) places.push(i);
    else endingAt.set(w.span.end, [i]);
  });
  const spans: Span[] = [];
  words.forEach((w, i) => {
    if (isLast(w)) {
      spans.push(w.span);
      // Just before a surname, an Arabic-script first name's consonants suffice (بانن, Banan, its vowels unwritten).
      const nearFirst = (b: SoundWord) =>
        isFirst(b) ||
        (!b.kana && [...firstKeys].some((k) => k.length >= 4 && withinOneEdit(b.key, k))) ||
        (b.abjad && [...firstKeys].some((k) => k.length >= 3 && oneEach(k.replace(/a/g, '')) === oneEach(b.skeleton)));
      // Any word just before: a run of hiragana is read several ways (with and without its particles).
      const before: number[] = [];
      for (let end = w.span.start - 3; end <= w.span.start; end++)
        for (const j of endingAt.get(end) ?? []) if (j < i) before.push(j);
      for (const j of before.sort((a, b) => a - b)) if (nearFirst(words[j]!)) spans.push(words[j]!.span);
    } else if (theirSite && isFirst(w) && aloneStands(w)) spans.push(w.span);
  });
  return spans;
}

/**
 * Whether an Arabic or Hebrew word's key spells a name's key: the same
 * consonants in order, and each vowel it writes one the name has there
 * (vowels may go unwritten; "إلى" is no Lee, its vowel comes first).
 */
function abjadSpells(w: SoundWord, nameKey: string): boolean {
  const [word, name] = w.hebrew ? [hebrewFold(w.key), hebrewFold(nameKey)] : [w.key, nameKey];
  if (!opensAsName(word, name)) return false;
  let j = 0;
  for (const ch of word) {
    while (j < name.length && name[j] !== ch && name[j] === 'a') j++;
    if (name[j] !== ch) return false;
    j++;
  }
  return name.slice(j).replace(/a/g, '') === '';
}

/**
 * Whether an Arabic or Hebrew word's consonants are a surname's, in order (vowels are seldom written, so
 * theirs are not compared), and the word opens with a vowel where the name does.
 */
function abjadSkeletonSpells(w: SoundWord, nameKey: string): boolean {
  const [word, name] = w.hebrew ? [hebrewFold(w.key), hebrewFold(nameKey)] : [w.key, nameKey];
  return opensAsName(word, name) && oneEach(word.replace(/a/g, '')) === oneEach(name.replace(/a/g, ''));
}

/**
 * A name opening with a vowel is written with a letter for it (א or ע, ا or ع: "אוקפור" Okafor), so a
 * word without one is another word ("כפר" a village, "כבר" already).
 */
/** Letters written twice in a row as once: a vowel left unwritten between two alike leaves them side by side. */
const oneEach = (skeleton: string): string => skeleton.replace(/(.)\1+/g, '$1');

const opensAsName = (word: string, name: string): boolean => !name.startsWith('a') || word.startsWith('a');

const withUnprefixed = (raw: string, words: SoundWord[]): SoundWord[] => [
  ...words,
  ...hebrewUnprefixed(raw, words),
  ...abjadJoined(raw, words),
];
