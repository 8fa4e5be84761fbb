import { rule, type UrgencyRule } from '../types';

/*
 * The gravest reports said plainly, in English: a dead person or a body found at work, a person found hanging, a
 * person trapped inside a silo, lift, tank or machine, a person fallen into one, a person gone and not answering since
 * going somewhere, a machine started or a lockout taken off with someone inside. Each needs a person and a place or a
 * time: "the printer died", "hanging the new banner", "I feel trapped in this job", "the lift is stuck again",
 * "missing my bus" and "a body shop" name neither and stay calm.
 */

// Someone a report names: a role, "someone", a pronoun ("he's trapped"); never "I", so "I'm dead tired" is no report.
const WHO = String.raw`(?:someone|somebody|some1|sum1|(?:a|an|the|one|our|my|this|that|another|one of (?:the|our|my)|two|three|some)? ?(?:\w+ )?(?:man|men|woman|women|guy|guys|lady|girl|boy|kid|child|person|people|worker|workers|coworker|co-worker|colleague|employee|driver|picker|operator|cleaner|contractor|temp|lad|bloke|apprentice|trainee|new guy|new girl|maintenance (?:guy|man|worker|tech)|tech|technician|engineer|electrician|welder|fitter|mechanic|farmhand|labou?rer|customer|resident|patient|visitor)|he|she|they|hes|shes|he's|she's|they're)`;
// A place a person can be shut in, fall into or be caught inside.
const CONFINED = String.raw`(?:grain bins?|(?:grain )?(?:silos?|hoppers?|lifts?|elevators?|tanks?|vats?|freezers?|cold ?rooms?|chillers?|walk-?ins?|coolers?|containers?|shipping containers?|machines?|trench(?:es)?|pits?|shafts?|man ?holes?|sewers?|ducts?|crawl ?spaces?|ovens?|kilns?|dryers?|driers?|compactors?|balers?|conveyors?|mixers?|shredders?|grinders?|crushers?|augers?|chippers?|cages?|vaults?|boilers?|wells?|culverts?|bunkers?|drums?|vessels?|cisterns?|septic tanks?|slurry (?:pits?|tanks?|lagoons?)|lagoons?|furnaces?|presses|press))`;
const SPOT = String.raw`(?:in|on|at|behind|under|near|by|inside|outside|next to|beside|out back of|round the back of) (?:the |a |our |this |that )?(?:\w+ ){0,2}(?:bathroom|toilets?|restroom|loo|break ?room|canteen|cafeteria|kitchen|storeroom|store room|stockroom|warehouse|yard|car ?park|parking lot|dumpster|skip|bins?|office|stairwell|stairs|corridor|hallway|lobby|loading (?:dock|bay)|dock|bay|aisle|line|floor|freezer|cold ?room|lift|elevator|locker ?room|shower|basement|cellar|roof|shed|barn|site|plant|factory|shop|store|van|truck|cab|forklift|container|trailer|tank|silo|pit|ward|room|changing rooms?|back room|back office|car|vehicle)\b`;
// Long ago, remembered or on screen: a death there in 1998 with a plaque, a show where they find a body.
const NOT_TOLD_NOW = String.raw`(?![^.!?\n]{0,80}\b(?:in (?:19|20)\d\d|years? ago|decades? ago|back in (?:the )?(?:19|20)?\d\d|last (?:year|century)|plaque|memorial|anniversary|rip|rest in peace|in (?:the|a) (?:show|film|movie|book|game|episode|series|dream)|on (?:the news|tv|telly|tiktok|youtube|insta(?:gram)?|twitter|reddit|netflix|the internet|the road)|on (?:a|this|that) (?:video|documentary|podcast))\b)(?<!\b(?:show|shows|film|movie|episode|series|book|novel|game|podcast|documentary|story|dream|dreamt|dreamed|scene|season|csi|true crime|news|tv|video|tiktok|youtube)\b[^.!?\n]{0,80})`;
// Away on leave, a holiday or a trip: gone is then no emergency.
const NOT_AWAY = String.raw`(?![^.!?\n]{0,120}\b(?:on (?:\w+ )?leave|holidays?|vacation|off sick|day off|honeymoon|conference|in a meeting|at home|lol|lmao)\b)`;

