import { describe, expect, it } from 'vitest';
import { keptAnswers } from '../../../shared/analysis/urgency/kept-answers';

/*
 * Checks the detector asks before its costly readings (issue #19): a rule that starts with look-behinds is first
 * asked without them, the literal index keeps its last answers, and two calm-safety passes keep theirs. Each must
 * give the answer the full reading gives, so no verdict changes; scripts/compare-offline-analysis.ts and the eval
 * dumps check every labelled row against the code before.
 */

describe('urgency: answers kept for the text just read', () => {
  it('reads a text again only once it is no longer among the last four read', () => {
    const read: string[] = [];
    const blanked = keptAnswers((folded) => {
      read.push(folded);
      return folded.toUpperCase();
    });
    // Four kept, the oldest read making room for a fifth text ("e" takes "a"'s place).
    for (const folded of ['a', 'b', 'a', 'c', 'd', 'a', 'e', 'b', 'a'])
      expect(blanked(folded)).toBe(folded.toUpperCase());
    expect(read).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
  });
});
