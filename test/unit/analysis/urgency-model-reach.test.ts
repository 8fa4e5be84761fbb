import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadUrgencyModel, type UrgencyModelFile, verdictOf } from '../../../shared/analysis/urgency/model/classifier';
import { urgencyFeatures } from '../../../shared/analysis/urgency/model/features';
import { mayReach, reachOf } from '../../../shared/analysis/urgency/model/reach';
import weights from '../../../shared/analysis/urgency/model/weights.json';
import { fold } from '../../../shared/analysis/urgency/normalise';

const MODEL = loadUrgencyModel(weights as UrgencyModelFile);
const REACH = reachOf(MODEL);
const THRESHOLDS = [MODEL.threshold, 0.7];

const REPORTS = [
  'my supervisor keeps touching me and I feel unsafe',
  'he waits for me in the parking lot every night after my shift',
  'they changed the timesheets so we lose two hours a week',
  'I have been giving away my things, I will not need them much longer',
  'Le chef nous crie dessus et menace de nous frapper',
];
const EVERYDAY = [
  'Great people, terrible pay',
  'Flexible hours and a good canteen, but management does not listen',
  'Pros: nice colleagues. Cons: long hours and no bonus this year',
];

describe('the urgency model is skipped only where it could not escalate', () => {
  it('Should still ask the model about reports it escalates', () => {
    for (const text of REPORTS) {
      const features = urgencyFeatures(fold(text));
      for (const needed of THRESHOLDS)
        if (verdictOf(MODEL, features).urgency >= needed) expect(mayReach(REACH, features, needed)).toBe(true);
    }
  });

  it('Should settle ordinary comments without the model', () => {
    const skipped = EVERYDAY.filter((text) => !mayReach(REACH, urgencyFeatures(fold(text)), MODEL.threshold));
    expect(skipped.length).toBeGreaterThan(0);
  });

  it('Should never skip a text the model finds as urgent as asked, whatever its words', () => {
    const word = fc.constantFrom(
      'fire',
      'exit',
      'blocked',
      'he',
      'touches',
      'me',
      'kill',
      'myself',
      'money',
      'stolen',
      'boss',
      'great',
      'pay',
      'no',
      'not',
      'peligro',
      'acoso',
      'menace',
      'unsafe',
      'gas',
      'leak',
      'threatened',
      'the',
      'and',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom(...THRESHOLDS), (words, needed) => {
        const features = urgencyFeatures(fold(words.join(' ')));
        if (!mayReach(REACH, features, needed)) expect(verdictOf(MODEL, features).urgency).toBeLessThan(needed);
      }),
      { numRuns: 500 },
    );
  });

  it('Should skip exactly the same texts whether the bound is read from the stored codes or the dequantised weights', () => {
    // A cold start reads the bound from the int8 codes, without making the dequantised weights: the same bound.
    const fromWeights = reachOf({ bias: MODEL.bias, weights: MODEL.weights });
    expect(REACH.unit).toBe(fromWeights.unit);
    expect(REACH.logBias).toBe(fromWeights.logBias);
    expect(Buffer.from(REACH.steps.buffer).equals(Buffer.from(fromWeights.steps.buffer))).toBe(true);
  });

  it('Should dequantise each weight as its stored code times its category scale', () => {
    const file = weights as UrgencyModelFile;
    const stored = Buffer.from(file.weights, 'base64');
    const classes = file.scales.length;
    for (const i of [0, 1, 6, 7, 12345, stored.length - 1])
      expect(MODEL.weights[i]).toBe(Math.fround(((stored[i]! << 24) >> 24) * file.scales[i % classes]!));
  });
});
