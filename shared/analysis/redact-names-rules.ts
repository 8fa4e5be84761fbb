import { isSlavicPastAfterRole, isVerbNotName } from './redact-names-verb-shapes';
import { isShorthandOrContraction } from './redact-names-lower-cued';
import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import {
  couldBeName,
  isCommonWordHere,
  isCompoundOnly,
  isEnglishWordOnly,
  isOrdinaryWord,
  isProperWord,
  isUnknownWord,
} from './redact-names-lookup';
import { commonWordLanguages, isClosedClassWord } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isDutchOfTheWorkplace } from './redact-names-dutch-of-the';
import { type Context, type Word, isAllCaps, joined, spaced } from './redact-names-reading';
import { isPlacePart } from './redact-names-places';
import { isPluralAbbreviation } from './redact-names-plural-abbreviations';
import { isGermanicVerbAfterName } from './redact-names-germanic-verbs';
import { isSentenceVerbForm, mayFollowPerson, personFollows, personOpens } from './redact-names-verb-forms';
import {
  isVietnameseDateNumber,
  isKinshipWord,
  isVietnameseFamilyName,
  vietnameseKinshipNameEnd,
  vietnameseNameEnd,
} from './redact-names-vietnamese';
import {
  ALL_STOPWORDS,
  CUES_BY_LAST_WORD,
  DEPARTMENTS,
  DETERMINERS,
  LOWER_CASE_RISKY,
  NOT_A_NAME_HERE,
  NOT_NAMES,
  ORDINARY_CAPITALISED,
  PARTICLES,
  PERSON_VERBS,
  PLACE_WORDS,
  ROLE_CUES,
  TITLES,
  WEAK_PERSON_WORDS,
  WORDLIKE_TITLES,
} from './redact-names-words';
import { WORDS } from './lexicon';
import { hasPolishSurnameShape, isCommonSurname, isWordlikeSurname } from './surnames';
import { isNoSurnameAfterUkrainianName } from './redact-names-ukrainian-latin';
import { lazyPattern } from './lazy-pattern';

/* Where a name starts and how far it runs, from what the word is and where it stands. */

const SAINTS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'sankt', 'st', 'ste']);

// Letters only Vietnamese writes: a lower-case word with one is a syllable of Vietnamese, whatever name its bare letters spell.
const VIETNAMESE_LETTERS = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

// Degrees and posts written before a name after a title ("Herr Prof. Dr.", "Frau Mag.", "Herr Dipl.-Ing.").
const DEGREES = new Set(['dr', 'prof', 'mag', 'ing', 'dipl', 'dipl.-ing', 'doz', 'dkfm', 'di', 'mmag']);

