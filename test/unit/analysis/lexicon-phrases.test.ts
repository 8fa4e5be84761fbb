import { describe, expect, it } from 'vitest';
import { PHRASE_ENTRIES } from '../../../shared/analysis/lexicon';
import before from './phrase-table-before.json';

// The English phrases moved from one `'phrase': { valence }` row each to the
// compact `valence: phrase, phrase` lists (issue 18); the table they compile
// to was saved before the move, and must not have changed a phrase or a score.
describe('the English phrase table', () => {
  it('Should compile the compact phrase lists to the same table as the rows they replaced', () => {
    expect(new Map(PHRASE_ENTRIES)).toEqual(new Map(before as [string, { valence: number; negated?: number }][]));
  });
});
