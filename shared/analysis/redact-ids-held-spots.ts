import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: a bay's, spot's or space's code someone holds ("bay P47 is mine", "spot B12 is mine", "my bay P47",
 * "space C3 is reserved for me", "mi plaza P47 es m\u00eda", "mein Stellplatz B12"). Like a parking place held
 * (redact-ids-owned.ts), it is one person's: the code is hidden as [ID]. Named without a holder, a bay or a spot is
 * where something happened and stays ("bay P47 is flooded", "the forklift in bay 3").
 */
const SPOT = String.raw`(?:bay|spot|space|stall|slot|plaza|stellplatz|parkplatz|platz|place|posto)`;
const CODE = String.raw`([a-z]{1,2}-?\d{1,4}[a-z]?|\d{1,4}[a-z])`;
const HELD_AFTER = lazyPattern(
  String.raw`\b${SPOT}\s*[,:#]?\s*${CODE}\s*,?\s*(?:is|was|has\s+been|es|ist|est|\u00e8)\s+(?:mine|his|hers|theirs|ours|reserved\s+for\s+(?:me|him|her|us)|m\u00eda|mia|meiner|\u00e0\s+moi|mio)(?![\p{L}\p{N}])`,
  'giu',
);
const HELD_BEFORE = lazyPattern(
  String.raw`\b(?:my|his|her|their|our|mi|su|mein|meinen|sein|seinen|ihr|ihren|ma|sa|mon|son|il\s+mio)\s+${SPOT}\s*[,:#]?\s*${CODE}(?![\p{L}\p{N}])`,
  'giu',
);

/*
 * Round 34 (ra34 R2, R15): any place one person works, sleeps or keeps things in, by its number, tied to the writer
 * or to someone ("my locker is number 118", "I'm at desk 47B", "I sleep in bunk 12 in cabin 3", "I drive route 17",
 * "I'm on till 4", "my office is room 214", "the person at 47C", "Patient in room 412 is my mother"). Whoever reads
 * the rota knows who that is, so the number is hidden as [ID]. Said of the place alone it stays: "room 412 is
 * flooded", "dock 2 is slippery", "line 4 is down", "press 4 is flashing", "I walked to dock 5".
 */
const PLACE = String.raw`(?:locker|desk|bunk|cabin|caravan|trailer|room|office|till|register|checkout|counter|station|workstation|cubicle|booth|bed|route|lane|pod|dorm|bay|spot|space|stall|slot|grill|truck|van|bus|ward|unit|seat|table|window)`;
const NUMBER = String.raw`(?:(?:number|no\.?|nr\.?|#)\s*)?([a-z]{0,2}[-.]?\d{1,4}(?:\.\d{1,3})?[a-z]?)(?![\p{L}\p{N}]|[ \t]*[-.\u2013/][ \t]*[\p{L}\p{N}]|[ \t]+\d)(?!\s*(?:m|cm|km|ft|feet|foot|metres?|meters?|miles?|yards?|minutes?|mins?|hours?|hrs?|days?|weeks?|years?|floors?|doors?|steps?|times?|people|of\s+us|%)\b)`;
// "my locker is number 118", "my office is room 214", "My station is grill 2", "his desk 22" (not "my cell is 555-…",
// nor "my line is 0161 496…": a phone, whole, for the phone rules).
const OWNED = lazyPattern(
  String.raw`\b(?:my|his|her|their|our)\s+(?:own\s+)?${PLACE}\s*(?:,\s*)?(?:(?:is|was|=)\s+(?:(?:in|at)\s+)?(?:(?:the\s+)?[a-z]+\s+)??)?[,:#]?\s*${NUMBER}`,
  'giu',
);
// "I'm at desk 47B", "im on till 4", "I drive route 17", "I sleep in bunk 12", "i work at counter 9", "I have locker 31"
const WRITER = lazyPattern(
  String.raw`\b(?:i'?m|i\s+am|i\s+was|i\s+(?:usually\s+|always\s+|only\s+|mostly\s+)?(?:drive|run|work|sit|sleep|live|stay|use|have|got|man|cover|staff|operate|clean|share|do))\s+(?:(?:at|on|in|from|with)\s+)?(?:the\s+)?(?:one\s+(?:at|on|in)\s+)?(?:${PLACE}|line)\s*[,:#]?\s*${NUMBER}`,
  'giu',
);
// "the guy at desk 22", "Patient in room 412 is my mother", "the person at 47C harasses me" (a desk's own code).
const SOMEONE = String.raw`\b(?:person|guy|man|woman|lady|girl|boy|patient|resident|tenant|one|worker|colleague|coworker|driver|cashier|nurse|tech|lad|bloke)\s+(?:at|in|on)\s+`;
const SOMEONE_AT_PLACE = lazyPattern(String.raw`${SOMEONE}(?:the\s+)?${PLACE}\s*[,:#]?\s*${NUMBER}`, 'giu');
const SOMEONE_AT_CODE = lazyPattern(String.raw`${SOMEONE}(\d{1,4}[a-z]|[a-z]\d{1,4})(?![\p{L}\p{N}])`, 'giu');
// "bunk [ID] in cabin 3", "bed [ID] of ward 7": the place that holds a place already hidden (U+E004 marks an [ID],
// redaction-kinds.ts; not a name: "the Seat Leon in bay 2" is a car).
const WITHIN = lazyPattern(String.raw`\uE004\s+(?:in|of|on|at)\s+(?:the\s+)?${PLACE}\s*[,:#]?\s*${NUMBER}`, 'giu');

/** Masks the code of a bay or spot someone holds (see above). */
export const maskHeldSpotCodes: Rule[] = [
  maskMatches(HELD_AFTER, 'ID', () => true, 1),
  maskMatches(HELD_BEFORE, 'ID', () => true, 1),
  maskMatches(OWNED, 'ID', () => true, 1),
  maskMatches(WRITER, 'ID', () => true, 1),
  maskMatches(SOMEONE_AT_PLACE, 'ID', () => true, 1),
  maskMatches(SOMEONE_AT_CODE, 'ID', () => true, 1),
  maskMatches(WITHIN, 'ID', () => true, 1),
];
