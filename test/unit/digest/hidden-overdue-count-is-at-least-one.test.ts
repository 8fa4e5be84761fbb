import { describe, expect, it } from 'vitest';
import { digestTranslator } from '../../../shared/i18n/digest';

// Walking several weeks on a set clock, the leadership digest said "Fewer than 5 cases held by the leadership list
// are past a legal deadline…": a leader could read it as perhaps none. The line is there only when some case is, so
// the count too small to show is said as what it is, one at least: "1 to 4 cases…", in every language.
describe('a legal deadline count too small to show', () => {
  for (const [language, words] of [
    ['en', '1 to 4 cases held by Plant 2 GM are past a legal deadline'],
    ['es', 'Entre 1 y 4 casos en manos de Plant 2 GM han superado un plazo legal'],
    ['fr', 'De 1 à 4 dossiers détenus par Plant 2 GM ont dépassé un délai légal'],
  ] as const) {
    it(`Should say it is one at least in ${language}`, () => {
      const line = digestTranslator(language)('digest.esc.legal', {
        state: 'passed',
        holder: 'Plant 2 GM',
        shown: 'no',
        count: '',
        k: 5,
        upTo: 4,
        week: 'Mon 9 Nov',
      });
      expect(line).toContain(words);
      expect(line).not.toMatch(/fewer than|menos de|moins de/i);
    });
  }
});
