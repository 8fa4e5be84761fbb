import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 26: 349 messages written before the detector's word lists were read (urgency-blind-26.jsonl: text,
 * urgent, category, language, why), in 25 languages and in styles the earlier rounds did not use: an email's subject
 * line and "On Tue, Dana wrote:" quoting, a split text numbered "(1/2)", a ticket with pipes ("INC-4471 | loc: dock 6
 * | desc: …"), markdown bold, letters spaced out ("H E L P"), a chat's @channel and :fire: shortcodes, a voice note's
 * transcript with its "um"s, the danger in a "ps" after thanks, an autocorrect fix ("*gas not grass"), emoji for nouns,
 * numbered and bulleted lists, kaomoji, gas readings (O2 %, H2S ppm), and Greek, Czech and Hebrew for the first time.
 * 198 urgent; 151 calm look-alikes.
 *
 * Before any change: 161 of 198 urgent found and 19 of 151 calm flagged; after: 197 of 198 and 1 of 151.
 */
const rows = readBlindRows(new URL('./urgency-blind-26.jsonl', import.meta.url));

/*
 * Left, with why: a socket told only by its emoji ("the 🔌 … is 🔥 and smoking": 🔌 is no danger by itself, and the
 * fire emoji read as a word leaves "is fire and smoking" with nothing named that burns), and a news line about
 * wildfires far away that the learned model reads as fraud (no rule reads it).
 */
const KNOWN = new Map<string, string>([
  ['the 🔌 in the break room is 🔥 and smoking', 'a thing named only by an emoji that is no danger by itself'],
  [
    "saw on the news there's wildfires in Canada again, our Calgary office says the air is smoky but they're fine",
    'the learned model reads it as fraud',
  ],
]);

describe('urgency blind round 26', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 340, urgentShare: [0.5, 0.65], minLanguages: 24 });
});
