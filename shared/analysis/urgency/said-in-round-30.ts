import { rule, type UrgencyRule } from './types';

/*
 * Dangers an outside attacker's round 30 found read calm (test/unit/analysis/urgency-attack-round-30.test.ts), each
 * read as a shape, not as the sentence quoted:
 *  - a sexual assault said in the passive ("got groped in the locker room", "i was molested by the lead");
 *  - a weapon in the hands of someone out of control ("a dude tweaking out with a box cutter in the lot");
 *  - pay or treatment set by race or nationality ("paying the mexican guys less than the white guys");
 *  - racial harassment by monkey noises, bananas or chants ("sup keeps making monkey noises at me");
 *  - a child working, said by age in brackets or loosely ("kid (like 14?) working the line on nights");
 *  - forced labour: passports or papers held back, visas threatened for complaining;
 *  - a fire in French, Italian or Vietnamese as people type it fast ("ya le feu dans lentrepot", "sta andando a fuoco
 *    il magazzino", "chay kho roi"), self-harm in German and spoken Arabic ("schluss mit allem", "بدي موت").
 * Calm look-alikes are kept out by what they name: "the new hire is fire", passports taken to an embassy, "the kid from
 * marketing", paying less for parking, "i want to die laughing", "schluss für heute".
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|lol|lmao|haha\w*`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;

// People named by race, colour or nationality, as workers talk about each other.
const EN_ORIGIN = String.raw`(?:mexican|black|white|brown|asian|hispanic|latino|latina|latinx|african|arab|indian|pakistani|filipino|polish|romanian|chinese|vietnamese|haitian|guatemalan|salvadoran|honduran|somali|nigerian|english|irish|scottish|welsh|german|french|italian|portuguese|brazilian|colombian|venezuelan|ukrainian|russian|turkish|kurdish|bangladeshi|nepali|korean|thai|caribbean|jamaican|ghanaian|kenyan|ethiopian|eritrean|sudanese|syrian|afghan|iraqi|iranian|immigrant|foreign|migrant|muslim|jewish|spanish[- ]speaking|english[- ]speaking|local|american|british|european)`;
const EN_WORKERS = String.raw`(?:guys|workers|lads|girls|women|men|ladies|folks|people|staff|employees|crew|ones|temps|drivers|pickers|packers|cleaners)`;
// Someone out of control: high, raging, not in their right mind.
const EN_OUT_OF_CONTROL = String.raw`(?:tweak(?:ing|in'?|ed) out|tweaking|tweakin|freak(?:ing|in'?) out|flip(?:ping|pin'?) out|losing it|lost it|going (?:crazy|nuts|mental|psycho|ballistic)|gone (?:crazy|nuts|mental|psycho)|wil(?:d|ding|din'?) out|spazzing|raging|high as|off (?:his|her|their) (?:head|face|meds)|out of (?:his|her|their) (?:mind|head)|on (?:meth|crack|something|drugs|pcp|spice)|screaming|yelling|ranting|swinging)`;
const EN_BLADE = String.raw`(?:box ?cutters?|stanley knife|utility knife|razor(?: blade)?|knife|knives|blade|machete|gun|pistol|bat|crowbar|hammer|axe|hatchet|screwdriver|broken bottle|shank)`;
const EN_STRANGER = String.raw`(?:a |some |this |the |one )?(?:dude|guy|man|bloke|lad|woman|lady|girl|person|customer|driver|worker|coworker|co-worker|colleague|stranger|homeless (?:guy|man|person)|someone|somebody|he|she|they)`;
// A child: a kid or teen, or an age of fourteen or less.
const EN_CHILD_AGE = String.raw`(?:\(?(?:like |maybe |about |prob(?:ably)? |only |barely |around |as young as |under )?(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\??\)?(?:[- ]?(?:years?|yrs?)(?:[- ]?olds?)?| ?yo| ?y/o)?)`;
const EN_AT_WORK = String.raw`(?:working|works|worked|on (?:the )?(?:line|nights|night shift|shift|the floor|the machines?|the press)|running (?:the|a) \w+|operating|driving (?:the|a) (?:forklift|truck)|on a forklift|doing (?:nights|doubles|shifts))`;
// Papers a worker needs to leave.
const EN_PAPERS = String.raw`(?:passports?|ids?|id cards?|identity (?:cards?|documents?)|papers|documents|visas?|work permits?|residence (?:cards?|permits?)|green cards?)`;

/** English. */
export const ENGLISH_SAID_30: UrgencyRule[] = [
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
  // Pay or treatment set by race or nationality: "paying the mexican guys less than the white guys same job".
  rule(
    'discrimination',
    String.raw`(?:\b(?:pay(?:s|ing|ed)?|paid|give(?:s|n)?|giving|gave|get(?:s|ting)?|got|make(?:s)?|making|earn(?:s|ing)?)\b(?: (?:the|all the|us|them|our|those))? ${EN_ORIGIN}(?: ${EN_WORKERS})?(?: (?:get|gets|are|r|is|were|make|earn)(?: paid| getting paid| being paid)?)? (?:less|lower|more|higher|a lower \w+|a higher \w+|\$?\d+ (?:less|more))\b(?: (?:money|pay|wages?|rates?))?(?: (?:an hour|per hour|a week|hourly))? than (?:the |us |all the )?${EN_ORIGIN}\b|\b(?:the |all the |our )?${EN_ORIGIN} ${EN_WORKERS} (?:get|gets|are|r|were|get paid|are paid|are getting paid|make|earn)(?: paid)? (?:less|more|lower|higher)\b[^.!?\n]{0,30}\bthan (?:the |us |all the )?${EN_ORIGIN}\b|\b(?:pay(?:s|ing|ed)?|paid) (?:the |all the |our )?(?:women|ladies|girls|female (?:staff|workers|drivers|pickers))(?: \w+)? (?:less|lower \w+) than (?:the )?(?:men|guys|lads|blokes|male (?:staff|workers|drivers|pickers))\b|\b(?:pay(?:s|ing|ed)?|paid) (?:the |all the |our )?(?:men|guys|lads|male (?:staff|workers))(?: \w+)? (?:more|higher \w+) than (?:the )?(?:women|ladies|girls|female (?:staff|workers))\b|\b(?:the |all the )?${EN_ORIGIN} ${EN_WORKERS} (?:always |only |all |still )?(?:get|gets|got|are given|are put on|get put on|get stuck (?:on|with)|do|have to do) (?:all )?(?:of )?(?:the )?(?:worst|shittiest|crappiest|hardest|dirtiest|heaviest|most dangerous) (?:shifts?|jobs?|work|tasks?|hours|areas?|stations?|routes?)\b|\b(?:paid|pays?|paying) (?:us|them|me|him|her) less (?:because|cos|cuz|coz|since) (?:we'?re|they'?re|i'?m|he'?s|she'?s|we are|they are|i am|he is|she is) ${EN_ORIGIN}\b)${notAround(EN_NOT_REAL)}`,
  ),
  // Racial harassment without a slur: monkey noises or chants, bananas thrown or left for someone.
  rule(
    'discrimination',
    String.raw`\b(?:making|makes?|made|doing|does|did|do) (?:\w+ )?(?:monkey|ape|gorilla|chimp|jungle) (?:noises?|sounds?|chants?|gestures?|calls?)\b(?! (?:at|in|for) (?:the )?(?:zoo|kids?|baby|toddler|party|game|panto))|\b(?:monkey|ape|gorilla|chimp|jungle) (?:noises?|sounds?|chants?|gestures?)\b[^.!?\n]{0,30}\b(?:at|to|behind|towards?) (?:me|him|her|us|them|the (?:\w+ )?(?:guys?|girls?|lads?|workers?|colleagues?|new \w+))\b|\b(?:threw|throws?|throwing|chucked|chucks?|chucking) (?:a |some )?(?:bananas?|banana (?:skins?|peels?)) at (?:me|him|her|us|them|the (?:\w+ )?(?:guys?|girls?|lads?|workers?))\b`,
  ),
  // A child working: "kid (like 14?) working the line on nights", "a 13 yo on the night shift".
  rule(
    'safety',
    String.raw`(?<!\b(?:my|our|his|her|their|your|the boss'?s|(?:a |the )?[a-z]+'s) )\b(?:kids?|child|children|boys?|girls?|lads?|teens?|minors?)\b ?${EN_CHILD_AGE}[^.!\n]{0,20}?\b${EN_AT_WORK}\b|(?<!\b(?:my|our|his|her|their|your) )\b(?:1[0-5]|twelve|thirteen|fourteen|fifteen)[- ]?(?:years?[- ]olds?|yr[- ]olds?|yo|y/o)\b(?: (?:kids?|boys?|girls?|lads?))?(?: [\w']+){0,2}? ${EN_AT_WORK}\b(?![^.!?\n]{0,30}\b(?:homework|school|project|summer camp|lemonade|paper round|chores)\b)${notAround(`${EN_NOT_REAL}|take your (?:kid|child)|work experience|bring your (?:kid|child)`)}`,
  ),
  // Passports or papers held back: "they took our passports and won't give them back", "the agency keeps our ids".
  rule(
    'threat',
    String.raw`\b(?:confiscat\w*|seiz\w*|lock(?:ed|s|ing)? up|hold(?:s|ing)? onto|held onto|hang(?:s|ing)? onto|withh[oe]ld\w*|keep(?:s|ing)?|kept|holding|hold|held|took|take|takes|taking|taken|has|have|got) (?:all )?(?:of )?(?:our|my|their|his|her|everyone'?s|all the|the workers'?|the girls'?|the guys'?|people'?s) ${EN_PAPERS}\b(?:[^.!?\n]{0,50}\b(?:won'?t|wont|will not|refuse\w*|refusing|not|never|doesn'?t|don'?t|didn'?t|until|till|unless) (?:\w+ ){0,2}(?:give|giving|gave|hand|handing|return|returning|let (?:us|me|them) have)\b|(?= (?:so|until|till|unless|in case|to stop|to make sure) ))|\b(?:is|are|'s|'re|s|re|keeps?|kept|been|still) (?:holding|keeping|hanging onto|sitting on|holding onto) (?:all )?(?:of )?(?:our|their|all the|everyone'?s|the workers'?|people'?s) (?:passports|ids|id cards|papers|documents|work permits|residence permits)\b(?! (?:for|to|while|until (?:the|we|they) (?:copy|scan|check))\b)|\b(?:won'?t|wont|will not|refuse\w* to|refusing to|never) (?:give|hand|return)\w* (?:us |me |them |him |her )?(?:our|my|their|his|her) ${EN_PAPERS}(?: back)?\b(?![^.!?\n]{0,40}\b(?:embassy|consulate|passport office|visa office|post office|until (?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week))\b)|\b(?:confiscat\w*|seiz\w*|withh[oe]ld\w*) (?:all )?(?:of )?(?:our|my|their|his|her|everyone'?s|all the|the workers'?|people'?s) ${EN_PAPERS}\b|\b(?:boss|manager|company|agency|employer|owner|they|he|she)\b[^.!?\n]{0,20}\b(?:has|have|got|keeps?|is keeping|are keeping) (?:our|my|their) ${EN_PAPERS} (?:locked|in (?:the|his|her|a) (?:safe|office|drawer))\b`,
  ),
  // A visa or papers threatened for complaining: "boss says we lose our visa if we complain about the overtime".
  rule(
    'threat',
    String.raw`\b(?:lose|losing|lost|cancel\w*|revok\w*|take away|taking away|pull|pulling|report|reporting|deport\w*|void\w*)\b(?: (?:our|my|your|their|his|her|the))? (?:${EN_PAPERS}|sponsorship|status|permits?)\b[^.!?\n]{0,20}\b(?:if|when|unless|should) (?:we|i|you|they|he|she|anyone|anybody|somebody|someone|any of us) (?:ever )?(?:complain|report|say|speak|refuse|quit|leave|tell|go to|talk|ask|raise|join|call|contact|mention|file|question)\w*|\b(?:if|when|should) (?:we|i|you|they|he|she|anyone|anybody|any of us) (?:ever )?(?:complain|report|speak up|refuse|quit|leave|tell|go to|ask for|raise|join|call|contact|file|question)\w*\b[^.!?\n]{0,50}\b(?:(?:lose|cancel|revoke|take away|pull|report) (?:our|my|your|their|his|her) (?:${EN_PAPERS}|sponsorship|status)|(?:get|have|be) (?:us|you|them|me|him|her)? ?deported|deport (?:us|you|them|me|him|her))\b`,
  ),
];

