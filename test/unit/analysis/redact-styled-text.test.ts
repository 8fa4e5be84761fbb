import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { storedByAnalysis } from '../../support/stored-by-analysis';

/**
 * "Strikethrough text", "underline text" and "zalgo" generators put a combining mark after every letter
 * ("G̶r̶e̶g̶ ̶S̶m̶i̶t̶h̶"): a name or an email pasted that way must be hidden as if typed plainly.
 */
const STYLES: Record<string, (text: string) => string> = {
  strikethrough: (text) => [...text].map((c) => `${c}\u0336`).join(''),
  'slash through': (text) => [...text].map((c) => `${c}\u0338`).join(''),
  underline: (text) => [...text].map((c) => `${c}\u0332`).join(''),
  'double underline': (text) => [...text].map((c) => `${c}\u0333`).join(''),
  overline: (text) => [...text].map((c) => `${c}\u0305`).join(''),
  zalgo: (text) =>
    [...text].map((c, i) => `${c}${['\u0337\u031B', '\u0335\u034C', '\u0338\u035D\u0308'][i % 3]}`).join(''),
};

const PLAIN = (text: string) => text.replace(/[\u0300-\u036F]/g, '');

describe('names and contacts pasted in styled letters', () => {
  it.each(Object.keys(STYLES))('Should hide a name, an email and a phone number written in %s', async (style) => {
    const styled = STYLES[style]!;
    const text = `${styled('Gregory Smith')} from packing took my shifts, write to ${styled('greg.smith@acme.com')} or call ${styled('555-123-4567')}`;
    const [stored] = await storedByAnalysis([text]);
    for (const word of ['gregory', 'smith', 'acme', '4567']) expect(PLAIN(stored!)).not.toContain(word);
    expect(PLAIN(stored!)).toContain('from packing took my shifts');
  });

  it('Should hide any listed name in any style, and change nothing else a plain text holds', () => {
    const names = fc.constantFrom('Maria Lopez', 'Destiny Jones', 'Kevin Wright', 'Aisha Khan', 'Jan Kowalski');
    fc.assert(
      fc.property(names, fc.constantFrom(...Object.values(STYLES)), (name, styled) => {
        const out = PLAIN(redact(`I reported ${styled(name)} to HR last week`));
        for (const part of name.toLowerCase().split(' ')) expect(out.toLowerCase()).not.toContain(part);
      }),
    );
  });

  it('Should keep accents a language writes with a single mark, and text without marks as it is', () => {
    for (const text of ['chị ấy làm ca đêm ở kho, mệt lắm', 'la cafetería está cerrada', 'ça marche très bien']) {
      expect(redact(text)).toBe(text);
      // Typed decomposed (a mark after each letter, as some keyboards send), it is read, and kept, as written.
      expect(redact(text.normalize('NFD'))).toBe(text.normalize('NFD'));
    }
  });
});
