import { rule, type UrgencyRule } from './types';

/*
 * Dangers an outside attacker's round 31 found read calm (test/unit/analysis/urgency-attack-round-31.test.ts), each
 * read as a shape, not as the sentence quoted:
 *  - a slur or hate symbol written where someone works ("somebody wrote the n word on my locker again");
 *  - smoking or a flame next to fuel or gas ("ppl smoking next to the propane tanks all day");
 *  - a vehicle, lift or load that moved or gave way with a person on, in or under it ("the truck rolled with someone
 *    on it");
 *  - fraud: fake vendors or invoices, hours skimmed off timecards, money taken for a job ("el gerente cobra a los nuevos
 *    por darles el trabajo"); the product treats fraud as urgent (docs/escalations.md);
 *  - heat making people sick ("heat index 110 in the trailers, 2 ppl threw up");
 *  - a machine cleaned running or its guard taken off ("they make us clean the mixer with it running");
 *  - retaliation for a complaint ("hr told me to drop my complaint or id lose my job"): harassment, as "retaliation";
 *  - thinking about dying, said lightly ("i'm fine i just think about dying a lot");
 *  - a threat to bomb or blow up the workplace in Spanish and Italian;
 *  - a date or sex demanded on pain of the job ("si no salgo con el me despide"): harassment, the CHRO's, not a threat
 *    to people on site.
 * Calm look-alikes are kept out by what they name: "no smoking sign by the gas tanks", "the call dropped with someone
 * on it", "they cut our hours for winter", "thinking about dyeing my hair", "drop the complaint form in the box".
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;

// Things that burn or explode, as a site keeps them.
const EN_FLAMMABLE = String.raw`(?:propane|lpg|butane|gas|fuel|diesel|petrol|gasoline|acetylene|oxygen|o2|hydrogen|thinners?|solvents?|paint store|paint room|flammables?|aerosols?|chemical store|fuel pumps?|fuel bowser|jerry ?cans?|gas cans?)`;
// A person, as workers say it.
const EN_SOMEONE = String.raw`(?:someone|somebody|some1|sum1|a (?:guy|man|woman|girl|worker|person|kid|driver|picker|loader|coworker|co-worker|colleague|temp|lad|dude)|(?:two|three|\d+) (?:guys|people|ppl|workers|men|lads)|people|ppl|the (?:driver|operator|loader|picker|guy|worker|lad|temp)|(?:my|our) (?:coworker|co-worker|colleague|mate|buddy|friend)|him|her|them|me|us)`;
// Machines whose moving parts catch hands.
const EN_MACHINE = String.raw`(?:mixer|slicer|conveyor|belt|press|saw|bandsaw|grinder|blender|roller|rollers|auger|machine|machines|line|chipper|shredder|baler|compactor|extruder|lathe|mill|drum|dough ?mixer|meat grinder|mincer|cutter|die|rotor|fan|chain|sprocket|spindle|printer)`;
// What a manager does to someone who complained.
const EN_PUNISHED = String.raw`(?:fired|fire (?:me|us|her|him|them)|let (?:me|us|her|him|them) go|sacked|terminated|written up|wrote (?:me|us|her|him|them) up|cut (?:my|our|her|his|their) (?:hours|shifts|pay)|took (?:my|our|her|his|their) (?:shifts|hours|overtime)|demoted|moved (?:me|us|her|him|them) to (?:nights|days|another \w+|the \w+)|switched (?:me|us|her|him|them) to \w+|put (?:me|us|her|him|them) on (?:nights|the worst \w+)|punished|suspended|lose (?:my|our|your|her|his|their) (?:job|jobs|shifts|hours|position)|lost (?:my|our|her|his|their) (?:job|shifts|hours))`;
// Complaining, as people put it.
const EN_COMPLAINED = String.raw`(?:complain\w*|report(?:ed|ing)? (?:him|her|them|it|the \w+|my \w+)|went to (?:hr|osha|the union|management|the labou?r board)|go to (?:hr|osha|the union)|fil(?:ed|ing) (?:a |my |an )?(?:complaint|grievance|report|claim)|spoke up|called osha|talked to (?:hr|osha|the union)|rais(?:ed|ing) (?:a |my )?(?:concern|grievance|complaint))`;

// What a boss holds over someone: the job, the shifts, a life made hell.
const EN_JOB_AT_STAKE = String.raw`(?:fire (?:me|her|you|us)|fired|sack (?:me|her|you)|sacked|let (?:me|her|you) go|lose (?:my|her|your) (?:job|shifts|hours|position)|make (?:my|her|your) life (?:hell|miserable|a living hell)|cut (?:my|her|your) (?:hours|shifts)|take (?:my|her|your) (?:shifts|hours)|keep (?:my|her|your) (?:job|shifts|hours|position)|get (?:me|her|you) (?:fired|sacked)|write (?:me|her|you) up)`;
// A date or sex as the price: "if i dont go out with him", "unless i sleep with him".
const EN_UNLESS_YOU_GIVE = String.raw`(?:if|unless|until) (?:i|she|you|we|u) (?:don'?t |dont |do not |won'?t |wont |refuse to |say no to |stop )?(?:go(?:ing)? out with|go on (?:a )?dates? with|date|dating|sleep(?:ing)? with|hook(?:ing)? up with|have sex with|kiss|make out with|send (?:him|her) (?:nudes|pics|photos)|give (?:him|her) (?:a kiss|head|a blowjob|what (?:he|she) wants)) (?:him|her|them|me|the (?:boss|manager|supervisor|sup|lead|owner)|my (?:boss|manager|supervisor|sup|lead))`;

/** English. */
export const ENGLISH_SAID_31: UrgencyRule[] = [
  // A slur or hate symbol written, drawn or left where someone works: "somebody wrote the n word on my locker".
  rule(
    'discrimination',
    String.raw`(?:\b(?:wrote|written|writes|writing|spray ?paint(?:ed|s)?|spraypainted|painted|drew|drawn|draws|carved|scratched|keyed|etched|scrawled|scribbled|tagged|graffitied|sharpied)\b (?:a |an |the |some |more )?(?:racial )?(?:n ?-?word|n-?word|n\*+\w*|n[i1!]gg\w*|slurs?|kkk|white power|sieg heil|heil hitler)(?![\w*])(?! (?:is|was) (?:offensive|banned|wrong|not ok))|\b(?:the )?(?:n ?-?word|n\*+\w*|n[i1!]gg\w*|racial slurs?|slurs?|kkk|white power)(?![\w*]) (?:was |is |got |has been |been )?(?:spray ?painted|painted|written|scrawled|carved|scratched|keyed|etched|drawn|tagged|scribbled) (?:on|in|into|across|all over|onto)\b(?! (?:my|his|her|your|their|our|the) (?:forehead|face|heads?|chest|eyes)))${notAround(EN_NOT_REAL)}`,
  ),
  // Smoking or a flame next to fuel or gas: "ppl smoking next to the propane tanks all day".
  rule(
    'safety',
    String.raw`(?<!\b(?:no|non|anti|stop) )\b(?:smok(?:e|es|ed|ing|in'?)(?! hot| (?:the |some |a )?(?:brisket|meat|ribs|fish|salmon|pork|chicken|turkey|sausages?|cheese|ham))|vap(?:e|es|ed|ing)|lighting (?:up|a (?:cig\w*|smoke|fag|joint)|cig\w*)|lit (?:a (?:cig\w*|smoke|fag|joint)|up)|flicking (?:a |their |his )?lighters?|bbq(?:ing)?|barbecu\w*)\b(?! (?:area|shelter|sign|signs|ban|policy|is banned|is not allowed|isn'?t allowed)\b)[^.!?\n]{0,25}?\b(?:next to|by|near|beside|right by|right next to|around|in|inside|close to|on top of|behind|at|sat on|sitting on|leaning on)(?: the| a| all the| our| them)? (?:\w+ )?${EN_FLAMMABLE}\b(?! (?:station|prices?|bill|money|card|attendant|grill|bbq|barbecue|stove|hob|fireplace|heater)\b)${notAround(`${EN_NOT_REAL}|moved away|far from|away from|no smoking|lol|lmao|hahaw*`)}`,
  ),
  // A vehicle, lift or load that moved or gave way with a person on, in or under it.
  rule(
    'safety',
    String.raw`\b(?:gave (?:out|way)|give way|rolled(?! (?:in|up|into (?:the )?(?:yard|dock|lot|site)|out (?:the|a|new)))|dropped|fell|collapsed|broke|snapped|tipped(?: over)?|flipped(?: over)?|slid|pulled (?:away|off|out|forward)|drove (?:off|away)|took off|came down|crashed|lurched|jerked|started moving|reversed)\b[^.!?\n]{0,30}\b(?:with|while) ${EN_SOMEONE}(?: (?:still|was|were|is|are|was still|were still|stood|standing|sitting|working|inside|loading|unloading))* (?:on|in|inside|under|underneath|beneath|on top of|on board|loading|unloading|in the back|in back)\b${notAround(`${EN_NOT_REAL}|call|zoom|teams|meeting|wifi|internet|signal|phone|price|prices|stock|stocks|score|mute|chat|server`)}`,
  ),
  // Fake vendors, invoices or staff paid: "accounting is paying fake vendors".
  rule(
    'fraud',
    String.raw`(?:\b(?:pay(?:s|ing)?|paid|bill(?:s|ing|ed)?|submit\w*|approv\w*|creat\w*|set(?:ting)? up|send(?:s|ing)?|sent|cut(?:ting)? checks? to|wir(?:e|es|ed|ing)|invoic\w*|putting|put|has|have|got)\b[^.!?\n]{0,30}\b(?:fake|ghost|phantom|bogus|shell|made[- ]up|fictitious|nonexistent|non-existent|dummy|fraudulent) (?:vendors?|suppliers?|invoices?|compan(?:y|ies)|employees|workers|contractors?|bills?|expenses?|receipts?|accounts?|payroll|staff|names)\b|\b(?:pay(?:s|ing)?|paid|bill(?:s|ing|ed)?|invoic\w*)\b[^.!?\n]{0,30}\b(?:a |to a )?compan(?:y|ies) that (?:doesn'?t|does not|dont|don'?t|do not|never) (?:exist|do anything)\b|\bbill(?:s|ed|ing)? (?:us|the company|the client|clients|customers?|the council|the state) for (?:work|jobs?|hours|parts|stuff|things|materials)(?: that)?(?: was| were| they| he| she| we)? (?:never|not) (?:done|delivered|did|performed|used|worked)\b)${notAround(`${EN_NOT_REAL}|phishing|spam|scam emails?|awareness`)}`,
  ),
  // Hours skimmed off timecards or pay: "payroll is skimming hours off our timecards", "shaved 5 hrs off my check".
  rule(
    'fraud',
    String.raw`(?<!\b(?:i|we|i just|we just) )\b(?:skim\w*|shav(?:e|es|ed|ing)|cut(?:s|ting)?|knock(?:s|ed|ing)?|chopp?(?:s|ed|ing)?|steal(?:s|ing)?|stole|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|dock(?:s|ed|ing)?|tak(?:e|es|ing)|took|tak(?:en)|scrap(?:e|es|ed|ing)|fudg(?:e|es|ed|ing)|wip(?:e|es|ed|ing))\b (?:(?:an?|\d+|one|two|three|four|five|ten|some|extra|the) )?(?:hours?|hrs?|mins?|minutes|time|overtime|ot|breaks?)(?: a week| every week| each week)? (?:off|from|out of) (?:of )?(?:our|my|their|his|her|everyone'?s|people'?s|the|all our|all the) (?:time ?cards?|time ?sheets?|punch(?:es)?|clock(?:[- ]ins?)?|paychecks?|checks?|pay ?checks?|pay ?slips?|pay|wages?|hours|records?)\b${notAround(`${EN_NOT_REAL}|sick|vacation|holiday|leave|appointment|dentist|doctor|pto|left early`)}`,
  ),
  // Money taken for a job or shifts: "sup charges people 50 bucks to get on the schedule".
  rule(
    'fraud',
    String.raw`\b(?:charg(?:e|es|ed|ing)|mak(?:e|es|ing)|made|tak(?:e|es|ing)|took|want(?:s|ed)?|ask(?:s|ed|ing)? for)\b (?:(?:the |all the )?(?:new (?:hires|guys|ones|people|girls|workers)|people|us|them|everyone|newcomers|applicants|temps|each person|workers|guys)|cash|money|\$?\d+\w*(?: bucks| dollars| pounds| euros)?)(?: (?:pay|cash|money|\$?\d+\w*(?: bucks| dollars| pounds| euros)?|from (?:the |all the )?(?:new (?:hires|guys|ones|people)|people|us|them|everyone|temps|workers|applicants)))* (?:to|for) (?:get(?:ting)?|be(?:ing)?|keep(?:ing)?|giv(?:e|ing) (?:them|us|people|you)|hir(?:e|ing)|stay(?:ing)?) (?:(?:them|us|put|a|an|the|their|our|your|on) )*(?:hired|the job|a job|jobs|shifts?|on the schedule|on the rota|hours|overtime|a contract|contracts|a spot|their spot|the position|full[- ]time|permanent|taken on|a start)\b${notAround(`${EN_NOT_REAL}|parking|locker|uniform|boots|training fee|agency fee`)}`,
  ),
  // Heat making people sick: "heat index 110 in the trailers, 2 ppl threw up today, no breaks".
  rule(
    'safety',
    String.raw`\b(?:heat index|heat|so hot|too hot|boiling|sweltering|\d{2,3} ?(?:degrees|deg|f|c|\u00b0\w?)|(?:9\d|1[0-3]\d) (?:in|inside|out)|no (?:ac|a/c|air ?con\w*|fans?))\b[^\n]{0,80}?\b(?:\d+|two|three|four|some|a few|several|ppl|people|guys|someone|somebody|one|a (?:guy|girl|worker|coworker|lady|man|woman)|he|she|they|we|i|my \w+)\b[^.!?\n]{0,15}?\b(?:threw up|throwing up|puk(?:ed|ing)|vomit\w*|passed out|passing out|fainted|fainting|collapsed|collapsing|went down|got heat ?stroke|heat ?stroke|heat exhaustion)\b${notAround(`${EN_NOT_REAL}|lol|lmao|hot dog|hot wings|chilli|chili|spicy|pepper|contest|challenge|sauna|hot yoga|drunk|hangover|flu|bug|virus|pregnant|beach|holiday|vacation|car ?sick|pool`)}`,
  ),
  // A machine cleaned or cleared while it runs: "they make us clean the mixer with it running".
  rule(
    'safety',
    String.raw`\b(?:clean\w*|unjam\w*|clear\w*|reach\w* into|fix\w*|work\w* on|oil\w*|grease\w*|adjust\w*|scrap(?:e|es|ed|ing)|wip(?:e|es|ed|ing)|servic\w*|repair\w*|unclog\w*|unblock\w*)\b (?:out )?(?:the |a |our |that |this )?(?:\w+ )?${EN_MACHINE}\b(?: \w+){0,3}? (?:with it|with (?:the )?(?:machine|power|motor|line|belt|blades?|it) (?:still )?|while (?:it'?s|its|it is|they'?re|theyre|it'?s still|its still|it is still|still)|when (?:it'?s|its|it is)|and it'?s|(?:still )?)(?: still)? ?(?:running|on|live|moving|going|turning|spinning|powered(?: up)?|plugged in|energi[sz]ed)\b(?! (?:a (?:cycle|program|wash)|windows|low|empty|late))${notAround(`${EN_NOT_REAL}|never|don'?t ever|do not|must not|mustn'?t|shouldn'?t|should not|after (?:it|the)|once (?:it|the)|locked out|lockout|tagged out`)}`,
  ),
  // A guard, interlock or emergency stop defeated: "they zip tied the safety interlock open".
  rule(
    'safety',
    String.raw`\b(?:bypass\w*|jump(?:ed|ing|s)? out|zip ?tie[ds]?|zip ?tying|tap(?:ed|ing)|tape[ds]?|wedg(?:e|es|ed|ing)|disabl(?:e|es|ed|ing)|defeat(?:s|ed|ing)?|rigg(?:ed|ing)|overrid(?:e|es|ing)|overridden|cheat(?:s|ed|ing)?|pull(?:ed|ing)? off|rip(?:ped|ping)? off|tak(?:e|es|ing) off|took off|remov(?:e|es|ed|ing))\b (?:out |off |open )?(?:the |a |all the |every |our )?(?:\w+ )?(?:safety )?(?:interlocks?|e-? ?stops?|emergency stops?|light curtains?|safety switch(?:es)?|kill switch(?:es)?|two[- ]hand(?:ed)? controls?|dead ?-?man'?s? switch(?:es)?|machine guards?|blade guards?|guarding)\b${notAround(`${EN_NOT_REAL}|security|fixed|repaired|replaced|installed|new|engineer|maintenance|locked out|lockout`)}`,
  ),
  // Retaliation for a complaint, before or after it: "hr told me to drop my complaint or id lose my job".
  rule(
    'harassment',
    String.raw`(?:\b(?:drop|withdraw|pull|take back|retract|forget about|let go of|stop pushing)\b (?:my|your|the|her|his|our|their|this|that)? ?(?:osha |hr |formal |sexual harassment |harassment )?(?:complaint|grievance|report|claim|case)\b[^.!?\n]{0,40}\b(?:or|otherwise|if not|unless|else)\b[^.!?\n]{0,40}\b(?:lose|losing|fired|fire|sack|sacked|let go|terminated|done|gone|out|finished|hours|shifts|consequences|transferred|moved|demot\w*|written up|regret)\b|\b${EN_PUNISHED}\b[^.!?\n]{0,40}\b(?:after|since|bc|because|cuz|cos|coz|for|right after|the day after|(?:\d+|two|three|a few) (?:days|weeks) after)\b (?:i|we|she|he|they)? ?(?:had )?${EN_COMPLAINED}\b|\b(?:after|since|bc|because|cuz|cos) (?:i|we|she|he|they) ${EN_COMPLAINED}\b[^.!?\n]{0,40}\b(?:they|he|she|hr|management|the \w+)? ?${EN_PUNISHED}\b|\b(?:if|when) (?:i|we|you|anyone|anybody|someone|somebody) (?:ever )?(?:report (?:him|her|them|it|this|the \w+)|complain|go to (?:hr|osha|the union)|call osha|talk to (?:hr|osha|the union)|file (?:a |an )?(?:complaint|grievance)|speak up|tell hr)\b(?![^.!?\n]{0,40}\b(?:won'?t|wont|will not|can'?t|cannot|never|not be|no one will|nobody will)\b)[^.!?\n]{0,40}\b(?:(?:i|we|you|they|he|she)(?:'ll|ll| will| would|'d| are gonna| r gonna| get| gets)? (?:be )?(?:fired|sacked|let go|terminated|gone|done|out)|lose (?:my|our|your|their|his|her) (?:job|jobs|shifts|hours)|fire (?:me|us|you|them))\b)${notAround(`${EN_NOT_REAL}|years ago|another job|last job|old job|previous job|lol|lmao`)}`,
  ),
  // Thinking about dying, said lightly: "i'm fine i just think about dying a lot".
  rule(
    'self-harm',
    String.raw`\b(?:i|i'?m|im|i am|i keep|i'?ve been|ive been|been|keep|always|just|still|honestly|constantly|lately)\b (?:\w+ ){0,2}?(?:think|thinking|thought|fantasi[sz](?:e|ing)|dream(?:ing)?|daydream(?:ing)?|obsess(?:ing)?) (?:a lot |so much |all the time |every day |constantly )?(?:about|of) (?:dying|being dead|not being (?:here|alive|around)(?: anymore)?|not waking up|ending it(?: all)?|ending (?:my life|things)|killing myself|kms|disappearing (?:forever|for good)|driving (?:my car |off )?(?:into|off) (?:a|the) (?:wall|tree|truck|river|bridge|cliff|traffic)|jumping (?:off|in front)|my (?:own )?funeral)\b(?! (?:my|her|his|our|the|your) (?:hair|shirts?|clothes|fabric|beard|jeans|roots|eggs)| (?:of|for|to|laughing|from (?:boredom|laughter|embarrassment)|inside|in (?:the|a) (?:game|movie|video|level)))${notAround(`${EN_NOT_REAL}|character|dyeing|dye`)}`,
  ),
  // Not waking up, wished for lightly (the round-31 re-attack): "wouldn't mind if I just didn't wake up tomorrow lol",
  // "I wish I would not wake up". Waking late, early, sick or the baby is an alarm clock's matter.
  rule(
    'self-harm',
    String.raw`\b(?:wish(?:ed|ing)?|hope|hoping|pray(?:ing)?|would(?:n'?t| not) (?:mind|care)|wouldnt (?:mind|care)|(?:don'?t|dont|do not) care)\b (?:if |that )?(?:i )?(?:just |simply |never )?(?:would(?:n'?t| not)|wouldnt|didn'?t|didnt|did not|don'?t|dont|do not|never|won'?t|wont|will not|could(?:n'?t| not)) (?:ever |just )?wake up\b(?! (?:late|early|earlier|so|at|too|the|my|with|in time|on time|before|till|until|sick|sore|to|again (?:late|early)|tired|hungover|grumpy|in a)\b)`,
  ),
  // A date or sex demanded on pain of the job: "my manager said he'd make my life hell if i dont go out with him".
  rule(
    'harassment',
    String.raw`\b${EN_JOB_AT_STAKE}\b[^.!?\n]{0,30}\b${EN_UNLESS_YOU_GIVE}\b|\b${EN_UNLESS_YOU_GIVE}\b[^.!?\n]{0,40}\b${EN_JOB_AT_STAKE}\b`,
  ),
];

