import { isOriginWord } from './self-descriptions-origin-words';

/*
 * More ways to write "the only …" that the preview's warning reads (blind attack ra38: the warning was missing for
 * half of what an attacker wrote). Kept apart from self-descriptions.ts's own words because redaction reads those
 * (isPersonWord, isTradeWord): the words here only name phrases in the preview and never change the stored text.
 *
 * - Other determiners and quantifiers: "our only Sikh employee", "my only female coworker", "the single night guard",
 *   "the lone woman electrician", "the one and only deaf packer", "the last remaining welder on nights" (not "the last manager", who was before), "nuestra
 *   única cajera", "notre seul cariste", "unsere einzige Fahrerin". "The first woman forklift driver" needs two person
 *   words ("the first woman I met" is a meeting, not a post).
 * - Languages the base cue did not read: Ukrainian and Russian ("єдиний нічний охоронець", "единственная женщина"),
 *   Polish ("jedyna kobieta na zmianie"), Tagalog ("nag-iisang babae", "tanging babae", "ako lang ang babaeng driver"), Haitian Creole ("sèl fanm nan
 *   ekip la"), Dutch ("de enige vrouw"), Italian's "unico" after its article ("il unico", "l'unico" already read).
 * - Person words those languages and a few more trades use ("chauffeur", "vigile", "vigilante", "segurança",
 *   "watchman", "coworker"); Slavic words by their stem, whatever their case ("kobietą", "kierowcą", "жінкою").
 */

// Cues after which a person word is looked for, as the base cue's are. Each must end at a word's end.
// Letters outside ASCII are written as \u escapes: a String.raw source reaches the intake's entry as written, and every
// entry a cold start reads stays ASCII (test/infra/bundles.test.ts). The same in the other self-descriptions files.
export const MORE_CUES = String.raw`(?:our|my|his|her|their|your)[ \t]+(?:only|sole|one[ \t]+and[ \t]+only)|the[ \t]+(?:one[ \t]+and[ \t]+only|single|lone|only[ \t]+remaining|last[ \t]+remaining|first)|(?:mi|mis|nuestr[oa]|su|tu)[ \t]+\u00fanic[oa]|(?:notre|mon|ma|leur|son|sa|ton|ta)[ \t]+seule?|(?:unser|unsere|unseren|mein|meine|meinen|ihr|ihre|sein|seine)[ \t]+einzige[rnms]?|(?:il|lo)[ \t]+unico|(?:la|l['\u2019])[ \t]*unica|(?:o|a|meu|minha|nosso|nossa)[ \t]+\u00fanic[oa]|(?:de|het)[ \t]+enige|(?:onze|mijn)[ \t]+enige|\u0454\u0434\u0438\u043d(?:\u0438\u0439|\u0430|\u0435|\u043e\u0433\u043e|\u043e\u0457|\u043e\u043c\u0443|\u0456\u0439|\u0438\u043c|\u043e\u044e|\u0443)|\u0435\u0434\u0438\u043d\u0441\u0442\u0432\u0435\u043d\u043d(?:\u044b\u0439|\u0430\u044f|\u043e\u0435|\u043e\u0433\u043e|\u043e\u0439|\u043e\u043c\u0443|\u044b\u043c|\u0443\u044e)|jedyn(?:y|a|\u0105|ym|ego|ej|emu)|nag-iisang|tanging|ako[ \t]+la(?:ng|mang)[ \t]+ang|s[\u00e8e]l|come[ \t]+unic[oa]|como[ \t]+[\u00fau]nic[oa]|comme[ \t]+seule?|als[ \t]+einzige[rnms]?`;

// "the single Engineers" are unmarried: "the single" and "the lone" single one out only before one person.
export const ONE_PERSON_ONLY = /(?:single|lone)$/iu;
// "the lone worker policy": a lone worker is anyone working alone, a term of safety rules, not one person.
export const TERM_OF_ART = (cue: string, noun: string) => /lone$/iu.test(cue) && /^work(?:er|ers|ing)$/iu.test(noun);
// "the first" names a post only when two person words, or a group and a person word, follow: "the first woman
// forklift driver", "the first black supervisor".
export const NEEDS_TWO_PERSON_WORDS = /^the[ \t]+first$/iu;
export const GROUP_WORDS = new Set(
  'female male black deaf blind muslim sikh jewish hindu gay lesbian trans transgender disabled woman women'.split(' '),
);

export const MORE_PEOPLE = new Set(
  `watchman nightwatchman coworker co-worker colleague workmate teammate receptionist security crane chauffeur
  vigile gardien gardienne caissier caissière cuisinier cuisinière serveur serveuse livreur livreuse chauffeuse
  préparatrice aide-soignant aide-soignante veilleur veilleuse vigilante chófer camionero camionera repartidor
  repartidora guardia celador celadora segurança vigia enfermeira autista guardiano guardia cassiere cassiera
  saldatrice cuoco cuoca infermiera magazziniera motorista vrouw man collega chauffeur bewaker lasser heftruckchauffeur
  babae lalaki bakla tomboy tsuper drayber guwardiya kusinero kusinera nars fanm gason moun chofè gad enfimyè kizinyè
  ouvriye travayè`
    .split(/\s+/)
    .filter(Boolean),
);

// Ukrainian, Russian and Polish decline their nouns: a word that starts with one of these stems is a person word.
const SLAVIC_STEMS = `жінк чоловік хлопц хлопець дівчин працівни водi водій водія водієм охорон зварювальни медсестр
  прибиральни мусульман женщин мужчин парн девушк работни водител охранни сварщик уборщиц kobiet mężczy dziewczyn
  chłopak pracowni kierowc ochroniar spawacz magazynier sprzątacz pielęgniar muzułman operator elektryk mechanik`
  .split(/\s+/)
  .filter(Boolean);

/** Whether a word (lower case) names a person in the words read only for the preview's warning. */
export function isMorePersonWord(lower: string): boolean {
  return (
    MORE_PEOPLE.has(lower) ||
    // Tagalog joins a describing word to its noun with "-ng": "babaeng driver" (a woman driver).
    MORE_PEOPLE.has(lower.replace(/ng$/, '')) ||
    MORE_PEOPLE.has(lower.replace(/s$/, '')) ||
    SLAVIC_STEMS.some((stem) => lower.startsWith(stem)) ||
    // red43b: "o único brasileiro", "ako lang ang Pilipina", "der einzige Syrer": where someone comes from.
    isOriginWord(lower)
  );
}

// Prepositions of those languages, after which a place, team or shift goes on describing the person.
export const MORE_PREPOSITIONS = `w we z ze przy u в у на із з зі при в во sa nan lan nan ak van bij op`;
