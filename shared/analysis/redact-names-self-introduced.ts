import { LEET_LETTERS } from './leet-letters';
import { isGivenName } from './given-names';
import { isOrdinaryWord } from './redact-names-lookup';
import { commonWordLanguages } from './redact-names-common-words';
import { isVietnameseNamePart } from './redact-names-vietnamese';
import { STOPWORDS } from './language';
import { ALL_STOPWORDS } from './redact-names-words';
import { isCommonSurname } from './surnames';
import { mask, MASKED } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * The writer's own name, after "my name is" in any language the service hears. Whatever follows such a cue is a
 * name, in capitals or not ("my name is john smith", "ich heiße anna", "ten toi la tran thi mai",
 * "nazywam się jan kowalski"): the names rules, which need a capital or a known given name to take a word and
 * stop at the first, leave the rest of a lower-case name. Here the first word is taken unless it is plainly a word
 * ("my name is not important"), and the words after it while they read as more of a name.
 */

// Characters outside ASCII are written as \u escapes in patterns (docs/performance.md); the comments show them as written.
// "I am called": a verb that says nothing but a name follows ("ich heiße", "nazywam się", "ako si"). After these the
// first word is the name unless it is a word such as "nicht" or "no"; after "my name is" it must read as a name,
// since "my name is spelled wrong" and "mi nombre es importante" say something of it.
const CALLED = [
  'i am called',
  "i'm called",
  'ich hei\u00dfe',
  'ich heisse',
  'me llamo',
  "je m'appelle",
  'je m\u2019appelle',
  'mi chiamo',
  'me chamo',
  'chamo-me',
  'nazywam si\u0119',
  'mam na imi\u0119',
  'na imi\u0119 mi',
  't\u00ean t\u00f4i l\u00e0',
  't\u00f4i t\u00ean l\u00e0',
  't\u00ean m\u00ecnh l\u00e0',
  'em t\u00ean l\u00e0',
  't\u00ean em l\u00e0',
  't\u00ean l\u00e0',
  'ten toi la',
  'toi ten la',
  'ten minh la',
  'em ten la',
  'ten em la',
  'ten la',
  'pangalan ko ay',
  'ako si',
  // Dutch, Swedish, Norwegian and Danish: "ik heet Jan de Vries", "jag heter Erik Andersson".
  'ik heet',
  'jag heter',
  'jeg heter',
  'jeg hedder',
  // A nickname is as much the writer as their name: "my nickname is Tiny", "mi apodo es chispa", "i go by rosie".
  'my nickname is',
  "my nickname's",
  'my nick is',
  'i go by',
  'mi apodo es',
  'mon surnom est',
  'mein spitzname ist',
  'o meu apelido \u00e9',
  'meu apelido \u00e9',
  'il mio soprannome \u00e8',
];
const NAME_IS = [
  'my name is',
  "my name's",
  'mein name ist',
  'mi nombre es',
  'mon nom est',
  'il mio nome \u00e8',
  'meu nome \u00e9',
  'o meu nome \u00e9',
  'mijn naam is',
  'mitt namn \u00e4r',
  'mitt namn ar',
  'mitt navn er',
  // "call me Dave", "llámame Ana", "appelez-moi Marie": as often "call me back", "call me tomorrow", so the word after
  // must read as a name, as after "my name is".
  'call me',
  'you can call me',
  'they call me',
  'everyone calls me',
  'people call me',
  'll\u00e1mame',
  'llamame',
  'me llaman',
  'me dicen',
  'appelez-moi',
  'appelle-moi',
  "on m'appelle",
  'on m\u2019appelle',
  'chiamami',
  'mi chiamano',
  'me chamam',
  'me chame de',
  'nennt mich',
  'nenn mich',
  'nennen mich',
  'm\u00f3w mi',
  'm\u00f3wcie mi',
  'noem me',
  'tawagin mo akong',
  'tawagin niyo akong',
  'g\u1ecdi t\u00f4i l\u00e0',
  'goi toi la',
];
// Vietnamese "I am": as often "tôi là nhân viên" (I am an employee), so only a Vietnamese name of two parts or more
// counts after it ("toi la Nguyen Van An", "em là trần thị mai").
const I_AM_VIETNAMESE = ['t\u00f4i l\u00e0', 'toi la', 'em l\u00e0', 'em la', 'm\u00ecnh l\u00e0', 'minh la'];
// Polish "I am": as often "jestem zmęczona" (I am tired), so only a known given name counts as the first word after
// it, or a word that reads as a name before a common surname ("jestem ania wiśniewska"), and the words after it
// while they read as a name.
const I_AM_GIVEN = ['jestem'];
// "I am", "I'm", "ich bin", "je suis", "soy", "sono", "sou", "ik ben", "jag är": said of what one is more often than
// of who ("I'm tired", "soy nuevo", "sono felice", where Felice is a name too): only a given name that is no word of
// any language the service reads counts ("I'm Priya", "je suis Aurélie"), and the words after it that read as a name.
const I_AM_NAMED = [
  'i am',
  "i'm",
  'i\u2019m',
  // "Im rob": "I'm" typed without its apostrophe (German "im" is "in the": the word after must still read as a name).
  'im',
  'hi i am',
  // "this is rob from shipping": the writer on the phone, as often "this is frank talk", so as "I am" is read.
  'this is',
  'ich bin',
  'je suis',
  'soy',
  'sono',
  'sou',
  'eu sou',
  'ik ben',
  'jag \u00e4r',
  'jeg er',
  'ako ay',
];
const escaped = (cue: string) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:(${CALLED.map(escaped).join('|')})|(${I_AM_VIETNAMESE.map(escaped).join('|')})|(${I_AM_GIVEN.map(escaped).join('|')})|(${I_AM_NAMED.map(escaped).join('|')})|${NAME_IS.map(escaped).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);
// A word as a name is written: letters, an apostrophe or hyphen inside ("o'brien", "jean-luc"), or a name already masked.
// A name written in leetspeak ("j0hn sm1th", "D4ve", "5arah") is one too: its digits, "@" and "$" are read as the
// letters they stand for, and the whole word is hidden, not the letters before the first digit.
const WORD = lazyPattern(
  String.raw`^[ \t]+([\p{L}\uE000-\uE006\d@$](?:[\p{L}\p{M}\d@$'\u2019-]*[\p{L}\p{M}\d\uE000-\uE006])?)`,
  'u',
);

