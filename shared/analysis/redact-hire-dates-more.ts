import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';
import { DAY, LINK, MONTH, NUMERIC_DAY_MONTH, YEAR, maskHireDays } from './redact-personal-dates';

/*
 * A hire date's day and month, said the ways redact-personal-dates.ts's cues missed (op42 F2, 2026-12-07): in brackets
 * ("(started Nov 2) nobody trained me"), and the first-person "I came here on" of other languages: "Entré el 15 de
 * marzo de 2021", "Je suis arrivé le 4 novembre 2020", "Ich bin seit dem 1. April 2015 hier", "Comecei aqui no dia 3
 * de março de 2020", "Pracuję tu od 3 marca 2019", "Trabalho aqui desde 3 de março de 2020", "I've been here since
 * March 3rd 2019". With the site, the day one started is one person in HR's file. The year stays, as it does for
 * every hire date ("[ID] 2021"): a tenure many share. A date that is no one's start stays: "the audit on 3 March",
 * "desde el 15 de marzo no hay agua", "entre el 15 de marzo y el 20" (no one says they came).
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// Polish writes its months in the genitive after a day ("3 marca"); redact-personal-dates.ts's list lacked March's.
const MONTH_MORE = String.raw`(?:marc[ae]|${MONTH})`;
const DAY_MONTH_WORDS = String.raw`(?:(?:the\s+)?${DAY}\s+(?:of\s+|de\s+)?${MONTH_MORE}|${MONTH_MORE}\s+(?:the\s+)?${DAY})(?![\p{L}\p{N}])`;
const DAY_MONTH = String.raw`${DAY_MONTH_WORDS}(?:,?\s+(?:of\s+|de\s+)?(${YEAR})(?![\p{N}]))?`;

// Said of the writer: they came, began or have been here since. Each ends where the date's link words start.
const CUES = [
  // English: "(started Nov 2)", "I've been here since March 3rd 2019", "I began on", "worked here since".
  String.raw`(?<=[(\[][ \t]*)start(?:ed)?(?:[ \t]+(?:here|work(?:ing)?))?`,
  String.raw`(?:i['\u2019]?ve|i[ \t]+have)[ \t]+(?:been[ \t]+(?:here|with[ \t]+(?:the[ \t]+company|them|us)|working[ \t]+here|at[ \t]+this[ \t]+(?:plant|site|company|store))|worked[ \t]+here)[ \t]+since`,
  String.raw`(?:i|we)[ \t]+began(?:[ \t]+(?:here|work(?:ing)?(?:[ \t]+here)?))?`,
  // Spanish: "Entré el …" (with its accent: "entre el 15 y el 20" is "between"), "empecé a trabajar aquí el …".
  String.raw`entr\u00e9(?:[ \t]+(?:a[ \t]+(?:trabajar|la[ \t]+empresa)|aqu[\u00edi]))?|entre[ \t]+a[ \t]+(?:trabajar|la[ \t]+empresa)`,
  String.raw`(?:empec[\u00e9e]|comenc[\u00e9e])(?:[ \t]+a[ \t]+trabajar)?(?:[ \t]+aqu[\u00edi])?|(?:trabajo|estoy)[ \t]+aqu[\u00edi][ \t]+desde|llegu[\u00e9e][ \t]+a[ \t]+(?:la[ \t]+empresa|la[ \t]+planta|trabajar)`,
  // French: "Je suis arrivé le …", "j'ai commencé ici le …", "je travaille ici depuis le …".
  String.raw`(?:je[ \t]+suis|suis)[ \t]+(?:arriv|entr)\u00e9e?(?:[ \t]+(?:ici|dans[ \t]+l['\u2019]entreprise|chez[ \t]+[\p{L}-]+|\u00e0[ \t]+l['\u2019]usine))?`,
  String.raw`j['\u2019][ \t]*ai[ \t]+commenc\u00e9(?:[ \t]+(?:ici|\u00e0[ \t]+travailler(?:[ \t]+ici)?))?|je[ \t]+travaille[ \t]+ici[ \t]+depuis`,
  // German: "Ich bin seit dem 1. April 2015 hier", "ich arbeite hier seit dem …", "mein erster Tag war der …".
  String.raw`(?:ich[ \t]+bin|bin[ \t]+ich|ich[ \t]+arbeite(?:[ \t]+hier)?|arbeite[ \t]+ich(?:[ \t]+hier)?)[ \t]+seit(?:[ \t]+dem)?|mein[ \t]+erster[ \t]+(?:Arbeits)?tag[ \t]+war(?:[ \t]+der)?`,
  // Portuguese: "Comecei aqui no dia 3 de março", "entrei na empresa em …", "trabalho aqui desde …".
  String.raw`comecei(?:[ \t]+a[ \t]+trabalhar)?(?:[ \t]+aqui)?(?:[ \t]+no[ \t]+dia)?|entrei(?:[ \t]+(?:aqui|na[ \t]+empresa))?(?:[ \t]+no[ \t]+dia)?|(?:trabalho|estou)[ \t]+aqui[ \t]+desde(?:[ \t]+o[ \t]+dia)?`,
  // Polish: "Pracuję tu od 3 marca 2019", "jestem tu od …", "zacząłem pracę …".
  String.raw`pracuj[\u0119e](?:[ \t]+(?:tu|tutaj|w[ \t]+firmie))?[ \t]+od|jestem[ \t]+tu(?:taj)?[ \t]+od|zacz[\u0105a][\u0142l](?:em|am)(?:[ \t]+prac[\u0119e])?`,
  // Italian: "ho iniziato il …", "lavoro qui dal …", "sono entrata il …".
  String.raw`ho[ \t]+(?:iniziato|cominciato)(?:[ \t]+a[ \t]+lavorare)?(?:[ \t]+qui)?|(?:lavoro|sono)[ \t]+qui[ \t]+dal?|sono[ \t]+entrat[oa]`,
];
const HIRE_SAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:${CUES.join('|')})(?![\p{L}])${LINK}(${DAY_MONTH}|${NUMERIC_DAY_MONTH})`,
  'giu',
);
const SCREEN =
  /start|since|began|entr|empec|empez|comen|trabaj|llegu|arriv|commenc|travaille|seit|erster|comecei|entrei|trabalho|estou|pracuj|jestem|zacz|iniziato|cominciato|lavoro|sono/iu;

/** Masks the day and month of a hire date said in these words (see above), keeping its year. */
export const maskHireDatesSaidMore: Rule = (text) =>
  /\d/.test(text) && SCREEN.test(text) ? maskHireDays(text, HIRE_SAID) : text;
