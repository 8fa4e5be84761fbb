import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { isOrdinaryWord, isUnknownWord } from './redact-names-lookup';
import { type Context, isAllCaps, type Word } from './redact-names-reading';
import { DETERMINERS, PERSON_VERBS, SPANISH_NOUN_ENDING, WEAK_PERSON_WORDS } from './redact-names-words';
import { isCommonSurname, isWordlikeSurname } from './surnames';

/*
 * Spanish and French open a sentence with a conjugated verb as readily as with
 * a noun ("Hemos despejado la salida", "Llevamos tres semanas", "Avons-nous le
 * droit ?", "Pouvez-vous regarder ?") or with an adverb ("Finalmente",
 * "Heureusement"). Such words are in no dictionary the redactor holds, so a
 * capital after a full stop made them unknown capitalised words, and so names.
 * Their endings say what they are: endings no given name or surname of those
 * languages has, or has only among the names the lists already know.
 */
const SHAPES: Readonly<Record<string, RegExp>> = {
  // We/you-plural forms (-amos, -emos, -imos, -áis, -éis, also imperfect -ábamos/-íamos),
  // they-preterites (-aron, -ieron), gerunds (-ando, -iendo) and -mente adverbs.
  es: /\p{L}+(?:amos|emos|imos|áis|éis|ais|eis|aron|ieron|yeron|ando|iendo|yendo|mente)$/u,
  // We/you forms (-ons, -ez), verbs inverted with their pronoun ("Avons-nous",
  // "Pouvez-vous", "Faut-il", "A-t-elle"), past-historic plurals (-èrent) and -ment adverbs.
  fr: /(?:\p{L}{2}(?:ons|ez|èrent|aient|ement|amment|emment)|-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles))$/u,
  // Italian: we-forms (-iamo), gerunds (-ando, -endo), they-forms (-ano, -ono) and -mente adverbs.
  it: /\p{L}{2}(?:iamo|ando|endo|ano|ono|mente)$/u,
  // Portuguese: we-forms (-amos, -emos, -imos), gerunds (-ando, -endo, -indo), they-preterites (-aram, -eram) and -mente adverbs.
  pt: /\p{L}{2}(?:amos|emos|imos|ando|endo|indo|aram|eram|iram|mente)$/u,
  // Polish: past tenses, which open a sentence before their subject ("Napisała Agnieszka", "Powiedział kierownik"):
  // -ał/-ała/-ało, -ił/-iła, -ył/-yła, -ął/-ęła and their plurals. "Michał", "Rafał" are known given names: kept.
  pl: /\p{L}{3}(?:ał|ała|ało|ił|iła|iło|ył|yła|yło|ął|ęła|ęło|ali|ały|ili|iły|yli|yły|eli|ęli)$/u,
};

/**
 * Whether `word`, opening a sentence of a Spanish or French text, has the
 * shape of a verb form or an adverb rather than a name. A known given name or
 * surname keeps its place as a name ("Martine m'a dit", "Martínez nos gritó").
 */
export function isSentenceVerbForm(context: Context, word: Word): boolean {
  if (!(word.sentenceStart || word.afterFullStop) || !word.capitalised) return false;
  // Asked before the language: the guess costs more than the ending.
  if (!Object.values(SHAPES).some((shape) => shape.test(word.lower))) return false;
  const shape = SHAPES[context.language];
  if (!shape?.test(word.lower)) return false;
  const base = word.lower.split('-')[0]!;
  return !isGivenName(base) && !isCommonSurname(base);
}

/*
 * What follows a person opening a Spanish or French sentence: an object
 * pronoun and a verb ("Gregorio nos gritó", "Martine m'a dit"), or a verb of
 * saying and doing in the third person. A capital alone says nothing there.
 */