/** The word with leetspeak read as letters, or undefined when it is no word in disguise ("2nd", "42", "b2b"). */
function readAsLetters(word: string): string | undefined {
  if (!/[\d@$]/.test(word)) return word;
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  const read = word.replace(/[\d@$]/g, (c) => LEET_LETTERS[c] ?? c);
  return letters >= 2 && !/[\d@$]/.test(read) ? read : undefined;
}
// Inside a name, with more of it after: "juan dela cruz", "joão da silva", "ortega y gasset", "ludwig van beethoven".
const NAME_PARTICLES = new Set(
  'de del dela della delos de la da das do dos di du van von der den ter le bin binti ibn y e'.split(' '),
);
const MOST_WORDS = 4;

/** Whether a word could be a name by itself: a known name, or nothing any language's word lists know. */
function readsAsName(lower: string): boolean {
  // Blind round 12: Tagalog "taga-packing", "taga-Cebu" (from packing, from Cebu) say where one is from.
  if (lower.startsWith('taga-')) return false;
  if (isGivenName(lower) || isCommonSurname(lower) || isVietnameseNamePart(lower)) return true;
  return !isOrdinaryWord(lower) && !commonWordLanguages(lower);
}

/** Whether the word after the cue, or after a name's word already taken, is more of the name. */
function isMoreOfName(lower: string, taken: string[], called: boolean): boolean {
  // "nguyen van an": in a Vietnamese name every part is one, whatever else "an" and "van" are.
  if (taken.every(isVietnameseNamePart) && isVietnameseNamePart(lower)) return true;
  if (taken.length === 0 && called) return !ALL_STOPWORDS.has(lower) || isGivenName(lower);
  return readsAsName(lower) && (taken.length === 0 || !ALL_STOPWORDS.has(lower) || isGivenName(lower));
}

/** Whether the word at the start of `rest` is a common surname: "ania" before "wiśniewska" is a given name. */
function surnameNext(rest: string): boolean {
  const next = WORD.get().exec(rest)?.[1];
  return next !== undefined && isCommonSurname(next.toLowerCase());
}

/** Whether a capitalised word that reads as a name comes next, a particle allowed before it ("de Vries", "van Dijk"). */
function surnameFollows(rest: string): boolean {
  let next = WORD.get().exec(rest);
  if (next && NAME_PARTICLES.has(next[1]!.toLowerCase())) next = WORD.get().exec(rest.slice(next[0].length));
  const word = next?.[1];
  return word !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && readsAsName(word.toLowerCase());
}

