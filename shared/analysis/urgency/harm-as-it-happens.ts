import { rule, type UrgencyRule } from './types';

/*
 * English reports of harm happening now that the other rules read calm (blind round 27, test/unit/analysis/
 * urgency-blind-27.test.ts), each written as a kind of report with the calm look-alikes it must leave alone:
 *  - someone turning blue after swallowing or choking on something ("swallowed something off the bench and is going
 *    blue"); red in the face from a laugh is none;
 *  - a flame out of a gas bottle, cylinder or hose ("a flame shooting out the side of the acetylene bottle");
 *  - someone forced into a vehicle ("a woman's just been dragged into a van"); boxes loaded are not people;
 *  - someone with a tool or weapon going for people ("man with a hammer … going for the staff");
 *  - burns with screaming or skin coming off ("the cook has burns all down his legs and is screaming"); a chilli that
 *    burns is no injury;
 *  - smoke pouring under or through a door, a wall or a vent;
 *  - a rotten-egg smell (hydrogen sulphide) with people sick from it; the smell alone is a drain to fix;
 *  - lightning striking people or what they work on;
 *  - a death threat said as where the reporter "will end up" ("you'll end up in the river like the last one");
 *  - pills made ready beside a goodbye, and pills "taken, all of them" ("💊💊💊 took them all. sorry.", an emoji put as
 *    its word by emoji-words.ts).
 */

// Laughed off, played or imagined: not a report.
const NOT_PLAY = String.raw`(?![^.!?\n]{0,60}\b(?:lol|lmao|haha\w*|jk|in the (?:game|film|movie|video|show)|if|what if|drill|training|chilli|chili|curry|spicy|hot sauce|wings)\b)`;
// Someone forced into a vehicle; a car park is no vehicle.
const VEHICLE = String.raw`(?:van|car(?! ?(?:park|wash|pool|share|boot sale))|truck|vehicle|suv|lorry|pickup|pick-up|minivan|taxi|cab)`;
const PEOPLE = String.raw`(?:the |a |an |our |my |his |her |some |two |all the )?(?:\w+ )?(?:staff|people|us|me|him|her|them|someone|somebody|customers?|workers?|guards?|receptionists?|cashiers?|nurses?|carers?|colleagues?|coworkers?|everyone|everybody|anyone|manager|supervisor|drivers?|kids?|girls?|women|woman|guys?|lads?)`;