/** If a name starts at word `k`, the index of its last word. */
export function nameEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];

  // "Col. Crédito Constructor", "C.P.", "Ciudad de México", "St. Louis": a place, its label or its name.
  if (isPlacePart(context, k)) return undefined;
  // Attack round 29: "mistr zbil Janu", "kierownik uderzył": what the role did is no name.
  if (k > 0 && isSlavicPastAfterRole(words[k - 1]!.lower, word.text, next?.text)) return undefined;
  // "Dr. Patel", "Herr Becker", "mr patel": the title goes too (but see isRelativeAfterPossessive).
  // Blind round 15: a title written small before an everyday word written small is a word of that language:
  // Indonesian "dr" is "dari" (from), "aku dewi dr gudang".
  // Blind round 16: German writes every name and noun with a capital, so after "Frau"/"Herr" a word written small is
  // what the sentence goes on with ("Svens Frau arbeitet in der Personalabteilung").
  const germanTitle = word.lower === 'frau' || word.lower === 'herr';
  const smallBeforeEveryday =
    (word.text === word.lower || germanTitle) &&
    !!next &&
    next.text === next.lower &&
    /^[ \t]+$/.test(next.gap) &&
    // Not a surname's particle: "mevrouw de vries".
    !PARTICLES.has(next.lower) &&
    (germanTitle ? !!commonWordLanguages(next.lower)?.has('de') : !!moreEverydayLanguages(next.lower)) &&
    !isGivenName(next.lower);
  // Blind round 27 (and 26's "Frau Dr. Hinterseer"): a title before a degree's ("Herr Prof. Dr. Lindqvist", "Frau Mag.
  // Pichler"): the name is after the last of them.
  if (TITLES.has(word.lower) && next && /^\.?[ \t]+$/.test(next.gap) && DEGREES.has(next.lower) && next.capitalised) {
    const end = nameEnd(context, k + 1);
    if (end !== undefined) return end;
  }
  if (TITLES.has(word.lower) && next && /^\.?[ \t]+$/.test(next.gap) && !smallBeforeEveryday) {
    const capitalisedName =
      next.capitalised &&
      !NOT_NAMES.has(next.lower) &&
      (!isOrdinaryWord(next.lower) ||
        capitalAfterApostrophe(next) ||
        isGivenName(next.lower) ||
        isCommonSurname(next.lower) ||
        isProperNoun(next.lower) ||
        namedLikeAPlace(context, k + 1));
    // "don Ernesto" but not "don't"; "pan Kowalski" but not "the pan": a title that is also a word needs a capital after it.
    // Polish writes "pan kowalski" small too: after "pan" a surname the lists know or shaped as Polish ones are is a name.
    const polishSurname =
      (word.lower === 'pan' || word.lower === 'pana') &&
      ((isCommonSurname(next.lower) && !isWordlikeSurname(next.lower)) || hasPolishSurnameShape(next.lower));
    const nextIsName =
      // Blind round 27: with its abbreviation's dot ("il sig. bianchi") the title is no word, whatever its case.
      WORDLIKE_TITLES.has(word.lower) && !word.capitalised && !word.text.endsWith('.')
        ? capitalisedName || polishSurname
        : capitalisedName || couldBeName(next);
    let n = k + 1;
    while (PARTICLES.has(words[n]?.lower ?? '') && words[n + 1] && spaced(words[n + 1]!)) n++;
    // "Mr. van der Merwe", and written small after a title that is no word ("mrs. de la cruz", "mr van den bosch").
    const smallSurname = n > k + 1 && !WORDLIKE_TITLES.has(word.lower) && isSurnameAfterParticles(words, k, n);
    if (smallSurname) return n;
    // "mr. b keeps yelling", "mrs k from payroll": a surname's initial alone is the person too ("a" and "i" are words).
    // Not a state's capitals before a sentence's "I" ("Jackson, MS. I keep …").
    if (
      !WORDLIKE_TITLES.has(word.lower) &&
      !isAllCaps(word.text.replace(/\.$/u, '')) &&
      /^\p{L}$/u.test(next.text) &&
      !/^[ai]$/i.test(next.text) &&
      // r37: Polish "pani z kasy", "pani w kasie" (the lady from, at the till): a preposition of one letter, small.
      !(/^pan(?:i|a|u|ią)?$/u.test(word.lower) && /^[zwouk]$/u.test(next.text))
    )
      return k + 1;
    const particleName = n > k + 1 && words[n]!.capitalised;
    if (nextIsName || particleName) return surnameEnd(context, k + 1);
  }
  // "J.Smith", "R. Okafor": one initial, then a name. Two or more initials
  // ("J.P. Morgan", "J.C. Penney") make a company's name more often than a person's.
  // Not "N. Vermont" or "St. Louis": a compass point, or a place after the initial.
  if (
    word.initial &&
    !/^[NSEW]$/.test(word.text) &&
    !words[k - 1]?.initial &&
    next &&
    /^[ \t]?$/.test(next.gap) &&
    next.capitalised &&
    next.text.length >= 2 &&
    !NOT_NAMES.has(next.lower)
  ) {
    if (
      isCommonSurname(next.lower) ||
      isGivenName(next.lower) ||
      capitalAfterApostrophe(next) ||
      (!isOrdinaryWord(next.lower) && !isProperNoun(next.lower))
    )
      return surnameEnd(context, k + 1);
  }
  // "J. R. Okafor", "A. M. Kowalczyk": initials a space apart, then a name (not "J.P. Morgan").
  if (word.initial && !words[k - 1]?.initial && next?.initial && /^[ \t]+$/.test(next.gap)) {
    let n = k + 1;
    while (words[n + 1]?.initial && /^[ \t]+$/.test(words[n + 1]!.gap)) n++;
    const surname = words[n + 1];
    if (
      surname &&
      /^[ \t]+$/.test(surname.gap) &&
      surname.capitalised &&
      surname.text.length >= 2 &&
      !NOT_NAMES.has(surname.lower) &&
      (isCommonSurname(surname.lower) || (!isOrdinaryWord(surname.lower) && !isProperNoun(surname.lower)))
    )
      return surnameEnd(context, n + 1);
  }
  // "Smith, J.", "OKAFOR, J. R.": a surname, a comma, and initials.
  if (
    word.capitalised &&
    word.text.length >= 2 &&
    next?.initial &&
    /^[ \t]*,[ \t]*$/.test(next.gap) &&
    !NOT_NAMES.has(word.lower) &&
    (isCommonSurname(word.lower) || (!isOrdinaryWord(word.lower) && !isProperNoun(word.lower)))
  ) {
    let n = k + 1;
    while (words[n + 1]?.initial && /^[ \t]*$/.test(words[n + 1]!.gap)) n++;
    return n;
  }
  if (initialsBefore(words, k) >= 2 && cueBefore(words, k) !== 'strong') return undefined;
  // Blind round 13: "chị Thu bên kho": after a Vietnamese kinship word "Thu" is a name, not Thursday's short form.
  if (NOT_NAMES.has(word.lower) && k > 0 && isKinshipWord(words[k - 1]!.lower))
    return vietnameseKinshipNameEnd(context, k);
  if (NOT_NAMES.has(word.lower) || word.text.length < 2 || TITLES.has(word.lower)) return undefined;
  if (isBrandCompound(word.text) || isVietnameseDateNumber(words, k) || CONTRACTION.get().test(word.lower))
    return undefined;
  // "San Bruno", "Santa Rosa", "São Paulo": a saint's name is a place or a feast.
  if (k > 0 && SAINTS.has(words[k - 1]!.lower) && spaced(word)) return undefined;

  if (partOfTitledRole(context, k)) return undefined;

  const vietnamese = vietnameseNameEnd(words, k) ?? vietnameseKinshipNameEnd(context, k);
  if (vietnamese !== undefined) return vietnamese;

  const cue = cueHere(context, k);
  const end = nameEndByWord(context, k, cue);
  // Asked only of a word some rule took for a name: the guard guesses the language, which most texts never need.
  // After a role ("el jefe le dijo") only a pronoun or article stays the word: "el jefe dan" may be Dan. After a word
  // that introduces a person ("con Clara del turno"), a capital says the name.
  if (
    end !== undefined &&
    isCommonWordHere(context, word) &&
    (cue === undefined ||
      (cue === 'weak' && !word.capitalised) ||
      (!word.capitalised && isClosedClassWord(context.language, word.lower)))
  )
    return undefined;
  // "Hemos despejado…", "Avons-nous…": a verb or adverb opening a Spanish or French sentence, unless a title or role says otherwise.
  if (end !== undefined && cue !== 'strong' && isSentenceVerbForm(context, word)) return undefined;
  return end;
}