// After "I am", "soy", "this is", what says who or where one is: "I am grace, the new intern", "soy rosa, del turno
// de noche", "this is rob from shipping", "Im rob and the …". A given name that is a word too ("grace", "rosa",
// "rob") is the writer there; "sono felice, grazie", "I'm sunny and cheerful" say how one is.
const INTRODUCED_ALONE = lazyPattern(
  String.raw`^(?:[ \t]*(?:[,;:\u2014\u2013]|[ \t]-)[ \t]*(?:the|a|an|el|la|le|il|lo|der|die|das|o)[ \t]|(?:[ \t]*(?:[,;:\u2014\u2013]|[ \t]-))?[ \t]*(?:from|here|del|de|da|do|du|von|aus|vom|at|in|on)(?![\p{L}])|[ \t]+and[ \t]+(?:the|i|my|we|our|this|it)(?![\p{L}]))`,
  'iu',
);

const isEnglishFunctionWord = (lower: string) => STOPWORDS.en!.has(lower);

/** Whether a given name that is also a word stands alone after "I am" (see above), written in lower case or capitalised. */
function introducedAlone(word: string, rest: string): boolean {
  return /^\p{L}\p{Ll}*$/u.test(word) && INTRODUCED_ALONE.get().test(rest);
}

/**
 * Where a word of the text is already known to be a name by whoever asks (`selfIntroducedNameSpans`): the
 * conflict matcher knows a sponsor's name where the word lists do not ("I'm Sam", where "sam" is Polish for
 * "alone").
 */
export type KnownName = (start: number, end: number) => boolean;

// Words a cue may stand before the name with, where a known name follows: Portuguese "sou o Sam", "eu sou a Dana",
// Spanish and Catalan "soy la Dana", German "ich bin der Sam".
const ARTICLE_BEFORE_NAME = new Set(['o', 'a', 'el', 'la', 'der', 'die']);

/** Masks the words of the writer's name after "my name is" in each language (see above). */
export function maskSelfIntroducedNames(text: string): string {
  let out = text;
  for (const { start, end } of selfIntroducedNameSpans(text))
    out = out.slice(0, start) + mask('NAME', end - start) + out.slice(end);
  return out;
}

/**
 * Where the writer's own name stands after "my name is" in each language (see above), as the name masking
 * reads it; with `known`, a word it says is a name counts as one there too, and an article may come between
 * the cue and it ("sou o Sam").
 */
export function selfIntroducedNameSpans(text: string, known?: KnownName): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (
    !/name|naam|namn|navn|hei|heet|heter|hedder|llamo|nombre|appelle|nom |nome|chiam|chamo|cham|nazywam|imi|t[e\u00ea]n|ako |pangalan|l[a\u00e0]|jestem|call|nick|apodo|surnom|spitzname|apelido|soprannome|go by|im |this is|ll[aá]m|llaman|dicen|nenn|m\u00f3w|noem|tawagin|i am|i'm|i\u2019m|bin|suis|soy|sono|sou|ben|\u00e4r|jeg er/iu.test(
      text,
    )
  )
    return spans;
  CUE.get().lastIndex = 0;
  for (let cue = CUE.get().exec(text); cue; cue = CUE.get().exec(text)) {
    let at = cue.index + cue[0].length;
    const called = cue[1] !== undefined;
    const vietnameseOnly = cue[2] !== undefined;
    const givenFirst = cue[3] !== undefined;
    const namedFirst = cue[4] !== undefined;
    const taken: { start: number; end: number }[] = [];
    const words: string[] = [];
    let particle: { start: number; end: number } | undefined;
    while (words.length < MOST_WORDS) {
      const m = WORD.get().exec(text.slice(at));
      if (!m) break;
      const word = m[1]!;
      const start = at + m[0].length - word.length;
      const end = at + m[0].length;
      const isKnown = known?.(start, end) ?? false;
      if (known && !isKnown && words.length === 0 && ARTICLE_BEFORE_NAME.has(word.toLowerCase())) {
        const next = WORD.get().exec(text.slice(end));
        if (next && known(end + next[0].length - next[1]!.length, end + next[0].length)) {
          at = end;
          continue;
        }
      }
      const read = readAsLetters(word);
      if (read === undefined && !isKnown) break;
      const lower = (read ?? word).toLowerCase();
      const more =
        isKnown ||
        (vietnameseOnly
          ? isVietnameseNamePart(lower)
          : givenFirst && words.length === 0
            ? isGivenName(lower) || (readsAsName(lower) && surnameNext(text.slice(end)))
            : namedFirst && words.length === 0
              ? isGivenName(lower) &&
                !ALL_STOPWORDS.has(lower) &&
                ((!isOrdinaryWord(lower) && !commonWordLanguages(lower)) || introducedAlone(word, text.slice(end)))
              : isMoreOfName(lower, words, called) ||
                // "Mijn naam is Jan", "my name is Will": a known given name, capitalised, is the name even where it is a word too.
                // "Mijn naam is Jan de Vries": a capitalised word before a capitalised surname is a name too.
                (words.length === 0 &&
                  /^\p{Lu}\p{Ll}/u.test(word) &&
                  !ALL_STOPWORDS.has(lower) &&
                  (isGivenName(lower) || surnameFollows(text.slice(end)))) ||
                // "This is Eric Holder talking": a capitalised word after a capitalised first name is its surname,
                // whatever else it is ("Holder", "Baker").
                (words.length > 0 &&
                  /^\p{Lu}/u.test(text.slice(taken[0]!.start)) &&
                  /^\p{Lu}\p{Ll}/u.test(word) &&
                  !ALL_STOPWORDS.has(lower) &&
                  !isEnglishFunctionWord(lower)));
      // A name hidden already is more of it; a phone or an id hidden there is not ("call me [PHONE]").
      if (/[\uE001-\uE006]/u.test(word)) break;
      if (MASKED.test(word) || more) {
        if (particle) taken.push(particle);
        particle = undefined;
        taken.push({ start, end });
        words.push(lower);
      } else if (words.length > 0 && !particle && NAME_PARTICLES.has(lower)) particle = { start, end };
      else break;
      at = end;
    }
    // One name, one mask: "john smith" becomes "[NAME]", not "[NAME] [NAME]".
    if (!taken.length || (vietnameseOnly && taken.length < 2)) continue;
    spans.push({ start: taken[0]!.start, end: taken[taken.length - 1]!.end });
  }
  return spans;
}

