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
