import { notOnItsLine, EN_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * A medical emergency told by its signs, with no word for it (att40 F1, plain40): heat illness ("stopped sweating and
 * is confused talking nonsense its 105 out"), an allergic reaction ("her throat is swelling up after the peanut thing,
 * she can barely breathe"), a stroke (a face drooping, an arm that will not lift, speech slurred), a seizure (a fit on
 * the floor, shaking all over), heavy bleeding (blood everywhere, an arm gushing) and an overdose (shot up and will
 * not wake). Each sign is read with a second one, or with where it happens, so "my boss is having a fit", "allergy
 * season, my eyes are swelling" and "stopped sweating the small stuff" stay calm.
 * Tests: test/unit/analysis/urgency-down-and-still.test.ts.
 */

const AT_EASE = `${EN_CALM}|lol|lmao|haha\\w*|policy|menu|list|label|allergens|recipe|season`;

// Heat illness: sweat stopped, with the mind going.
const NO_SWEAT = String.raw`(?:\b(?:stopped|quit|quitting|not|isn'?t|aint|ain'?t|no longer|has stopped|stops) sweating\b(?! (?:the small|it|over|about)))`;
const MIND_GOING = String.raw`(?:\b(?:confused|disoriented|delirious|talking (?:nonsense|gibberish|crazy|weird)|making no sense|not making (?:any )?sense|out of it|slurring|dizzy|passed out|collapsed|throwing up|vomiting|fainted|seizing|staggering|can'?t stand|red hot|burning up)\b)`;

// An allergic reaction: a throat, tongue, lips or face swelling with breath or a cause.
const SWELLING = String.raw`(?:\b(?:throat|tongue|lips?|face|mouth|airway|neck)s? (?:is |are |'s |s |has |have |got |getting |keeps )?(?:all )?(?:swelling|swollen|swelled|swole|closing|closed|blowing up|puffing up|puffed up|puffy|tightening)\b)`;
const BREATH_OR_CAUSE = String.raw`(?:\b(?:breath\w*|wheez\w*|gasp\w*|swallow\w*|choking|epi ?-?pen\w*|allergic|anaphyla\w*|hives|peanuts?|nuts?|almonds?|shellfish|shrimp|prawns?|sesame|sting|stung|bees?|wasps?|hornets?|ate|eating|after the)\b)`;

// A stroke: two of face, arm and speech, or one of them all of a sudden.
const STROKE_SIGN = String.raw`(?:(?:\b(?:face|mouth|smile|eye(?:lid)?)s? (?:is |are |'s |s |has |went |gone |just )?(?:drooping|droopy|drooped|sagging|saggy|lopsided|crooked|numb)\b|\b(?:can'?t|cant|cannot|unable to|couldn'?t) (?:lift|raise|move|feel|use) (?:his|her|their|my) (?:left |right )?(?:arm|hand|leg|side)\b|\b(?:speech|words|talking|voice) (?:is |are |'s |s )?(?:all )?(?:slurred|slurring|garbled|jumbled|mumbled|gone weird)\b|\bslurring (?:his|her|their) words\b))`;
const SUDDEN = String.raw`(?:\b(?:suddenly|all of a sudden|out of nowhere|just now|one side)\b)`;

// A seizure: fitting, with the body shaking on the floor.
const FIT = String.raw`(?:\b(?:having (?:a |some kind of |like a )?(?:fit|convulsions?)|fitting|convulsing|seizing up|shaking all over|jerking|foaming at the mouth|eyes (?:rolled|rolling) back)\b)`;
const FIT_TOO = String.raw`(?:\b(?:on the (?:floor|ground)|shaking|jerking|foaming|eyes (?:rolled|rolling)|won'?t stop|wont stop|twitching|convulsing)\b)`;

// Heavy bleeding, and an overdose with its signs.
const BLEEDING = String.raw`(?:\b(?:blood (?:is |'s )?(?:everywhere|all over|pouring|gushing|spurting|pumping|squirting|won'?t stop|wont stop|not stopping)|(?:gushing|spurting|pouring|pumping|squirting|losing (?:a lot of|so much)) (?:out )?blood|(?:arm|leg|hand|head|neck|wound|cut|wrist|thigh)s? (?:is |'s |s |are )?(?:gushing|spurting|pumping|pouring blood)|bleeding (?:bad|badly|heavily|so much|a lot|out|everywhere|like crazy|wont stop|won'?t stop))\b)`;
const USED = String.raw`(?:\b(?:od'?d|o\.d\.?'?d|overdos\w*|shot up|took (?:something|too many|a bunch of \w+|a handful)|snorted|fentanyl|needle in (?:his|her) arm)\b)`;
const NOT_WAKING = String.raw`(?:\b(?:won'?t wake|wont wake|not waking|isn'?t waking|can'?t wake|cant wake|not breathing|barely breathing|unresponsive|(?:lips )?(?:turning |gone |going )?blue|passed out|out cold|snoring weird|gurgling)\b)`;

export const ENGLISH_SIGNS_OF_A_BODY_IN_TROUBLE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`(?:${NO_SWEAT}[^\n]{0,80}?${MIND_GOING}|${MIND_GOING}[^\n]{0,80}?${NO_SWEAT})${notOnItsLine(AT_EASE)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${SWELLING}[^.!?\n]{0,60}?${BREATH_OR_CAUSE}|${BREATH_OR_CAUSE}[^.!?\n]{0,60}?${SWELLING})${notOnItsLine(AT_EASE)}`,
  ),
  rule(
    'safety',
    String.raw`(?:${STROKE_SIGN}[^\n]{0,80}?(?:${STROKE_SIGN}|${SUDDEN})|${SUDDEN}[^\n]{0,40}?${STROKE_SIGN})${notOnItsLine(AT_EASE)}`,
  ),
  rule('safety', String.raw`${FIT}[^.!?\n]{0,40}?${FIT_TOO}${notOnItsLine(AT_EASE)}`),
  rule('safety', String.raw`${BLEEDING}${notOnItsLine(`${AT_EASE}|nose|gums|period|horror`)}`),
  rule('safety', String.raw`${USED}[^\n]{0,60}?${NOT_WAKING}${notOnItsLine(AT_EASE)}`),
];