/*
 * Most words of most texts are everyday words ("the", "shift", "Always"), and nameEnd asks each some twenty
 * questions before it says no. Every rule of nameEnd that can take a lower-case word needs it to be a title
 * ("mr patel"), a Vietnamese family name ("nguyen van an"), a known given name or surname, or a word that is nothing
 * known (isUnknownWord). With a capital the rules also take an initial ("J. Smith"), any word after a Vietnamese
 * kinship word ("chị Hương"), a word that is no everyday word (not ordinary or not English, a place or brand, or
 * hyphenated, whose parts are read apart), and after a title or role any capitalised word but a function word or one
 * that is no name ("supervisor Temple"): a capitalised English function word, or one in capitals, that is none of
 * the rest starts no name. So a word that is none of these starts no name wherever it stands, and maskNames skips
 * it. Apart from the initial and the kinship word that is a fact of the word alone, kept per word. A new rule of nameEnd must widen
 * this test (test/unit/analysis/redact-names-screen.test.ts asks both of every word of the redaction sets).
 */
const startsNoNameMemo = new Map<string, boolean>();

/** Whether the word starts no name, whatever stands around it but the word before (then nameEnd is undefined). */
export function startsNoName(word: Word, previous: Word | undefined): boolean {
  if (word.initial || (word.capitalised && previous && isKinshipWord(previous.lower))) return false;
  let known = startsNoNameMemo.get(word.text);
  if (known === undefined) {
    // Bounded: a flood of invented words must not grow it without end.
    if (startsNoNameMemo.size > 20_000) startsNoNameMemo.clear();
    known = isPlainlyNoName(word);
    startsNoNameMemo.set(word.text, known);
  }
  return known;
}

function isPlainlyNoName(word: Word): boolean {
  const { lower } = word;
  if (isPluralAbbreviation(word.text)) return true;
  if (TITLES.has(lower) || isVietnameseFamilyName(lower) || isGivenName(lower) || isCommonSurname(lower)) return false;
  if (!word.capitalised) return !isUnknownWord(word);
  // After a title or a role even an ordinary capitalised word may be the person ("supervisor Temple", "manager
  // Chapel yelled": namedLikeAPlace), unless it is a function word or no name at all ("my manager The").
  return (
    (isAllCaps(word.text) || NOT_NAMES.has(lower) || ALL_STOPWORDS.has(lower)) &&
    !lower.includes('-') &&
    isEnglishWord(lower) &&
    isOrdinaryWord(lower) &&
    !isProperNoun(lower)
  );
}

/** The rules that read the word itself and its neighbours, once no title, initial or Vietnamese name has spoken. */
function nameEndByWord(context: Context, k: number, cue: 'strong' | 'weak' | undefined): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];
  const given = isGivenName(word.lower);
  const surname = isCommonSurname(word.lower);
  if (cue === 'strong') {
    if (
      word.capitalised &&
      !isAllCaps(word.text) &&
      (couldBeName(word) || !isEnglishWord(word.lower) || namedLikeAPlace(context, k))
    )
      return surnameEnd(context, k);
    // "mgr TAYLOR", "supervisor KOWALSKI", but not "mgr TEAM", "manager ASDA" (capitals
    // are acronyms more often than names) or "MANAGER WILL FIRE US".
    if (isAllCaps(word.text) && word.text.length >= 3) {
      const shouting = !!next && isAllCaps(next.text);
      const plainName = (given && !isWordlikeName(word.lower)) || (surname && !isWordlikeSurname(word.lower));
      if (plainName || ((given || surname) && !shouting)) return surnameEnd(context, k);
    }
    if (
      !word.capitalised &&
      ((given && !isWordlikeName(word.lower) && !LOWER_CASE_RISKY.has(word.lower)) ||
        (surname && !isWordlikeSurname(word.lower)) ||
        (word.text.length >= 4 && isUnknownWord(word) && context.english && !isShorthandOrContraction(word.lower)))
    ) {
      return surnameEnd(context, k);
    }
  }
  if (cue === 'weak' && word.capitalised && !word.sentenceStart && couldBeName(word)) return surnameEnd(context, k);

  if (given) return givenNameEnd(context, k);
  if (surname && word.capitalised && !isAllCaps(word.text) && !context.titleCase) {
    const personNext = (next && spaced(next) && PERSON_VERBS.has(next.lower)) || roleAfter(words, k);
    if (!isWordlikeSurname(word.lower) && (!word.sentenceStart || personNext || !next)) return surnameEnd(context, k);
    if (isWordlikeSurname(word.lower) && personNext && !word.sentenceStart && !isEnglishWord(word.lower))
      return surnameEnd(context, k);
  }
  if (isFullName(context, k)) return surnameEnd(context, k);
  if (personOpens(context, k)) return surnameEnd(context, k);
  // "Dimitrios Papadopoulos is...": a word that is nothing known, then a surname, even at the start.
  if (
    word.capitalised &&
    !isAllCaps(word.text) &&
    next &&
    spaced(next) &&
    next.capitalised &&
    isCommonSurname(next.lower) &&
    !isWordlikeSurname(next.lower) &&
    isUnknownWord(word) &&
    !isNearEnglishWord(word.lower)
  )
    return surnameEnd(context, k);
  // "Every night Fairweather leaves the gate open": two words run together, used as a person.
  if (
    word.capitalised &&
    !word.sentenceStart &&
    !context.titleCase &&
    next &&
    spaced(next) &&
    PERSON_VERBS.has(next.lower) &&
    !WEAK_PERSON_WORDS.has(next.lower) &&
    isCompoundOnly(word.lower)
  )
    return surnameEnd(context, k);
  if (word.capitalised && isUnknownWord(word) && !context.titleCase) {
    // The text's language (German capitalises every noun) is asked only of a word the rule took for a name:
    // most fail its cheaper tests first, and the guess costs more than all of them.
    const end = loneCapitalEnd(context, k);
    return end !== undefined && !context.nounCapitals ? end : undefined;
  }
  // Whether the word is strange is asked last but for the language: most words fail a cheaper test first.
  if (
    !word.capitalised &&
    word.lower.length >= 5 &&
    actsSoon(words, k) &&
    (isUnknownWord(word) || (surname && !isWordlikeSurname(word.lower))) &&
    context.english &&
    !isNearEnglishWord(word.lower)
  )
    return surnameEnd(context, k);
  return undefined;
}

