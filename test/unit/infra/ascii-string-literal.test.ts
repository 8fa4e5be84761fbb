import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiStringLiteral } from '../../../infra/constructs/function-bundling';

/** Any sequence of UTF-16 code units: every character, surrogate pairs and lone halves included. */
const anyText = fc.array(fc.integer({ min: 0, max: 0xffff })).map((units) => String.fromCharCode(...units));

/** What a bundle's banner assigns: the literal read as JavaScript reads it. */
const readBack = (literal: string): unknown => new Function(`return ${literal};`)();

describe('the inlined config as an ASCII string literal', () => {
  it('Should read back as the very text it was made from, whatever its characters, in ASCII only', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const literal = asciiStringLiteral(text);
        // JSON is JavaScript's string literal syntax (ES2019), and far quicker to read back 100 times than `new Function`.
        return /^[\x00-\x7f]*$/.test(literal) && JSON.parse(literal) === text;
      }),
    );
  });

  it('Should keep a site named "Siège", a curly apostrophe and an emoji as they were written', () => {
    const config = JSON.stringify({ name: 'Siège', note: 'it’s 🙂', line: 'a\u2028b' });
    const literal = asciiStringLiteral(config);
    expect(literal).toContain('Si\\u00e8ge');
    expect(JSON.parse(readBack(literal) as string)).toEqual({ name: 'Siège', note: 'it’s 🙂', line: 'a\u2028b' });
  });
});
