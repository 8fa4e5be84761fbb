import { notOnItsLine, EN_CALM, FR_CALM, DE_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * Someone in danger now, told by what is happening to them rather than by a word for it: a colleague who cannot
 * breathe, lips gone blue or CPR started, a chemical sprayed on someone's face or in their eye, someone gone into a
 * tank who does not answer, heatstroke, a lone worker who missed his check-in with his car still here, an electric
 * shock with its effects, someone inside a machine that runs, a vehicle gone into a pit or the water with its driver,
 * someone fallen into the water ("ins Wasser gefallen"), a crane's load over people with its operator not answering,
 * someone gone out into a storm hours ago and not answering. Tests: test/unit/analysis/urgency-blind-29.test.ts.
 */

const DE_WATER = String.raw`\b(?:ins wasser|in den (?:hafen|fluss|kanal|see|teich|tank|schacht|rhein|main)|ins (?:becken|meer|hafenbecken)|uber bord|ueber bord)\b[^.!?\n]{0,20}\b(?:gefallen|gesturzt|gestuerzt|gesprungen|gegangen)\b`;

export const ENGLISH_IN_DANGER_NOW: UrgencyRule[] = [
  // Someone else who cannot breathe: "my colleague can't breathe properly" (not "I can't breathe in this heat").
  rule(
    'safety',
    String.raw`\b(?:he|she|they|hes|shes|he's|she's|they're|someone|somebody|(?:my|our|a|the|this|one|that) (?:\w+ )?(?:colleague|coworker|co-worker|workmate|mate|friend|guy|man|woman|lady|girl|boy|kid|child|customer|patient|resident|driver|worker|picker|cleaner|chef|cook|nurse|operator|apprentice|temp))(?: [\w']+){0,2}? (?:can'?t|cant|cannot|can not|couldn'?t|is unable to|is struggling to|isn'?t able to) (?:breathe|breath)\b(?! (?:without|down|a word|easy|easier|a sigh))${notOnItsLine(`${EN_CALM}|lol|haha\\w*|yoga|asthma (?:plan|policy)`)}`,
  ),
  // A chemical sprayed or splashed on someone's face or skin: "acid line burst, sprayed on Kofi's face".
  rule(
    'safety',
    String.raw`\b(?:acid|caustic|bleach|chemicals?|chlorine|ammonia|lye|solvents?|hydroxide|degreaser)\b[^.!?\n"]{0,40}\b(?:sprayed|splashed|squirted|went|got|poured) (?:in|into|on|over|all over|onto) (?:[a-z]+'s|his|her|their|my|someone'?s|the) (?:face|eyes?|skin|arms?|legs?|hands?|chest)\b${notOnItsLine(EN_CALM)}`,
  ),
  // Signs of someone dying now: lips blue, CPR started, a person unresponsive (not management or HR: eval reviews).
  rule(
    'safety',
    String.raw`\b(?:lips? (?:are |is |going |gone |turned |turning )?blue|blue lips|(?:started|starting|doing|giving|performing) cpr|(?:he|she|they|he'?s|she'?s|they'?re|pt|patient|man|woman|guy|lad|girl|boy|kid|child|baby|worker|colleague|coworker|co-worker|driver|customer|resident|someone|somebody|person|casualty)(?: is| was| are| were|'s|s)?(?: now| still| totally| completely| fully)? unresp(?:onsive)?)\b(?! (?:dummy|manikin|mannequin|course|training|class|certificate|refresher)\b)${notOnItsLine(`${EN_CALM}|dummy|manikin|mannequin|certificate|refresher|ticket|server|website|app|system|page|screen|laptop|computer|tablet|till`)}`,
  ),
  // Someone gone into a tank, sump or pit who does not answer: "radio's gone quiet", "not answering".
  rule(
    'safety',
    String.raw`\b(?:went|gone|climbed|go|going) (?:down |in |back )?(?:into |in |to )?(?:the |a )?(?:sump|tank|silo|pit|manhole|sewer|vessel|hold|well|shaft|culvert|drain|hopper|vat)s?\b[^\n]{0,120}?\b(?:radio'?s?(?: has| is)? (?:gone |went )?(?:quiet|silent|dead)|(?:isn'?t|not|stopped) answering|no answer|(?:can'?t|cannot) (?:reach|raise|hear) (?:him|her|them))\b${notOnItsLine(EN_CALM)}`,
  ),
  // Heatstroke: stopped sweating, in the heat.
  rule(
    'safety',
    String.raw`\b(?:stopped sweating|(?:is |has )?not sweating|isn'?t sweating)\b(?<=\b(?:heat|hot|sun|glasshouse|greenhouse|polytunnel|oven|furnace|bakery|\d\d ?(?:c|degrees|°)|\d\d)\b[^\n]{0,120})${notOnItsLine(EN_CALM)}`,
  ),
  // A lone worker who missed his check-in with his car still here: "didn't check in at 3 or 4, his car is still here".
  rule(
    'safety',
    String.raw`\b(?:didn'?t|did not|hasn'?t|has not|never) (?:check(?:ed)?[- ]?in|call(?:ed)? in|radio(?:ed)? in)\b[^\n]{0,100}?\b(?:car|van|truck|bike|coat|bag|phone) (?:is |was )?still (?:here|there|parked|in the)\b${notOnItsLine(EN_CALM)}`,
  ),
  // An electric shock with its effects: "thrown back by a shock from the dryer and my arm is numb".
  rule(
    'safety',
    String.raw`\b(?:electric shock|electrocuted|zapped|(?:thrown|knocked) (?:back|off|across) by (?:a|the) shock|shock (?:off|from) (?:the|a) (?:\w+ )?(?:dryer|machine|socket|plug|panel|cable|wire|fridge|freezer|oven|kettle|door|rail|switch|motor|pump|light|drill|tool)s?)\b[^.!?\n]{0,80}\b(?:numb|heart (?:is )?(?:racing|pounding|fluttering|skipping)|burn marks?|can'?t feel|tingling)\b${notOnItsLine(EN_CALM)}`,
  ),
  // Someone inside a machine that runs, or in a cab a power line made live.
  rule(
    'safety',
    String.raw`\b(?:still inside|still in (?:it|there))\b[^.!?\n]{0,40}\bwith the (?:\w+ )?(?:auger|mixer|machine|conveyor|press|belt|fan|blades?|engine|pump|crusher|shredder)s? (?:still )?(?:running|on|turning|going)\b|\b(?:crane|boom|digger|excavator|tipper|truck|lorry|jib|mast|ladder)\b[^.!?\n]{0,40}\b(?:hit|touched|struck|snagged|caught|contacted|brushed) (?:the |a |an )?(?:overhead |power |electric |electricity |live |high voltage |hv )+(?:lines?|cables?|wires?)\b${notOnItsLine(EN_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:forklift|truck|lorry|van|car|tractor|digger|excavator|dumper|reach truck|vehicle|loader|telehandler)s?\b[^.!?\n]{0,40}\b(?:went|fell|tipped|rolled|drove|slid|reversed|dropped|crashed|toppled) (?:\w+ )?(?:into|in|off|over) (?:the |a )?(?:[\w-]+ ){0,3}(?:pit|dock|quay|canal|river|water|ditch|trench|hole|edge|ramp|bank|harbou?r|lake|pond)\b[^.!?\n]{0,40}\b(?:with (?:the |a |his |her )?(?:driver|operator|him|her|someone|guy|man|woman) (?:still )?(?:on|in|inside) (?:it|board|the cab|there)|(?:driver|operator) (?:is )?still (?:in|on|inside))\b${notOnItsLine(EN_CALM)}|\bcrane (?:operator|driver)\b[^.!?\n]{0,20}\b(?:not (?:responding|answering)|isn'?t (?:responding|answering)|won'?t answer|unresponsive)\b${notOnItsLine(EN_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:went|gone|headed|walked|drove|set) (?:out|up|off)\b[^\n]{0,100}?\b(?:\d+|two|three|four|five|six|several|many) (?:hours?|hrs?) ago\b[^\n]{0,40}?\b(?:not answering|no answer|no reply|(?:can'?t|cannot) (?:reach|get hold of) (?:him|her|them)|phone (?:is )?(?:off|dead)|not back)\b${notOnItsLine(`${EN_CALM}|lol|haha\\w*|lunch|pub|drinks`)}`,
  ),
  // An eye hurt after a chemical splash, in either order: "my eye has a burst blood vessel after the chemical splash".
  rule(
    'safety',
    String.raw`\beyes?\b[^.!?\n]{0,50}\b(?:burst (?:a )?(?:blood )?vessel|bloodshot|(?:is|are|went|gone|so) red|burning|burns|stinging|stings|swollen|swelling|can'?t see|cannot see|can'?t open|won'?t open|blurry|blurred|watering|hurts?|painful|sore)\b[^.!?\n]{0,60}\b(?:chemical|acid|caustic|bleach|solvent|ammonia|chlorine|degreaser)s? (?:splash|spray|spill|leak|burn)\w*|\b(?:chemical|acid|caustic|bleach|solvent|ammonia|chlorine|degreaser)s? (?:splash|spray|spill|leak)\w*\b[^.!?\n]{0,60}\beyes?\b[^.!?\n]{0,40}\b(?:burst (?:a )?(?:blood )?vessel|bloodshot|(?:is|are|went|gone|so) red|burning|stinging|swollen|can'?t see|cannot see|can'?t open|won'?t open|blurry|watering|hurts?|painful)\b${notOnItsLine(`${EN_CALM}|goggles|protect|prevent|in case|wear|risk`)}`,
  ),
];

export const GERMAN_IN_DANGER_NOW: UrgencyRule[] = [rule('safety', `${DE_WATER}${notOnItsLine(DE_CALM)}`)];

export const FRENCH_IN_DANGER_NOW: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\bgrutier\b[^.!?\n]{0,20}\b(?:ne )?repond (?:plus|pas)\b${notOnItsLine(FR_CALM)}|\b(?:la )?charge\b[^.!?\n]{0,30}\bau[- ]dessus (?:des|de nos|de la tete des) (?:gars|ouvriers|gens|personnes|collegues|equipes?)\b(?<=\b(?:balance|se balance|oscille|tangue|glisse|tombe|lache)\b[^\n]{0,60})${notOnItsLine(FR_CALM)}`,
  ),
];
