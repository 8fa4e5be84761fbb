import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { describeUrgencyRound } from '../../support/urgency-round';
import rows from './urgency-round-13.json';

/*
 * Round 13 (urgency-round-13.json): reports in the thirteen languages read by a table of phrases (Dutch, Turkish,
 * Swedish, Indonesian and Malay, Romanian, Russian, Ukrainian, Hindi and Hinglish, Japanese, Korean, Persian, arabizi)
 * that describe what is wrong rather than name an emergency: an exit locked or blocked, a smell of gas, a bare wire, a
 * machine's guard taken off, a chemical in someone's eyes, a manager touching or threatening over time, a co-worker
 * gone or collapsed, hints of self-harm. Beside them, a small child who got out and cannot be found (Polish, Tagalog,
 * Arabic, English), English hazard words inside Spanish, Vietnamese, Arabic or Hinglish ("hay un gas leak en el cuarto
 * de atras"), and a danger named in another language inside English ("there is humo coming from the breaker box").
 * Most were read as calm before. Each must read urgent alone and inside a calm ramble of some 600 characters, where the
 * model's reading is diluted and only the rules are left. The look-alikes must stay calm: drills, idioms, games, a
 * hazard put right, a child out with a parent, "fuego" tacos, keys "nawawala".
 */
describeUrgencyRound('urgency round 13', rows);

describe('urgency round 13: what a table language reads as what', { timeout: 120_000 }, () => {
  // Folding drops Devanagari vowel signs, so मारा (hit) and मरा (died) are spelled alike once folded: each must still
  // be read as what it says, a blow as a threat of violence and a death as a danger on site.
  it.each([
    ['सुपरवाइजर ने मुझे मारा', 'threat'],
    ['ठेकेदार ने उसको मारा', 'threat'],
    ['गोदाम में एक मजदूर मरा पड़ा है', 'safety'],
  ])('Should read %j as %s', (text, category) => {
    expect(detectUrgency(text).categories).toContain(category);
  });

  // A hazard put right stays calm in its own language; put right but back again is a report.
  it.each([
    'het gaslek was opgelost maar het ruikt weer naar gas',
    'утечку газа устранили, но снова пахнет газом',
    'gaz kokusu giderildi ama yine gaz kokuyor',
    'gas leak theek ho gaya tha par phir se smell aa rahi hai',
  ])('Should read %j as urgent: fixed, but the hazard is back', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });
});

/*
 * What blind tester U13 found in the table languages, fixed by kind; the rows are not the tester's texts but others of
 * the same kinds. "I can't anymore," before a wish to die cancelled it in Russian, Ukrainian and Dutch: a cue now
 * denies only in its own clause, and a wish only from the word right before it. Other ways to say it were not read: a
 * threat told in the present as a future, a Malay co-worker "hilang", a fall into a pit, a boss who hit someone named by
 * their job, "he'll kill me" spelled another way in arabizi, a resident missing since the morning.
 */
describe('urgency round 13: what the blind tester found in the table languages', { timeout: 120_000 }, () => {
  it.each([
    ['ru', 'я так больше не могу. хочу умереть'],
    ['ru', 'не могу больше терпеть, хочу покончить с собой сегодня'],
    ['uk', 'не можу більше, хочеться вмерти'],
    ['nl', 'ik trek het niet meer, ik wil dood'],
    ['nl', 'ik kan niet meer ik wil zelfmoord plegen'],
    ['sv', 'jag klarar inte mer, jag vill do'],
    ['id', 'udah gak sanggup, pengen mati aja'],
    ['ro', 'nu mai suport, vreau sa mor'],
    ['hinglish', 'ab aur nahi sah sakta, marna chahta hu'],
    ['fa', 'دیگه نمی کشم، می خوام بمیرم'],
    ['arabizi', 'ma 3ad fiyye, baddi mout'],
  ])('Should read %s %j as self-harm: a tired opening does not deny the wish', (_, text) => {
    expect(detectUrgency(text).categories).toContain('self-harm');
  });

  it.each([
    ['nl', 'de chef zegt dat hij me neersteekt als ik het vertel', 'threat'],
    ['nl', 'hij maakt me dood als ik praat', 'threat'],
    ['ms', 'rakan saya menghilang sejak pagi tadi', 'safety'],
    ['ms', 'kawan sekerja hilang lepas syif, tak dapat dihubungi', 'safety'],
    ['ro', 'un muncitor a cazut in sant si nu mai misca', 'safety'],
    ['uk', 'бригадир побив охоронця', 'threat'],
    ['ru', 'мастер избил уборщицу', 'threat'],
    ['uk', 'у неї кров з голови після удару', 'safety'],
    ['arabizi', 'el m3allem 2al ra7 ye2telak', 'threat'],
    ['nl', 'een meneer van de gesloten afdeling wordt al twee uur vermist', 'safety'],
    ['nl', 'de oude meneer met dementie is weggelopen uit de afdeling', 'safety'],
  ])('Should read %s %j as %s', (_, text, category) => {
    expect(detectUrgency(text).categories).toContain(category);
  });

  it.each([
    'я не хочу умирать, просто устал',
    'ik wil niet dood, ik ben gewoon moe',
    'dit rooster maakt me dood',
    'kunci loker saya hilang sejak semalam',
    'colegul nu mai raspunde la mailuri',
    'начальник ударил кулаком по столу',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
