import { LISTED_NAME, NOT_A_PERSON } from './named-attacker';
import { rule, type UrgencyRule } from './types';

/*
 * Blows the other rules did not read (u31): who did it named by a short name or by a name that is also a word, and
 * deeds missing from their lists.
 *
 * - A short name ("Ed hit me", "Jo slapped me", "Al punched me") or a name that is a season, a month or a virtue
 *   ("Summer pushed me", "May kicked me", "Grace slapped me in the stockroom"; never with "hit", which seasons do), where a subject stands. Such words are
 *   read as no person elsewhere (named-attacker.ts: "Summer hit us hard", "Hope hit me when I saw the results"), so
 *   here the blow must be told as one: the sentence ends after it, or goes on with "and", "again", where it landed
 *   or where the writer was sent. A name that is a word never has "hard", "us" or "to…" after it read ("Summer hit
 *   us hard", "June pushed me to finish the report", "Grace pushed me to apply" stay calm).
 * - Deeds: elbowed, shoulder-checked, body-slammed, bitten, scratched, dragged by the hair, an arm yanked, a foot
 *   stamped on, slammed against a wall, hot coffee thrown ("Dave elbowed me out of the way", "she bit me", "he yanked
 *   my arm"), in English, German and Portuguese (Spanish and French read them already: "me dio un codazo").
 */

// Where a subject stands: the text's start, a clause's, or after a word that opens one.
const OPENS = String.raw`(?:^|[.!?,;:()"]\s*|\n\s*|\b(?:and|but|so|then|today|yesterday|tonight|earlier|just|literally|honestly|lol|omg|guess what|fyi|ok|okay|wait) )`;
// Two letters that are a name ("ed", "jo", "al", "ty"), not a word.
const SHORT_NAME = String.raw`(?!(?:it|he|we|me|us|so|no|or|an|as|at|be|by|do|go|if|in|is|my|of|on|to|up|ya|yo|ok|oh|uh|um|hi|ha|eh|ah|ye|im|id|ur|am|pm|hr|tv|uk|us|ex|ma|pa|la|le|el|lo|ni|na|ne|nu|mi|mu|wo|ho|oi|aw|ow|ay|hm|mm|sh|yu|yr)\b)[a-z]{2}`;
// Names that are words, and read as no person elsewhere.
const WORD_NAME = String.raw`(?:summer|winter|autumn|spring|hope|joy|faith|grace|june|april|may|august|dawn|sky|storm|rain|sunny|star|river|ocean|destiny|honey|sunshine|misty|heather|rose|daisy|ivy|holly|hazel|jasmine|violet|april|brook|robin|sandy|rusty|buddy|chance|will|mark|rob|bill|frank|pat|art|ray|sonny|colt|hunter|drew|chip|rich|chase|miles|wade|hank|jack)`;
// Blows that are never figures when done to someone; a name that is a word is read without "hit", since seasons,
// months and hope "hit" people as figures ("Summer hit me", test/unit/analysis/urgency-named-attacker.test.ts).
const NOT_HIT = String.raw`(?:pushed|shoved|punched|slapped|kicked|smacked|whacked|thumped|headbutted|head-butted|elbowed|kneed|tripped|choked|strangled|bit|scratched|spat on|spat at|beat up|decked|jabbed|socked)`;
const BLOW = String.raw`(?:hit|${NOT_HIT})`;
const WHOM = String.raw`(?:me|him|her|someone|somebody|my (?:[\w-]+ )?(?:coworker|co-worker|colleague|friend|mate|wife|husband|partner|son|daughter|lead|supervisor|manager))`;
// Where a blow landed, or where someone was sent by it.
const LANDED = String.raw`(?:in|on|across|over|round|around) (?:the|my|his|her|their) (?:[\w-]+ )?(?:face|head|mouth|nose|jaw|eye|eyes|ear|cheek|chest|stomach|gut|ribs|back|arm|arms|leg|legs|neck|throat|shoulder|side|balls|groin|knee|shin|body)`;
const SENT = String.raw`(?:into|against|onto|down|off|over|through|to) (?:the|a|an|his|her|my|our|some) (?:[\w-]+ ){0,2}?(?:racking|racks?|shelf|shelves|shelving|wall|walls|door|doors|stairs|steps|floor|ground|table|desk|counter|lockers?|pallets?|forklift|machine|conveyor|van|truck|car|window|glass|ladder|dock|bins?|freezer|fridge|corner|cage)`;
// How the report goes on after the blow: the sentence ends, or it says more of the blow.
const TOLD_AS_A_BLOW = String.raw`(?=\s*(?:$|[.!?,;:)(\n"]|-|(?:and|then|again|twice|today|yesterday|on purpose|deliberately|for no reason|in front of)\b|${LANDED}\b|${SENT}\b))`;
// A short name may also be followed by how hard: "Ed hit me so hard".
const OR_HARD = String.raw`(?=\s*(?:(?:so |really |very )?hard\b))`;

// Someone named, with a laugh straight after the blow: "Dave hit me lol" (named-attacker.ts reads "Dave hit me" but
// not with "lol" after it; the laugh is no play when the blow is told as done: playful.ts).
const LAUGH_AFTER = String.raw`(?=\s*(?:lol\w*|lmf?ao\w*|haha\w*|rofl|xd+|jk)\b)`;
// A given name the redaction knows, or a short one: "Tariffs hit me lol" is no one.
const ANYONE_NAMED = String.raw`(?:${LISTED_NAME}|${SHORT_NAME})`;

