import { rule, type UrgencyRule } from './types';

/*
 * A person on, in or under something that moved or gave way: a vehicle, a lift or a load that rolled with someone on
 * it ("the truck rolled with someone on it"), and someone lifted, carried or riding on a forklift's forks ("he drove
 * the forklift with someone on the forks", "mit einem Kollegen auf der Gabel"). A pallet or a load on the forks, or a
 * call that dropped "with someone on it", is none.
 * Tests: test/unit/analysis/urgency-attack-round-31.test.ts, urgency-round-32-classes.test.ts,
 * urgency-reattack-round-32.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// A person, as workers say it.
const EN_SOMEONE = String.raw`(?:someone|somebody|some1|sum1|a (?:guy|man|woman|girl|worker|person|kid|driver|picker|loader|coworker|co-worker|colleague|temp|lad|dude)|(?:two|three|\d+) (?:guys|people|ppl|workers|men|lads)|people|ppl|the (?:driver|operator|loader|picker|guy|worker|lad|temp)|(?:my|our) (?:coworker|co-worker|colleague|mate|buddy|friend)|him|her|them|me|us)`;
// A person, as workers say it.
const EN_PERSON = String.raw`(?:someone|somebody|some1|people|ppl|(?:the|a) (?:new |young |other )?(?:girl|boy|lad|guy|temp|starter|apprentice|trainee|kid)|a (?:guy|man|woman|girl|worker|person|lad|bloke|dude|picker|packer|coworker|co-worker|colleague|temp|kid)|(?:my|our|his|her|the) (?:[\w-]+ )?(?:coworker|co-worker|colleague|mate|friend|buddy|supervisor|manager|boss|lead|foreman|picker|packer|temp|apprentice)|him|her|them|me|us|(?:two|three|\d+) (?:guys|people|ppl|lads|workers))`;
// A film, a joke or training around the words: no event here.
const EN_NOT_REAL_OR_HYPOTHETICAL = String.raw`movie|film|show|series|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|haha|quiz|example|scenario|policy|hypothetically`;
// Someone lifted, stood or riding on a forklift's forks; a load on them is kept out by what it names.
const EN_LOAD = String.raw`(?:pallets?|boxes|box|load|loads|crates?|stock|cages?|drums?|bins?|skips?|bags?|sacks?|rolls?|parts|goods|stuff|it|them|those|these|the \w+ (?:boxes|pallets?|stock|load))`;
const EN_FORKS = String.raw`(?:(?:the |its |a |the forklift'?s? |the truck'?s? )?(?:forklift |reach truck |truck |fork )?(?:forks|tines)(?: of (?:the|a) (?:forklift|truck|reach truck|fork ?lift))?|a pallet on (?:the )?(?:forks|forklift))`;
// A person lifted on a forklift's forks, in French and Portuguese; a pallet or a load is not one.
const FORK_NOT_A_PERSON = String.raw`palettes?|paletes?|caisses?|cartons?|caixas?|carga|charge|colis|stock|estoque|mercadoria|marchandise`;

export const ENGLISH_FORKS_AND_LOADS: UrgencyRule[] = [
  // A vehicle, lift or load that moved or gave way with a person on, in or under it.
  rule(
    'safety',
    String.raw`\b(?:gave (?:out|way)|give way|rolled(?! (?:in|up|into (?:the )?(?:yard|dock|lot|site)|out (?:the|a|new)))|dropped|fell|collapsed|broke|snapped|tipped(?: over)?|flipped(?: over)?|slid|pulled (?:away|off|out|forward)|drove (?:off|away)|took off|came down|crashed|lurched|jerked|started moving|reversed)\b[^.!?\n]{0,30}\b(?:with|while) ${EN_SOMEONE}(?: (?:still|was|were|is|are|was still|were still|stood|standing|sitting|working|inside|loading|unloading))* (?:on|in|inside|under|underneath|beneath|on top of|on board|loading|unloading|in the back|in back)\b${notAround(`${EN_NOT_REAL_OR_LESSON}|call|zoom|teams|meeting|wifi|internet|signal|phone|price|prices|stock|stocks|score|mute|chat|server`)}`,
  ),
  // Someone lifted, carried or riding on a forklift's forks: "he drove the forklift with someone on the forks".
  rule(
    'safety',
    String.raw`\b${EN_PERSON}(?: (?:was|were|is|are|being|get|got|gets|getting|still))?(?: [\w-]+){0,3}? (?:on|onto|on top of|up on|sat on|stood on|standing on|riding|ride|rides|ridden) (?:the|a|his|its|their) (?:pallet |fork ?lift |forklift |reach truck |truck )?(?:forks|tines|tynes)\b(?! (?:training|course|video|game)\b)`,
  ),
  rule(
    'safety',
    String.raw`\b(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|g[ia]ve (?:\w+ )?(?:a )?rides?|giving (?:\w+ )?rides?) ${EN_PERSON} (?:up )?(?:on|with|in) (?:the|a|his|its) (?:pallet |fork ?lift |forklift |reach truck )?(?:forks|tines|tynes)\b`,
  ),
  // A person lifted, stood or riding on a forklift's forks.
  rule(
    'safety',
    String.raw`(?:\b(?:lift|lifts|lifted|lifting|raise|raises|raised|raising|hoist|hoisted|hoisting|put|puts|putting|send|sent|sending|take|took|taking|carry|carried|carrying|push|pushed)\b (?!(?:the |some |a |an |those |these |all the |our |two |three )?${EN_LOAD}\b)(?:[a-z]+ ){0,2}?(?:up )?(?:on|onto|in|using|with) ${EN_FORKS}\b|\b(?:stand|stands|standing|stood|ride|rides|riding|rode|sit|sits|sitting|sat|climb|climbs|climbed|climbing|hanging|hung|balanced|balancing|lifted|raised|hoisted) (?:up )?(?:on|onto|off) ${EN_FORKS}\b)${notAround(`${EN_NOT_REAL_OR_HYPOTHETICAL}|never|not allowed|banned|forbidden|rule|rules|sign|poster|toolbox talk|dont|don'?t|no one is to`)}`,
  ),
];

export const SPANISH_FORKS_AND_LOADS: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:cedio|se cayo|rodo|se movio|arranco|se fue|colapso|se rompio|se vino abajo|volco|se solto|se desplomo|se deslizo|se hundio|avanzo|se echo para atras)\b[^.!?\n]{0,40}\b(?:con|mientras) (?:alguien|una persona|un companero|una companera|un trabajador|el chofer|el operador|dos companeros|\w+ companeros|el muchacho|un chavo) (?:todavia |aun |adentro |arriba |estaba |estaban )*(?:arriba|encima|adentro|dentro|debajo|abajo)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:a un companero|a una companera|a alguien|a una persona|a la gente|gente|personas?|un companero|una companera|companeros|alguien|un chavo|un muchacho|un trabajador)\b[^.!?\n]{0,30}?\b(?:en|sobre|arriba de) (?:las|los|la) (?:unas|horquillas|horquilla|cuchillas|palas|tenedores|horcas)\b`,
  ),
];

export const FRENCH_FORKS_AND_LOADS: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:a lache|a cede|a roule|est parti|est partie|a demarre|s'est effondre\w*|s'est casse\w*|a bascule|est tombe\w*|a recule|a avance|s'est renverse\w*|a glisse)\b[^.!?\n]{0,40}\bavec (?:quelqu'?un|un collegue|une collegue|un gars|un mec|le cariste|le chauffeur|deux \w+|des gens|une personne|un ouvrier) (?:encore |toujours )?(?:dessus|dedans|dessous|a l'interieur|a bord)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:un collegue|une collegue|quelqu'un|des gens|des collegues|un gars|un mec|une personne|des personnes|un interimaire|un cariste)\b[^.!?\n]{0,30}?\b(?:sur|dans) (?:les|la) (?:fourches|fourche)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:leve|levee|leves|levees|monte|montee|montes|hisse|hissee|souleve|soulevee|mis|mise|debout|assis|assise|perche|perchee|grimpe|grimpee|monter|lever|hisser)\b(?! (?:la |le |les |une |un |des )?(?:${FORK_NOT_A_PERSON})\b)[^.!?\n]{0,30}? (?:sur|dans|avec) les fourches\b${notAround(`${FORK_NOT_A_PERSON}|interdit|jamais|consigne|regle|formation`)}`,
  ),
];

export const PORTUGUESE_FORKS_AND_LOADS: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:cedeu|andou|rodou|desceu|arrancou|desabou|quebrou|tombou|caiu|despencou|deslizou|se mexeu|mexeu)\b[^.!?\n]{0,40}\bcom (?:alguem|um colega|uma colega|um cara|o motorista|o operador|dois \w+|uma pessoa|um funcionario|o menino|um trabalhador) (?:ainda )?(?:em cima|dentro|embaixo|debaixo|la dentro)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:um colega|uma colega|alguem|pessoas|gente|um cara|um trabalhador|os colegas)\b[^.!?\n]{0,30}?\b(?:nos|nas|em cima dos|em cima das|sobre os) (?:garfos|garfo|pas|forquilhas)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:levantad[oa]s?|subid[oa]s?|icad[oa]s?|levantaram|subiram|icaram|puseram|levaram|levantou|subiu|andou|andava|anda|andam|em pe)\b(?! (?:a |o |as |os )?(?:${FORK_NOT_A_PERSON})\b)[^.!?\n]{0,30}? (?:nos|nas|em cima dos|em cima das|sobre os|sobre as) (?:garfos|garras|pas|lancas)\b${notAround(`${FORK_NOT_A_PERSON}|proibido|nunca|regra|formacao`)}`,
  ),
];

export const GERMAN_FORKS_AND_LOADS: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:mit|und) (?:einem |einer |dem |der |zwei )?(?:kollegen?|kollegin|mitarbeiter(?:in)?|leuten|person|menschen|jemand(?:em|en)?|mann|frau|azubi)\b[^.!?\n]{0,30}?\bauf (?:der|den|die) (?:gabel|gabeln|gabelzinken|zinken)\b|\b(?:kollegen?|kollegin|jemand(?:en)?|leute|person)[^.!?\n]{0,30}?\b(?:auf die gabel|auf den gabeln|auf der gabel)\b(?: (?:gehoben|gestellt|hochgehoben|gefahren|mitgenommen))?`,
  ),
];
