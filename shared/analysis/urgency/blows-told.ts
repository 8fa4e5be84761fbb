import { LISTED_NAME, NOT_AN_ABSTRACT, NOT_A_PERSON } from './named-attacker';
import { rule, type UrgencyRule } from './types';

/*
 * A blow told with where it happened or what it was done with ("Summer pushed me at the dock", "Sonia hit me with a
 * pallet jack handle", "Bill from packing hit me"), in the passive with who did it ("got slapped by my team leader
 * today", "fui agredido pelo meu chefe", "deu-me uma bofetada"), or with a time word between the deed's words ("der
 * Schichtleiter hat mich heute geschlagen"). "Summer pushed me to work harder" is none.
 * Tests: test/unit/analysis/urgency-round-32-classes.test.ts, urgency-reattack-round-32.test.ts.
 */

// Where a subject stands: the text's start, a clause's, or after a word that opens one.
const OPENS = String.raw`(?:^|[.!?,;:()"]\s*|\n\s*|\b(?:and|but|so|then|today|yesterday|tonight|earlier|just|literally|honestly|lol|omg|guess what|fyi|ok|okay|wait|when|because|cos|said|think) )`;
// Names that are words too: seasons, months, virtues, flowers, and men's names that are nouns or verbs.
const WORD_NAME = String.raw`(?:summer|winter|autumn|spring|hope|joy|faith|grace|june|april|may|august|dawn|sky|storm|rain|sunny|star|river|ocean|destiny|honey|misty|heather|rose|daisy|ivy|holly|hazel|jasmine|violet|brook|robin|sandy|rusty|buddy|chance|will|mark|rob|bill|frank|pat|art|ray|sonny|colt|hunter|drew|chip|rich|chase|miles|wade|hank|jack|penny|ruby|amber|crystal|misty|autumn|harmony|melody|liberty|justice|trinity|precious|patience|prudence|mercy|charity|constance|sterling|cash|bob|don|gene|lance|guy|grant|reed|doug|dean|nick)`;
// Anyone named: a name the redaction knows, a word that is a name, or a word in a subject's place that is no thing.
const NAMED = String.raw`(?:${LISTED_NAME}|${WORD_NAME}|(?!${NOT_A_PERSON}\b)${NOT_AN_ABSTRACT}[a-z][a-z'-]{1,20})`;
// The team or place they work in, said after the name: "Bill from packing", "Will on nights", "Sam in goods in".
const OF_TEAM = String.raw`(?: (?:from|in|on|at) (?:the )?(?:[\w-]+ ){0,1}[\w-]+)?`;
const HOW = String.raw`(?: (?:just|then|literally|actually|deliberately|purposely|suddenly|violently|also))?`;
const DEED = String.raw`(?:hit|hits|pushed|pushes|shoved|shoves|punched|punches|slapped|slaps|kicked|kicks|smacked|whacked|thumped|headbutted|head-butted|elbowed|kneed|tripped|decked|socked|struck|battered|beat up|beat|attacked|assaulted|choked|strangled)`;
const WHOM = String.raw`(?:me|him|her|us|them|someone|somebody|(?:my|our|a|an|the) (?:[\w-]+ )?(?:coworker|co-worker|colleague|workmate|mate|friend|lad|girl|guy|temp|picker|packer|driver|apprentice|trainee))`;
// Parts of a workplace where a blow is told to have happened.
const WORKPLACE = String.raw`(?:dock|docks|loading (?:bay|dock)|goods in|bays?|ramp|stairwell|stairs|staircase|steps|corridor|hallway|break ?room|staff ?room|canteen|kitchen|office|warehouse|yard|car ?park|parking (?:lot|garage)|locker ?room|lockers|toilets?|bathroom|restroom|changing rooms?|shop floor|floor|aisles?|line|till|tills|counter|freezer|cooler|chiller|cold ?room|store ?room|stock ?room|back room|backroom|lift|elevator|entrance|exit|gate|smoking (?:area|shelter)|depot|site|plant|factory|packing(?: area| bench)?|mezzanine|platform|van|truck|lorry|cab|lobby|reception|racking|pick face|forklift|conveyor|machine|bench|workstation|station|kitchen|pass|prep area|cellar|basement|fire escape|loading area|dispatch|despatch|shipping|receiving|trailer|container|shed|workshop|garage|hangar|ward|corridor)`;
const PLACED = String.raw` (?:at|in|on|by|near|behind|inside|outside|round|around|in front of|next to|down|up|beside|by the side of) (?:the|our|my|a|an|that|this) (?:[\w-]+ ){0,2}?${WORKPLACE}\b`;
// What a blow is done with: a tool, a thing at hand, a part of the body. News, questions and bills are none.
const TOOL = String.raw`(?:handle|pallet jack|pallet truck|jack|bar|pipe|broom|mop|stick|bat|hammer|mallet|wrench|spanner|tool|box ?cutter|knife|chair|stool|tray|clipboard|scanner|radio|board|plank|pole|brush|shovel|spade|bottle|can|tin|pan|pot|belt|cable|chain|hose|crate|box|pallet|trolley|cage|door|book|binder|folder|keys|phone|fist|fists|elbow|knee|boot|boots|foot|head|helmet|hard ?hat|torch|flashlight|rake|crowbar|rod|lid|tape gun|stapler|ruler|cup|mug|plate|ladle|rolling pin|baton|cane|umbrella|hose|strap|rope|whip|brick|rock|stone|block)s?`;
const WIELDED = String.raw` with (?:a|an|the|his|her|their|some|my|our|a big|a metal|a wooden) (?:[\w-]+ ){0,3}?${TOOL}\b`;
// A role that does the job beside the writer: who a blow "by" in the passive is from.
const ROLE = String.raw`(?:team ?leader|team ?lead|shift ?leader|shift ?lead|line ?leader|line ?lead|lead|leader|manager|boss|supervisor|sup|foreman|forewoman|gaffer|chargehand|coworker|co-worker|colleague|workmate|customer|client|driver|chef|head chef|sous chef|owner|director|guard|security guard|agency (?:guy|worker|manager)|contractor|trainer|area manager|store manager|duty manager|floor manager|resident|patient|visitor|guest|passenger|tenant|another (?:worker|driver)|picker|packer|loader|operator|cleaner|porter|nurse|doctor|carer|teacher|temp)`;
const PASSIVE_DEED = String.raw`(?:hit|punched|slapped|kicked|pushed|shoved|smacked|whacked|thumped|headbutted|head-butted|elbowed|kneed|beaten(?: up)?|beat up|attacked|assaulted|choked|strangled|bitten|spat on|scratched|knocked (?:down|over|out)|tripped|grabbed|groped)`;
// German: a blow with a time word between its words ("hat mich heute geschlagen"), someone on the forks, hours
// stamped for someone absent, a bomb brought along.
const DE_WHEN = String.raw`(?:(?:im|in der|in dem|am|an der|auf dem|auf der|hinter der|hinter dem|vor der|vor dem|beim|bei der|neben der|neben dem) (?:\w+ )?\w+|heute|gestern|vorgestern|vorhin|eben|gerade|grade|schon wieder|wieder|nochmal|erneut|heute (?:morgen|fruh|frueh|mittag|nachmittag|abend)|gestern (?:abend|morgen)|letzte woche|diese woche|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|in der (?:pause|schicht|halle|kantine)|vor allen|einfach|absichtlich|mit der faust|ins gesicht)`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// Portuguese blows: the passive with "por/pelo" and "deu-me uma bofetada" (European), "me deu um tapa" (Brazilian).
const PT_BLOWN = String.raw`(?:esbofetead[oa]|estalad[oa]|agredid[oa]|socad[oa]|esmurrad[oa]|espancad[oa]|pontapead[oa]|chutad[oa]|estapead[oa]|estrangulad[oa]|mordid[oa]|arranhad[oa])`;
const PT_BLOW = String.raw`(?:bofetadas?|estalos?|murros?|socos?|pontapes?|chapadas?|lambadas?|tapas?|tabefes?|cabecadas?|cotoveladas?|joelhadas?|sopapos?|bofetoes?|chutes?)`;
const PT_NOT_A_BLOW = String.raw`de luva branca|de realidade|na cara da sociedade|pela vida|pela realidade|pelo destino|pela noticia|pelo calor|pelo sono|pelo cansaco|filme|novela|serie|jogo|piada|kkk\w*|hahah\w*|rsrs\w*`;

