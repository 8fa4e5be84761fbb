import { notOnItsLine, EN_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * Violence at hand: a sexual assault said in the passive ("got groped in the locker room"), a weapon in the hands of
 * someone out of control ("a dude tweaking out with a box cutter in the lot"), a fight with someone bleeding or a
 * weapon in it ("two drivers fighting, one has a tyre iron"), and a protected person's abuser coming for them (a
 * restraining order and a message, a wait outside). Tests: test/unit/analysis/urgency-attack-round-30.test.ts,
 * urgency-blind-29.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|lol|lmao|haha\w*`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// Someone out of control: high, raging, not in their right mind.
const EN_OUT_OF_CONTROL = String.raw`(?:tweak(?:ing|in'?|ed) out|tweaking|tweakin|freak(?:ing|in'?) out|flip(?:ping|pin'?) out|losing it|lost it|going (?:crazy|nuts|mental|psycho|ballistic)|gone (?:crazy|nuts|mental|psycho)|wil(?:d|ding|din'?) out|spazzing|raging|high as|off (?:his|her|their) (?:head|face|meds)|out of (?:his|her|their) (?:mind|head)|on (?:meth|crack|something|drugs|pcp|spice)|screaming|yelling|ranting|swinging)`;
const EN_BLADE = String.raw`(?:box ?cutters?|stanley knife|utility knife|razor(?: blade)?|knife|knives|blade|machete|gun|pistol|bat|crowbar|hammer|axe|hatchet|screwdriver|broken bottle|shank)`;
const EN_STRANGER = String.raw`(?:a |some |this |the |one )?(?:dude|guy|man|bloke|lad|woman|lady|girl|person|customer|driver|worker|coworker|co-worker|colleague|stranger|homeless (?:guy|man|person)|someone|somebody|he|she|they)`;

export const ENGLISH_VIOLENCE_IN_HAND: UrgencyRule[] = [
  // A sexual assault said in the passive: "got groped in the locker room", "i was molested by the shift lead".
  rule(
    'harassment',
    String.raw`\b(?:got|get|gets|getting|gotten|was|were|been|being|keep getting|i'?ve been|she'?s been|he'?s been) (?:\w+ )?(?:grop(?:ed|d)|molest(?:ed)?|fondled|raped|sexually (?:assaulted|harassed|abused)|felt up|touched up|assaulted|flashed|upskirted|spiked|drugged)\b(?! by (?:the |a |that |this |some )?(?:smells?|stench|stink|noise|sound|music|odou?rs?|perfume|light|heat|cold|adverts?|ads|emails?|questions?|paperwork)\b| (?:by (?:the|a|an) (?:character|villain|hero)|in (?:the|a) (?:movie|film|book|game|show)))${notAround(EN_NOT_REAL)}`,
  ),
  // A weapon in the hands of someone out of control, either order: "a dude tweaking out with a box cutter in the lot".
  rule(
    'safety',
    String.raw`\b${EN_STRANGER}(?: [\w']+){0,5}? ${EN_OUT_OF_CONTROL}\b[^.!?\n]{0,40}\b(?:with|holding|waving|has|had|got|pulled|swinging|brandishing) (?:a |an |his |her |their |the |some )?(?:\w+ )?${EN_BLADE}\b|\b${EN_STRANGER} (?:with|holding|waving|has|had|got|pulled) (?:a |an |his |her |their |the )?(?:\w+ )?${EN_BLADE}\b[^.!?\n]{0,40}\b${EN_OUT_OF_CONTROL}\b${notAround(`${EN_NOT_REAL}|order(?:ed|ing)?|bought|spare|new|sharp|dull|blunt|drawer|supply|supplies`)}`,
  ),
  // A protected person's abuser coming for them: a restraining order and a message, a wait outside, fear to leave.
  rule(
    'threat',
    String.raw`\b(?:restraining|protection|protective|non-?molestation) order\b(?<=\b(?:texted|messaged|message|knows where|waiting|outside|turned up|showed up|see you|scared|afraid|following)\b[^\n]{0,160})|\b(?:restraining|protection|protective|non-?molestation) order\b(?=[^\n]{0,160}\b(?:texted|messaged|knows where|waiting|outside|turned up|showed up|see you|scared|afraid|following)\b)(?![^\n]{0,160}\b(?:how (?:do|can) i|how to|where (?:do|can) i) (?:get|apply)\b)`,
  ),
  // A fight with someone bleeding or a weapon in it: "two drivers fighting, one has a tyre iron, the other bleeding".
  rule(
    'threat',
    String.raw`\b(?:fighting|brawl(?:ing)?|punch-?up|scrapping)\b[^\n]{0,100}?\b(?:(?:on the (?:ground|floor) )?bleeding|knocked out|unconscious|not moving|tyre iron|tire iron|crowbar|bat|hammer|knife|bottle)\b${notOnItsLine(`${EN_CALM}|boxing|sparring|ufc|mma|wrestling|kids|cats|dogs`)}`,
  ),
  // A robbery at gunpoint or knifepoint: a weapon drawn on staff, whenever it was (attack ra34, class U24).
  rule(
    'safety',
    String.raw`\b(?:robbed|robbing|held up|hold-?up|stuck up|mugged|raided|robbery|robberies)\b[^.!?\n]{0,20}?\bat (?:gun|knife)[- ]?point\b|\b(?:gun|knife)[- ]?point (?:robbery|robberies|raid|hold-?ups?)\b`,
  ),
  // Set on and robbed, weapon or not (u36b): "two guys jumped me on my way to the bank and took everything", "they
  // rolled the driver and took the van's cash". Not a queue jumped, nor stock taken off the shelves.
  rule(
    'safety',
    String.raw`\b(?:jumped|mugged|rolled|cornered|ambushed|attacked|set on|beat(?:en)? up|robbed)\b (?:me|us|him|her|them|the (?:\w+ )?(?:driver|cashier|courier|guard|clerk|girl|guy|lad|kid)|our (?:\w+ )?(?:driver|cashier|courier|guard|clerk))\b[^.!?\n]{0,80}?\b(?:took|taken|stole|grabbed|nicked|snatched|cleaned (?:us |me )?out|robbed|got away with|made off with)\b${notAround(EN_NOT_REAL)}`,
  ),
];