const ENGLISH_NAMES: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`${OPENS}${ANYONE_NAMED} (?:just |then |literally |actually )?${BLOW} ${WHOM}${LAUGH_AFTER}`,
    {
      negatable: true,
    },
  ),
  rule(
    'threat',
    String.raw`${OPENS}${SHORT_NAME} (?:just |then |literally |actually |deliberately )?${BLOW} ${WHOM}(?:${TOLD_AS_A_BLOW}|${OR_HARD})`,
    { negatable: true },
  ),
  rule(
    'threat',
    String.raw`${OPENS}${WORD_NAME} (?:just |then |literally |actually |deliberately )?${NOT_HIT} ${WHOM}${TOLD_AS_A_BLOW}`,
    { negatable: true },
  ),
];

// Who did it: a pronoun, a role, or a word in a subject's place that is no thing ("Dave", "the new guy").
const WHO = String.raw`(?:he|she|they|someone|somebody|(?:a|an|the|my|our|this|that|one of the|another) (?:[\w-]+ )?(?:coworker|co-worker|colleague|customer|client|manager|boss|supervisor|lead|foreman|guy|man|woman|lady|girl|boy|bloke|lad|driver|worker|resident|patient|visitor|temp|picker|packer)|(?!${NOT_A_PERSON}\b)[a-z][a-z'-]{1,20})`;
// Deeds that are blows whatever follows ("she bit me."), deeds that are blows only with where or how they sent
// someone ("dragged me by my hair", not "dragged me to the meeting"), and a part of the body taken hold of.
const BLOW_ALONE = String.raw`(?:elbowed|shoulder[- ]?checked|body[- ]?slammed|bit|scratched|sucker[- ]?punched|clotheslined|kneed|headlocked|head[- ]?butted)`;
const BLOW_IF_SENT = String.raw`(?:dragged|yanked|slammed|pinned|threw|tripped|barged|shouldered|shoved|elbowed|pushed)`;
const HELD = String.raw`(?:yanked|pulled|twisted|bent back|stamped on|stomped on|grabbed|bit|scratched)`;
const BODY = String.raw`(?:hair|arm|arms|wrist|wrists|neck|face|foot|feet|hand|ponytail|hijab|headscarf|collar|throat|ear|fingers?|thumb)`;
const WHOM_HIT = String.raw`(?:me|him|her|us|someone|somebody)`;
const HOW_SENT = String.raw`(?: (?:so |really )?hard)?(?: (?:out of the way(?! of\b)|by (?:my|the|his|her|their) ${BODY}|${LANDED}|${SENT}|to the (?:floor|ground)|on purpose|deliberately))`;
const ENDS = String.raw`(?=\s*(?:$|[.!?,;\n]|and (?:i|it|he|she|then|now|laughed|walked)\b))`;
const HOW_DONE = String.raw`\b${WHO} (?:just |then |literally |deliberately |purposely |actually )?`;

const ENGLISH_DEEDS: UrgencyRule[] = [
  rule('threat', String.raw`${HOW_DONE}${BLOW_ALONE} ${WHOM_HIT}(?:${HOW_SENT}|${ENDS})`, { negatable: true }),
  rule('threat', String.raw`${HOW_DONE}${BLOW_IF_SENT} ${WHOM_HIT}${HOW_SENT}`, { negatable: true }),
  rule('threat', String.raw`${HOW_DONE}${HELD} (?:my|his|her|their) (?:[\w-]+ )?${BODY}(?:${HOW_SENT}|${ENDS})`, {
    negatable: true,
  }),
  // Hot drinks and heavy things thrown at someone: "she threw hot coffee at me".
  rule(
    'threat',
    String.raw`\b(?:threw|chucked|hurled|flung|lobbed|poured) (?:a |an |the |some |his |her |my )?(?:hot|boiling|scalding|full|heavy|glass|metal|wooden|steel|coffee|tea) (?:coffee|tea|water|soup|drink|oil|bottle|cup|mug|chair|box|stapler|tray|pan|can|brick|tool|pot|kettle)s? (?:at|over|on) (?:me|him|her|us|someone|my|his|her)\b`,
  ),
];

/** English: short and word-like names as attackers, and deeds missing from the lists. */
export const ENGLISH_BLOWS: UrgencyRule[] = [...ENGLISH_NAMES, ...ENGLISH_DEEDS];

/** German: a headbutt, an elbow or a bite given. */
export const GERMAN_BLOWS: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:hat|haben|hatte|hatten) (?:mir|ihm|ihr|uns|ihnen) (?:\w+ ){0,2}(?:einen |eine )?(?:kopfsto(?:ss|\u00df)|kopfnuss|ellbogen\w*|ellenbogen\w*|faustschlag|ohrfeige|tritt|kniesto(?:ss|\u00df))\w* (?:gegeben|verpasst|versetzt)\b|\b(?:hat|haben|hatte) mich (?:\w+ ){0,2}(?:gebissen|gekratzt|gewurgt|gewuergt|an den haaren gezogen|(?:zu boden|gegen die wand|an die wand|in das regal|ins regal) (?:gesto(?:ss|\u00df)en|geschubst|gedruckt|gedrueckt))\b`,
  ),
];

/** Portuguese: an elbow, a headbutt or a bite given. */
export const PORTUGUESE_BLOWS: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`\b(?:me|lhe|nos) (?:deu|deram|dava) (?:uma|um) (?:cotovelada|cabecada|joelhada|rasteira|mordida|chave de braco|gravata|bofetada|tapa|soco|murro|chute|pontape)\b|\b(?:me|o|a|nos) (?:mordeu|arranhou|arrastou|enforcou|esganou|puxou pelo cabelo|puxou pelos cabelos|jogou contra a parede|jogou no chao)\b`,
  ),
];