// Spanish.
const ES_MACHINE = String.raw`(?:maquina|maquinas|mezcladora|batidora|rebanadora|cortadora|banda|cinta|prensa|sierra|molino|picadora|linea|rodillo|transportadora|amasadora|trituradora|compactadora|empacadora|troqueladora|torno)`;
const ES_JOB_LOST = String.raw`(?:despid\w*|desped\w*|corr(?:e|en|er|io|era)|bota(?:r|n|ra|ria)?|echa(?:r|n|ra|ria)?|quita\w* (?:el|mi|su|tu|los|mis) (?:trabajo|turnos?|horas|chamba)|pierd\w+ (?:el|mi|su|tu) (?:trabajo|chamba|puesto|empleo|turno)|me quedo sin (?:trabajo|chamba)|me (?:va|van) a correr)`;
export const SPANISH_SAID_31: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:(?<!\bno (?:se )?)fum(?:a|an|ando|aban|e|en|o)|prend(?:en|e|iendo) (?:un |sus |cigarros|cigarrillos)\w*)\b[^.!?\n]{0,25}\b(?:al lado de|junto a|cerca de|pegados? a|encima de|en|dentro de) (?:los |las |el |la |unos |unas )?(?:\w+ )?(?:tanques? de gas|cilindros? de gas|bombonas?|garrafas?|tambos? de gas|gas|gasolina|diesel|combustible|propano|butano|acetileno|oxigeno|solventes?|thinner|tiner|inflamables?|bidones?|tambores?)\b(?! (?:natural (?:de casa|del hogar)))`,
  ),
  rule(
    'safety',
    String.raw`\b(?:cedio|se cayo|rodo|se movio|arranco|se fue|colapso|se rompio|se vino abajo|volco|se solto|se desplomo|se deslizo|se hundio|avanzo|se echo para atras)\b[^.!?\n]{0,40}\b(?:con|mientras) (?:alguien|una persona|un companero|una companera|un trabajador|el chofer|el operador|dos companeros|\w+ companeros|el muchacho|un chavo) (?:todavia |aun |adentro |arriba |estaba |estaban )*(?:arriba|encima|adentro|dentro|debajo|abajo)\b`,
  ),
  rule(
    'fraud',
    String.raw`\bcobr(?:a|an|aba|aban|o|ando|ar)\b (?:a |de )?(?:los|las|la|el|les|nos|me|le|a los|a las)? ?(?:\w+ ){0,3}(?:por|para) (?:dar(?:les|nos|me|le)?|meter(?:los|nos|me|las)?|contratar(?:los|nos|me|las)?|entrar|conseguir|tener|dejar(?:los|nos|me)|asignar(?:les|nos|me)?) (?:\w+ )?(?:el |la |un |una |los |las )?(?:trabajo|chamba|puesto|empleo|turnos?|contrato|plaza|horas|vacante|chance)\b|\b(?:empresas?|proveedor(?:es)?|facturas?|trabajadores|empleados|nominas?) (?:fantasmas?|falsas?|falsos|ficticias?|ficticios|inexistentes|truchas?)\b|\b(?:quit|rob|recort|borr|descuent|rasur)(?:a|an|o|aron|ando|aba|aban) (?:\w+ )?horas (?:de|a|en) (?:la |las |nuestra |nuestras |mi |mis )?(?:tarjetas?|checad\w*|nomina|cheques?|registros?|hoja de horas)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:limpi\w*|destrab\w*|desatasc\w*|meter la mano|met\w* la mano|arregl\w*|engras\w*|ajust\w*)\b[^.!?\n]{0,30}\b${ES_MACHINE}\b[^.!?\n]{0,30}\b(?:encendid[ao]s?|prendid[ao]s?|andando|en marcha|funcionando|corriendo|en movimiento|conectad[ao]s?)\b|\b(?:quit\w*|sac\w*|desactiv\w*|puente\w*|bloque\w*|amarr\w*|anul\w*)\b (?:\w+ )?(?:la |las |el |los )?(?:guardas?|protecciones|proteccion de la \w+|resguardos?|sensor(?:es)? de seguridad|paro de emergencia|seguros? de la \w+|cortina de luz)\b`,
  ),
  rule(
    'harassment',
    String.raw`\bsi no (?:retiro|retiras|retira|quito|quitas|quita|bajo|bajas) (?:la |mi |su |tu |el |esa |esta )?(?:queja|denuncia|demanda|reclamo|reporte)\b[^.!?\n]{0,40}\b${ES_JOB_LOST}|\b(?:retir\w*|quit\w*) (?:la |mi |su |tu )?(?:queja|denuncia|demanda|reclamo|reporte)\b[^.!?\n]{0,30}\b(?:o|si no|sino) (?:me |te |le |nos )?${ES_JOB_LOST}|\b(?:me |nos |la |lo |le )?(?:despidieron|corrieron|botaron|echaron|bajaron (?:las|mis|sus) horas|cambiaron de turno|quitaron (?:los|mis|sus) turnos)\b[^.!?\n]{0,30}\b(?:por|despues de|tras) (?:quejarme|quejarse|quejarnos|denunciar\w*|reportar\w*|ir a (?:recursos humanos|rh|rrhh)|hablar con (?:recursos humanos|rh|rrhh)|poner (?:una|la) (?:queja|denuncia))`,
  ),
  rule(
    'self-harm',
    String.raw`\b(?:pienso|pensando|pense|sueno|imagino) (?:\w+ ){0,3}en (?:morirme|morir|matarme|quitarme la vida|no despertar|desaparecer para siempre|suicidarme|tirarme)\b(?! (?:de (?:risa|hambre|sueno|calor|frio|aburrimiento)|por))`,
  ),
  rule(
    'threat',
    String.raw`\b(?:amenaz\w* con|va(?:n|mos)? a|voy a|iba(?:n)? a|quiere|quieren|juro que|piensa|planea|dijo que (?:va a|iba a|lo va a|lo iba a))\b (?:\w+ )?(?:volar|hacer volar|hacer explotar|explotar|dinamitar|poner(?:le)? una bomba (?:en|a)) (?:toda )?(?:la |el |esta |este |todo el |toda la )?(?:planta|fabrica|oficina|oficinas|bodega|almacen|empresa|edificio|tienda|nave|obra|sucursal|chamba|negocio|galera)\b`,
  ),
  rule(
    'harassment',
    String.raw`\bsi no (?:salgo|sales|sale|salimos|me acuesto|te acuestas|se acuesta|duermo|me meto|tengo (?:sexo|relaciones)|le doy un beso|lo beso|me dejo)\b(?: con (?:el|ella|el jefe|mi jefe|el gerente|el encargado|el supervisor))[^.!?\n]{0,30}\b(?:me |te |la |nos )?${ES_JOB_LOST}|\b(?:me |te |la )?${ES_JOB_LOST}\b[^.!?\n]{0,20}\bsi no (?:salgo|sale|sales|me acuesto|se acuesta|te acuestas|duermo|tengo (?:sexo|relaciones)) con\b`,
  ),
];

// French.
const FR_JOB_LOST = String.raw`(?:vir\w*|licenci\w*|renvo\w*|dehors|perd\w* (?:mon|ton|son|mes|ses|tes|mon|le) (?:poste|boulot|travail|job|emploi|heures|contrat)|je perds|tu perds|elle perd|vir(?:e|er|era|eras))`;
export const FRENCH_SAID_31: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fum(?:e|ent|ait|aient|ant)|clope(?:nt)?|allum(?:e|ent) (?:une|leur|sa) (?:clope|cigarette))\b[^.!?\n]{0,25}\b(?:a cote d(?:es|u|e la|e l')|pres d(?:es|u|e la|e l')|juste a cote|devant|contre|sur|dans) (?:les |la |le |l')?(?:\w+ )?(?:bouteilles? de gaz|gaz|propane|butane|citernes?|cuves?|carburant|essence|gasoil|fioul|acetylene|oxygene|solvants?|diluants?|inflammables?|bidons?|pompes?)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:a lache|a cede|a roule|est parti|est partie|a demarre|s'est effondre\w*|s'est casse\w*|a bascule|est tombe\w*|a recule|a avance|s'est renverse\w*|a glisse)\b[^.!?\n]{0,40}\bavec (?:quelqu'?un|un collegue|une collegue|un gars|un mec|le cariste|le chauffeur|deux \w+|des gens|une personne|un ouvrier) (?:encore |toujours )?(?:dessus|dedans|dessous|a l'interieur|a bord)\b`,
  ),
  rule(
    'fraud',
    String.raw`\bfai(?:t|s|saient|sait) payer (?:les |des |aux |a )?(?:\w+ ){0,2}pour (?:les |nous |leur |se faire |etre )?(?:embauch\w*|avoir (?:le|un|leur|son) (?:poste|travail|boulot|job|contrat|cdi)|travailler|pris|rentrer|des heures|des missions)\b|\b(?:fausses? factures?|faux fournisseurs|fournisseurs? fictifs?|societes? (?:ecran|fictives?|bidon)|emplois fictifs|salaries fictifs)\b|\b(?:enlev|retir|vol|rabot|grignot|supprim)(?:e|ent|ait|aient|ant|ent) (?:des |les |nos )?heures (?:sur|de|a) (?:nos |mes |les )?(?:fiches?|feuilles?|pointages?|badgeages?|fiches de paie|bulletins?|paies?)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:nettoy\w*|debloqu\w*|degag\w*|graiss\w*|regl\w*|mettre la main|mett\w* les mains)\b[^.!?\n]{0,30}\b(?:machine|petrin|trancheuse|convoyeur|tapis|presse|scie|broyeur|melangeur|ligne|malaxeur|rouleaux?|hachoir)\b[^.!?\n]{0,20}\b(?:en marche|en route|allumee?s?|qui tourne\w*|sous tension|en fonctionnement|branchee?s?)\b|\b(?:enlev\w*|retir\w*|shunt\w*|desactiv\w*|bloqu\w*|strap\w*|ponte\w*)\b (?:\w+ )?(?:le |la |les |l')?(?:carters?(?: de protection)?|protecteurs?|protections? de la \w+|securites? de la \w+|arret d'urgence|arrets d'urgence|capteurs? de securite|barrieres? immaterielles?)\b`,
  ),
  rule(
    'harassment',
    String.raw`\bretir\w* (?:ma|sa|la|ta|votre|leur|notre) (?:plainte|reclamation|signalement|grief|main courante)\b[^.!?\n]{0,40}\b(?:sinon|ou|ou bien)\b[^.!?\n]{0,40}\b${FR_JOB_LOST}|\b${FR_JOB_LOST}[^.!?\n]{0,30}\b(?:parce que|car|apres que|pour avoir|depuis que) (?:j'ai |il a |elle a |on a )?(?:porte plainte|signale|me plaindre|plainte|m'etre plaint\w*|ete aux rh|alle voir (?:les rh|l'inspection))`,
  ),
  rule(
    'self-harm',
    String.raw`\b(?:je pense|j'y pense|je songe|je reve|je pense juste|je pense souvent|je pense tout le temps|je pense beaucoup)\b (?:\w+ ){0,3}a (?:mourir|me tuer|en finir|me suicider|ne plus me reveiller|disparaitre pour de bon|me foutre en l'air)\b(?! de (?:rire|faim|froid|chaud|ennui))`,
  ),
  rule(
    'harassment',
    String.raw`\b${FR_JOB_LOST}[^.!?\n]{0,20}\bsi (?:je|tu|elle) (?:ne |n')?(?:sors|sort|couche|couches|accepte) pas (?:avec (?:lui|elle|le chef)|de (?:sortir|coucher) avec)|\bsi (?:je|tu|elle) (?:ne |n')?(?:sors|sort|couche|couches) pas avec (?:lui|elle|le chef)\b[^.!?\n]{0,30}\b${FR_JOB_LOST}`,
  ),
];