/*
 * How a message opens with its writer's name, as a phone call would: "This is Sam, from the night shift", "Hi, it's
 * Dana.", "Habla Sam.", "Te escribe Dana:", "C'est Sam, de l'atelier", "Hier ist Lee.", "Hier spricht Sam",
 * "Aqui fala o Sam", "Ici Dana,". As often a sentence about someone ("This is Dana being Dana", "C'est Lee qui
 * ferme la porte"), so it counts only opening the message, and only where the name ends the clause (a
 * stop, a comma, a dash, the end) or says where the writer is from ("from", "de", "von"…). Never the redactor's:
 * only for a name the asker already knows (`KnownName`).
 */
const GREETING = String.raw`(?:(?:hi|hello|hey|hola|buenas|buenos d[i\u00ed]as|bonjour|salut|hallo|guten tag|moin|ol[a\u00e1]|oi|bom dia|boa tarde)[ \t]*[,!.:]?[ \t]*)?`;
const OPENINGS = [
  'this is',
  'habla',
  'te habla',
  'les habla',
  'le escribe',
  'te escribe',
  'les escribe',
  'os escribe',
  "c'est",
  'c\u2019est',
  'ici',
  'hier ist',
  'hier spricht',
  'hier schreibt',
  'aqui \u00e9',
  'aqui fala',
  'aqu\u00ed \u00e9',
  'quem fala \u00e9',
];
// The message's very start: a line further on may be an answer to "who did it?" ("This is Lee, again").
const OPENING = lazyPattern(
  String.raw`^[ \t]*${GREETING}(?:${OPENINGS.map(escaped).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);
// What may follow the writer's name at an opening: the clause's end, or where they are from.
const OPENING_NAME_ENDS = lazyPattern(
  String.raw`^(?:[ \t]*(?:$|[,.!;:\n)\u2014\u2013]|[ \t]-)|[ \t]+(?:from|de|del|da|do|du|von|vom|aus|here|ici|aqu[i\u00ed]|hier)(?![\p{L}\p{N}]))`,
  'iu',
);

/** Where a message opening with its writer's name ("This is Sam, …") has it, for a name `known` knows (see above). */
export function openingIntroductionSpans(text: string, known: KnownName): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!/this|habla|escribe|c['\u2019]est|ici|hier|aqu|fala/iu.test(text)) return spans;
  for (const opening of text.matchAll(OPENING.get())) {
    let at = opening.index + opening[0].length;
    let first: number | undefined;
    let last: number | undefined;
    for (let n = 0; n < MOST_WORDS; n++) {
      const m = WORD.get().exec(text.slice(at));
      if (!m) break;
      const start = at + m[0].length - m[1]!.length;
      const end = at + m[0].length;
      if (known(start, end)) {
        first ??= start;
        last = end;
      } else if (first !== undefined || !ARTICLE_BEFORE_NAME.has(m[1]!.toLowerCase())) break;
      at = end;
    }
    if (first !== undefined && last !== undefined && OPENING_NAME_ENDS.get().test(text.slice(last)))
      spans.push({ start: first, end: last });
  }
  return spans;
}
