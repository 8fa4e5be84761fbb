import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import type { Context, Word } from './redact-names-reading';
import { isCommonSurname } from './surnames';

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
};

/** Whether the word after a capitalised word opening a sentence (Spanish, French and the others above) says it is a person. */
export function personFollows(context: Context, next: Word | undefined): boolean {
  if (!next || !/^[ \t]+$/.test(next.gap)) return false;
  const lower = next.lower.replace(/’/g, "'");
  // A short text often has no language the guess is sure of: then only the words English does not share ("nos", "m'a").
  if (context.language === 'und')
    return (PERSON_NEXT.es!.has(lower) || PERSON_NEXT.fr!.has(lower)) && !isEnglishWord(lower);
  return PERSON_NEXT[context.language]?.has(lower) ?? false;
}
