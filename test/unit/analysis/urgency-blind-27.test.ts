import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 27: 344 messages written before the detector's word lists were read (urgency-blind-27.jsonl: text,
 * urgent, category, language, why), in 25 languages and in styles the earlier rounds did not use: a key=value form
 * ("loc=…; what=…; when=now"), a checklist with [x] boxes, an "EDIT:" appended, "tl;dr", a shift handover note, English
 * from a translation app, a phone's "Sent from my iPhone", ">>" nested quotes, ~~strikethrough~~, stretched letters
 * ("heeeelp"), the danger in an "also unrelated but", a question to the form ("is this where i report stuff?"), an
 * extension to call, a rating form, a retweet, emoji standing for nouns (🔌, ⚡, 🧯, 💊, 🔪, 💨), and nl/id/sv/tr
 * code-switched with English without punctuation. 209 urgent; 135 calm look-alikes, among them a colleague smoking in
 * secret in six languages, "nobody helps me" at work in German, and wildfires in the news.
 *
 * Before any change: 187 of 209 urgent found and 18 of 135 calm flagged; after: 209 of 209 and 1 of 135.
 */
const rows = readBlindRows(new URL('./urgency-blind-27.jsonl', import.meta.url));

/*
 * None left. The smoke report taken back by an edit ("smoke in the kitchen this morning. EDIT: it was just the toaster,
 * nobody hurt, alarm reset") was fixed in round 29 (urgency/taken-back.ts: an edit that says what it really was takes
 * back the safety before it; one with a turn, "EDIT: it was the toaster, and now the whole kitchen is on fire", does
 * not) and is held to its label now.
 */
const KNOWN = new Map<string, string>();

describe('urgency blind round 27', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 340, urgentShare: [0.55, 0.65], minLanguages: 25 });
});
