import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 30: 299 messages written before the detector's word lists were read (urgency-blind-30.jsonl: text,
 * urgent, category, language, why), in 26 languages, most of them the ones earlier rounds left weak: Hausa, Yoruba
 * (with and without tone marks), Amharic, Somali, Hindi in Devanagari and in Latin letters, Bengali, Urdu, Punjabi and
 * Nepali (and a line or two of each romanised), beside the usual big languages; reports typed one word per line,
 * voice-to-text run-ons, code-switching, typos ("gass leek", "siezure"), emoji, understatement ("bit of a situation"),
 * danger asked as a question and reports made for someone else. 178 urgent; 121 calm look-alikes with the same words:
 * drills, songs "on fire", hunger that "kills", blood donation, gas stoves repaired, and Hindi sentences whose letters
 * fold near a danger's ("लाइन में सबसे आगे लगी थी", "मीरा ने मेरा टिफिन खाया").
 *
 * Before any change: 101 of 178 urgent found and 9 of 121 calm flagged; after: 178 of 178 and 0 of 121.
 */
const rows = readBlindRows(new URL('./urgency-blind-30.jsonl', import.meta.url));

const KNOWN = new Map<string, string>([]);

describe('urgency blind round 30', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 299, urgentShare: [0.55, 0.65], minLanguages: 26 });
});