/*
 * People whose surname is an institution or a place ("Mr Church", "Ms Court", "supervisor Temple", "manager Bank"):
 * after a title or a role, such a word is the person, unless "of" makes it the institution's name ("manager Bank of
 * Ireland") or the role is capitalised mid-sentence, part of a thing's name ("more in the Admin Field"). Any other
 * ordinary word there is the person when what follows is something only a person does ("Manager Chapel yelled",
 * "Mrs Hospital shouted"); not "Mr Bean is funny", nor a pronoun ("the CEO, She said"). After a given name, only
 * the words people are called by ("Sarah Bank told me", not "Anna University told me"), before such a deed.
 */
const PERSON_PLACE_SURNAMES =
  `church chapel temple abbey court hall bank house tower castle bridge street lane field hill
  wood park mill gate garden green ford`.split(/\s+/);
const SURNAMES_OF_PLACES = new Set(PERSON_PLACE_SURNAMES);
const PLACE_SURNAMES = new Set([...PERSON_PLACE_SURNAMES, 'school', 'college', 'hospital', 'market', 'station']);

/** A verb only a person does right after word `n` ("told", "shouted"; not "is", "has"). */
function actsNext(words: readonly Word[], n: number): boolean {
  const after = words[n + 1];
  return !!after && spaced(after) && PERSON_VERBS.has(after.lower) && !WEAK_PERSON_WORDS.has(after.lower);
}

function namedLikeAPlace(context: Context, k: number): boolean {
  const [before, word, after] = [context.words[k - 1], context.words[k]!, context.words[k + 1]];
  if (!word.capitalised || isAllCaps(word.text) || NOT_NAMES.has(word.lower) || ALL_STOPWORDS.has(word.lower))
    return false;
  // A role written with its capital mid-sentence names a thing with the word after it ("the Admin Field").
  const roleInATitle = !!before && before.capitalised && !before.sentenceStart && !TITLES.has(before.lower);
  if (PLACE_SURNAMES.has(word.lower)) return after?.lower !== 'of' && !roleInATitle;
  return actsNext(context.words, k);
}

/*
 * A role written with its capital, as job titles are ("La Responsable Qualité", "O Gerente Geral", "Il Responsabile
 * Logistica", "El Gerente Comercial"): the capitalised word after it that reads as a department or an adjective of
 * the other languages (its ending says so) is the rest of the title, unless it is a known given name or surname
 * ("el Gerente Vidal") or what a person does follows ("el Gerente Cabral grita").
 */
const DEPARTMENT_ENDING =
  /(?:eral|erale|ial|ción|ciones|ção|ções|zione|zioni|tion|idad|idade|ità|ité|ico|ica|ique|icos|icas|ivo|iva|ivos|if|ive|ario|aria|aire|eiro|eira|ista|ería|erie)$/u;

function partOfTitledRole(context: Context, k: number): boolean {
  const [previous, word] = [context.words[k - 1], context.words[k]!];
  return (
    !!previous &&
    previous.capitalised &&
    word.capitalised &&
    spaced(word) &&
    ROLE_CUES.has(previous.lower) &&
    DEPARTMENT_ENDING.test(word.lower) &&
    !isGivenName(word.lower) &&
    !isCommonSurname(word.lower) &&
    // Asked last, as it reads the language: "el Gerente Cabral grita" is a person, whatever the ending.
    !personFollows(context, context.words[k + 1])
  );
}

/*
 * "meine Frau Kim": after a German possessive "Frau" is the writer's wife, not a title, and stays as written with
 * the name after it hidden ("meine Frau [NAME]"), as "meine Tochter [NAME]" does; the title's rule still says the
 * next word is a name.
 */
const GERMAN_POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer)(?:e|er|em|en|es)?$/u;

