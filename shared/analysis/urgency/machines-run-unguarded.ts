import { notOnItsLine, EN_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * A machine run with its guard off, cleaned or cleared while it runs, or its interlock or emergency stop defeated
 * ("press 3 guard is off and they're running it anyway", "they make us clean the mixer with it running", "they zip
 * tied the safety interlock open"), in English, Spanish, French and Portuguese.
 * Tests: test/unit/analysis/urgency-blind-29.test.ts, urgency-attack-round-31.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// Machines whose moving parts catch hands.
const EN_MACHINE = String.raw`(?:mixer|slicer|conveyor|belt|press|saw|bandsaw|grinder|blender|roller|rollers|auger|machine|machines|line|chipper|shredder|baler|compactor|extruder|lathe|mill|drum|dough ?mixer|meat grinder|mincer|cutter|die|rotor|fan|chain|sprocket|spindle|printer)`;
// Spanish.
const ES_MACHINE = String.raw`(?:maquina|maquinas|mezcladora|batidora|rebanadora|cortadora|banda|cinta|prensa|sierra|molino|picadora|linea|rodillo|transportadora|amasadora|trituradora|compactadora|empacadora|troqueladora|torno)`;

export const ENGLISH_MACHINES_RUN_UNGUARDED: UrgencyRule[] = [
  // A machine run with its guard off: "press 3 guard is off and they're running it anyway".
  rule(
    'safety',
    String.raw`\bguards? (?:is |are |was |were |been |has been |have been )?(?:off|removed|taken off|missing|bypassed)\b[^.!?\n]{0,60}\b(?:running|operating|using) (?:it|them|the \w+)(?: anyway| regardless| still)?\b(?![^.!?\n]{0,40}\b(?:locked out|isolated|maintenance|not running|switched off)\b)${notOnItsLine(EN_CALM)}`,
  ),
  // A machine cleaned or cleared while it runs: "they make us clean the mixer with it running".
  rule(
    'safety',
    String.raw`\b(?:clean\w*|unjam\w*|clear\w*|reach\w* into|fix\w*|work\w* on|oil\w*|grease\w*|adjust\w*|scrap(?:e|es|ed|ing)|wip(?:e|es|ed|ing)|servic\w*|repair\w*|unclog\w*|unblock\w*)\b (?:out )?(?:the |a |our |that |this )?(?:\w+ )?${EN_MACHINE}\b(?: \w+){0,3}? (?:with it|with (?:the )?(?:machine|power|motor|line|belt|blades?|it) (?:still )?|while (?:it'?s|its|it is|they'?re|theyre|it'?s still|its still|it is still|still)|when (?:it'?s|its|it is)|and it'?s|(?:still )?)(?: still)? ?(?:running|on|live|moving|going|turning|spinning|powered(?: up)?|plugged in|energi[sz]ed)\b(?! (?:a (?:cycle|program|wash)|windows|low|empty|late))${notAround(`${EN_NOT_REAL_OR_LESSON}|never|don'?t ever|do not|must not|mustn'?t|shouldn'?t|should not|after (?:it|the)|once (?:it|the)|locked out|lockout|tagged out`)}`,
  ),
  // A guard, interlock or emergency stop defeated: "they zip tied the safety interlock open".
  rule(
    'safety',
    String.raw`\b(?:bypass\w*|jump(?:ed|ing|s)? out|zip ?tie[ds]?|zip ?tying|tap(?:ed|ing)|tape[ds]?|wedg(?:e|es|ed|ing)|disabl(?:e|es|ed|ing)|defeat(?:s|ed|ing)?|rigg(?:ed|ing)|overrid(?:e|es|ing)|overridden|cheat(?:s|ed|ing)?|pull(?:ed|ing)? off|rip(?:ped|ping)? off|tak(?:e|es|ing) off|took off|remov(?:e|es|ed|ing))\b (?:out |off |open )?(?:the |a |all the |every |our )?(?:\w+ )?(?:safety )?(?:interlocks?|e-? ?stops?|emergency stops?|light curtains?|safety switch(?:es)?|kill switch(?:es)?|two[- ]hand(?:ed)? controls?|dead ?-?man'?s? switch(?:es)?|machine guards?|blade guards?|guarding)\b${notAround(`${EN_NOT_REAL_OR_LESSON}|security|fixed|repaired|replaced|installed|new|engineer|maintenance|locked out|lockout`)}`,
  ),
];

export const SPANISH_MACHINES_RUN_UNGUARDED: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:limpi\w*|destrab\w*|desatasc\w*|meter la mano|met\w* la mano|arregl\w*|engras\w*|ajust\w*)\b[^.!?\n]{0,30}\b${ES_MACHINE}\b[^.!?\n]{0,30}\b(?:encendid[ao]s?|prendid[ao]s?|andando|en marcha|funcionando|corriendo|en movimiento|conectad[ao]s?)\b|\b(?:quit\w*|sac\w*|desactiv\w*|puente\w*|bloque\w*|amarr\w*|anul\w*)\b (?:\w+ )?(?:la |las |el |los )?(?:guardas?|protecciones|proteccion de la \w+|resguardos?|sensor(?:es)? de seguridad|paro de emergencia|seguros? de la \w+|cortina de luz)\b`,
  ),
];

export const FRENCH_MACHINES_RUN_UNGUARDED: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:nettoy\w*|debloqu\w*|degag\w*|graiss\w*|regl\w*|mettre la main|mett\w* les mains)\b[^.!?\n]{0,30}\b(?:machine|petrin|trancheuse|convoyeur|tapis|presse|scie|broyeur|melangeur|ligne|malaxeur|rouleaux?|hachoir)\b[^.!?\n]{0,20}\b(?:en marche|en route|allumee?s?|qui tourne\w*|sous tension|en fonctionnement|branchee?s?)\b|\b(?:enlev\w*|retir\w*|shunt\w*|desactiv\w*|bloqu\w*|strap\w*|ponte\w*)\b (?:\w+ )?(?:le |la |les |l')?(?:carters?(?: de protection)?|protecteurs?|protections? de la \w+|securites? de la \w+|arret d'urgence|arrets d'urgence|capteurs? de securite|barrieres? immaterielles?)\b`,
  ),
];

export const PORTUGUESE_MACHINES_RUN_UNGUARDED: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:limp\w*|desentup\w*|destrav\w*|engrax\w*|ajust\w*|por a mao|enfiar a mao|mexer)\b[^.!?\n]{0,30}\b(?:maquina|misturador(?:a)?|batedeira|fatiador(?:a)?|esteira|prensa|serra|moedor|cilindro|linha|masseira|triturador)\b[^.!?\n]{0,20}\b(?:ligad[ao]s?|funcionando|rodando|em movimento|andando|girando|na tomada)\b|\b(?:tir\w*|remov\w*|arranc\w*|desativ\w*|burl\w*|jumpe\w*|amarr\w*)\b (?:\w+ )?(?:a |as |o |os )?(?:protecao|protecoes|grade de protecao|grades de protecao|sensor(?:es)? de seguranca|botao de emergencia|parada de emergencia|trava de seguranca|cortina de luz|carenagem)\b(?! (?:de tela|do celular|do telefone|solar|de dados))`,
  ),
];