const PERSON_NEXT: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(
    `me te nos os le les lo la se dijo dice dijeron gritó grita gritaba insulta insultó manda mandó amenaza amenazó
      trata trató acosa acosó obliga obligó quiere quería sabe sabía está estaba es era tiene tenía no siempre nunca`.split(
      /\s+/,
    ),
  ),
  fr: new Set(
    `m'a m'ont nous vous t'a l'a lui leur me te nous a est était dit crie criait insulte menace harcèle oblige veut
      voulait sait savait ne n'a n'est toujours jamais`.split(/\s+/),
  ),
  // Italian and Portuguese open sentences with verbs as freely ("Trova sempre", "Truffa è"): only pronouns and verbs of
  // speaking, shouting and ordering say a person stands before them.
  it: new Set(
    `mi ti ci vi si dice disse urla urlava grida gridava insulta insultava minaccia minacciava obbliga costringe vuole
      voleva aiuta`.split(/\s+/),
  ),
  pt: new Set(
    `me te nos lhe se disse diz grita gritou xinga xingou ameaça ameaçou obriga obrigou manda mandou quer queria
      ajuda ajudou`.split(/\s+/),
  ),
  tl: new Set(`nagsabi sinabi sumigaw sinigawan nagalit pinagalitan`.split(/\s+/)),
  // German: what a person says or does to someone ("hat mich", "sagt"), never "ist".
  de: new Set(
    `hat mich uns sagt sagte schreit schrie brüllt brüllte beleidigt beleidigte droht drohte mobbt`.split(/\s+/),
  ),
  pl: new Set(
    `mnie nas nam powiedział powiedziała krzyczy krzyczał krzyczała kazał kazała wyzywa grozi groził`.split(/\s+/),
  ),
  // Russian and Ukrainian: pronouns and verbs of speaking, shouting, threatening and ordering (both genders of the
  // past): a capitalised word before one is a person ("Петренко кричал на нас", read by personOpens below). Not "не"
  // or "опять", which follow a broken machine as readily ("Кондиционер не работает").
  ru: new Set(
    `меня нас мне нам сказал сказала говорит говорил говорила кричит кричал
      кричала орёт орет орал орала угрожает угрожал угрожала оскорбляет оскорблял оскорбляла заставляет заставлял
      заставляла требует требовал требовала трогает трогал пристаёт пристает приставал бьёт бьет ударил ударила
      уволил уволила`.split(/\s+/),
  ),
  uk: new Set(
    `мене нас мені нам сказав сказала каже казав казала кричить кричав кричала
      погрожує погрожував погрожувала ображає ображав ображала змушує змушував змушувала вимагає вимагав вимагала
      чіпляється чіплявся б'є бив вдарив вдарила звільнив звільнила`.split(/\s+/),
  ),
};

// Every language's words at once: a word in none says no person in any language, without guessing the text's.
const PERSON_NEXT_ANY: ReadonlySet<string> = new Set(Object.values(PERSON_NEXT).flatMap((words) => [...words]));

/** Whether the next word is one that says a person stands before it in some language (personFollows asks which). */
export function mayFollowPerson(next: Word | undefined): boolean {
  return !!next && /^[ \t]+$/.test(next.gap) && PERSON_NEXT_ANY.has(next.lower.replace(/’/g, "'"));
}

/** Whether the word after a capitalised word opening a sentence (Spanish, French and the others above) says it is a person. */
export function personFollows(context: Context, next: Word | undefined): boolean {
  if (!mayFollowPerson(next)) return false;
  const lower = next!.lower.replace(/’/g, "'");
  // A short text often has no language the guess is sure of: then only the words English does not share ("nos", "m'a").
  if (context.language === 'und')
    return (PERSON_NEXT.es!.has(lower) || PERSON_NEXT.fr!.has(lower)) && !isEnglishWord(lower);
  return PERSON_NEXT[context.language]?.has(lower) ?? false;
}

/*
 * Words after a capital that a place or a company takes as readily as a
 * person ("Madrid es…", "Walmart nunca…", "Paris est…"): enough after a known
 * surname or a word no list holds, not after a proper noun that is also a
 * place's or a brand's.
 */
const WEAK_NEXT = new Set(
  `es era está estaba tiene tenía no siempre nunca quiere quería sabe sabía est était a ne n'est n'a toujours jamais
    veut voulait sait savait vuole voleva quer queria hat`.split(/\s+/),
);

/**
 * "Okonkwo nos gritó", "Whitfield shouted at us", "Lefebvre m'a dit": a
 * capitalised word that could be a person's name (a surname of the lists, a
 * proper noun that is no everyday word, a word no dictionary holds), followed
 * at once by what a person does, is a name wherever it stands, the first word
 * of a text included. A capital at a sentence's start says nothing either
 * way, so it is the verb after it that decides; a word of the text's own
 * language is left to the guard that knows it (`isCommonWordHere`).
 */