export function isRelativeAfterPossessive(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  return (
    (words[k]!.lower === 'frau' || words[k]!.lower === 'herr') &&
    !!before &&
    GERMAN_POSSESSIVE.test(before.lower) &&
    /^[ \t]+$/u.test(words[k]!.gap)
  );
}

/*
 * The surname written small after a title or a given name and its particles ("mr. van der merwe", "mrs. de la
 * cruz", "klaus von stein"). After English's titles any particle leads to it; after the others only those no Romance language also uses as "of" or
 * "the": "la sra. de la limpieza" is the cleaning lady, "el dr. de guardia" the doctor on call.
 */
const NAME_ONLY_PARTICLES = new Set(['van', 'von', 'ter', 'ten', 'vom', 'zu', 'der', 'den']);
const ENGLISH_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'mister']);

function isSurnameAfterParticles(words: readonly Word[], before: number, surname: number): boolean {
  const word = words[surname]!;
  const chain = words.slice(before + 1, surname).map((w) => w.lower);
  const particlesSayName =
    ENGLISH_TITLES.has(words[before]!.lower.replace(/\.$/u, '')) || NAME_ONLY_PARTICLES.has(chain[0]!);
  return (
    particlesSayName &&
    /^\p{Ll}[\p{Ll}'’-]+$/u.test(word.text) &&
    !ALL_STOPWORDS.has(word.lower) &&
    !PARTICLES.has(word.lower) &&
    !PERSON_VERBS.has(word.lower) &&
    !NOT_NAMES.has(word.lower) &&
    // "Ms St aint no …": a word of English there is the sentence going on, unless it is a surname too ("berg").
    (!isEnglishWord(word.lower) || isCommonSurname(word.lower)) &&
    !isShorthandOrContraction(word.lower)
  );
}

/** "N'Diaye", "N'Golo": a capital after the apostrophe is no elided "n'" or "l'" ("n'est", "l'atelier"). */
function capitalAfterApostrophe(word: Word): boolean {
  return /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(word.text);
}

// An English contraction is a verb, never a name, whatever the dictionary holds of it: "hasn't", "haven't", "we've".
const CONTRACTION = lazyPattern(String.raw`\p{L}(?:n['’]t|['’](?:ve|re|ll|m))$`, 'u');

/*
 * "WhatsApp", "PowerPoint", "SharePoint", "TechNews": two English words run together, each with its capital, the
 * first of four letters or more, the second no small word ("WaqasThe"), name a product or a topic. A name's own inner capital follows a short
 * head ("McDonald", "MacKenzie", "DeShawn", "LaToya", "DiCaprio"), and a name run together ("JohnSmith",
 * "BarackObama", "ThomTillis": a surname is no English word) is still a name.
 */
const RUN_TOGETHER = lazyPattern(String.raw`^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$`, 'u');

function isBrandCompound(text: string): boolean {
  const parts = RUN_TOGETHER.get().exec(text);
  if (!parts) return false;
  const [head, tail] = [parts[1]!.toLowerCase(), parts[2]!.toLowerCase()];
  const english = (w: string) => isEnglishWord(w) || ORDINARY_CAPITALISED.has(w);
  return (
    (english(head) || (head.endsWith('s') && english(head.slice(0, -1)))) &&
    english(tail) &&
    !ALL_STOPWORDS.has(tail) &&
    !isGivenName(head) &&
    !isCommonSurname(head) &&
    !isGivenName(tail) &&
    !isCommonSurname(tail)
  );
}

/** How many initials ("J.", "P.") come right before word `k`. */
function initialsBefore(words: Word[], k: number): number {
  let n = 0;
  while (k - n - 1 >= 0 && words[k - n - 1]!.initial && /^[ \t]?$/.test(words[k - n]!.gap)) n++;
  return n;
}

/** "SMITH, JOHN", "Kowalczyk, Anna": the given name at `k` follows its surname and a comma. */
export function surnameFirst(words: Word[], k: number): boolean {
  const [previous, word] = [words[k - 1], words[k]!];
  if (
    !previous ||
    !/^[ \t]*,[ \t]*$/.test(word.gap) ||
    !isGivenName(word.lower) ||
    NOT_NAMES.has(previous.lower) ||
    previous.text.length < 2
  )
    return false;
  const sameCase = isAllCaps(previous.text)
    ? isAllCaps(word.text)
    : previous.capitalised && word.capitalised && !isAllCaps(word.text);
  return (
    sameCase && (isCommonSurname(previous.lower) || (!isOrdinaryWord(previous.lower) && !isProperNoun(previous.lower)))
  );
}

const DEFINITE_ARTICLES = new Set([
  'the',
  'el',
  'la',
  'los',
  'las',
  'le',
  'les',
  'il',
  'lo',
  'der',
  'die',
  'das',
  'o',
  'os',
]);

/** "kowalczyk on nights keeps grabbing people": a verb people do follows within a few words, in the same clause. */
function actsSoon(words: Word[], k: number): boolean {
  for (let n = k + 1; n <= k + 4 && words[n] && !/[.,;:!?]/.test(words[n]!.gap); n++) {
    if (PERSON_VERBS.has(words[n]!.lower) && !WEAK_PERSON_WORDS.has(words[n]!.lower)) return true;
  }
  return false;
}

/** "Kevin", "kevin", "Will" (the word or the name): a known given name. */
function givenNameEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];
  if (word.capitalised || isAllCaps(word.text)) {
    if (!isWordlikeName(word.lower)) return surnameEnd(context, k);
    // "It WILL", "AJ Bell": capitals for emphasis, or part of a company's name.
    if (isAllCaps(word.text) || (words[k - 1] && isAllCaps(words[k - 1]!.text) && spaced(word))) return undefined;
    // "the Grace period", "an Iris scanner": after an English article or possessive the word is the thing, unless a
    // surname or what a person does follows ("the Will Smith film" keeps its reading below).
    // The language asked last: it is a guess of the whole text, the rest a look at the word before.
    const afterDeterminer = () =>
      !word.sentenceStart && spaced(word) && DETERMINERS.has(words[k - 1]?.lower ?? '') && context.english;
    // "Will you...", "Grace period": an ordinary word unless mid-sentence or followed by a surname.
    const surname = next && spaced(next) && next.capitalised && couldBeName(next) && !isGivenName(next.lower);
    const actsLikePerson =
      next &&
      spaced(next) &&
      ((PERSON_VERBS.has(next.lower) && !WEAK_PERSON_WORDS.has(next.lower)) ||
        (['in', 'from'].includes(next.lower) && DEPARTMENTS.has(words[k + 2]?.lower ?? '')) ||
        // "Amparo siempre llega tarde", "Nieves nos trata": a name that is a word elsewhere, then what a person does.
        (personFollows(context, next) && !context.english));
    if (surname || actsLikePerson) return surnameEnd(context, k);
    if (!word.sentenceStart && !context.titleCase && !afterDeterminer()) return surnameEnd(context, k);
    return undefined;
  }
  // Lower case, as texts often are: only names that are no other word, nor a Vietnamese syllable ("lực", "leo").
  // Two letters only with an accent: "zé", never "ed" or "al".
  if (
    (word.lower.length >= 3 || !/^[a-z]*$/.test(word.lower)) &&
    !isWordlikeName(word.lower) &&
    !LOWER_CASE_RISKY.has(word.lower) &&
    !VIETNAMESE_LETTERS.test(word.lower)
  )
    return surnameEnd(context, k);
  return undefined;
}

