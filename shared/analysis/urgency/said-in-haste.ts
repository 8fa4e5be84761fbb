import { ENGLISH_SAID_BARE, GERMAN_SAID_BARE } from './said-in-haste-bare';
import { ENGLISH_SAID_PLAINLY } from './said-plainly';
import { rule, type UrgencyRule } from './types';

/*
 * Emergencies told in the fewest words, by someone with no time to write a sentence (an outside attacker's round,
 * test/unit/analysis/urgency-said-in-haste.test.ts): "fire in bay 3, people stuck", "FIRE line 4 now", "man down
 * aisle 7", "co alarm beeping in the canteen", "smoking area is on fire", a worker left hanging in a fall-arrest
 * harness, people choking beside a chemical leak. A cry for help (cry-for-help.ts) is read only when it is all the
 * text says, so any word added after it ("people stuck") made the report calm: these read the report itself, so an
 * added alarming word can no longer hide it. Each has its calm look-alike kept out: "fire drill in bay 3", "fire the
 * supplier", "the sales team is on fire", "man down, we lost the match", "co-worker", "coughing all week from a cold".
 */

// The start of the text or of a clause, with any emoji or punctuation before the words ("🔥🔥 fire in bay 3"), a dash
// ("help - fire in bay 3"), or words said in haste before the report with nothing between ("pls fire in bay 3", "ppl
// stuck man down aisle 7", "call 911 man down aisle 7"): added words never make a report calmer (blind round 25).
const HASTE = String.raw`(?:please|pls|plz|help|help us|omg|oh my god|now|right now|asap|urgent|urgently|hurry|quick|quickly|come quick|come now|send help|send someone|call 911|call 999|call 112|call an ambulance|(?:people|ppl|someone|guys) (?:stuck|trapped|hurt|inside)|(?:we are|we're|were|i am|i'm|im) (?:scared|terrified|panicking)|still|again|again today|today|this is serious|serious|no joke|not joking|i mean it|for real|fr|nobody is answering|no one is answering|nobody answers|what do i do|what do we do|sos|emergency|mayday|wtf|guys|everyone|quick help|sorry|sry|thanks|thank you|thx|hi|hello|hey|ok|okay)`;
const CLAUSE_START = String.raw`(?<=^[^a-z0-9]*|[.!?,;:\n\-–—][^a-z0-9]*|(?:^|[\s.!?,;:\-–—])(?:${HASTE}[^a-z0-9]*)+)`;
// Where people work, by the names a site gives its parts.
const WORK_PLACE = String.raw`(?:bay|aisle|dock|line|unit|ward|hall|zone|room|kitchen|canteen|warehouse|office|building|plant|factory|yard|store|shop|stockroom|storeroom|basement|cellar|car ?park|loading bay|loading dock|server room|lab|workshop|boiler ?room|plant ?room|floor|level|block|wing|area|lift|stairwell|stairs|corridor|toilets?|bathroom|break ?room|staff ?room|smoking area|shed|depot|site|mill|oven|fryer|kiln|furnace|bin store|paint shop|spray booth|booth|cell|press|mezzanine|roof|attic|loft|tunnel|substation|generator|compressor|battery room|charging (?:area|bay|room))s?`;
// Words that make a fire a practice, a subject or a thing past.
const NOT_A_FIRE_NOW = String.raw`(?![^.!?\n]{0,60}\b(?:drill|drills|practice|exercise|simulation|training|test|tested|testing|evacuation plan|risk assessment|last (?:year|month|week)|years ago|was put out|is out now|all clear)\b)`;

const FIRE_AT_A_PLACE = String.raw`${CLAUSE_START}(?:(?:help|omg|guys|urgent|quick|emergency|there'?s|theres|we have|we got) )?(?:fire|fires|blaze|flames|smoke)(?: (?:fire|fires))*[!]* (?:(?:in|at|on|near|by|inside|behind|upstairs in|downstairs in) (?:the |our |a |an )?(?:[\w-]+ ){0,2}${WORK_PLACE}\b|${WORK_PLACE} (?:\d{1,3}[a-z]?|[a-z]\d{0,2})\b)${NOT_A_FIRE_NOW}`;

// A place or thing said to be on fire at the start of a clause, with or without "the": "smoking area is on fire".
const PLACE_ON_FIRE = String.raw`${CLAUSE_START}(?:\w+ ){0,3}(?<!\bdance )${WORK_PLACE}(?: \d{1,3}[a-z]?)? (?:is|are|'s|s|r|was|just went|went) (?:now |literally |completely |totally |all )?on fire\b(?! (?:today|tonight|this (?:week|month|quarter|year|season|morning)|lately|with (?:sales|orders|deals)))`;

