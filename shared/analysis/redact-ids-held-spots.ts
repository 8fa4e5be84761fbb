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

/** Masks the code of a bay or spot someone holds (see above). */
export const maskHeldSpotCodes: Rule[] = [
  maskMatches(HELD_AFTER, 'ID', () => true, 1),
  maskMatches(HELD_BEFORE, 'ID', () => true, 1),
];
