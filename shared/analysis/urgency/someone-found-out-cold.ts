import { notOnItsLine, EN_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * Someone found out cold, face down, crumpled or slumped over a wheel somewhere at work, told with no second sign
 * (plain41, after att40's "crumpled on the stairs", "slumped over the wheel", "out cold behind the dumpster", "face
 * down in the walk-in"): down-and-still.ts pairs a body down with a body still; here one of these states is grave
 * enough by itself when it is said of a person and of a place, for the writer saw a body there. "I was out cold after
 * the party", "face down in paperwork all week", "slumped over my desk with this spreadsheet lol" and "the pallet is
 * crumpled on the stairs" name no one else, or no place a body lies. Tests:
 * test/unit/analysis/urgency-signs-in-other-languages.test.ts.
 */

const SOMEONE = String.raw`(?:guy|man|woman|lady|girl|boy|dude|kid|someone|somebody|some1|person|worker|coworker|co-worker|driver|operator|employee|he|she|hes|shes|he's|she's|him|her|buddy|colleague|associate|cook|dishwasher|cashier|picker|packer|temp|supervisor|manager|boss|lead|tech|mechanic|cleaner|janitor|guard|resident|patient|customer|porter|loader|welder|electrician|trucker|courier|new hire)`;
const OUT_COLD = String.raw`(?:out cold|face ?down|face-down|crumpled(?: up)?|slumped over|knocked out cold)`;
const PLACE = String.raw`(?:stairs|stairwell|steps|ladder|(?:steering )?wheel|dumpster|walk-?in|cooler|freezer|bay|dock|aisle|yard|parking (?:lot|garage)|lot|bathroom|restroom|toilet|stall|break ?room|kitchen|floor|ground|warehouse|truck|cab|forklift|van|alley|shower|locker room|hallway|corridor|stockroom|basement|roof|pit|tank|trailer|container|lobby|elevator|entrance|exit|sidewalk|grass|mud|water|pool|ditch|puddle|snow|racking|shelves|conveyor|line)`;
const AT_EASE = `${EN_CALM}|lol|lmao|haha\\w*|asleep|sleep\\w*|nap\\w*|car ?seat|tired|exhausted|party|drunk|hangover|couch|sofa|bed|paperwork|emails?|spreadsheet|desk|homework|boxing|fight night|ufc|knockout`;

export const SOMEONE_FOUND_OUT_COLD: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b${SOMEONE}\b[^.!?\n]{0,30}?\b${OUT_COLD}\b[^.!?\n]{0,30}?\b(?:in|on|behind|by|at|under|inside|near|over|next to|outside|at the bottom of|at the foot of)\b (?:the |a |an |his |her |their |our |that )?(?:[\w-]+ ){0,2}?${PLACE}\b${notOnItsLine(AT_EASE)}`,
  ),
];
