import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';
import { LiteralIndex, requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { eachText } from '../../support/urgency-table';
import examples from './urgency-examples.json';

describe('urgency on short everyday texts', () => {
  eachText('Should not escalate the everyday text %j', examples.shortEveryday.texts, detectUrgency, 'calm');

  it('Should still escalate a short report the rules recognise', () => {
    expect(detectUrgency('suicidal').urgent).toBe(true);
    expect(detectUrgency('fire exit blocked').urgent).toBe(true);
  });

  it('Should never let the model alone escalate a text of two words or fewer', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'keep',
        'me',
        'help',
        'now',
        'night',
        'shift',
        'boss',
        'door',
        'Notaufnahme',
        'szpitalu',
        'urgencias',
        '急诊',
        '上班',
        'الطوارئ',
        'cấp cứu',
        'ospital',
        'please',
        'stop',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((w) => !/\s/u.test(w)),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 2 }), (words) => {
        const text = words.join(' ');
        if (detectRuleUrgency(text).urgent) return;
        expect(detectUrgency(text).urgent).toBe(false);
      }),
      { numRuns: 300 },
    );
    // Its draws span a dozen scripts, and each language's rules are compiled on the first text that needs them (a
    // one-off of seconds a language on a busy machine, not a cost per text: warm, the 300 draws take about 2 s), so the
    // time limit is the first-use one, not the unit default (it timed out at 20 s under a load of 20 on 2 cores).
  }, 120_000);
});

describe('urgency never fails on odd text', () => {
  it('Should answer for lone surrogates, very long tokens, emoji, right-to-left and combining marks', () => {
    const odd = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom(
        '\uD800',
        '\uDFFF abc',
        'a'.repeat(1600),
        '🔥'.repeat(400),
        'ﷺ‏مرحبا‎ بكم',
        'e\u0301\u0302\u0303'.repeat(200),
        `${'x'.repeat(1600)} fire exit blocked`,
      ),
      fc
        .array(fc.constantFrom('\uD83D', '🧯', '\u202E', 'ا', '我', 'é', '\u0300', ' ', 'help', 'kill', 'no'), {
          maxLength: 200,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(odd, (text) => {
        const result = detectUrgency(text);
        expect(typeof result.urgent).toBe('boolean');
        expect(result.urgent).toBe(result.categories.length > 0);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('which rules can match', () => {
  it('Should read the words a pattern needs from the pattern itself', () => {
    expect(requiredLiterals(String.raw`\b(?:kill|hurt) (?:myself|himself)\b`)).toEqual([
      'kill myself',
      'kill himself',
      'hurt myself',
      'hurt himself',
    ]);
    expect(requiredLiterals(String.raw`\bwom[ae]n\b`)).toEqual(['woman', 'women']);
    // A pattern that can match anything has nothing to require, and always runs.
    expect(requiredLiterals(String.raw`a|\w+`)).toBeNull();
    expect(requiredLiterals('(unclosed')).toBeNull();
  });

  it('Should never skip a pattern that matches the text', () => {
    const sources = [
      String.raw`\b(?:fire|emergency) (?:exit|door)s?\b`,
      String.raw`wom[ae]n`,
      String.raw`(?:no|without) (?:ppe|gloves)`,
      '骚扰|欺负',
      String.raw`x?y+z{2}`,
    ];
    const index = new LiteralIndex();
    const ids = sources.map((source) => index.add(requiredLiterals(source)));
    const alphabet = fc.constantFrom(
      'fire',
      'exit',
      'emergency',
      'door',
      'woman',
      'no',
      'ppe',
      'gloves',
      'without',
      '骚扰',
      'y',
      'zz',
      ' ',
      'x',
      'women',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => {
          const present = index.present(text);
          sources.forEach((source, i) => {
            if (new RegExp(source, 'u').test(text)) expect(ids[i]! < 0 || present[ids[i]!] === 1).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
