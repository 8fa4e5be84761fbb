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
 * None left. The socket told only by its emoji ("the 🔌 … is 🔥 and smoking") and the news line about wildfires far
 * away that the learned model read as fraud were fixed in round 27 (emoji-words.ts reads 🔌 as "socket"; a disaster on
 * the news with the people there fine is harmless to both readers, en.ts) and are held to their labels now.
 */
const KNOWN = new Map<string, string>();

describe('urgency blind round 26', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 340, urgentShare: [0.5, 0.65], minLanguages: 24 });
});
