import { isGivenName } from './given-names';
import { isDiminutiveOfGivenName } from './redact-names-diminutives';
import { commonWordLanguages } from './redact-names-common-words';
import { isGermanNameShapedNoun } from './redact-names-german-nouns';
import { isWordOfSomeLanguage } from './redact-names-listed-beside';
import { isOrdinaryWord } from './redact-names-lookup';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { type LazyPattern, lazyPattern, patternOf } from './lazy-pattern';

/*
 * Blind round 13: a name after a role or an article, written as its language writes one.
 * - Swedish, Norwegian and Danish put the article at the end of the role ("chefen Göran skriker", "sjefen Ole",
 *   "arbetsledaren Pelle"): the capitalised word after it that no language knows is the person, as after "the boss".
 * - Spoken German puts the article before a first name written small, then the unit ("der olli vom wareneingang",
 *   "die mandy aus der kantine"): a word no list knows with a first name's ending (GERMAN_NAME_ENDING) is the
 *   person; "der fahrer vom lager", "die neue aus der kantine" are words.
 */

const NORDIC_ROLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:chefen|sjefen|förmannen|formannen|arbetsledaren|arbeidslederen|gruppledaren|skiftledaren|teamledaren|lagledaren|platschefen|lagerchefen|butikschefen|avdelningschefen|handledaren|ledaren|lederen|mellanchefen|vagtlederen|værkføreren|kollegan|kollegaen|kollegen)[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}])`,
  'gu',
);

const GERMAN_SMALL_NAME_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:der|die|den|dem)[ \t]+(\p{Ll}{3,})[ \t]+(?:vom|von[ \t]+der|von[ \t]+den|aus[ \t]+der|aus[ \t]+dem|aus[ \t]+den|im|in[ \t]+der|beim|bei[ \t]+der)[ \t]+\p{Ll}{3,}`,
  'gu',
);
// What German first names and their short forms end in that few nouns do ("olli", "mandy", "kalle", "heiko").
const GERMAN_NAME_ENDING = /(?:ja|y|i|o|le|ke|ka|ny|ie|ko|lo|sa|na)$/u;

function isNoWordHere(name: string, unitSaysPerson = false): boolean {
  const lower = name.toLowerCase();
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  return unitSaysPerson || isGivenName(lower) || !isWordOfSomeLanguage(lower);
}

function maskGroup(pattern: RegExp | LazyPattern, accept: (name: string) => boolean): Rule {
  return (text) =>
    text.replace(patternOf(pattern), (whole: string, name: string) => {
      if (!accept(name)) return whole;
      const at = whole.indexOf(name, whole.search(/[ \t]/u));
      return whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length);
    });
}

const maskNordic = maskGroup(NORDIC_ROLE, isNoWordHere);
const maskGermanSmall = maskGroup(
  GERMAN_SMALL_NAME_FROM,
  (name) =>
    GERMAN_NAME_ENDING.test(name) &&
    (isGivenName(name) || !isWordOfSomeLanguage(name.toLowerCase())) &&
    isNoWordHere(name),
);

// Blind round 17: spoken German's article, a first name of any ending, then a unit of the workplace German names
// ("die jasmin aus der buchhaltung", "der Dirk vom Wareneingang", "die Karin aus der Kantine"): before such a unit the
// word is the person unless it is a German word for one ("die Neue", "die Kollegin", "der Typ", "die Aushilfe") or
// an adjective standing for one ("die dicke aus der Kantine").
const GERMAN_UNITS =
  'buchhaltung|lohnbuchhaltung|personalabteilung|personalbüro|personal|lager|versand|kantine|logistik|verwaltung|einkauf|vertrieb|empfang|kasse|küche|werkstatt|halle|schicht|frühschicht|spätschicht|nachtschicht|produktion|montage|wareneingang|warenausgang|edv|qualitätssicherung|technik|instandhaltung|reinigung|poststelle|pforte|rezeption|filiale|zentrale|kommissionierung|verpackung|spedition|fuhrpark|kundenservice|büro|labor|fertigung|disposition|marketing|it|hr|qs|backstube|metzgerei|bäckerei|theke|frischetheke|leitstelle|buchhaltungsabteilung|abteilung';
const GERMAN_NAME_OF_UNIT = lazyPattern(
  String.raw`(?<![\p{L}])(?:der|die|den|dem)[ \t]+(\p{L}\p{Ll}{2,})[ \t]+(?:vom|von[ \t]+der|von[ \t]+dem|aus[ \t]+der|aus[ \t]+dem|im|in[ \t]+der|beim|bei[ \t]+der)[ \t]+(?:${GERMAN_UNITS})(?![\p{L}])`,
  'giu',
);
// German words for a person, and adjectives standing for one, that stand where the name would.
const GERMAN_PERSON_WORDS = new Set(
  `neue neuer neuen alte alter alten dicke dicker kleine kleiner lange langer große großer grosse junge junger nette
  netter schöne blonde blöde blöder dumme dummer verrückte andere anderer ganze erste letzte zweite liebe gute böse
  fiese faule arme typ typen kerl frau mann mädel mädchen junge jungs leute kollege kollegin kollegen azubi azubis
  aushilfe aushilfen praktikant praktikantin tussi depp trottel penner idiot vollidiot spinner chef chefin chefs
  leiterin leiter meister meisterin fahrer fahrerin hausmeister putzfrau putzkraft frauen männer person personen
  mitarbeiter mitarbeiterin schichtleiter schichtleiterin teamleiter teamleiterin vorarbeiter vorarbeiterin`.split(
    /\s+/,
  ),
);
// Nouns of people and things by their ending ("Kassiererin", "Fahrer", "Leitung", "Praktikantin"); a first name ending
// "-in" ends otherwise ("Jasmin", "Karin", "Kerstin", "Martin").
const GERMAN_NOUN_ENDING_HERE =
  /(?:erin|antin|entin|istin|gin|fin|chin|ztin|ndin|ldin|mtin|er|ung|heit|keit|schaft|ant|ent|ist|eur|ling|chen|lein|tion|tät|nis|tum|kraft|frau|mann|leute|person)$/u;