/**
 * A capitalised word that is no word at all: a surname alone ("supervisor
 * Okonkwo" has a cue; "Okonkwo hit me" has none). Mid-sentence that is
 * enough, unless the words around it name a thing ("the Kaizen board", "Gate
 * 4", "Kronos Workforce"). At the start of a sentence a capital says nothing,
 * so there the word must be followed by English and not be a slip of an
 * English word ("Exellent place").
 */
function loneCapitalEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const word = words[k]!;
  const next = words[k + 1];
  const before = words[k - 1];
  if (word.numberAfter) return undefined;
  if (before && !word.sentenceStart && spaced(word) && DETERMINERS.has(before.lower)) return undefined;
  // "el Corte Inglés", "the Golden Nugget": a capital after a definite article and a capitalised word that is no name
  // is the rest of a thing's name ("a Zac Efron", "that Gigi Hadid": a person, whom no definite article names).
  const thingBefore = words[k - 2];
  if (
    before &&
    thingBefore &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    DEFINITE_ARTICLES.has(thingBefore.lower) &&
    !before.sentenceStart &&
    spaced(word) &&
    spaced(before) &&
    !isGivenName(before.lower) &&
    !isCommonSurname(before.lower) &&
    !TITLES.has(before.lower) &&
    !ROLE_CUES.has(before.lower)
  )
    return undefined;
  if (
    next &&
    spaced(next) &&
    next.capitalised &&
    !isAllCaps(next.text) &&
    isOrdinaryWord(next.lower) &&
    !PERSON_VERBS.has(next.lower)
  )
    return undefined;
  if (roleAfter(words, k)) return surnameEnd(context, k);
  // "working at Aldi", "in Rochdale": after these a capital is a place or a company more often than a person.
  if (!word.sentenceStart) return before && PLACE_WORDS.has(before.lower) ? undefined : surnameEnd(context, k);
  // Opening a sentence, the word needs what a person does after it, in English or in some other language: asked
  // before the language, as most capitals opening a sentence are followed by neither.
  if (!(next && spaced(next) && PERSON_VERBS.has(next.lower)) && !mayFollowPerson(next)) return undefined;
  if (!context.english) return personFollows(context, next) ? surnameEnd(context, k) : undefined;
  if (isNearEnglishWord(word.lower)) return undefined;
  return next && spaced(next) && PERSON_VERBS.has(next.lower) ? surnameEnd(context, k) : undefined;
}

/**
 * "harassed by Priyanka Venkataraman": two capitalised words that are no
 * ordinary word, mid-sentence, are a first name and a surname, unless the
 * words around them say they name a place or a thing.
 */
function isFullName(context: Context, k: number): boolean {
  const { words } = context;
  const first = words[k]!;
  const second = words[k + 1];
  const before = words[k - 1];
  // Every rule below needs a capital on the first word: asked first, as it is the cheapest.
  if (!first.capitalised) return false;
  if (context.titleCase || !second || !spaced(second) || !isProperWord(second)) return false;
  // "Bartholomew Quigley": a first word known as a proper noun, then a word that is nothing known.
  if (!isProperWord(first) && !(first.capitalised && isProperNoun(first.lower) && isUnknownWord(second))) return false;
  if (
    first.sentenceStart &&
    !((isUnknownWord(first) || isProperNoun(first.lower)) && isUnknownWord(second) && context.english)
  )
    return false;
  if (before && spaced(first) && (DETERMINERS.has(before.lower) || (isProperWord(before) && !before.sentenceStart)))
    return false;
  let last = k + 1;
  while (words[last + 1] && spaced(words[last + 1]!) && isProperWord(words[last + 1]!)) last++;
  // Asked last: it guesses the text's language.
  return last - k <= 2 && !words[last]!.numberAfter && !context.nounCapitals;
}

