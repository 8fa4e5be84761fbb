import { isEnglishWord } from '../english-dictionary';
import { listedGivenNames } from '../given-names';
import { rule, type UrgencyRule } from './types';

/*
 * Violence by someone named: "Mike hit me", "Dave pushed me into the racking", "Sarah pushed me down the stairs",
 * "priya kicks me under the table". The other rules read "hit" and "pushed" only after a pronoun or a role ("he hit
 * me", "my coworker pushed me"), since most things that "hit" a writer are not people ("Covid hit me hard", "the
 * recession hit us"); so a name before them was read calm, and "Dave pushed me into the racking" reached nobody.
 *
 * Who did it is a word where a subject stands: at the start of a sentence or clause, after a word that opens one
 * ("and", "when", "yesterday", "I think", "told HR that"), or after a role ("the new guy Dave"). It is read as a
 * person unless it is a thing, an illness, the weather, a season, a day, news, a brand, a feeling or a word such as
 * "it", "reality", "life" or "karma" (NOT_A_PERSON): folded text has no capitals, and names are written small too.
 *
 * What was done is told so that it is a blow and not a figure. "Hit" and "pushed" need an ending that says so: the
 * sentence ends there, or goes on with "and…", "again", "so hard", a place on the body or at work, or where the
 * writer was pushed (into, down, off or against something solid: "into the racking", "down the stairs"). "Hit me up",
 * "hit me back", "hit me with the news", "pushed me to apply", "pushed me the report", "beat me at pool" and "beat me
 * to it" are none. Laughter by the one who did it ("and laughed", "laughing") is part of the report, never play.
 */

// Words in a subject's place that are no person (any word not here, in subject position, is read as someone's name).
export const NOT_A_PERSON = String.raw`(?:it|its|it's|this|that|these|those|there|here|what|which|who|whoever|everything|nothing|something|anything|all|one|none|nobody|noone|no-one|everyone|everybody|anyone|anybody|people|i|you|u|we|ya|reality|life|karma|fate|god|luck|hope|joy|faith|relief|news|truth|time|age|love|death|grief|guilt|shame|fear|panic|anxiety|depression|stress|burnout|exhaustion|tiredness|fatigue|hunger|thirst|sleep|boredom|nostalgia|inspiration|realisation|realization|idea|thought|memory|emotion|emotions|feeling|feelings|pain|sadness|loneliness|regret|jetlag|hangover|covid|corona|coronavirus|flu|virus|bug|cold|fever|illness|sickness|cancer|migraine|headache|allergies|hayfever|asthma|lightning|thunder|weather|rain|storm|snow|hail|wind|heat|heatwave|sun|sunshine|frost|ice|fog|flood|traffic|summer|winter|spring|autumn|fall|season|christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march|july|september|october|november|december|today|tonight|tomorrow|yesterday|work|job|shift|rota|deadline|deadlines|recession|inflation|economy|market|markets|crisis|pandemic|lockdown|brexit|tax|taxes|rent|bills|debt|money|prices|wave|waves|ball|door|car|truck|van|bus|lorry|forklift|pallet|box|boxes|machine|branch|rock|stone|bullet|brick|music|song|beat|bass|drop|caffeine|coffee|sugar|alcohol|beer|wine|vodka|tequila|weed|edible|edibles|nike|adidas|apple|google|amazon|tesco|asda|aldi|lidl|walmart|target|costco|uber|netflix|spotify|tiktok|instagram|facebook|twitter|youtube|mcdonalds|starbucks|coke|pepsi|redbull|monster|just|then|really|also|even|almost|nearly|never|always|literally|actually|basically|finally|suddenly|accidentally|apparently|probably|maybe|still|again|kinda|totally|seriously|honestly|had|has|have|was|were|is|be|been|did|does|do|and|but|or|so|not|no|the|a|an|my|your|his|her|our|their|me|him|us|them)`;
// Nouns of feeling and state by their endings ("sadness", "realisation", "negativity", "excitement", "criticism").
const ABSTRACT_ENDINGS = String.raw`(?:ness|tion|sion|ity|ment|ism|ship|hood|itis|ache|day|days)`;
export const NOT_AN_ABSTRACT = String.raw`(?![a-z]*${ABSTRACT_ENDINGS}\b)`;
const ABSTRACT = new RegExp(String.raw`${ABSTRACT_ENDINGS}$`);
// What opens a clause, after which a subject stands.
const OPENS = String.raw`(?:^|[.!?,;:()"]\s*|\n\s*|\b(?:and|but|so|then|when|while|because|cos|coz|as|after|before|until|till|that|where|today|yesterday|tonight|earlier|just|literally|omg|lol|also|again|think|thought|swear|saw|said|says|morning|afternoon|evening|night|shift|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago|suddenly|guess what|honestly|seriously|basically|apparently|anyway|well|ok|okay|like|hey|hi|hello|please|fyi|update)\s)`;
// A role before a name, or standing for it: "the new guy Dave", "a customer".
const ROLE_BEFORE = String.raw`\b(?:my|our|the|a|an|this|that|one of the|another) (?:[\w-]+ )?(?:coworker|co-worker|colleague|workmate|teammate|manager|boss|supervisor|team lead|lead|foreman|customer|client|patient|resident|visitor|driver|guy|man|woman|lady|girl|boy|bloke|lad|dude|kid|worker|guard|security guard|cashier|nurse|carer|temp|contractor|picker|packer|operator|cleaner|chef|cook|porter|apprentice|intern|trainee|employee|mate|friend|neighbou?r|shift leader|line leader)`;
const NAMED = String.raw`(?!${NOT_A_PERSON}\b)${NOT_AN_ABSTRACT}[a-z][a-z'-]{1,20}`;
const WHO = String.raw`(?:${OPENS}${NAMED}|${ROLE_BEFORE}(?: ${NAMED})?)`;
// A word between who and the deed: "Dave just pushed me", "mike deliberately hit me". Not "accidentally", "nearly".
const HOW = String.raw`(?: (?:just|then|literally|actually|deliberately|purposely|purposefully|intentionally|suddenly|physically|also|even|really|violently|aggressively|forcefully|basically|straight up|proper|full on))?`;
// Whom: the writer, someone, or someone at work.
const WHOM = String.raw`(?:me|us|him|her|them|someone|somebody|(?:a|an|the|my|our|his|her|one of (?:the|our|my)|another) (?:[\w-]+ )?(?:coworker|co-worker|colleague|workmate|worker|customer|cashier|nurse|carer|temp|picker|packer|cleaner|apprentice|girl|guy|lad|woman|man|kid|friend|mate|trainee|intern|driver|guard|wife|husband|partner|son|daughter))`;

