import { lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';

/*
 * What att48 (a blind attack, 2026-12-07) found still calm after u48a (u50a; docs/escalations.md):
 * - a machine started by itself said with the common verbs, someone in, on or at it: "la prensa arrancó sola con mi
 *   compañero adentro", "se activó sola", "die Maschine ist einfach angesprungen und der Azubi war noch drinne", "von
 *   allein losgefahren", "lief von selbst an mit Mitarbeiter drauf", "è ripartita da sola col collega dentro", "ligou do
 *   nada com o colega em cima", "сам спрацював/сработал", "اشتغلت لوحدها وأحمد جوا", "started up on its own n tony was
 *   in there", "lockout was on but the press cycled anyway with deb at the die";
 * - someone down ("man down", "hombre caído", "homme à terre", "uomo a terra", "有人倒地", "رجل واقع على الأرض") with
 *   words after it: a place ("en la bodega 2", "près du quai 5", "vicino alla pressa", "pallet area", "sa warehouse")
 *   or a state ("no responde", "il bouge plus", "not moving", "ما يتحرك"). u48a read these only as the whole text.
 * Read so, in folded text, every gap bounded. A machine needs both: started by itself (or "anyway", lockout on) and a
 * person in, on or at it; a device of the home or office is no machine. "man down" needs a place said with a
 * preposition or a state after it; "someone is down" needs a state ("down in aisle 3 restocking" is work); a team "a
 * man down" is short of staff. Cyrillic and Arabic words are bounded by letters, not `\b`.
 * Tests: test/unit/analysis/urgency-att48-u50a.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,60}?`;
const either = (self: string, person: string): string =>
  `(?:${self})${GAP}(?:${person})|(?:${person})${GAP}(?:${self})`;
const NB = String.raw`(?<![\p{L}])`;
const NA = String.raw`(?![\p{L}])`;

// Spanish: "arrancó sola", "se activó sola", "se puso en marcha solita", with someone inside, on it or cleaning it.
const ES_SELF = String.raw`\b(?:arranco|arranca|se activo|se activa|se prendio|se prende|se encendio|se enciende|se puso en marcha|se pone en marcha|empezo a (?:andar|girar|funcionar)|se movio|se cerro|bajo|jalo) (?:sol[oa]s?|solit[oa]|de la nada|por si sol[oa]|de repente)\b|\b(?:se prendio|se encendio|se activo|se prende|arranco|prendio) (?:\w+ ){0,3}?(?:by itself|on its own|by it self|outta nowhere|out of nowhere)\b`;
const ES_PERSON = String.raw`\b(?:con|y|mientras|cuando)\b[^.!?\n]{0,50}?\b(?:adentro|dentro|encima|arriba|metid[oa]s?|limpiando|reparando|arreglando|destrabando|la mano|las manos|el brazo|la manga|el pelo|la ropa|debajo)\b`;

// German: "ist einfach angesprungen", "auf einmal losgefahren", "lief von selbst an", with someone in, on or at it.
const DE_ODD = String.raw`(?:einfach|plotzlich|ploetzlich|auf einmal|von (?:allein|alleine|selbst|selber)|ohne grund|grundlos)`;
const DE_SELF = String.raw`\b(?:ist|sind|war)(?: \w+)? ${DE_ODD}(?: \w+)? (?:angesprungen|losgefahren|losgelaufen|angelaufen|angegangen|angefahren|gestartet|runtergekommen|zugefahren)\b|\b(?:lief|lauft|laeuft|sprang|springt|fuhr|fahrt|ging)(?: \w+){0,2} ${DE_ODD}(?: \w+)? (?:an|los)\b`;
const DE_PERSON = String.raw`\b(?:kollege\w*|kollegin\w*|azubi\w*|mitarbeiter\w*|arbeiter\w*|jemand|leute|er|sie|hand|hande|haende|finger|arm)\b[^.!?\n]{0,40}?\b(?:drin|drinne|drinnen|darin|drauf|darauf|dran|dazwischen|in der zelle|in der anlage|in der maschine|im gerat)\b`;

// Italian: "è ripartita da sola col collega dentro", "con Paolo sopra".
const IT_SELF = String.raw`\b(?:acces[oaie]|avviat[oaie]|partit[oaie]|ripartit[oaie]|mess[oaie] in moto|attivat[oaie]|moss[oaie]|chius[oaie]|sces[oaie]) (?:\w+ )?da (?:sol[oaie]|se)\b`;
const IT_PERSON = String.raw`\b(?:con|col|coi|e|mentre|quando)\b[^.!?\n]{0,40}?\b(?:dentro|sopra|sotto|in mezzo|la mano|le mani|il braccio)\b`;

// Portuguese: "ligou do nada com o colega em cima dela", "arrancou sozinha com alguém dentro".
const PT_SELF = String.raw`\b(?:ligou|arrancou|disparou|partiu|acionou|ativou|ligou-se|comecou a (?:rodar|girar|andar)) (?:do nada|sozinh[ao]s?|de repente|por conta propria)\b`;
const PT_PERSON = String.raw`\b(?:com|e|enquanto|quando)\b[^.!?\n]{0,40}?\b(?:dentro|la dentro|em cima|embaixo|debaixo|no meio|a mao|o braco)\b`;

// Polish beside u48a's: someone on it ("a Tomek był na niej").
const PL_SELF = String.raw`\bsam[aoi]?(?: sie)? (?:uruchomil\w*|wlaczyl\w*|ruszyl\w*|zalaczyl\w*|odpalil\w*|zadzialal\w*)|\b(?:uruchomil\w*|wlaczyl\w*|ruszyl\w*|zalaczyl\w*|odpalil\w*|zadzialal\w*)(?: sie)? sam[aoi]?\b`;
const PL_PERSON = String.raw`\b(?:na niej|na nim|w niej|w nim|pod nia|pod nim|w srodku)\b`;

// Ukrainian and Russian: "сам спрацював", "сам сработал", "сам заработал", someone on or in it.
const CY_START = String.raw`(?:запустив\p{L}*|запустил\p{L}*|увімкнув\p{L}*|включив\p{L}*|включил\p{L}*|спрацював\p{L}*|спрацювал\p{L}*|сработал\p{L}*|запрацював\p{L}*|заработал\p{L}*|поїхав\p{L}*|поехал\p{L}*|рушив\p{L}*|тронул\p{L}*|опустив\p{L}*|опустил\p{L}*)`;
const CY_SELF = String.raw`${NB}(?:сам|сама|само|сами|самі)\s(?:\p{L}+\s)?${CY_START}|${NB}${CY_START}\s(?:\p{L}+\s)?(?:сам|сама|само|сами|самі)${NA}`;
const CY_PERSON = String.raw`${NB}(?:на ньому|на ній|на нем|на ней|в ньому|в ній|в нем|в ней|у ньому|у ній|всередині|внутри|усередині|рука|руку|руки|людина|человек|людина|на ленте|на ленті|на стрічці|на конвейере|на конвеєрі|под ним|под ней|під ним|під нею|в нём)${NA}`;

// Arabic (folded): "اشتغلت لوحدها وأحمد جوا", someone inside, on it or at it.
const AR_SELF = String.raw`(?:اشتغل|اشتغلت|اشتغلو|تشغلت|دارت|دار|تحرك|تحركت|نزل|نزلت|قفلت|قفل|بدات تعمل|بدا يعمل|بدات تشتغل|بدا يشتغل|بدات تدور|بدا يدور|اشتغلت فجاه) (?:لحال(?:ها|ه|هم)|لوحد(?:ها|ه|هم)|وحد(?:ها|ه)|بروح(?:ها|ه)|من حال(?:ها|ه)|بنفس(?:ها|ه)|من نفس(?:ها|ه)|فجاه)`;
const AR_PERSON = String.raw`${NB}(?:جوا|جوه|جواها|جواه|داخلها|جوات|فوقها|عليها|تحتها)${NA}|${NB}(?:كان|كانت|عم|وهو|وهي|وانا)\s(?:ي|ت|بي|بت|ب)?(?:صلح|نظف|نضف)\p{L}*|${NB}(?:اثناء|وقت|خلال)\s(?:تنظيف|تصليح|صيانه)`;

// English: "started up on its own", "cycled anyway" (lockout on), someone in there, at the die, on the belt, fixing it.
const EN_MACHINE = String.raw`\b(?:mixers?|conveyors?|belts?|press(?:es)?|augers?|saws?|rollers?|compactors?|machines?|grinders?|slicers?|balers?|shredders?|lathes?|cutters?|robots?|blades?|crushers?|packers?|palletizers?|wrappers?|hoists?|line|it|maquina|prensa|banda|cinta|torno|molino)\b`;
const EN_SELF = String.raw`\b(?:(?:start|fire|kick|power|turn|switch|cycle|spin|run|move)(?:ed|s|d)?|came|comes|come) (?:up |on |back on |back up |over )?(?:(?:all|just) )?(?:on (?:its|it's|their) own|by (?:its own|itself|themselves|it self)|anyway|anyways|regardless|out of nowhere|outta nowhere|outa nowhere|sol[ao]|solit[ao])\b`;
const EN_PERSON = String.raw`\b(?:was|were|still|had|with|while|someone|somebody|there'?s|theres|there was|a guy|a worker)\b[^.!?\n]{0,40}?\b(?:in there|inside|in it|on it|at the die|in the die|under the die|on the belt|at the blade|under the blade|hands? in|arm in|fixing|cleaning|clearing|repairing|unjamming|right there|right next to it|under it|underneath|on top)\b`;
const EN = String.raw`${EN_MACHINE}${GAP}(?:${EN_SELF})${GAP}(?:${EN_PERSON})`;

const MACHINE_SAID_COMMONLY = lazyPattern(
  foldPattern(
    [
      either(ES_SELF, ES_PERSON),
      either(DE_SELF, DE_PERSON),
      either(IT_SELF, IT_PERSON),
      either(PT_SELF, PT_PERSON),
      either(PL_SELF, PL_PERSON),
      either(CY_SELF, CY_PERSON),
      either(AR_SELF, AR_PERSON),
      EN,
    ]
      .map((source) => `(?:${source})`)
      .join('|'),
  ),
  'u',
);

// Nobody at the machine, said where the person would be: "nobody was on it", "no one inside", "it was empty".
const NOBODY_THERE = /\b(?:nobody|no one|no-one|noone|none of us|nobody's|no body|empty)\b/u;

// A device of the home or the office (and a car) that starts by itself: no machine on someone.
const DEVICE = lazyPattern(
  foldPattern(
    String.raw`\b(?:radio|tv|tele|televis\w*|fernseh\w*|laptop|computer|computador|ordenador|pc|drucker|impresora|stampante|printer|telefon|phone|celular|handy|cellulare|lampe|licht|light|lights|luz|luce|cafetera|kaffeemaschine|macchinetta|aspiradora|staubsauger|vacuum|alarma|alarm|carro|coche|auto|car|heizung|calefaccion|generator|generador|ventilador|fan|motore|motor)\b|الراديو|التلفزيون|التلفاز|الكمبيوتر|التلفون|${NB}(?:телевізор|телевизор|ноутбук|компьютер|комп'ютер|радіо|радио|телефон|машина\s+во\s+дворе)`,
  ),
  'u',
);

/** Whether the folded text tells a machine starting by itself, in the common words, with someone in, on or at it. */
export function tellsMachineStartingCommonly(folded: string): boolean {
  const found = MACHINE_SAID_COMMONLY.get().exec(folded);
  if (!found) return false;
  // "… and nobody was on it thank god": the person is named to say there was none.
  if (NOBODY_THERE.test(found[0])) return false;
  return !DEVICE.get().test(folded.slice(Math.max(0, found.index - 40), found.index + found[0].length));
}

// Someone down, in the words of each language; the strong ones (a man, a worker) and the loose ones (someone).
const DOWN_STRONG = String.raw`\b(?:man|men|woman|women|lady|worker|guy|person|employee|operator|colleague|coworker|co-worker|picker|driver)s? down\b|\b(?:hombre|trabajador|trabajadora|companero|companera|compa|operario|operaria|persona|empleado|empleada) (?:caid[oa]|tirad[oa]|desmayad[oa])\b|\b(?:homme|ouvrier|ouvriere|collegue|gars|quelqu'un) (?:a terre|au sol)\b|\b(?:uomo|operaio|operaia|collega|lavoratore) a terra\b|\b(?:homem|colega|trabalhador|trabalhadora|funcionario|funcionaria|operario) caid[oa]\b|\b(?:mann|kollege|kollegin|arbeiter|mitarbeiter) am boden\b`;
const DOWN_LOOSE = String.raw`\b(?:someone|somebody|someones|someone's|some one|a guy|a worker|one of the guys)(?: is| 's)? down\b`;
// A state: not moving, not answering, not breathing, unconscious, bleeding.
const STATE = String.raw`\b(?:not moving|isn'?t moving|not responding|unresponsive|not breathing|isn'?t breathing|passed out|unconscious|no response|bleeding|won'?t wake|wont wake|cant move|can'?t move|no (?:responde|contesta|se mueve|respira|reacciona)|inconsciente|sangrando|(?:ne )?(?:bouge|repond|respire|reagit) (?:plus|pas)|inconscient|saigne|non (?:risponde|si muove|respira|reagisce)|svenuto|incosciente|nao (?:responde|se mexe|respira|reage)|desmaiad[oa]|reagiert nicht|bewegt sich nicht|atmet nicht|bewusstlos|hindi gumagalaw|hindi sumasagot|walang malay)\b`;
// A place, said with a preposition: "en la bodega 2", "près du quai 5", "vicino alla pressa", "sa warehouse", "pallet area".
const PLACE = String.raw`\b(?:in|at|by|near|on|behind|next to|outside|inside|sa|en|junto a|cerca de|al lado de|detras de|frente a|dans|devant|derriere|vers|nel|nella|nello|nei|al|alla|dietro|davanti|no|na|im|am|bei|neben|vor|hinter|an der)\b|\b(?:pres d|a cote d|perto d|ao lado d|atras d|vicino a|accanto a)\w*|\b(?:pallet|loading|storage|break|parking|shipping|receiving|dock|production) (?:area|room|bay|zone|lot)\b|\b(?:aisle|bay|dock|line|gate|zone|cell|freezer|warehouse|out back|out front|back there|over here|over there|upstairs|downstairs|restroom|bathroom|toilets?)\b`;
const SOMEONE_DOWN_ON = String.raw`(?:${DOWN_STRONG})(?:[ ,:;!-]+(?:${DOWN_STRONG}))*[ ,:;!-]{1,4}(?:${PLACE}|[^.!?\n]{0,40}?${STATE})|(?:${DOWN_LOOSE})[^.!?\n]{0,40}?${STATE}`;
// Chinese: "有人倒地不动了", "有个工人倒在地上"; not "倒地铁" (to change underground trains).
const ZH_DOWN = String.raw`(?:有人|有个人|有个工人|一个人|工人|同事|师傅|员工)[^。！？\n]{0,4}?倒(?:地(?!铁)|在地上|在[^。！？\n]{1,8}?(?:不动|没反应|没有反应|叫不醒|昏迷))`;
// Arabic (folded): "رجل واقع على الأرض ما يتحرك", "رجل مرمي على الأرض بالحمام ما عم يرد".
const AR_DOWN = String.raw`${NB}(?:رجل|واحد|عامل|شخص|زميل|حد|زلمه)\s(?:[^.!?\n]{0,10}?\s)?(?:واقع|مرمي|طايح|ملقي|مغمي عليه|ساقط)\s[^.!?\n]{0,40}?(?:ما|مش|مو|لا)\s(?:عم\s|بي|بي\s)?(?:يتحرك|يرد|يتنفس|يجاوب|بيتحرك|بيرد|يرد\p{L}*|يتحرك\p{L}*)`;

const SOMEONE_DOWN = lazyPattern(foldPattern(`(?:${SOMEONE_DOWN_ON})|(?:${ZH_DOWN})|(?:${AR_DOWN})`), 'u');
// A team short of staff ("we're a man down in aisle 3 this week", "still two men down on the line").
const SHORT_STAFFED =
  /\b(?:are|re|were|was|be|been|being|running|run|stay|still|remain|only|just) (?:a|one|two|three|\d) $/u;
// "we got a man down out back" is the alarm itself, not a count.
const COUNTED = /(?:^|\b)(?<!\b(?:got|have|there'?s|theres) )(?:a|one|two|three|four|five|six|\d{1,2}) $/u;
// Someone described by where they sit ("the guy down in accounting fixed my laptop"): with a place alone, not a report.
const DESCRIBED = /\b(?:the|that|this|those|these|his|her|my|your|our|their) $/u;
const IN_A_STATE = lazyPattern(foldPattern(STATE), 'u');

// "Man down" said of a team short of staff, a game or a device ("man down on nights, steve called in sick so we are
// short", "man down — our goalie broke his ankle at sunday league", "man down in the office my laptop died", att51):
// without a state of a person, not a report.
const NOT_A_PERSON_DOWN = lazyPattern(
  String.raw`\b(?:called in sick|call(?:ed)? out|calling in|off sick|out sick|on leave|short[- ]?staffed|short[- ]?handed|(?:we are|we're|were|so) short|quit|goalie|keeper|league|match|game|fantasy|tournament|pitch|laptop|computer|pc|server|printer|wifi|wi-fi|network|monitor|my phone|the system)\b`,
  'u',
);

/** Whether the folded text tells someone down, with where or how they are. */
export function tellsSomeoneDownWithWhereOrState(folded: string): boolean {
  const found = SOMEONE_DOWN.get().exec(folded);
  if (!found) return false;
  const before = folded.slice(Math.max(0, found.index - 20), found.index);
  if (SHORT_STAFFED.test(before)) return false;
  if (NOT_A_PERSON_DOWN.get().test(folded) && !IN_A_STATE.get().test(folded)) return false;
  // A count of people short with no state ("two men down on nights this week bc of flu"): a rota, not a collapse.
  if (COUNTED.test(before) && !IN_A_STATE.get().test(folded.slice(found.index, found.index + 100))) return false;
  return !DESCRIBED.test(before) || IN_A_STATE.get().test(folded.slice(found.index, found.index + 100));
}

// A report of one sentence, or two short ones: all it says is the machine or the person down.
const ONLY_THIS = /^[^.!?\n]{0,160}(?:[.!?\n]+[^.!?\n]{0,40})?[.!?\s]*$/u;

/** The reading with safety added where a machine started by itself on someone, or someone is down, as att48 said them. */
export function withMachineOrSomeoneDownSaidCommonly(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string' || !text) return reading;
  const folded = fold(text);
  if (!tellsMachineStartingCommonly(folded) && !tellsSomeoneDownWithWhereOrState(folded)) return reading;
  // A kind read from the report's own words ("drauf" as fraud, "ما يتحرك" as a threat) is not what it says.
  return ONLY_THIS.test(text.trim()) ? { urgent: true, categories: ['safety'] } : withKindsAdded(reading, 'safety');
}
