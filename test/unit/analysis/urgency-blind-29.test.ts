import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 29: 304 messages written before the detector's word lists were read (urgency-blind-29.jsonl: text,
 * urgent, category, language, why), in 28 languages (Swahili, Hausa, Yoruba and Amharic among them) and in styles the
 * earlier rounds did not use: telegraph fragments ("FIRE. BAY 7. TWO STILL INSIDE."), one word per line, a bug
 * report's "Expected:/Actual:", pasted JSON, a radio call ("base from unit 4 over"), [P1]/SEV1 tags, a survey's
 * "Q:/A:", words run together ("gasleak"), medical shorthand ("pt unresp"), a 👍 poll, "sorry wrong chat", a
 * countdown, a ranked list with the danger third, UPD/ETA, an edit that takes a report back or makes it worse, and
 * Swedish, Turkish and Indonesian with an English tail. 183 urgent: every kind of danger, a fire back after it was out,
 * someone still inside; 121 calm look-alikes: idioms, lyrics, product names, games, drills, what-ifs, corrections
 * ("EDIT: it was just the toaster"), the news, a branch that hit a fence.
 *
 * Before any change: 133 of 183 urgent found and 19 of 121 calm flagged; after: 176 of 183 and 6 of 121.
 */
const rows = readBlindRows(new URL('./urgency-blind-29.jsonl', import.meta.url));

/*
 * Left, with why. Hausa, Yoruba and Amharic are read by no table (docs/analysis.md): their emergencies reach a sponsor
 * through the urgent box, URGENT, a topic or an emoji. (A report typed one word per line was read line by line until
 * attack round 30, so no line named a danger: it is now also read with its words on one line, urgency/words-apart.ts.)
 * The rest are the learned model's readings of idioms in languages it was not
 * fitted on, and of a pay complaint it reads as fraud (three months of overtime missing is near enough to wage theft
 * that a sponsor's look costs little).
 */
const KNOWN = new Map<string, string>([
  ["Wuta! Gobara a ma'aji, akwai mutane a ciki", 'Hausa is not read'],
  ["Ana dukan ma'aikaci yanzu a bakin kofa, jini na zuba", 'Hausa is not read'],
  ['Iná ń jó ní ilé ìkẹ́rùsí, àwọn ènìyàn ṣì wà nínú', 'Yoruba is not read'],
  ['Ọ̀gá ń lu òṣìṣẹ́ kan báyìí, ẹ wá ràn wá lọ́wọ́', 'Yoruba is not read'],
  ['እሳት! መጋዘኑ ውስጥ እሳት አለ ሰዎችም ውስጥ ናቸው', 'Amharic is not read'],
  ['ተቆጣጣሪው ሰራተኛውን አሁን እየደበደበው ነው', 'Amharic is not read'],
  [
    'Expected: payslip shows overtime\nActual: overtime missing again, 3rd month running',
    'the model reads overtime missing for months as fraud',
  ],
  ['den här veckan har varit helt dödande, men vi klarar det', 'the model reads a Swedish "killing" week as safety'],
  ['förra året brann det i köket men allt är fixat nu', 'the model reads a Swedish fire last year, fixed, as trouble'],
  ['grabe, pinatay ako ng overtime ngayong linggo', 'a Tagalog "overtime killed me" is read as a threat'],
  ['aikin yau ya kashe ni da gajiya amma mun gama', 'the model reads a Hausa "work killed me with tiredness"'],
  [
    "heatwave on the news says 40 degrees down south next week, glad we're up north haha",
    'a heatwave on the news is read as heat at work',
  ],
]);

describe('urgency blind round 29', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 300, urgentShare: [0.55, 0.65], minLanguages: 28 });
});
