import { rule, type UrgencyRule } from './types';

/*
 * Threats told second-hand, that the learned model read only from the words of saying around them (dijo44): once
 * "me dijo que", "m'a dit que" no longer weigh for the model (speech-frames.ts), the rules read what was said.
 * - A warning to watch one's back ("me dijo que me cuidara la espalda al salir", "il m'a dit de surveiller mes
 *   arrières", "mi hanno detto di guardarmi le spalle"): told, warned or "better", then the back to watch. Not the
 *   physiotherapist's advice: lifting, carrying, posture after it keeps it calm ("cuida tu espalda al cargar peso").
 * - A beating promised to the writer who speaks ("si hablo me pegan", "se eu falar eu apanho", "wenn ich was sage,
 *   krieg ich Prügel", "jak powiem szefowi to dostanę wpierdol"): the writer's own telling, then the blows, in one
 *   sentence. threats-to-whoever-tells.ts reads the same said to "you".
 * - A fall from a height told with the faller's name ("Paul est tombé du toit"): the French rules read it with "il"
 *   or "elle" only; the other languages' rules read it with a name already.
 *
 * Folded text (normalise.ts: lower case, no accents). Every gap is bounded.
 */

// After the back to watch: lifting, carrying, bending, posture (every language), or a doctor's word. Calm.
const NOT_ERGONOMICS = String.raw`(?![^.!?\n]{0,40}\b(?:levant\w*|carg\w*|agach\w*|postura|ergonom\w*|faja|peso|pesad\w*|soulev\w*|porter|posture|heben|hebst|tragen|bucken|haltung|sollev\w*|pesi|dzwig\w*|podnos\w*|schyl\w*|carreg\w*|abaix\w*|rodillas|genoux|knie|ginocchia|kolana|joelhos)\b)`;
// Told, warned, written, or "better": what makes the back a warning.
const WARN: Record<string, string> = {
  es: String.raw`(?:dijo|dijeron|dice|dicen|advirti\w*|avis\w*|amenaz\w*|mensaje|escribi\w*|mas vale|mejor|ojala)`,
  fr: String.raw`(?:dit|dis|prevenu\w*|previent|averti\w*|menace\w*|ecrit|message|ferais mieux|ferait mieux|feras mieux|vaut mieux|mieux vaut)`,
  pt: String.raw`(?:disse|disseram|falou|falaram|avis\w*|ameac\w*|mensagem|escreveu|melhor|e bom)`,
  de: String.raw`(?:gesagt|sagte|sagt|meinte|meint|gewarnt|warnte|gedroht|drohte|geschrieben|schrieb|besser|lieber|soll|sollst|solle)`,
  it: String.raw`(?:detto|dice|disse|avvisato|avvertito|minacciato|scritto|messaggio|meglio)`,
  pl: String.raw`(?:powiedzial\w*|mowil\w*|mowi|ostrzegl\w*|ostrzega|grozil\w*|napisal\w*|lepiej|zebym|zebys|niech)`,
};
const BACK: Record<string, string> = {
  es: String.raw`(?:me |te |se )?cuid\w* (?:la|las|tu|tus|mi|mis|su|sus) espaldas?`,
  fr: String.raw`surveill\w* (?:mes|tes|ses|vos|nos|les) arrieres|(?:faire |fais |fasse )?gaffe a (?:mes|tes|ses) (?:fesses|arrieres)`,
  pt: String.raw`(?:cuid\w*|olh\w*) (?:das|as|minhas|tuas|suas) costas|olho nas costas`,
  de: String.raw`auf (?:meinen|deinen|seinen|ihren) rucken (?:aufpassen|aufpasse|achten|achte)|pass\w* (?:\w+ )?auf (?:meinen|deinen|seinen|ihren) rucken auf`,
  it: String.raw`guardar\w* le spalle|guardati le spalle|coprirti le spalle`,
  pl: String.raw`pilnow\w* (?:swoich |moich |twoich )?plecow|(?:uwaz\w*|ogladal\w*|ogladaj\w*) (?:sie )?(?:na|za) (?:swoje |moje |twoje )?plecy`,
};
const warnedToWatchTheirBack = (code: string): string =>
  String.raw`\b${WARN[code]}\b[:,]?(?: [^\s.!?]+){0,6}? (?:${BACK[code]})\b${NOT_ERGONOMICS}`;