// A machine said to have been started, in the passive ("the auger was turned on"), and a lockout said to be removed.
const MACHINE_STARTED = String.raw`(?:conveyor|machine|press|mixer|oven|baler|compactor|shredder|auger|line|belt|kiln|dryer|drier|fan|pump|crusher|grinder|saw|robot|hoist|chipper|tumbler|drum|blender|furnace)s? (?:was|were|got|is|has been|had been|been) (?:turned|switched|started|restarted|powered|fired|energi[sz]ed|kicked) ?(?:on|up|back on)?`;
const LOCKOUT_REMOVED = String.raw`(?:lock-?out|loto|tag-?out|isolation|padlock)(?: locks?| tags?| padlocks?)? (?:was|were|got|has been|had been|been) (?:removed|taken off|cut(?: off)?|pulled(?: off)?|unlocked|bypassed)`;

export const englishGravest: UrgencyRule[] = [
  // A dead person or a body found: "there's a body behind the dumpster", "found a dead man in the bathroom".
  // A dead man's switch or handle is a control on a machine, not a person.
  rule(
    'safety',
    String.raw`\b(?:there(?:'s| is| was| are)|theres|found|find|finding|just found|discovered|saw|seen|see|spotted) (?:a |an |the |two |some )?(?:dead (?:body|bodies|man|men|woman|women|guy|person|people|worker|coworker|co-worker|colleague|lad|bloke|kid|child|girl|boy|employee|driver|customer)|bod(?:y|ies)|corpses?)\b(?!(?:'?s)? (?:switch|switches|handle|pedal|button|brake|walking|hand|alarm|device|stick|control|zone)\b)(?! (?:shop|of|spray|wash|lotion|cam|count|armou?r|language|builder|work|part|kit|panel|lotion|butter|scrub|positive|image|shaming|weight|mass|heat|temp|temperature|clock|suit|guard))${NOT_TOLD_NOW}`,
  ),
  // Someone who died or is dead at work, where: "someone died in the break room", "a worker is dead on line 3".
  rule(
    'safety',
    String.raw`\b${WHO} (?:just |has |have |had )?(?:died|is dead|are dead|was dead|'s dead|were dead|lies dead|lying dead|found dead|been found dead|has been killed|was killed|got killed|were killed)(?: \w+){0,3} ${SPOT}${NOT_TOLD_NOW}|\bfound (?:him|her|them|${WHO}) dead\b(?! (?:asleep|tired|drunk|wrong|set|serious|last|broke|beat|inside|on time|centre|center|to the world))${NOT_TOLD_NOW}`,
  ),
  // A person found hanging or hanged: "found a coworker hanging in the storeroom", "someone is hanging in the stairwell".
  // Hanging out, hanging in there, hanging the banner and hanging on the phone are no report.
  rule(
    'safety',
    String.raw`\b(?:found|find|saw|see|there(?:'s| is)|theres) ${WHO} (?:\w+ )?(?:hanging|hanged|hung)(?=\s*(?:[.!?,]|$| (?:from|in|inside|at|behind|off|by (?:the|a|his|her|their) (?:neck|rope|belt))\b))(?! in (?:there|the balance|limbo)\b)|\b${WHO} (?:is|was|'s|are|were|been|found) (?:\w+ )?(?:hanging|hanged|hung) (?:from|in|inside|off|at|behind) (?!there\b|the balance\b|limbo\b)(?:the |a |our |this |that )?(?:\w+ ){0,2}(?:rafters?|beams?|ceiling|pipes?|rope|stairwell|stairs|storeroom|store room|stockroom|warehouse|bathroom|toilets?|shed|barn|yard|basement|cellar|garage|office|room|locker ?room|back|tree|racking|rack|shelving|crane|hook|loading (?:dock|bay))\b${NOT_TOLD_NOW}|\b${WHO} (?:hanged|found hanged)\b${NOT_TOLD_NOW}|\b(?:hanged|hung) (?:him|her|them)sel(?:f|ves)\b`,
  ),
  // A person trapped, stuck or shut inside a confined place: "a man is trapped in the silo", "worker trapped in silo".
  rule(
    'safety',
    String.raw`\b(?:${WHO}(?:'s|'re)?|i'?m|i am|we'?re|we are|im) (?:(?:is|are|was|were|'s|got|get|gets|been|has been|have been|still|now|currently|completely) ){0,3}(?:trapped|stuck|shut|locked|sealed|caught) (?:inside |in(?:side)? |in(?:side)? of |down |under )?(?:the |a |an |our |that |this )?(?:\w+ ){0,2}${CONFINED}\b(?! (?:of|door|room|again|settings?|menu|queue|app|problem|issue|story|game|song)\b)(?!\s*(?:lol|lmao|haha))${NOT_TOLD_NOW}|\b(?:lift|elevator|silo|tank|freezer|machine|conveyor|cold ?room) (?:is |got |'s )?(?:stuck|trapped|jammed|broken down|stopped)(?: \w+){0,3} with (?:someone|somebody|people|a \w+|two \w+|\w+) (?:still )?(?:inside|in it|in there|stuck inside|trapped inside)\b|\b${WHO} (?:can'?t|cannot|can not|couldn'?t|cant) get out of (?:the |a )(?:\w+ ){0,2}${CONFINED}\b`,
  ),
  // A person locked in a room by someone (blind round 17: "sum1 locked the disabled worker in the storage cupboard as
  // a prank, he cant get out"): a cupboard or a toilet is no confined space, but being shut in one by another is.
  // Things locked away ("locked my bike in the shed", "locked them in the safe") are not people.
  rule(
    'safety',
    String.raw`\blocked (?:(?:the|a|an|our|that|this|my|one of the) )?(?:[\w-]+ ){0,2}(?:guy|man|woman|lady|girl|boy|kid|child|worker|coworker|co-worker|colleague|apprentice|trainee|intern|temp|hire|starter|resident|patient|cleaner|picker|packer|driver|him|her|me|us) in(?:side)? (?:(?:the|a|an|our|that|this|his|her) )?(?:[\w-]+ ){0,2}(?:cupboards?|closets?|store ?rooms?|stock ?rooms?|storage (?:rooms?|units?|cages?)|portaloos?|porta-?pott(?:y|ies)|toilets?|bathrooms?|attics?|lofts?|basements?|cellars?|sheds?|trailers?|vans?|trucks?|cars?|boots?|trunks?|rooms?|offices?|cages?)\b(?!\s*(?:lol|lmao|haha))${NOT_TOLD_NOW}`,
  ),
  // A person fallen, pulled or sucked into a machine, a pit or a vessel: "kid fell into the baler".
  rule(
    'safety',
    String.raw`\b${WHO} (?:just |has |have |had )?(?:fell|fallen|has fallen|slipped|tumbled|went head ?first|got (?:pulled|sucked|dragged)|was (?:pulled|sucked|dragged)|been (?:pulled|sucked|dragged)) (?:in|into|in to|inside|down) (?:the |a |an |our |that |this )?(?:\w+ ){0,2}${CONFINED}\b(?! of\b)${NOT_TOLD_NOW}`,
  ),
  // A person missing or unseen since a time or since going somewhere: "a guy is missing since last night",
  // "no one has seen Luis since this morning", "nobody knows where he is since yesterday".
  rule(
    'safety',
    String.raw`\b${WHO} (?:is|are|'s|has been|have been|went|gone|been|still) (?:\w+ )?missing (?:since|for (?:\d+|two|three|several|many|a few|over|more than)? ?(?:hours|days|an hour|a day)|overnight|all night)\b${NOT_AWAY}|\b(?:no ?one|nobody|noone|no-one) (?:has |have |had )?(?:seen|heard from) (?:him|her|them|${WHO}|(?!(?:a|an|any|the|this|that|it|my|our|their|his|her|daylight|sunlight|money|cash|change|progress|results|improvement)\b)[a-z]+) (?:since (?:last night|yesterday|this morning|the morning|lunch|breakfast|\d|(?:he|she|they) (?:went|left|got|headed|climbed|clocked)|the start of (?:the|his|her|their) shift|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in (?:hours|two days|a day|\d+ hours))\b${NOT_AWAY}|\b(?:no ?one|nobody|noone|no-one) knows where (?:he|she|they|\w+) (?:is|are|went|has gone)\b[^.!?\n]{0,40}\b(?:since|last night|this morning|yesterday|hours)\b${NOT_AWAY}|\b(?:hasn'?t|has not|hasnt|haven'?t|have not|not|isn'?t|is not|stopped) (?:been )?(?:answer(?:ed|ing)?|respond(?:ed|ing)(?: to)?|pick(?:ed|ing)? up|repl(?:ied|ying)(?: to)?|on) (?:his|her|their|the|my) (?:radio|walkie(?:[- ]talkie)?|two[- ]way|pager)\b|\b(?:hasn'?t|has not|hasnt|not|isn'?t) (?:answer(?:ed|ing)|pick(?:ed|ing) up) (?:his|her|their|the) (?:phone|calls?|mobile|cell)\b[^.!?\n]{0,20}since (?:he|she|they) (?:went|climbed|got|headed|drove)\b${NOT_AWAY}`,
  ),
  // Gone somewhere at work and not back or reachable: "Dev never came back from the yard and his phone is off",
  // "we can't find the new guy, he went into the silo an hour ago".
  rule(
    'safety',
    String.raw`\b(?:never|didn'?t|did not|hasn'?t|has not|hasnt|haven'?t) (?:came|come) back (?:from|out of) (?:the )?(?:\w+ ){0,2}(?:yard|site|field|roof|tower|silo|tank|pit|freezer|cold ?room|basement|woods|forest|mine|shaft|plant|dock|tunnel|trench|warehouse)\b[^.!?\n]{0,60}\b(?:phone (?:is |was |'s )?(?:off|dead|going to voicemail|switched off)|not answering|no answer|can'?t reach|cannot reach|nobody knows|no one knows|no one has seen|nobody has seen|radio)\b${NOT_AWAY}|\b(?:can'?t|cannot|can not|cant|couldn'?t|could not) find (?:${WHO}|\w+)\b[^.!?\n]{0,40}\b(?:he|she|they|who)(?: had)? (?:went|go|gone|climbed|headed|was going) (?:in|into|inside|up|down|under) (?:the |a )?(?:\w+ ){0,2}(?:${CONFINED}|tower|mast|roof|tunnel|mine)\b`,
  ),
  // A machine started or a lockout taken off with someone inside or working on it: "they turned the conveyor on with
  // Dave still inside it", "someone removed the lockout lock while maintenance was inside the oven".
  rule(
    'safety',
    String.raw`\b(?:${MACHINE_STARTED}|${LOCKOUT_REMOVED})\b[^.!?\n]{0,40}\b(?:with|while|when|as|and) (?:\w+ ){0,3}(?:still |was |were |is |are |still was )?(?:inside|in(?: it| there| the)|on it|under it|working (?:on|in|inside|under))\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:turn(?:ed|s|ing)?|switch(?:ed|es|ing)?|start(?:ed|s|ing)?|restart(?:ed|s|ing)?|power(?:ed|s|ing)?|fir(?:ed|es|ing)|energi[sz](?:ed|es|ing)|ran|run(?:ning|s)?|kick(?:ed|ing)?|put) (?:on |up )?(?:the |a |that )?(?:\w+ )?(?:conveyor|machine|press|mixer|oven|baler|compactor|shredder|auger|line|belt|kiln|dryer|drier|fan|pump|crusher|grinder|saw|robot|hoist|chipper|tumbler|drum|blender|furnace|power|breaker|auger)s?\b[^.!?\n]{0,30}\b(?:with|while|when) (?:\w+ ){0,3}(?:still |was |were |is |are )?(?:inside|in it|in there|in (?:the|it)|on it|under it|working (?:on|in|inside|under))\b|\b(?:remov(?:ed|es|ing)|took off|taken off|took|pulled|pull(?:ed|s)? off|cut(?: off)?|unlock(?:ed)?|bypass(?:ed)?|broke) (?:the |his |her |their |my |our |a )?(?:\w+ )?(?:lock-?out|loto|tag-?out|isolation|padlocks?)\b[^.!?\n]{0,60}\b(?:while|with|when|as) (?:\w+ ){0,3}(?:was |were |is |are |still )?(?:inside|in(?: it| there| the)|working|on it|under)\b`,
  ),
];
