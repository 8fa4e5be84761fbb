import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCase } from '../../../shared/analysis/address-parts';

/** anyCase as it was written before its ASCII letters were cased without the case tables (cold36): the reference. */
function anyCaseByTables(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const escaped = /^\\p\{[^}]*\}/u.exec(pattern.slice(i))?.[0] ?? pattern.slice(i, i + 2);
      out += escaped;
      i += escaped.length - 1;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper || upper.length > 1) out += c;
    else out += inClass ? `${lower}${upper}` : `[${lower}${upper}]`;
  }
  return out;
}

describe('anyCase: a pattern in either case, as the redaction rules make it at import', () => {
  it('makes the patterns the address and ID rules are written with', () => {
    expect(anyCase('calle')).toBe('[cC][aA][lL][lL][eE]');
    expect(anyCase('[ée]tage')).toBe('[éÉeE][tT][aA][gG][eE]');
    expect(anyCase(String.raw`n[º°]\.?\p{Lu}ß`)).toBe(String.raw`[nN][º°]\.?\p{Lu}ß`);
    expect(anyCase("número|c['’]est|đường|هو")).toBe(anyCaseByTables("número|c['’]est|đường|هو"));
  });

  it('gives what the case tables give, for any text (escapes, classes, every script, lone surrogates)', () => {
    const piece = fc.oneof(
      fc.constantFrom('\\', '\\p{L}', '\\p{Lu', '\\P{N}', '[', ']', '{', '}', 'p', 'ß', 'İ', 'ǅ', 'ﬀ', '\u0130', '😀'),
      fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0, max: 0x7f }).map((cp) => String.fromCharCode(cp)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((cp) => String.fromCharCode(cp)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const pattern = pieces.join('');
        expect(anyCase(pattern)).toBe(anyCaseByTables(pattern));
      }),
      { numRuns: 2000 },
    );
    for (let code = 0; code < 0x3000; code++) {
      const c = String.fromCharCode(code);
      expect(anyCase(`${c}[${c}]`)).toBe(anyCaseByTables(`${c}[${c}]`));
    }
  });
});
