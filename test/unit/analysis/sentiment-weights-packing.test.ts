import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ModelFile,
  loadModel,
  packWeights,
  scoreSentiment,
  weightIntegers,
} from '../../../shared/analysis/learned-sentiment/model';
import weights from '../../../shared/analysis/learned-sentiment/weights.json';

// The file ships them packed; the same file with the integers listed is what the fitting script once wrote.
const shipped = weights as ModelFile;
const listed: ModelFile = { ...shipped, weights: Array.from(weightIntegers(shipped.weights)) };
const packed: ModelFile = { ...listed, weights: packWeights(listed.weights as number[]) };

describe('the sentiment weights, listed or packed', () => {
  it('Should read back every integer it packs, whatever its sign or size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -32768, max: 32767 })), (integers) => {
        expect(Array.from(weightIntegers(packWeights(integers)))).toEqual(integers);
      }),
    );
  });

  it('Should refuse a weight that 16 bits cannot hold rather than ship a different one', () => {
    expect(() => packWeights([32768])).toThrow(/16 bits/);
    expect(() => packWeights([1.5])).toThrow(/16 bits/);
  });

  it('Should give every text the same verdict and scores from either form of the shipped weights', () => {
    const fromList = loadModel(listed);
    const fromPacked = loadModel(packed);
    expect(fromPacked.weights).toEqual(fromList.weights);
    for (const text of [
      'no work life balance',
      'Great people, terrible pay',
      'The new schedule is great but parking is a nightmare',
      '',
    ])
      expect(scoreSentiment(fromPacked, text)).toEqual(scoreSentiment(fromList, text));
    // The first score loads the rule-based scorer's tables: seconds on a busy machine.
  }, 60_000);

  it('Should say the weights are damaged when the packed text is cut short', () => {
    const cut = (packed.weights as string).slice(0, -8);
    expect(() => loadModel({ ...packed, weights: cut })).toThrow(/damaged/);
  });
});
