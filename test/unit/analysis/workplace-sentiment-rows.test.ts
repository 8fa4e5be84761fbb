import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../shared/analysis/learned-sentiment/features';
import { loadModel, logitsOfFeatures, rawLogits } from '../../../shared/analysis/learned-sentiment/model';
import weights from '../../../shared/analysis/learned-sentiment/weights.json';

/*
 * The model scores a text by finding its features' weight rows directly
 * (weight-rows.ts), not by the feature names `extractFeatures` spells out and
 * the weights were fitted on. The two must read every text alike, to the
 * last bit of the logits: a sentiment label or score that moved with a speed-up
 * would be a silent change of verdict.
 */
const model = loadModel(weights);
const sameAsFeatures = (text: string) =>
  expect(rawLogits(model, text)).toStrictEqual(logitsOfFeatures(model, extractFeatures(text)));

describe('the learned model reads a text as its fitted features say', () => {
  it('Should give the logits of the named features, to the last bit, for texts of the kinds it meets', () => {
    for (const text of [
      'No work life balance',
      "Management doesn't care, but the pay is OK!",
      'Great people. However the rota is not, never, good?',
      'Unfortunately nobody listens — except Ana',
      'Sin pago de horas extra, pero el equipo es bueno',
      'Les horaires sont nuls 😡 mais l’équipe est top',
      '夜班人手不足，经理从不听',
      'not '.repeat(700),
      `${'supercalifragilisticexpialidocious'.repeat(2)} pay`,
      '',
    ])
      sameAsFeatures(text);
  });

  it('Should give the logits of the named features for any text the intake accepts', () => {
    const words = fc.constantFrom(
      'but',
      'not',
      'no',
      'never',
      "don't",
      'pay',
      'good',
      'work',
      'life',
      'balance',
      'however',
      ',',
      '.',
      '!',
      '?',
      ' - ',
      '\n',
      'Great',
      '😀',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
        (text) => {
          sameAsFeatures(text);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  const tweets = join(process.cwd(), '../shared/eval/tweeteval_sentiment.jsonl');
  it.skipIf(!existsSync(tweets))(
    'Should give the logits of the named features on labelled tweets',
    () => {
      const texts = readFileSync(tweets, 'utf8')
        .split('\n')
        .filter(Boolean)
        .slice(0, 2000)
        .map((line) => (JSON.parse(line) as { text: string }).text);
      for (const text of texts) sameAsFeatures(text);
    },
    120_000,
  );
});