/*
 * A robbery with a weapon in Spanish, Portuguese, French and Italian (u36b): "nos asaltaron a mano armada en la caja",
 * "me atracaron a punta de navaja", "a loja foi assaltada à mão armada", "um assaltante armado rendeu o frentista", « on
 * s'est fait braquer avec un couteau », "rapina a mano armata al bancone". The robbery and the weapon in one sentence,
 * either order. Calm beside them: a robbery in a film or a drill ("el atraco en la película").
 */
const ROMANCE_NOT_REAL = String.raw`pelicula|serie|libro|juego|simulacro|noticia|filme|novela|jogo|livro|film|jeu|livre|exercice|gioco|libro|esercitazione|formacion|treinamento|formation|corso`;
const ROMANCE_ROBBED = String.raw`(?:asalt\w*|atrac\w*|robar\w*|robaron|robo|assalt\w*|roub\w*|rend(?:eu|eram|ido|ida)|braqu\w*|rapin\w*|derub\w*|vol a main|agress\w*)`;
const ROMANCE_ARMED = String.raw`(?:a mano armada|a mao armada|a main armee|a punta de (?:pistola|navaja|cuchillo|arma|pistola)|armad[oa]s?|armee?s?|armat[oi]|con (?:una |un )?(?:pistola|navaja|cuchillo|arma|revolver|escopeta)|com (?:uma |um )?(?:arma|faca|revolver|pistola|espingarda)|coronhada|avec (?:un |une )?(?:arme|couteau|pistolet|flingue|fusil)|con (?:una |un )?(?:coltello|pistola|arma|fucile))`;
export const ROMANCE_ARMED_ROBBERY: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:${ROMANCE_ROBBED}\b[^.!?\n]{0,60}?\b${ROMANCE_ARMED}|${ROMANCE_ARMED}\b[^.!?\n]{0,60}?\b${ROMANCE_ROBBED})\b${notAround(ROMANCE_NOT_REAL)}`,
  ),
];
