import { MORE_DEEDS } from './redact-names-surname-openings';
import { DEEDS } from './redact-names-surname-slots';
import { actsAsPerson } from './redact-names-verb-forms';
import { DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * r38 (ra37's class): a nickname with its article, or in quotes, where the text says it is what a person is called
 * or has the bearer do what only a person does. Spanish, Portuguese, French and Italian write such a nickname with
 * its article and a capital mid-sentence, the capital being what makes it a name: "el Chino (así le dicen al de
 * carga) me empujó", "la Güera (así le decimos)", "le Gros du quai m'a poussé", "o Baixinho do estoque rouba", "il
 * Biondo ci minaccia". Taglish says it with "tinatawag": "yung tinatawag naming 'Bulldog' sa loading". The older
 * readings (redact-names-nicknames.ts and its kin) want the cue before the nickname ("le dicen el Flaco") or a deed
 * they know in the present; here the cue may follow in brackets, and the deed may be told with "me", "nous", "m'a".
 *
 * The capitalised word stays where it is a role, a department or an institution ("el Gerente nos grita", "la
 * Dirección nos ignora", "il Capo ci urla"), where a second capital follows it (a place or a firm: "le Grand Palais",
 * "el Corte Inglés"), and where no person's deed or naming follows it ("el Niño is coming", "o Natal foi sem bônus").
 */

const ARTICLE = String.raw`(?:el|la|lo|le|o|a|il|l['’])`;
const CAPITAL = String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*)`;
// "(así le dicen)", ", como le dicen,", "(c'est comme ça qu'on l'appelle)", "(é assim que chamam)", "(lo chiamano così)".
const CALLED = String.raw`(?:d[ie]c(?:en|imos|e|[íi]an)|llam(?:an|amos|a)|apod(?:an|amos|a)|conoc(?:en|emos)|appel(?:le|lent|lons)|surnomm(?:e|ent|ons)|cham(?:am|amos|a)|apelid(?:am|amos|a)|chiam(?:ano|iamo|a)|soprannom|tawag)`;
const NAMED_IN_BRACKETS = lazyPattern(
  String.raw`(?<![\p{L}])${ARTICLE}[ \t]*${CAPITAL}(?![ \t]+\p{Lu})[ \t]*(?:\(|,|[\u2013\u2014-])[^()\n]{0,40}?(?<![\p{L}])${CALLED}`,
  'gu',
);
// "yung tinatawag naming 'Bulldog'", "tinatawag nilang “Tisoy”", "tawag namin dun ay Kalbo".
const TAGLISH_CALLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:tinatawag|tinawag|tawag)[ \t]+(?:(?:naming|namin|nilang|nila|ko|nyo|niyo|ng[ \t]+lahat|ng[ \t]+mga[ \t]+tao|sa[ \t]+kanya|dun|doon|ay|na)[ \t]+){0,3}(?:["“'‘«]([^"”'’»\n]{2,30})["”'’»]|(\p{Lu}\p{Ll}[\p{L}-]*))`,
  'gu',
);
// The article, the nickname, perhaps where they work ("du quai", "del turno de noche"), then a deed, told with a
// pronoun and an auxiliary in front if need be ("m'a poussé", "nos amenaza", "me empurrou", "ci ha spinto").
const DEED_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])${ARTICLE}[ \t]*${CAPITAL}(?![ \t]+\p{Lu})((?:[ \t]+(?:de|del|de[ \t]+la|du|des|do|da|dos|das|della|dello|del|dal|dalla|au|al|à|a|en|no|na|nel|nella)[ \t]+(?:(?:la|le|les|el|los|las|o|a|os|as|il|lo|l['’])[ \t]*)?\p{Ll}+(?:[ \t]+(?:de[ \t]+)?\p{Ll}+){0,2})?)(?:[ \t]*,)?[ \t]+((?:(?:me|te|nos|os|les|le|lo|la|se|mi|ti|ci|vi|gli|nous|vous|m['’]|t['’]|l['’]|s['’])[ \t]*)?(?:(?:a|ha|han|hanno|ont|avait|había|tem|têm|sempre|siempre|toujours|always)[ \t]+)?)(\p{Ll}+)`,
  'gu',
);
// Participles and past forms of deeds the present-tense lists lack: "m'a poussé", "me empujó", "me empurrou".
const PAST_DEEDS = new Set(
  `poussé frappé insulté menacé harcelé touché volé bousculé giflé tapé engueulé agressé pelotée peloté tripoté
  empujó empujado golpeó golpeado insultó amenazó acosó tocó robó pegó agarró manoseó gritó
  empurrou bateu xingou ameaçou assediou roubou agarrou apalpou gritou
  spinto picchiato insultato minacciato molestato toccato rubato strattonato palpato
  pushed shoved hit punched slapped grabbed groped threatened insulted harassed robbed`.split(/\s+/),
);
// Institutions and posts written with a capital as if they were names.
const INSTITUTIONS =
  /^(?:direcci[óo]n|gerencia|empresa|compa[ñn][íi]a|administraci[óo]n|jefatura|sindicato|gobierno|estado|ayuntamiento|banco|seguro|hacienda|polic[íi]a|police|polizia|pol[íi]cia|guardia|gendarmerie|direction|entreprise|soci[ée]t[ée]|mairie|syndicat|banque|dire[çc][ãa]o|ger[êe]ncia|prefeitura|sindicato|direzione|azienda|societ[àa]|sindacato|comune|governo|banca|patr[óo]n|patronal|chefe|capo|jefe|jefa|chef|boss|gerente|supervisor[a]?|encargad[oa]|coordinador[a]?|diretor[a]?|directeur|directrice|direttore|responsable|responsabile|presidente|pr[ée]sident|ministro|ministre|papa|pape|rey|roi|re|se[ñn]or|se[ñn]ora|senhor|senhora|monsieur|madame|signore|signora|don|do[ñn]a|dona)$/iu;

function nickname(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    word.length >= 3 &&
    !INSTITUTIONS.test(lower) &&
    !ROLE_CUES.has(lower) &&
    !DEPARTMENTS.has(lower) &&
    !NOT_NAMES.has(lower)
  );
}

function deed(word: string): boolean {
  const lower = word.toLowerCase();
  return DEEDS.has(lower) || MORE_DEEDS.has(lower) || PAST_DEEDS.has(lower) || actsAsPerson(lower);
}

function hideIn(whole: string, name: string, from: number): string {
  const at = whole.indexOf(name, from);
  return whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length);
}

const GATE = lazyPattern(String.raw`(?<![\p{L}])(?:${ARTICLE}[ \t]*\p{Lu}\p{Ll}|t(?:ina)?(?:taw|aw)ag)`, 'u');

/** Hides a nickname with its article, or quoted after Taglish "tinatawag", where it names a person (see above). */
export const maskArticledNicknames: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  let out = text.replace(NAMED_IN_BRACKETS.get(), (whole: string, name: string) =>
    nickname(name) ? hideIn(whole, name, 1) : whole,
  );
  out = out.replace(TAGLISH_CALLED.get(), (whole: string, quoted?: string, bare?: string) => {
    const name = quoted ?? bare!;
    if (!/\p{L}/u.test(name) || !nickname(name.trim())) return whole;
    return hideIn(whole, name, whole.length - name.length - (quoted ? 1 : 0));
  });
  return out.replace(DEED_AFTER.get(), (whole: string, name: string, _unit: string, _said: string, verb: string) =>
    nickname(name) && deed(verb) ? hideIn(whole, name, 1) : whole,
  );
};