/**
 * A name goes on while the next words belong to it: "Sarah Jones", "Van der
 * Berg", and in lower case "dave kowalczyk", "jane smith" (a known surname,
 * or no word of English) after a given name.
 */
/*
 * German "vom" is also "from the": "der olli vom wareneingang" is Olli from goods-in, not a noble surname. Written
 * small before a part of the workplace it is where the person works; before anything else ("klaus vom stein") it stays
 * a name's particle, so a surname is never given back on a guess.
 */
const GERMAN_UNITS_AFTER_VOM = new Set(
  `wareneingang warenausgang lager hochregal versand einkauf verkauf vertrieb empfang band fliessband flie\u00dfband werk
  hof bau b\u00fcro buero labor service kundendienst kundenservice personal fuhrpark stapler tor zoll wachdienst
  sicherheitsdienst schichtdienst nachtdienst fr\u00fchdienst fruehdienst sp\u00e4tdienst spaetdienst putzdienst reinigungsdienst
  parkplatz kommissionieren kommissionierung verpacken packen schalter kassenbereich backshop markt`.split(/\s+/),
);

export function fromTheUnit(particle: Word, next: Word): boolean {
  // Round 32: capitalised too, as German writes every noun ("Olli vom Wareneingang klaut"): the list is the test.
  return particle.lower === 'vom' && GERMAN_UNITS_AFTER_VOM.has(next.lower);
}

export function surnameEnd(context: Context, k: number): number {
  const { words } = context;
  let end = k;
  let smallParticles = false;
  for (let n = k + 1; n <= k + 3; n++) {
    const w = words[n];
    if (!w || !spaced(w)) break;
    // "Pedro de la Col. Roma", "Juan de Ciudad Juárez": where they are from is no more of the name.
    if (isPlacePart(context, n)) break;
    // "Olli vom Wareneingang": where the person works ends the name, whatever its case.
    if (words[n + 1] && fromTheUnit(w, words[n + 1]!)) break;
    // "Anna van Dijk", and written small after a given name: "piet van der berg" (a particle only names take).
    if (
      PARTICLES.has(w.lower) &&
      words[n + 1] &&
      spaced(words[n + 1]!) &&
      (words[n + 1]!.capitalised ||
        PARTICLES.has(words[n + 1]!.lower) ||
        (NAME_ONLY_PARTICLES.has(w.lower) && isGivenName(words[end]!.lower)))
    ) {
      smallParticles ||= !words[n + 1]!.capitalised;
      continue;
    }
    // Blind round 12: "Femke van de nachtploeg", "jeroen van inkoop": Dutch says where the person works.
    if (
      n > end + 1 &&
      isDutchOfTheWorkplace(
        words.slice(end + 1, n).map((p) => p.lower),
        w.lower,
        context.language,
      )
    )
      break;
    // After them, whatever is written small is the surname they lead to ("klaus von stein").
    if (smallParticles && n > end + 1 && isSurnameAfterParticles(words, end, n)) {
      end = n;
      break;
    }
    // "Sarah Bank told me", "Liam Church shouted": a surname that is a place's word, a person's verb after it.
    const afterGiven =
      isGivenName(words[end]!.lower) &&
      words[end]!.capitalised &&
      (!ORDINARY_CAPITALISED.has(w.lower) || (SURNAMES_OF_PLACES.has(w.lower) && actsNext(words, n)));
    const capitalisedName =
      w.capitalised &&
      (!isAllCaps(w.text) || isAllCaps(words[end]!.text)) &&
      !NOT_NAMES.has(w.lower) &&
      !ALL_STOPWORDS.has(w.lower) &&
      !(WORDS.get(w.lower)?.valence ?? 0) &&
      !PERSON_VERBS.has(w.lower) &&
      !ROLE_CUES.has(w.lower) &&
      (!isOrdinaryWord(w.lower) || isCommonSurname(w.lower) || isGivenName(w.lower) || afterGiven);
    const lowerSurname =
      !w.capitalised &&
      !context.titleCase &&
      // A capitalised first name is followed by a capitalised surname: after "Martin" a lower-case word is the next word ("le chef Martin exagère").
      (isCommonSurname(w.lower) || (isUnknownWord(w) && !words[end]!.capitalised)) &&
      !ALL_STOPWORDS.has(w.lower) &&
      !PERSON_VERBS.has(w.lower) &&
      // "kuzenim emre burada çalışıyor": a word of the languages the language guess does not read ("burada", "aici").
      !NOT_A_NAME_HERE.has(w.lower) &&
      // Round 34 (ra34 R22): "maria doesnt get breaks", "brittany didnt": a verb's "n't" written without its
      // apostrophe is what the person did, no surname.
      !isShorthandOrContraction(w.lower) &&
      // Blind round 25: "kaisa varastolta", "mikko varastolta": Finnish says where someone is from with a case ending.
      !FINNISH_PLACE_CASE.get().test(w.lower) &&
      // Blind round 26: "esimies jukka huutaa meille", "juht tõnu karjub": what the person does, in Finnish or Estonian.
      !FINNIC_VERB.get().test(w.lower) &&
      // Attack round 29: "mehmet dövdü beni", "ustabaşı mehmet geldi": what the person did is no surname.
      !isVerbNotName(w.lower, words[n + 1]?.text) &&
      !(k > 0 && isSlavicPastAfterRole(words[k - 1]!.lower, w.text, words[n + 1]?.text)) &&
      isGivenName(words[end]!.lower) &&
      // said38: "vovan znovu pryishov", "kateryna plakala": Ukrainian in Latin letters, in no word list.
      !isNoSurnameAfterUkrainianName(words[end]!.lower, w.lower) &&
      !isEnglishWordOnly(w) &&
      !isCommonWordHere(context, w) &&
      // "o zé ameaçou": what a person does is no surname.
      !personFollows(context, w) &&
      // "peter werkt hier", "mit dana gesprochen": a German, Dutch or Swedish verb.
      !isGermanicVerbAfterName(context, w);
    if (!capitalisedName && !lowerSurname) break;
    end = n;
  }
  return end;
}