/** French: "ya le feu dans lentrepot", typed fast with "il y a" run together and the elision lost. */
export const FRENCH_SAID_30: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:ya+|y'a|ilya|il ya|y a|il y a|yavait|y'avait) (?:le |du )?feu\b(?! (?:vert|rouge|orange|d'artifice|dartifice|de (?:camp|joie|paille|bengale|l'action|dieu)|aux poudres|sacre|au lac|a volonte|\?))(?= (?:dans|a|au|aux|en|sur|chez|derriere|devant|pres|partout|dehors|la|a cote|vers)\b|\s*(?:$|[!.\n]))`,
  ),
];

/** Italian: "sta andando a fuoco il magazzino", the fire said before the place in the present. */
const IT_PLACE = String.raw`(?:magazzino|capannone|cucina|ufficio|fabbrica|reparto|deposito|officina|furgone|camion|muletto|tetto|edificio|stabilimento|negozio|bagno|quadro(?: elettrico)?|batteri[ae]|carrello|impianto|linea|forno|locale|stanza|scaffal[ei]|bancal[ei]|cantiere|laboratorio|mensa|cassonetto|macchinario|macchina|motore|garage|box|archivio|scantinato|cantina|piano|sala|cella|silos?|cisterna|serbatoio|container|rimorchio|tir|bus|auto)`;
export const ITALIAN_SAID_30: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:sta|stanno|stava|stavano) (?:andando|prendendo) (?:a )?fuoco\b(?: (?:tutto|tutta))? (?:il|lo|la|l'|i|gli|le|un|una|uno|tutto il|tutta la|mezzo|mezza)? ?${IT_PLACE}\b|\b(?:il|lo|la|l'|i|gli|le|un|una|tutto il|tutta la) ?${IT_PLACE}\b(?: [\w']+){0,3}? (?:sta|stanno) (?:andando|prendendo) (?:a )?fuoco\b`,
  ),
];