const maskGermanOfUnit = maskGroup(GERMAN_NAME_OF_UNIT, (name) => {
  const lower = name.toLowerCase();
  if (GERMAN_PERSON_WORDS.has(lower) || isGermanNameShapedNoun(lower) || !isNoWordHere(name, true)) return false;
  if (isGivenName(lower)) return true;
  return !GERMAN_NOUN_ENDING_HERE.test(lower) && !commonWordLanguages(lower)?.has('de');
});

// Portuguese and Italian put the article before a first name too, then the unit of the workplace: "o Robson do
// estoque", "a Cida da cozinha", "la Giusy del reparto" (Spanish's "el Chema de logística" is redact-names-unlisted.ts's).
// A word with a noun's ending is the thing ("a Diretoria da loja", "la Direzione del magazzino").
const ARTICLE_NAME_OF_UNIT = lazyPattern(
  String.raw`(?<![\p{L}])(?:o|a|il|la|lo)[ \t]+(\p{Lu}\p{Ll}{2,})[ \t]+(?:do|da|dos|das|del|della|dello|dei|delle)[ \t]+(?:estoque|cozinha|caixa|limpeza|rh|depósito|deposito|armazém|armazem|expedição|expedicao|produção|producao|manutenção|manutencao|turno|setor|almoxarifado|recepção|recepcao|portaria|segurança|seguranca|logística|logistica|padaria|açougue|acougue|loja|fábrica|fabrica|reparto|magazzino|cucina|cassa|produzione|ufficio|spedizioni|manutenzione|pulizie|mensa|notte|sera|mattina)(?![\p{L}])`,
  'gu',
);
// Blind round 17: the same written small, where the word is a first name's diminutive ("o robertinho do caixa", "a
// paulinha da limpeza", "il robertino del magazzino"); a thing's diminutive stays ("o carrinho do estoque").
const ARTICLE_SMALL_DIMINUTIVE_OF_UNIT = lazyPattern(
  ARTICLE_NAME_OF_UNIT.source.replace(String.raw`(\p{Lu}\p{Ll}{2,})`, String.raw`(\p{Ll}{5,})`),
  'gu',
);
const NOUN_ENDING =
  /(?:ção|ções|dade|mento|agem|eria|aria|ismo|ista|zione|zioni|tà|ria|ura|ore|ora|ico|ica|eiro|eira)$/u;

const maskArticleOfUnit = maskGroup(
  ARTICLE_NAME_OF_UNIT,
  // Before a unit of the workplace, a capitalised word no list of everyday words has is the person, whatever else it
  // names ("Robson" is a town in English's dictionary).
  (name) => !NOUN_ENDING.test(name.toLowerCase()) && !isOrdinaryWord(name.toLowerCase()) && isNoWordHere(name, true),
);

const maskSmallDiminutiveOfUnit = maskGroup(
  ARTICLE_SMALL_DIMINUTIVE_OF_UNIT,
  (name) => isDiminutiveOfGivenName(name) && !isWordOfSomeLanguage(name) && isNoWordHere(name, true),
);

// What each rule cannot match without, asked first, with no look-behind (the patterns' are costly to try at every
// position of the many texts without a match).
const NORDIC_GATE = lazyPattern(
  String.raw`(?:chefen|sjefen|mannen|ledaren|lederen|føreren|kollegan|kollegaen|kollegen)[ \t]+\p{Lu}`,
  'u',
);
const GERMAN_GATE = lazyPattern(
  String.raw`(?:^|[ \t])d(?:er|ie|en|em)[ \t]+\p{Ll}+[ \t]+(?:vom|von|aus|im|in|beim|bei)[ \t]`,
  'u',
);
const UNIT_GATE =
  /(?:estoque|cozinha|caixa|limpeza|rh|dep[óo]sito|armaz[ée]m|expedi|produ|manuten|turno|setor|almoxarifado|recep|portaria|seguran|log[íi]stica|padaria|a[çc]ougue|loja|f[áa]brica|reparto|magazzino|cucina|cassa|ufficio|spedizioni|pulizie|mensa|notte|sera|mattina)/u;
const GERMAN_UNIT_GATE = lazyPattern(
  String.raw`(?:^|[ \t])d(?:er|ie|en|em)[ \t]+\p{L}+[ \t]+(?:vom|von|aus|im|in|beim|bei)[ \t]`,
  'iu',
);
const ARTICLE_GATE = / d(?:o|a|os|as|el|ella|ello|ei|elle) /u;

/** Masks a name after a role written as Nordic languages and spoken German write one (see above). */
export const maskNamesAfterRoleNouns: Rule = (text) => {
  let out = text;
  if (NORDIC_GATE.get().test(out)) out = maskNordic(out);
  if (GERMAN_GATE.get().test(out)) out = maskGermanSmall(out);
  if (GERMAN_UNIT_GATE.get().test(out)) out = maskGermanOfUnit(out);
  if (ARTICLE_GATE.test(out) && UNIT_GATE.test(out)) out = maskSmallDiminutiveOfUnit(maskArticleOfUnit(out));
  return out;
};