// Something solid one is pushed into, down or off: racking, a wall, the stairs, a machine, the floor, a vehicle.
const SOLID = String.raw`(?:racking|racks?|shelf|shelves|shelving|walls?|doors?|door ?frames?|stairs|steps|staircase|stairwell|floor|ground|tables?|desks?|counters?|lockers?|pallets?|fork ?lifts?|reach ?trucks?|pallet (?:jacks?|trucks?)|machines?|conveyors?|press|vans?|trucks?|lorr(?:y|ies)|cars?|bus|windows?|glass|ladders?|docks?|loading (?:bay|dock)|bins?|skips?|dumpsters?|freezers?|fridges?|chillers?|cold ?room|till|fences?|railings?|barriers?|banisters?|cages?|roll ?cages?|trolleys?|cabinets?|filing cabinets?|chairs?|benches|bench|sinks?|ovens?|fryers?|stoves?|hobs?|grills?|mirrors?|posts?|pillars?|columns?|beams?|stacks?|box|boxes|crates?|puddles?|road|traffic|bushes|hedge|kerb|curb|pavement|concrete|gravel|lift|elevator|cupboards?|closets?|store ?room|stock ?room|toilets?|cubicles?|bathroom|locker ?room|canal|river|water|pool|gates?|ledges?|platforms?|mezzanine|scaffold(?:ing)?|balcony|ramp|corners? of (?:the|a) \w+|edge of (?:the|a) \w+|side of (?:the|a) \w+|blades?|belt)`;
// Where a blow landed: "in the face", "on the head", "across the face".
const LANDED = String.raw`(?:in|on|across|over|round|around) (?:the|my|his|her|their|our) (?:[\w-]+ )?(?:face|head|mouth|nose|jaw|eye|eyes|ear|cheek|chest|stomach|gut|ribs|back|arm|arms|leg|legs|neck|throat|shoulder|side|balls|groin|knee|shin|body)`;
// What a blow is told with: "hit me with a pipe". Paperwork, news and questions are no weapon.
const WIELDED = String.raw`with (?:a|an|his|her|their|the|some) (?:[\w-]+ )?(?:fist|fists|hand|bat|stick|pipe|bottle|chair|wrench|spanner|hammer|belt|tool|phone|clipboard|broom|mop|bar|crowbar|box ?cutter|stanley knife|knife|brick|rock|stone|plank|pole|shovel|spade|torch|flashlight|radio|tray|pan|cup|mug|keys|bag|helmet|hard ?hat|scanner|gun|door|elbow|knee|head|boot|foot)s?`;
// How a report goes on after "hit me" / "pushed me": the sentence ends, or it says more of the blow.
const GOES_ON = String.raw`(?=\s*(?:$|[.!?,;:)(\n"]|-|(?:and|then|but|so|because|cos|coz|when|while|again|today|yesterday|tonight|this (?:morning|afternoon|evening)|last (?:night|shift|week)|twice|(?:so |really |very )?hard(?! (?:to|with|on|for|about)\b)|(?:so |really |very )?violently|(?:in|at|on|by|near|behind|outside) (?:the|our|my) (?:[\w-]+ )?(?:break ?room|staff ?room|canteen|kitchen|office|warehouse|yard|car ?park|parking lot|loading (?:bay|dock)|docks?|bays?|ramp|platform|mezzanine|packing area|freezer|cooler|plant|factory|toilets?|bathroom|locker ?room|changing room|corridor|hallway|shop floor|floor|stairs|stairwell|lift|elevator|store ?room|stock ?room|back room|counter|till|site|depot|lobby|aisle|smoking area|entrance|gate|van|truck|cab)|for no reason|every|each|all the time|constantly|daily|regularly|whenever|if i|in front of|at work|on (?:shift|site)|outside|behind|near|during|after (?:the|our|my|work|shift|lunch|break)|before (?:the|our|my|work|shift|lunch|break)|from behind|laugh\w*|smil\w*|on purpose|deliberately|out of nowhere|right there|repeatedly|over and over|wtf|omg)\b))`;

