import languageProcessor from 'sentiment/lib/language-processor.js';
import { describe, expect, it } from 'vitest';
import { AFINN_JSON } from '../../../shared/analysis/afinn.generated';

describe('The AFINN table the lexicon reads', () => {
  it('Should be the sentiment package’s own table (run `npx tsx scripts/build-afinn.ts` after upgrading it)', () => {
    const copy = JSON.parse(AFINN_JSON) as Record<string, number>;
    const labels = languageProcessor.getLabels('en');
    expect(Object.entries(copy)).toEqual(Object.entries(labels));
    expect(copy.good).toBe(3);
    expect(Object.keys(copy).length).toBeGreaterThan(3000);
  });
});