/** Vietnamese: "cháy kho rồi", a fire said straight before its building, with "rồi" or a cry for help. */
export const VIETNAMESE_SAID_30: UrgencyRule[] = [
  rule(
    'safety',
    // "Chạy" (to run) folds to the same letters: no vehicles here ("chạy xe rồi" is "drove off").
    String.raw`(?<=^|[.!?,;:\n] ?|\b(?:oi|troi oi|cuu voi|cuu|nguy roi|bao dong|bao chay) )chay (?:o |tai |trong )?(?:kho(?: hang)?|nha kho|xuong|nha xuong|nha may|bep|van phong|phong (?:\w+)|tang \d+|cong ty|cua hang|sieu thi|canteen|can tin|nha an|khu \w+|day chuyen|lo hoi|tu dien)\b(?: \w+)?(?= (?:roi|cuu|lon|to|lan|qua|kia|do)\b|\s*(?:$|[!\n]))|(?<!\b(?:toi|em|minh|tui|anh|chi|no|ho|ong|ba|co|chung toi|bon toi|chung em|bon em) )\bdang chay (?:o |tai |trong )?(?:kho(?: hang)?|nha kho|xuong|nha xuong|nha may|bep|van phong|cong ty|cua hang|sieu thi|canteen|can tin|nha an)\b(?= (?:cuu (?:voi|toi|em|minh|tui|giup|chung toi)|lon|to|lan|qua|du)\b| cuu\s*(?:$|[!\n])|\s*(?:$|!))|\bchay roi\b(?=[^.\n]{0,30}\b(?:cuu (?:voi|toi|em|minh|tui|chung toi)?|giup (?:voi|toi|em)|bao chay|goi 114|114)\b)`,
  ),
];