export const ENGLISH_BLOWS_TOLD: UrgencyRule[] = [
  // Not a push to work harder, told where it was said: "Dave pushed me on the line to go faster".
  rule(
    'threat',
    String.raw`${OPENS}${NAMED}${OF_TEAM}${HOW} ${DEED} ${WHOM}(?:${PLACED}|${WIELDED})(?! to \w| so (?:i|we) \w)`,
    {
      negatable: true,
    },
  ),
  // A name that is a word too, made a person by the team they work in: "Bill from packing hit me".
  rule(
    'threat',
    String.raw`${OPENS}(?:${WORD_NAME}|${LISTED_NAME}) (?:from|in|on) (?:the )?(?:[\w-]+ )?(?:packing|picking|goods in|goods out|dispatch|despatch|shipping|receiving|returns|accounts|payroll|hr|it|sales|security|maintenance|cleaning|catering|kitchen|warehouse|stores|quality|qa|production|assembly|logistics|transport|admin|reception|nights|days|lates|earlies|weekends|my team|our team|the team|my shift|our shift|the line|line \d+|bay \d+|aisle \d+|section \d+|(?:[\w-]+ )?(?:team|shift|department|dept|crew|section))${HOW} ${DEED} ${WHOM}(?=\s*(?:$|[.!?,;:)(\n"]|-|(?:and|then|again|today|yesterday|twice|so hard|hard|for no reason|on purpose|in the|on the|at the|with)\b))`,
    { negatable: true },
  ),
  rule(
    'threat',
    String.raw`\b(?:got|get|gets|getting|was|were|been|being|am|is|i'?m|im) (?:just |literally |actually |physically )?${PASSIVE_DEED}(?: (?:${'in|on|across'}) the (?:face|head|chest|back|stomach|arm|leg|neck|mouth|nose|jaw))? by (?:my|our|the|a|an|his|her|their|one of (?:the|my|our)|another|some) (?:[\w-]+ ){0,2}?${ROLE}\b(?! (?:of|about|at) (?:a|the) (?:game|match|paintball))(?! (?:to \w|towards?\b|into \w+ing\b))`,
    { negatable: true },
  ),
];