// People shut in where a fire, smoke or a collapse is, or somewhere named that traps ("ppl stuck in the lift").
const WHO = String.raw`(?:people|ppl|someone|somebody|some1|workers?|men|guys|lads|staff|colleagues|customers|kids|children|residents|patients|(?:two|three|four|five|six|several|some|a few|\d{1,3}) (?:people|ppl|men|guys|workers|staff|of us|lads|women))`;
const TRAPPED = String.raw`(?:are |r |is |still |got |now |all )*(?:trapped|stuck|cant get out|can'?t get out|cannot get out)`;
const PEOPLE_TRAPPED = String.raw`\b${WHO} ${TRAPPED}(?<=\b(?:fire|fires|smoke|flames|burning|blaze|collapsed?|explosion|flooding|flood)\b[^.!?\n]{0,80})|\b${WHO} ${TRAPPED} (?:inside|in there|in the (?:lift|elevator|freezer|cold ?room|chiller|tank|silo|burning|smoke|fire|rubble|collapse|basement|container|vessel|pit)|under (?:the )?(?:rubble|racking|collapse|debris|roof))\b`;

// Someone down at a place, said as the whole report or after "we have": "man down aisle 7", "man down!". Said
// bare, it needs its "!": the short stretches of a longer text are read alone too (urgency.ts, ruleCategories), and
// "man down" cut from "man down, we lost the match" must stay a game, and "man down in the office my laptop died" a
// device (att51). "We're a man down today" (short-staffed) is not this.
const MAN_DOWN = String.raw`(?:${CLAUSE_START}|\b(?:we (?:have|got|'ve got|ve got)|there'?s|theres) (?:a )?)(?:man|worker|person|operator|driver|guy|colleague|picker|officer|nurse) down\b(?=[^a-z!]*![^a-z]*$|[^a-z]*(?:in|at|on|by|near|aisle|bay|dock|line|zone|area|level|floor|unit|ward|room|yard|call|need|help|send|get|not|he|she|ambulance|first aid|now|asap|urgent|please|hurry)\b)(?![^.!?\n]{0,60}\b(?:match|game|lost|losing|rota|short|shift|team|players?|football|soccer|sub|subs|red card|squad|league|fifa|round|goalie|keeper|sick|laptop|computer|pc|printer|server|wifi|wi-fi|network|internet|monitor|battery)\b)`;

// A carbon monoxide or gas alarm sounding now; one being tested, changed or wanting a battery is not.
const GAS_ALARM = String.raw`\b(?:co|c\.o\.|carbon monoxide|gas|h2s|co2|ammonia|chlorine|oxygen|o2|lel)(?: gas)? (?:alarms?|detectors?|monitors?|sensors?|meters?|alarm system)\b(?: \w+){0,2}? (?:is |are |was |keeps |kept |has been |have been |been |just |started |starts |keep |still |now )*(?:beeping|going off|went off|goes off|sounding|sounded|alarming|ringing|screaming|flashing red|triggered|tripped|activated|reading high)\b(?![^.!?\n]{0,60}\b(?:test|tested|testing|battery|batteries|drill|false alarm|fixed|replaced|being replaced|installed|calibrat\w*|low battery)\b)`;

// Someone left hanging in a fall-arrest harness or lanyard after a fall: minutes count (suspension trauma).
const HANGING_IN_HARNESS = String.raw`\b(?:hanging|dangling|suspended|hung up|swinging|stuck|left hanging) (?:from|in|by|on) (?:his|her|their|the|a|my|its) (?:safety |fall arrest |fall-arrest |full body )?(?:harness|lanyard|fall arrest(?:er)?|safety line|lifeline|rope)\b(?! (?:room|store|cupboard|rack|hook|locker|cage|shelf|bag|box|drawer)\b)`;

