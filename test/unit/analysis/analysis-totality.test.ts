import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { feedbackTextSchema } from '../../../shared/domain/feedback';
import type { Analysis } from '../../../shared/ports/analyzer';
import { analysisPathFailures } from '../../support/analysis-path';

/*
 * Promise 7: no text the intake accepts makes analysis throw, here on
 * generated text shaped like the intake's worst input (the labelled sets
 * beside the checkout are run by test/integration/eval-sets-totality.test.ts).
 */
const analyzer = new OfflineAnalyzer();
const failuresOf = analysisPathFailures;

const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)); // lone surrogates included
const range = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));
const EMOJI = ['😀', '😩', '👍🏽', '❤️', '👨‍👩‍👧', '🏳️‍🌈', '🔥', '🙏', '\u200d', '\ufe0f'];
const PUNCTUATION = [
  ...'.,;:!?…-–—()[]{}"“”\'’#@*&%$/\\|<>^_~`=+',
  ':)',
  ':(',
  ':-D',
  '<3',
  '^_^',
  'T_T',
  'f**k',
  ' ',
  '  ',
  '\n',
  '\t',
  '...',
  '!!!',
  '?!',
];
const WORDS = [
  'not',
  'good',
  'bad',
  'very',
  'damn',
  'so',
  'mad',
  'pretty',
  'super',
  'like',
  'too',
  'but',
  'no',
  'really',
  'never',
  'fucking',
  'the',
  'pay',
  'is',
  'boss',
  'unsafe',
  'fire',
  'exit',
  '[NAME]',
  '[PHONE]',
  'kind of',
  'not only',
  'work life balance',
];

const pieces = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...EMOJI), maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...PUNCTUATION), maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...WORDS.map((w) => `${w} `), ...WORDS), maxLength: 12 }),
  fc.string({ unit: range(0x4e00, 0x9fff), maxLength: 400 }), // Chinese without spaces
  fc.string({
    unit: fc.oneof(range(0x0600, 0x06ff), range(0x05d0, 0x05ea), fc.constant(' '), fc.constant('\u200f')),
    maxLength: 80,
  }), // Arabic, Hebrew
  fc
    .tuple(fc.constantFrom('a', 'e', 'Z', 'ا', '安'), fc.string({ unit: range(0x0300, 0x036f), maxLength: 60 }))
    .map(([base, marks]) => base + marks),
  fc
    .tuple(fc.constantFrom('A', 'é', '安', 'x', '!', '#'), fc.integer({ min: 1, max: 1_600 }))
    .map(([c, n]) => c.repeat(n)), // one giant token
  fc.constantFrom(
    '555-867-5309',
    'jo@example.com',
    'https://example.com/a?b=c',
    '#HappyFriday',
    '#notmyboss',
    '@someone',
    '12 Elm Street',
    '\u00ad',
    '\uff21\uff22',
  ),
);
const submitted = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));

describe('analysis of generated text the intake accepts', () => {
  it('Should analyse any text the intake accepts without an error, keeping key phrases within their byte cap', async () => {
    await fc.assert(
      fc.asyncProperty(submitted, async (raw) => {
        const accepted = feedbackTextSchema.safeParse(raw);
        if (!accepted.success) return;
        expect(await failuresOf([accepted.data])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('texts that once made the offline analyzer throw', () => {
  it.each([
    'The new rota is damn',
    'Night shift is mad',
    'Our supervisor talks so damn',
    'Honestly it works fucking',
    'so damn',
  ])('Should analyse %j, whose last word is an intensifier looking past the end', async (text) => {
    const result = (await analyzer.analyze([{ id: '1', text }])).get('1');
    expect(result).not.toBeInstanceOf(Error);
    expect(result).toHaveProperty('sentiment');
  });
});

describe('one document that cannot be analysed', () => {
  it('Should fail only its own slot of the batch', async () => {
    const fussy = new OfflineAnalyzer({
      redactor: (text) => {
        if (text.includes('poison')) throw new Error('redactor broke');
        return text;
      },
    });
    const results = await fussy.analyze([
      { id: 'a', text: 'The canteen is great' },
      { id: 'b', text: 'poison pill' },
      { id: 'c', text: 'The fire exit is blocked' },
    ]);
    expect(results.get('b')).toBeInstanceOf(Error);
    expect((results.get('a') as Analysis).sentiment).toBe('POSITIVE');
    expect((results.get('c') as Analysis).redactedText).toBe('The fire exit is blocked');
  });
});