export function personOpens(context: Context, k: number): boolean {
  const word = context.words[k]!;
  const next = context.words[k + 1];
  if (!word.capitalised || isAllCaps(word.text) || word.text.length < 3 || context.titleCase) return false;
  if (!next || !/^[ \t]+$/.test(next.gap) || isGivenName(word.lower)) return false;
  const lower = next.lower.replace(/’/g, "'");
  // Checked before anything costlier: most capitals are followed by no such word.
  const englishAct = PERSON_VERBS.has(lower) && !WEAK_PERSON_WORDS.has(lower);
  const otherAct = FOREIGN_PERSON_NEXT.has(lower);
  if (!englishAct && !otherAct) return false;
  const surname = isCommonSurname(word.lower);
  // "el Gobierno no ayuda", "la Dirección nos ignora": after an article, a noun's ending names a body, not a person.
  const before = context.words[k - 1];
  if (
    !surname &&
    before &&
    DETERMINERS.has(before.lower) &&
    SPANISH_NOUN_ENDING.test(word.lower) &&
    !isGivenName(word.lower)
  )
    return false;
  const unknown = !surname && isUnknownWord(word);
  const properNoun = !surname && !unknown && isProperNoun(word.lower) && !isOrdinaryWord(word.lower);
  if (!surname && !unknown && !properNoun) return false;
  // German capitalises every noun, and makes new ones at will ("Personalabteilung hat"): there only a surname of the lists.
  if (!surname && context.nounCapitals) return false;
  // A short text's language is often guessed wrong ("Kowalczyk nos gritó" reads as no language, "Whitfield m'a dit"
  // as English): a word only another language has ("nos", "m'a") says a person whatever the guess.
  if (otherAct && (!isEnglishWord(lower) || (!context.english && personFollows(context, next))))
    return (surname && !isWordlikeSurname(word.lower)) || unknown || !WEAK_NEXT.has(lower);
  // English: a surname or a word no dictionary holds, never an English word ("Price keeps rising") or a
  // brand's or a place's name ("Toyota told us"), nor a slip of an English word ("Exellent said").
  // A proper noun that shouts or gropes is a person, though: "Whitfield shouted at us" (a town's name, and a surname).
  if (!englishAct || !context.english || (properNoun && !PERSON_ONLY_ACTS.has(lower))) return false;
  if (surname) return !isWordlikeSurname(word.lower) && !isEnglishWord(word.lower);
  return !isNearEnglishWord(word.lower);
}

/** What only a person does: after one, even a place's or brand's name is someone's ("Whitfield yelled"). */
const PERSON_ONLY_ACTS: ReadonlySet<string> = new Set([
  'shouted',
  'shouts',
  'yelled',
  'yells',
  'screamed',
  'screams',
  'swore',
  'swears',
  'groped',
  'gropes',
  'slapped',
  'punched',
  'kissed',
  'winked',
  'whispered',
  'cursed',
  'sneered',
  'smirked',
  'bullies',
  'bullied',
  'belittled',
  'belittles',
]);

/** The words after a person in the languages other than English (see `PERSON_NEXT`). */
const FOREIGN_PERSON_NEXT: ReadonlySet<string> = new Set(Object.values(PERSON_NEXT).flatMap((set) => [...set]));

/**
 * Whether a word after another says that one is a person doing something, in any language the service reads:
 * "Marsh keeps", "Will told", "Rosa me gritó", "Rose m'a dit", never a word that follows things as readily
 * ("is", "has", "in", "es", "est", "hat") nor an article.
 */
export function actsAsPerson(lower: string): boolean {
  const plain = lower.replace(/’/g, "'");
  if (PERSON_VERBS.has(plain)) return !WEAK_PERSON_WORDS.has(plain);
  return FOREIGN_PERSON_NEXT.has(plain) && !WEAK_NEXT.has(plain) && !NOT_A_DEED.has(plain);
}

// Articles and adverbs among the words that follow a person in the other languages: they follow anything.
const NOT_A_DEED = new Set(['la', 'lo', 'le', 'les', 'se', 'si', 'no', 'ne', 'siempre', 'nunca', 'toujours', 'jamais']);