/** German: "ich mach bald schluss mit allem", ending everything said with "Schluss" before "mit allem". */
export const GERMAN_SAID_30: UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\bschluss mit (?:allem|dem leben|meinem leben|mir)\b(?=\s*(?:$|[.!?,;\n]| (?:machen|mache|machst|macht|zu machen|und|jetzt|heute|bald|ich|fur immer|endgultig)\b))|\b(?:mach|mache|machen|macht|mach ich|mache ich) (?:\w+ ){0,3}schluss mit (?:allem|dem leben|meinem leben)\b`,
  ),
];

/** Arabic, as it is spoken: "بدي موت" (Levantine), "عايز اموت" (Egyptian), "ابي اموت" (Gulf): I want to die. */
export const ARABIC_SAID_30: UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`(?:بدي|ودي|ابي|ابغى|ابغي|عايز|عاوز|عايزه|عاوزه|نفسي|بتمنى|اتمنى|بغيت|نبغي|حابب|حابه) (?:(?:اني|إني|انا) )?(?:موت|اموت|نموت|اموتلي|انتحر|نتحر|انتحار|اقتل حالي|اقتل نفسي|موت حالي|اخلص من حياتي|انهي حياتي)(?! (?:من|على|علي|عل|في|ب)\S*)`,
  ),
];