// The writer speaks (to anyone, or to whom), then blows: "si hablo me pegan".
const BEATEN: Record<string, { speaks: string; blows: string }> = {
  es: {
    speaks: String.raw`si (?:yo )?(?:hablo|digo algo|digo algo|denuncio|me quejo|abro la boca|reporto|voy a (?:rh|recursos humanos|la policia)|le digo|les digo|cuento)`,
    blows: String.raw`me (?:pegan|pega|golpean|golpea|madrean|madrea|parten la (?:cara|madre)|parte la (?:cara|madre)|rompen la cara|rompe la cara|dan una (?:paliza|golpiza|madriza)|da una (?:paliza|golpiza|madriza)|matan|mata a golpes|revientan|revienta)`,
  },
  pt: {
    speaks: String.raw`se (?:eu )?(?:falar|contar|denunciar|reclamar|abrir a boca|abrir o bico|dedurar|for no rh|for na policia)`,
    blows: String.raw`(?:(?:eu )?apanho(?! (?:o|a|os|as|um|uma|do|da|no|na)\b)|(?:eu )?levo (?:porrada|uma surra|pancada|uma coca)|me (?:batem|bate|matam|mata|espancam|espanca|quebram|quebra)|(?:eu )?morro)`,
  },
  fr: {
    speaks: String.raw`si (?:je|j') ?(?:parle|dis quoi que ce soit|dis quelque chose|dis un mot|balance|porte plainte|vais (?:aux rh|voir les rh|a la police|voir la police)|l'ouvre|denonce|signale)`,
    blows: String.raw`(?:je me fais (?:tabasser|frapper|casser la (?:gueule|figure)|defoncer|buter|tuer)|je (?:prends|vais prendre) (?:des coups|une raclee|une volee|cher)|(?:ils|il|on|elle) (?:va |vont )?(?:me )?(?:tabass\w*|frapp\w*|cogn\w*|tu\w*|bute\w*|casser la (?:gueule|figure)|defonc\w*)|(?:ils|il|on|elle) (?:va|vont) me (?:tabasser|frapper|casser la (?:gueule|figure)|tuer|buter|defoncer))`,
  },
  de: {
    speaks: String.raw`wenn ich (?:was|etwas|irgendwas) (?:sage|erzahle|melde)|wenn ich (?:rede|petze|singe|auspacke|den mund aufmache|zum (?:chef|betriebsrat) gehe|zur polizei gehe|es melde|das melde)`,
    blows: String.raw`(?:(?:krieg|kriege|bekomme|bekomm) ich (?:prugel|schlage|eine|was|eins) (?:aufs maul|in die fresse)?|(?:krieg|kriege|bekomme) ich (?:prugel|schlage)|(?:werde|werd) ich (?:verprugelt|geschlagen|umgebracht|kaltgemacht)|(?:bringen|bringt) (?:sie|er|die) mich um|(?:schlagen|verprugeln|verprugelt|schlagt) (?:sie|er|die) mich)`,
  },
  it: {
    speaks: String.raw`se (?:io )?(?:parlo|dico qualcosa|dico una parola|denuncio|apro bocca|faccio la spia|vado (?:dal|al|alla|alle|dai) (?:sindacato|capo|polizia|carabinieri|risorse umane))`,
    blows: String.raw`(?:le prendo|mi (?:picchiano|picchia|ammazzano|ammazza|menano|mena|pestano|pesta|spaccano la faccia|spacca la faccia|gonfiano|gonfia))`,
  },
  pl: {
    speaks: String.raw`(?:jak|jesli|jezeli|jakbym|gdybym)(?: cos)? (?:powiem|pisne|doniose|zglosze|poskarze sie|sie poskarze|pojde do (?:szefa|kadr|pip|policji|kierownika)|powiedzial(?:a)?|zglosil(?:a)?)`,
    blows: String.raw`(?:dostane (?:wpierdol|wpierdziel|w morde|w ryj|lomot|becki|baty|manto)|(?:mnie )?(?:pobija|pobije|zabija|zabije|zatluka|zatlucze|skatuja|skatuje)(?: mnie)?)`,
  },
  en: {
    speaks: String.raw`if i (?:talk|tell|say anything|say a word|snitch|report (?:it|this|him|her|them)|go to (?:hr|the police|the cops|the boss|the union)|open my mouth|complain)`,
    blows: String.raw`(?:i(?:'ll| will|ll|'m gonna| am gonna| am going to|'m going to) (?:get|be) (?:beaten(?: up)?|beat up|jumped|hurt|killed|my ass kicked|dead)|(?:they|he|she)(?:'ll| will|ll|'re gonna| are gonna| is gonna|'s gonna) (?:beat|kill|hurt|jump|stab) me)`,
  },
};
const beatenForSpeaking = (code: string): string =>
  String.raw`\b(?:${BEATEN[code]!.speaks})\b[^.!?\n]{0,40}?\b(?:${BEATEN[code]!.blows})(?![\w'])`;

const both = (source: string): UrgencyRule[] => [rule('threat', source), rule('harassment', source)];

const FRENCH_FALL = String.raw`\b(?:est|sont|etait|etaient) tombee?s? (?:du haut (?:du |de la |de l'|d'une? )|du |de la |de l'|d'une? |depuis (?:le |la |l'|un |une ))(?:toit|echafaudage|echelle|escabeau|nacelle|quai|mezzanine|plateforme|grue|camion|chariot|rayonnage|balcon|passerelle|benne|hauteur)\b|\ba fait une (?:grave |mauvaise |grosse )?chute (?:du |de la |de l'|d'une? |depuis (?:le |la |l'|un |une ))(?:toit|echafaudage|echelle|escabeau|nacelle|quai|mezzanine|plateforme|grue|camion|chariot|rayonnage|balcon|passerelle|benne|hauteur)\b`;

export const SPANISH_WARNED_OR_BEATEN = [...both(warnedToWatchTheirBack('es')), ...both(beatenForSpeaking('es'))];
export const FRENCH_WARNED_OR_BEATEN = [
  ...both(warnedToWatchTheirBack('fr')),
  ...both(beatenForSpeaking('fr')),
  rule('safety', FRENCH_FALL),
];
export const PORTUGUESE_WARNED_OR_BEATEN = [...both(warnedToWatchTheirBack('pt')), ...both(beatenForSpeaking('pt'))];
export const GERMAN_WARNED_OR_BEATEN = [...both(warnedToWatchTheirBack('de')), ...both(beatenForSpeaking('de'))];
export const ITALIAN_WARNED_OR_BEATEN = [...both(warnedToWatchTheirBack('it')), ...both(beatenForSpeaking('it'))];
export const POLISH_WARNED_OR_BEATEN = [...both(warnedToWatchTheirBack('pl')), ...both(beatenForSpeaking('pl'))];
export const ENGLISH_BEATEN_FOR_SPEAKING = both(beatenForSpeaking('en'));
