import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { redactionBlindRoundChecks } from '../../support/redaction-blind-round';
import { readBlindSet } from '../../support/still-readable';

/*
 * Blind round 24: a set written before reading the redactor (redact-blind-round-24.json), in 29 languages, the way
 * people text (written small, no punctuation, emoji, SMS shorthand, code-switching, chat exports, handles), its
 * expected results decided up front. Each identifying detail must be unreadable in what is stored and the words
 * around it must stay; a text naming no one (brands, products, places, days, virtues, tools, CamelCase words) is
 * stored as written.
 */

const set = readBlindSet('redact-blind-round-24.json');

// Still shown after this round, each with why (see docs/anonymity-log.md, the twenty-fourth blind round).
const KNOWN_MISSES = new Map<string, string>([
  [
    'mo keeps nicking the good scanner lol',
    "a two-letter nickname written small that is a word elsewhere ('mo'), its deed one things do too ('keeps')",
  ],
  [
    'Anki grafik jest zawsze lepszy od mojego',
    'a Polish or Finnish name in a case ending, opening the text; no list holds the inflected form',
  ],
  [
    'hiya this is dev from checkouts, the tills are freezing',
    "a nickname that is a word in another language ('tel', 'fede') or chat's shorthand ('dev')",
  ],
  [
    'ppl keep covering for dev, he never shows up',
    "a nickname that is a word in another language ('tel', 'fede') or chat's shorthand ('dev')",
  ],
  ['bev on tills is proper nasty to the students', "a nickname written small whose only deed is 'is' (things are too)"],
  ['send my p60 to 5 kings rd bristol bs1 4dj', 'a postcode written small after a town written small'],
  ['东京都新宿区西新宿2-8-1に住んでいます', 'a Japanese or Korean street address with its block numbers'],
  [
    'the only female welder on nights in Hull site gets all the abuse',
    'a unique role and its site: the town is kept, as a place a firm has a site',
  ],
  [
    'im the only sikh driver at the Leeds depot and they mock my turban',
    'a unique role and its site: the town is kept, as a place a firm has a site',
  ],
  ['ask ah huat lor he got the key', "a Singlish name after 'ah' written small"],
  [
    'baraka anachelewa kila siku kazini',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'a tati do caixa some no meio do turno',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'o juninho quebrou a empilhadeira e fugiu',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'спроси у димона он видел',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'наталья петровна кричит на всех',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'Γιωργάκης άφησε ανοιχτή την πόρτα',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'דנה מהקופה צועקת על כולם',
    'a name written small in a language the lists do not read (Swahili, Portuguese nicknames, Cyrillic, Greek, Hebrew) before a verb of that language',
  ],
  [
    'Mette fra lageret råber altid',
    'a capitalised name opening a Czech, Danish, Hungarian or Finnish text, no list holds it',
  ],
  ['brendan o connor on the gate is racist', "an Irish surname written small with its 'o' apart"],
  [
    'mandy/sue/bev all got the bonus and we didnt',
    "a given name that is a word ('jade', 'frank', 'sue') written small beside another or after 'ol''",
  ],
  [
    "ol' frank on nights smells of booze",
    "a given name that is a word ('jade', 'frank', 'sue') written small beside another or after 'ol''",
  ],
  [
    "robyn's the one who took the float",
    "a name written small with no deed the rules read ('robyn's the one', 'by lorraine', 'kevvvv stop', 'ashleigh with', 'fatou is')",
  ],
  [
    'got told off by lorraine for going to the toilet',
    "a name written small with no deed the rules read ('robyn's the one', 'by lorraine', 'kevvvv stop', 'ashleigh with', 'fatou is')",
  ],
  [
    'its ashleigh with an eigh lol, the tills keep crashing',
    "a name written small with no deed the rules read ('robyn's the one', 'by lorraine', 'kevvvv stop', 'ashleigh with', 'fatou is')",
  ],
  [
    'our cleaner fatou is treated like dirt',
    "a name written small with no deed the rules read ('robyn's the one', 'by lorraine', 'kevvvv stop', 'ashleigh with', 'fatou is')",
  ],
  ['Mark T: who moved the ladders', "a chat export's speaker label with an initial"],
  ['the guy called "smudge" keeps stealing lunches', "a nickname quoted after 'called'"],
  ['안녕하세요 포장팀 수빈입니다', 'a Chinese, Japanese or Korean name with no title, after a greeting and a team'],
  ['こんにちは倉庫の健太です', 'a Chinese, Japanese or Korean name with no title, after a greeting and a team'],
  ['my sort code 20-00-00 acc 12345678 for the refund', "an account number after 'acc'"],
]);
const KNOWN_LOST_WORDS = new Map<string, string>([
  [
    'น้องแนนแผนกแพ็คมาสายทุกวัน',
    "a Thai nickname runs on into the department written after it ('แผนกแพ็ค'), hidden with it",
  ],
]);

describe('redaction, blind round 24', () => {
  redactionBlindRoundChecks(set, KNOWN_MISSES, KNOWN_LOST_WORDS);

  // What the round's new rules must not take: a firm, a typo or a word before a deed, thanks, a date or tax year.
  it.each([
    'walmart keeps you busy and pays weekly',
    'sper hit salary crazy beautiful',
    'management said the rota is final',
    'mum told me to quit',
    'grazie mille',
    'pozdrawiam serdecznie',
    'thanks, everyone',
    'payroll ran on 12/03/2025',
    'my pay ref is 2024/25 tax year',
    'в цехе 3 сломан станок, дом 2 закрыт',
    'vale-refeiçao, vale -transporte',
    'new technologies -the cloud -augmented reality -3D printing -robotics',
  ])('Should store %j as written (no one is named)', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('Should hold at least 200 texts naming someone and 80 naming no one, every listed miss among them', () => {
    expect(set.leaks.length).toBeGreaterThanOrEqual(200);
    expect(set.unchanged.length).toBeGreaterThanOrEqual(80);
    for (const text of [...KNOWN_MISSES.keys(), ...KNOWN_LOST_WORDS.keys()])
      expect(set.leaks.some((l) => l.text === text)).toBe(true);
  });
});