const WHO_DID = String.raw`${WHO}${HOW}`;

/*
 * Who "hit" someone is a person only when named as one: "Mike hit me", but "Sales hit us hard", "Insomnia hit me",
 * "Crypto hit me" are things, and things that hit are too many to list. So "hit" is read after a given name the
 * redaction knows (given-names.ts), a role or a pronoun. A name that is an everyday word too ("Mark", "Bob", "Will")
 * is read only where a subject stands ("mark hit me", "and then Will hit me"), never "it will hit me".
 */
const NO_PERSON = new RegExp(`^${NOT_A_PERSON}$`);
const LISTED = listedGivenNames().filter(
  ({ name }) => /^[a-z][a-z'-]{1,20}$/.test(name) && !NO_PERSON.test(name) && !ABSTRACT.test(name),
);
const namesOf = (names: { name: string }[]) =>
  names
    .map(({ name }) => name)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join('|');
// Names read wherever they stand, and names that are words too, read only where a subject stands. One pass: each of the
// ~3,200 names is looked up once (twice was 5-7 ms of CPU at every cold start on Node 24; docs/performance-log.md, cold38).
const isWordlike = LISTED.map(({ name, wordlike }) => wordlike || isEnglishWord(name));
const PLAIN_NAMES = namesOf(LISTED.filter((_, i) => !isWordlike[i]));
const WORDLIKE_NAMES = namesOf(LISTED.filter((_, i) => isWordlike[i]));
/** A given name the redaction knows, for rules that read "hit" after a word that opens a clause (en.ts). */
export const LISTED_NAME = String.raw`(?:${WORDLIKE_NAMES}|${PLAIN_NAMES})`;
const WHO_HIT = String.raw`(?:${OPENS}(?:${WORDLIKE_NAMES})|\b(?:${PLAIN_NAMES})|${ROLE_BEFORE}(?: ${NAMED})?)${HOW}`;

const STRUCK = String.raw`(?:smacked|smacks|whacked|whacks|thumped|thumps|pushed|pushes|shoved|shoves|punched|punches|slapped|slaps|kicked|kicks|headbutted|headbutts|elbowed|elbows|kneed|knees|tripped|trips|spat on|spat at|spits on|spits at|spit on|spit at)`;
// Verbs that are a blow only with where they sent someone: "slammed me against the wall", not "slammed me in the meeting".
const SENT = String.raw`(?:${STRUCK}|hit|hits|slammed|slams|threw|throws|dragged|drags|flung|flings|chucked|chucks)`;
const INTO_SOLID = String.raw`(?: (?:so |really )?hard)? (?!under the bus\b)(?:into|onto|on to|against|down|off|over|through|out of|under|in front of|to) (?:the|a|an|his|her|my|our|their|some|that|this|one of the) (?:[\w-]+ ){0,2}?${SOLID}\b`;
const KNOCKED_DOWN = String.raw`(?: (?:so |really )?hard)? (?:down (?:the )?(?:stairs|steps)|to the (?:floor|ground)|over(?=\s*(?:$|[.!?,;]|and\b|then\b)))`;

// Someone named as the one struck, after a blow that is never a figure: "Kev punched Sarah". "Kicked ass", "kicked
// off", "punched the clock" are none.
const NAMED_WHOM = String.raw`(?!(?:${NOT_A_PERSON}|off|out|in|up|down|back|ass|butt|arse|goals?|balls?|habits?|things|stuff|dirt|tyres|tires|doors?|bins?|walls?|desk|machine|printer|vending|air|buttons?|keys|numbers|clock|card|cards|ticket|tickets|holes?|way|time|ideas?)\b)[a-z][a-z'-]{1,20}`;
const NEVER_A_FIGURE = String.raw`(?:punched|punches|slapped|slaps|kicked|kicks|headbutted|headbutts|elbowed|elbows|spat on|spits on|spat at|spits at)`;

// A "not" or "never" just before the report denies it: "I never said Dave pushed me".
const NEGATABLE = { negatable: true };

/** English. */
export const ENGLISH_NAMED_ATTACKER: UrgencyRule[] = [
  // Hit, pushed, kicked or shoved, past or present, with an ending that makes it a blow.
  rule('threat', String.raw`${WHO_DID} ${STRUCK} ${WHOM}(?:${GOES_ON}| (?:${LANDED}|${WIELDED})\b)`, NEGATABLE),
  rule('threat', String.raw`${WHO_HIT} (?:hit|hits) ${WHOM}(?:${GOES_ON}| (?:${LANDED}|${WIELDED})\b)`, NEGATABLE),
  // Sent into something solid, down the stairs or to the floor: "Dave pushed me into the racking".
  rule('threat', String.raw`${WHO_DID} ${SENT} ${WHOM}(?:${INTO_SOLID}|${KNOCKED_DOWN})`, NEGATABLE),
  rule(
    'threat',
    String.raw`${WHO_DID} ${NEVER_A_FIGURE} ${NAMED_WHOM}(?:${GOES_ON}| (?:${LANDED}|${WIELDED})\b)`,
    NEGATABLE,
  ),
  // A second deed after the first: "Tom grabbed me and pushed me to the floor".
  rule('threat', String.raw`\b(?:and|then) (?:then )?${SENT} ${WHOM}(?:${INTO_SOLID}|${KNOCKED_DOWN})`, NEGATABLE),
  // Beaten up by someone ("Dave beat me up", "Kev beat the shit out of him"): never "would beat me up" or "beat me at pool".
  rule(
    'threat',
    String.raw`${WHO_DID} (?:beat|beats) ${WHOM} (?:up|black and blue|senseless|unconscious|to the (?:ground|floor)|${WIELDED})\b|${WHO_DID} (?:beat|beats|kicked|kicks) the (?:shit|crap|hell|living daylights|life) out of ${WHOM}\b`,
    NEGATABLE,
  ),
  // Something thrown at someone: "Dave threw the stapler at me". A party, the book, shade or questions are not.
  rule(
    'threat',
    String.raw`\b(?:threw|throws|throwing|chucked|chucks|hurled|hurls|lobbed|lobs|flung|flings) (?!(?:up|out|in|away|back|on|it|together|the book|shade|money|questions?|a question|a curveball|curveballs?|everything|problems?|tasks?|jobs?|work|blame|the blame|insults?|abuse|a tantrum|tantrums|a fit|a wobbly|a party|a glance|a look|a smile|a wink|a kiss|compliments?|ideas?|suggestions?|a bone|jokes?|a joke|words|names|accusations?|numbers|figures|stats|data|facts|deadlines|emails|paperwork|rules|targets|jargon|feedback|criticism|a lot|so much)\b)(?:(?:a|an|the|his|her|their|some|something|this|that|my|our)(?: [\w-]+){0,2} |[\w-]+ )at ${WHOM}\b`,
    NEGATABLE,
  ),
];