// Portuguese.
export const PORTUGUESE_SAID_31: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:(?<!\b(?:no|nao|proibido) (?:se )?)fum(?:a|am|ando|avam|ava)|acend(?:e|em|endo) (?:um |o )?cigarro)\b[^.!?\n]{0,25}\b(?:do lado d(?:os|as|o|a)|ao lado d(?:os|as|o|a)|perto d(?:os|as|o|a)|junto a(?:os|s)?|em cima d(?:os|as|o|a)|no|na|nos|nas) (?:\w+ )?(?:botijoes|botijao|botija|gas|gasolina|diesel|combustivel|propano|butano|acetileno|oxigenio|solventes?|thinner|inflamaveis|tanques? de \w+|cilindros?|tambores?)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:cedeu|andou|rodou|desceu|arrancou|desabou|quebrou|tombou|caiu|despencou|deslizou|se mexeu|mexeu)\b[^.!?\n]{0,40}\bcom (?:alguem|um colega|uma colega|um cara|o motorista|o operador|dois \w+|uma pessoa|um funcionario|o menino|um trabalhador) (?:ainda )?(?:em cima|dentro|embaixo|debaixo|la dentro)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:cortando|tirando|roubando|descontando|apagando|comendo|cortam|tiram|roubam|apagam|descontam|comem|cortaram|tiraram|roubaram|apagaram|descontaram)\b (?:\w+ )?horas (?:do|da|de|no|na|dos|das) (?:nosso |nossa |meu |minha |nossos |nossas )?(?:ponto|cartao de ponto|folha de ponto|holerite|contracheque|salario|pagamento|registro)\b|\b(?:empresas?|fornecedor(?:es)?|notas?|funcionarios) (?:fantasmas?|falsas?|falsos|ficticias?|ficticios|frias?|laranjas?)\b|\bcobr(?:a|am|ando|ou|aram) (?:\w+ ){0,3}(?:pra|para) (?:dar|arrumar|conseguir|garantir|ter) (?:a |o |uma |um )?(?:vaga|emprego|trabalho|contrato|turno|horas|servico)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:limp\w*|desentup\w*|destrav\w*|engrax\w*|ajust\w*|por a mao|enfiar a mao|mexer)\b[^.!?\n]{0,30}\b(?:maquina|misturador(?:a)?|batedeira|fatiador(?:a)?|esteira|prensa|serra|moedor|cilindro|linha|masseira|triturador)\b[^.!?\n]{0,20}\b(?:ligad[ao]s?|funcionando|rodando|em movimento|andando|girando|na tomada)\b|\b(?:tir\w*|remov\w*|arranc\w*|desativ\w*|burl\w*|jumpe\w*|amarr\w*)\b (?:\w+ )?(?:a |as |o |os )?(?:protecao|protecoes|grade de protecao|grades de protecao|sensor(?:es)? de seguranca|botao de emergencia|parada de emergencia|trava de seguranca|cortina de luz|carenagem)\b(?! (?:de tela|do celular|do telefone|solar|de dados))`,
  ),
  rule(
    'harassment',
    String.raw`\b(?:retirar|retira|retiro|tirar|tira|desistir d[ae])\b (?:a |minha |sua |essa )?(?:denuncia|reclamacao|queixa|queixa formal|processo)\b[^.!?\n]{0,40}\b(?:demit\w*|mandad\w* embora|mandar (?:embora|pra rua)|perd\w* (?:o|meu|seu) (?:emprego|trabalho|lugar|turno)|rua|dispens\w*)|\b(?:me |nos )?(?:demitiram|mandaram embora|cortaram (?:minhas|as) horas|mudaram (?:de|meu) turno)\b[^.!?\n]{0,30}\b(?:por|depois de|porque) (?:eu )?(?:reclamar|reclamei|denunciar|denunciei|ir no rh|fui no rh|fazer (?:a|uma) denuncia|fiz (?:a|uma) denuncia)`,
  ),
];

// German.
export const GERMAN_SAID_31: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:rauch(?:t|en|te|ten|end)|qualm(?:t|en)|kiff(?:t|en))\b[^.!?\n]{0,25}\b(?:neben|bei|an|vor|direkt neben|direkt an|zwischen) (?:den |dem |der |die )?(?:\w+ )?(?:gasflaschen|gasflasche|gastanks?|propan\w*|tank\w*|zapfsaule\w*|kanister\w*|benzin\w*|diesel\w*|losungsmittel\w*|farblager|gefahrstofflager|sauerstoff\w*|acetylen\w*)\b`,
  ),
  rule(
    'harassment',
    String.raw`\bbeschwerde (?:nicht )?(?:zuruck(?:zieh\w*|nehm\w*|genommen|gezogen))\b[^.!?\n]{0,40}\b(?:raus|gekundigt|kundig\w*|entlass\w*|fliege|fliegst|job los|verlier\w*|rausgeschmissen|rauswerf\w*)|\b(?:gekundigt|rausgeschmissen|entlassen|schichten gestrichen|stunden gekurzt)\b[^.!?\n]{0,30}\b(?:weil|nachdem) ich (?:mich )?(?:beschwert|gemeldet|beim betriebsrat|bei der personalabteilung)`,
  ),
  rule(
    'self-harm',
    String.raw`\b(?:denk\w*|nachdenk\w*|nach\w*denk\w*) (?:\w+ ){0,3}(?:ans sterben|ans aufhoren|an selbstmord|daran,? mich umzubringen|daran,? zu sterben|daran,? nicht mehr aufzuwachen|daran,? mir was anzutun)\b`,
  ),
  rule(
    'harassment',
    String.raw`\bwenn (?:ich|sie|du) nicht mit (?:ihm|ihr|dem chef) (?:ausgeh\w*|schlaf\w*|ins bett geh\w*|auf ein date geh\w*)\b[^.!?\n]{0,30}\b(?:kundig\w*|rausschmei\w*|raus|fliege|fliegst|entlass\w*|job los|schichten)`,
  ),
];

// Italian: "ha detto che fa saltare in aria il magazzino".
export const ITALIAN_SAID_31: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:fa|faccio|fara|faranno|far|fare|fanno)\b saltare in aria (?:il|lo|la|l'|tutto il|tutta la|questo|questa)? ?(?:magazzino|ufficio|uffici|fabbrica|capannone|azienda|stabilimento|negozio|posto|edificio|reparto|cantiere|sede)\b|\b(?:mett(?:e|o|ere|era)|piazz(?:a|are|era)) una bomba (?:nel|nello|nella|in|all'|al) ?(?:magazzino|ufficio|fabbrica|capannone|azienda|stabilimento|negozio|edificio|reparto|cantiere|sede)\b`,
  ),
];