/** English. */
export const ENGLISH_HARM_AS_IT_HAPPENS: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:swallowed|swallowing|choking|choked|chocking|inhaled|can'?t breathe|cant breathe|not breathing|struggling to breathe|something stuck in (?:his|her|their) throat)\b[^.!?\n]{0,60}?\b(?:turning|going|gone|went|turned|is|'s|looks) (?:all |completely |really |a bit )?(?:blue|purple|grey|gray)\b${NOT_PLAY}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:flames?|fire|a jet of flame)\b[^.!?\n]{0,30}?\b(?:shooting|coming|pouring|spurting|blowing|roaring|jetting|spraying) (?:out|from|off)\b[^.!?\n]{0,40}?\b(?:bottles?|cylinders?|hoses?|regulators?|valves?|gas pipes?|manifolds?)\b${NOT_PLAY}|\b(?:acetylene|propane|butane|oxygen|gas|lpg|welding) (?:bottles?|cylinders?|hoses?|regulators?)\b[^.!?\n]{0,40}?\b(?:on fire|alight|in flames|burning|flaming|caught fire)\b${NOT_PLAY}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:woman|women|girl|lady|man|guy|kid|child|boy|colleague|coworker|co-worker|someone|somebody|she|he|they|her|him|them|cashier|nurse|worker)(?:'s|'re| is| are| was| were| has| have)?(?: just)?(?: been| being| got)? (?:dragged|forced|bundled|shoved|thrown|pushed|snatched) (?:into|in) (?:a|the|his|their|an|some) (?:\w+ )?${VEHICLE}\b(?![^.!?\n]{0,40}\b(?:school run|for (?:the|a) (?:trip|ride|drive|journey)|to (?:go )?home|lift home)\b)${NOT_PLAY}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:with|holding|waving|swinging|carrying|has|got|wielding) (?:a|an|the|his|her|some) (?:\w+ )?(?:hammer|crowbar|bat|baseball bat|machete|axe|wrench|spanner|iron bar|metal bar|pipe|bottle|brick|knife|blade|screwdriver|stick|golf club)\b[^.!?\n]{0,80}?\b(?:going for|went for|goes for|coming at|came at|comes at|lunging at|lunged at|attacking|attacked|chasing|chased|swinging (?:it )?at|swung (?:it )?at|threatening|hitting|beating) ${PEOPLE}\b${NOT_PLAY}`,
  ),
  rule(
    'safety',
    String.raw`(?<!\b(?:chilli|chili|curry|sauce|wings|mouth|tongue|sun)\b[^.!?\n]{0,30})\b(?:burns|burned|burnt|scalded|scalds)\b[^.!?\n]{0,50}?\b(?:screaming|crying out|in agony|skin (?:is )?(?:peeling|coming off|bubbling|hanging)|blistering|blistered)\b${NOT_PLAY}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:rotten eggs?|sulphur|sulfur|h2s|hydrogen sulphide|hydrogen sulfide)\b[^.!?\n]{0,80}?\b(?:headaches?|dizzy|dizziness|light-?headed|feel(?:s|ing)? (?:sick|faint|ill)|nause\w*|vomit\w*|throwing up|passed out|fainted|collapsed|coughing|can'?t breathe|eyes (?:are )?(?:burning|stinging|watering))\b${NOT_PLAY}|\b(?:headaches?|dizzy|feel(?:s|ing)? (?:sick|faint)|nause\w*|passed out|fainted|collapsed|coughing)\b[^.!?\n]{0,80}?\b(?:rotten eggs?|sulphur|sulfur|h2s)\b${NOT_PLAY}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:lightning|lighting) (?:has |just )?(?:hit|struck|strikes|hits)\b[^.!?\n]{0,60}?\b(?:on fire|alight|burning|flames|someone|somebody|him|her|them|(?:the|a|our) (?:\w+ )?(?:operator|driver|worker|guy|man|lad|woman))\b(?![^.!?\n]{0,60}\b(?:last (?:night|week|month|year)|yesterday|ago|nobody hurt|no one hurt)\b)${NOT_PLAY}|\b(?:was|got|been|just|is) (?:struck|hit) by lightning\b`,
  ),
  // Smoke coming under or through a door, a wall or a vent ("smoke pouring out under the server room door").
  rule(
    'safety',
    String.raw`\bsmoke (?:is |'s |s )?(?:pouring|billowing|coming|seeping|pumping|streaming|creeping|leaking) (?:out )?(?:from )?(?:under|through|round|around|underneath) (?:the |a |our )?(?:[\w-]+ ){0,3}(?:doors?|walls?|ceiling|floor(?:boards)?|vents?|roof|shutters?|gaps?|cracks?)\b(?![^.!?\n]{0,60}\b(?:cigarettes?|smokers?|smoking|vap\w*|bbq|barbecue|toast|popcorn|yesterday|last (?:week|night)|drill|machine (?:for|at) the|smoke machine|fog machine|dry ice)\b)${NOT_PLAY}`,
  ),
  rule(
    'threat',
    String.raw`\b(?:you'?ll|youll|you will|you'?re gonna|youre gonna|you are going to|you gonna|u will|u'?ll) (?:end up|wind up|be found|turn up) (?:in (?:the|a) (?:river|canal|ditch|lake|harbour|morgue|ground|boot|trunk|body bag|shallow grave)|dead|face ?down|like the (?:last|other) (?:one|guy|girl|person|lad|woman))\b`,
  ),
  rule(
    'self-harm',
    String.raw`\b(?:the|my|all (?:my|the)|enough) (?:sleeping )?(?:pills|tablets|meds|painkillers|paracetamol)\b (?:\w+ )?(?:all )?(?:ready|lined up|counted(?: out)?|set aside|laid out|saved up)\b[^\n]{0,60}?\b(?:(?:don'?t|dont|do not) want to (?:be here|be alive|live|wake up|exist)|won'?t be (?:here|around|alive)|not be (?:here|around)|goodbye|bye everyone|end it|no more)\b`,
  ),
  rule(
    'self-harm',
    String.raw`\b(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)\b[.!?, ]{0,4}(?:i )?(?:just )?(?:took|swallowed|downed|have taken|'ve taken|ve taken) (?:them all|all of them|the lot|the whole lot|every one|every last one)\b(?! (?:back|to|into|out|home|away|off|with|for|in|round|down|up)\b)`,
  ),
];