// Finnish's third person ends in a doubled vowel ("huutaa", "sanoo", "tekee"), Estonian's in "b" after a consonant and
// a vowel ("karjub", "ütleb"); no surname the service hears so ends ("Ayoub", "Habib" do not).
const FINNIC_VERB = lazyPattern(String.raw`^\p{L}{3,}(?:aa|ää|ee|oo|öö|uu|yy)$|^\p{L}{2,}[^aeiouõäöü][ue]b$`, 'u');

// The Finnish "from", "at" and "in" endings (-lta, -ltä, -llä, -ssä, -stä) no surname takes.
const FINNISH_PLACE_CASE = lazyPattern(String.raw`\p{L}{3}(?:lta|ltä|llä|ssä|stä)$`, 'u');

/** "Ramirez, my supervisor, ...": a role named right after the word, after a comma. */
function roleAfter(words: Word[], k: number): boolean {
  const [a, b] = [words[k + 1], words[k + 2]];
  if (!a || !/^\s*,\s*$/.test(a.gap)) return false;
  return ROLE_CUES.has(a.lower) || (!!b && DETERMINERS.has(a.lower) && ROLE_CUES.has(b.lower));
}

/*
 * Tagalog marks a person's name with its own articles: "si Marites", "ni
 * Jericho", "kay Efren", "sina Arnel at Rommel". In a Tagalog text they are
 * as strong as a title ("si" is "if" in Spanish, "ni" "nor": only there).
 */
const TAGALOG_PERSON_MARKERS = new Set(['si', 'ni', 'kay', 'sina', 'nina', 'kina']);

/** The cue before word `k`, read as the text's language reads it. */
function cueHere(context: Context, k: number): 'strong' | 'weak' | undefined {
  const { words } = context;
  const previous = words[k - 1];
  const cue = cueBefore(words, k);
  if (!previous) return cue;
  // English "im" (I'm) is German "im" (in the): "im Sommer", "im Pausenraum".
  if (cue && previous.lower === 'im' && context.nounCapitals) return undefined;
  if (!cue && TAGALOG_PERSON_MARKERS.has(previous.lower) && spaced(words[k]!) && context.language === 'tl')
    return 'strong';
  return cue;
}

/*
 * The role's name in brackets, closed right after it ("my supervisor (Ronan)", not "night manager (Rotas, overtime
 * …)": what the role does), after a colon, or between dashes after a role written small ("my supervisor - Ronan -";
 * "Fulfillment Department Manager - Walmart" is a job and its employer, as review headlines write them).
 */
function roleThenName(words: readonly Word[], k: number): boolean {
  const gap = words[k]!.gap;
  if (/^[ \t]*:[ \t]*$/u.test(gap)) return true;
  // At the text's end the bracket closes there (its ")" is in no word's gap).
  if (/^[ \t]*\([ \t]*$/u.test(gap)) return !words[k + 1] || /^[ \t]*\)/u.test(words[k + 1]!.gap);
  return /^[ \t]+[\u2013\u2014-][ \t]+$/u.test(gap) && !words[k - 1]!.capitalised;
}

/** "met" of "I met Dan": the last word of a weak cue, which reads whether it opens a sentence (cueBefore). */
export function endsWeakCue(lower: string): boolean {
  return CUES_BY_LAST_WORD.get(lower)?.some((cue) => cue.weak) ?? false;
}

function cueBefore(words: Word[], k: number): 'strong' | 'weak' | undefined {
  const previous = words[k - 1];
  if (!previous) return undefined;
  // "my supervisor (Ronan)", "Supervisor: Ronan", "my supervisor – Ronan": the role's name in brackets, after a colon
  // or a dash.
  if (ROLE_CUES.has(previous.lower) && roleThenName(words, k)) return 'strong';
  if (!joined(words[k]!)) return undefined;
  if (ROLE_CUES.has(previous.lower)) return 'strong';
  for (const { parts, weak } of CUES_BY_LAST_WORD.get(previous.lower) ?? []) {
    const from = k - parts.length;
    if (from < 0) continue;
    if (!parts.every((part, i) => words[from + i]!.lower === part && (i === 0 || spaced(words[from + i]!)))) continue;
    // A general word capitalised mid-sentence is part of a name itself ("a Con Edison office"), not a cue.
    if (weak && previous.capitalised && !previous.sentenceStart) continue;
    return weak ? 'weak' : 'strong';
  }
  return undefined;
}