export const GERMAN_BLOWS_TOLD: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:hat|haben|hatte|hatten) (?:mich|ihn|sie|uns|einen kollegen|eine kollegin|meinen kollegen|meine kollegin)(?: ${DE_WHEN}){1,3} (?:geschlagen|geohrfeigt|getreten|geschubst|gestossen|gesto\u00dfen|verprugelt|verpruegelt|gewurgt|gewuergt|angegriffen|geboxt|bespuckt|angespuckt)\b`,
    { negatable: true },
  ),
];

export const PORTUGUESE_BLOWS_TOLD: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`(?:\b(?:fui|foi|fomos|foram|levei|levou) ${PT_BLOWN} (?:pel[oa]s?|por) (?:\w+ ){0,4}?\w+|\b(?:deu-me|deu-lhe|deu-nos|me deu|lhe deu|nos deu|deram-me|me deram|mandou-me|me mandou|acertou-me|me acertou)(?: \w+){0,2}? (?:uma?|dois|duas|tres|varios|varias|alguns|algumas) ${PT_BLOW}\b|\blevei (?:uma?|dois|duas) ${PT_BLOW} d[oa] (?:meu|minha|nosso|nossa|\w+)\b(?![^.!?\n]{0,10}\bde luva\b))${notAround(PT_NOT_A_BLOW)}`,
  ),
];