// Breathing trouble beside a chemical, gas or fumes in the same sentence ("the chlorine pump is spraying and two
// people are coughing and choking"); and more than one person, or someone named, choking now. Not the writer's own
// breathing, or breathing trouble they say is over ("im not breathing in the fumes anymore, i wear the mask now").
const BREATHING = String.raw`(?:coughing and choking|choking and coughing|choking|gasping(?: for (?:air|breath))?|can'?t breathe|cannot breathe|can not breathe|cant breathe|struggling to breathe|(?<!\b(?:i'?m|i am|we'?re|we are) )not breathing(?! in\b)|short of breath|wheezing|throats? (?:closing|burning)|passing out|passed out|collapsed|vomiting|throwing up)`;
const CHEMICAL = String.raw`(?:chlorine|ammonia|gas|fumes?|chemicals?|acid|bleach|solvents?|vapou?rs?|h2s|hydrogen sulphide|hydrogen sulfide|carbon monoxide|co2|caustic|pesticides?|cleaning products?|dosing pump|leak\w*|spray\w*)`;
const CHEMICAL_AND_BREATHING = String.raw`(?![^.!?\n]*\b(?:anymore|any more|no longer|not any more)\b)(?:\b${CHEMICAL}\b[^.!?\n]{0,120}?\b(?:are|is|'s|'re|r|started|start|keep|keeps|now|all|been) (?:now |all |still |both )?${BREATHING}\b|\b${BREATHING}\b(?<!\b(?:was|were|had|last (?:\w+ )?|years? ago )${BREATHING})[^.!?\n]{0,60}?\b(?:from|because of|after|near|by|in) (?:the |some |all the )?(?:\w+ )?${CHEMICAL}\b)`;
const PEOPLE_CHOKING = String.raw`\b(?:two|three|four|five|several|some|a few|multiple|both|\d{1,3}) (?:people|ppl|men|guys|women|workers|staff|of us|colleagues|customers|kids|children|lads|residents|patients) (?:are |r |is |all |now |keep |started |still )+(?:coughing and |coughing, )?(?:choking|gasping for (?:air|breath)|struggling to breathe|can'?t breathe|cannot breathe)\b`;

// "We're a man down in bay 3, can someone help": a place said after it and help asked for, as someone down is reported
// (blind round 26: only the learned model read it). Short-staffed is said with a time or a shift, and asks for cover:
// "we're a man down today, can someone cover", "a man down on nights, can anyone help with picking".
const WE_ARE_A_MAN_DOWN = String.raw`\b(?:we'?re|we are|were) (?:a|one) (?:man|worker|person|guy|colleague|picker|driver|operator) down (?:(?:in|at|on|by|near) (?:the )?)?(?:(?:bay|aisle|dock|line|unit|zone|gate|door|lane|level|room|ward) \d{1,3}[a-z]?|(?:[\w-]+ )?(?:yard|warehouse|freezer|cold ?room|kitchen|canteen|stairwell|loading (?:bay|dock)|car ?park|workshop|plant room|boiler room|basement|roof|mezzanine))\b(?![^.!?\n]{0,100}\b(?:cover\w*|shift|shifts|rota|short|staff(?:ed|ing)?|hours|overtime|today|tonight|tomorrow|this week|nights|days|picking|packing|orders)\b)[^.!?\n]{0,40}?\b(?:help|ambulance|first aid|first aider|medic|paramedics?|911|999|112)\b(?! (?:with|out with|cover\w*|me cover))`;

/** The English rules for emergencies told in haste. */
export const ENGLISH_SAID_IN_HASTE: UrgencyRule[] = [
  rule('safety', FIRE_AT_A_PLACE),
  rule('safety', PLACE_ON_FIRE),
  rule('safety', PEOPLE_TRAPPED),
  rule('safety', MAN_DOWN),
  rule('safety', WE_ARE_A_MAN_DOWN),
  rule('safety', GAS_ALARM),
  rule('safety', HANGING_IN_HARNESS),
  rule('safety', CHEMICAL_AND_BREATHING),
  rule('safety', PEOPLE_CHOKING),
  // The same said without a preposition: "smoke 🔥 warehouse", "paint booth smoking" (said-in-haste-bare.ts).
  ...ENGLISH_SAID_BARE,
  // Dangers told plainly that no rule above read: animals, water, loads, a ticking parcel (said-plainly.ts).
  ...ENGLISH_SAID_PLAINLY,
];

/** German: a fire named with the place it is in ("Brand in Halle 3", "Feuer im Lager"), not a drill. */
export const GERMAN_SAID_IN_HASTE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`${CLAUSE_START}(?:(?:hilfe|schnell|achtung|alarm) )?(?:brand|feuer|es brennt)!* (?:in|im|in der|in dem|am|an der|auf|auf der|beim|bei der|hinter der|neben der) (?:\w+ )?(?:halle|lager|werk|werkstatt|küche|kuche|kueche|kantine|büro|buro|buero|gebäude|gebaude|gebaeude|keller|linie|produktion|anlage|raum|bau|station|abteilung|tor|rampe|schacht|dach|trakt|etage|stock|garage|hof|silo|tank|ofen|maschine)\w*(?: \d{1,3}[a-z]?)?\b(?![^.!?\n]{0,60}\b(?:übung|ubung|uebung|probealarm|training|schulung|test|letztes jahr|vor \w+ jahren)\b)`,
  ),
  // "Feuer Lager", "Brand Halle 3" (said-in-haste-bare.ts).
  ...GERMAN_SAID_BARE,
];
