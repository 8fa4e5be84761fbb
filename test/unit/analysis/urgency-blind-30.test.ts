import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
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

/*
 * Written after the new tables, to try them on words they were not written from: 6 of 10 reports read at first (a
 * stabbing in Hausa and Yoruba, a knife threat in Somali and a Bengali fire with people running were missed), 0 of 5
 * look-alikes flagged; the four then fixed by kind, and a Bengali fire drill in a factory kept calm.
 */
describe('urgency round 30, the new tables on fresh words', () => {
  it.each([
    "Akwai hayaki mai yawa a masana'anta, mutane suna tari",
    'Wani ya soka wa abokina wuka a bakin kofa',
    'Ile itaja n jo bayi, e wa kiakia',
    'Won ti gun osise kan ni obe',
    'Nin ayaa mindi la soo baxay oo dadka u hanjabaya',
    'ዘይቱ ተቀጣጥሎ ኩሽናው እየተቃጠለ ነው',
    'কারখানায় আগুন, সবাই দৌড়াচ্ছে',
    'ਫੈਕਟਰੀ ਵਿੱਚ ਗੈਸ ਲੀਕ ਹੋ ਗਈ ਹੈ ਲੋਕ ਬੇਹੋਸ਼ ਹੋ ਰਹੇ ਹਨ',
    'فیکٹری میں آگ لگی ہوئی ہے',
    'कारखानामा ठूलो आगो लागेको छ',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    "An yi taron ma'aikata jiya, komai ya tafi daidai",
    'Mo feran ise yi gan, oga wa dara',
    'আজকের মিটিং খুব ভালো হয়েছে',
    'ਅੱਜ ਦੀ ਮੀਟਿੰਗ ਵਧੀਆ ਰਹੀ',
    'কারখানায় আগুন নেভানোর মহড়া হলো',
  ])('Should read %s as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
