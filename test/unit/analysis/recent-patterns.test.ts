import { describe, expect, it } from 'vitest';
import { listedGivenNames } from '../../../shared/analysis/given-names';
import { RECENT_PATTERNS, recentPatternsHeld } from '../../../shared/analysis/recent-patterns';
import { redact } from '../../../shared/analysis/redact';

// A name found in a text is built into a pattern to find its other mentions (redact-names-every-mention.ts and its
// neighbours). V8 compiles a pattern run again to machine code: one kept for every name a
// process ever read would grow a warm Lambda without end, so they are kept in a small table of recent ones (thr39).
describe('patterns made from the names a text holds', () => {
  it('Should hide each name at every mention, text after text, and keep no more than a few patterns', () => {
    const names = listedGivenNames()
      .filter(({ name, wordlike }) => !wordlike && /^[a-z]{5,8}$/.test(name))
      .slice(0, RECENT_PATTERNS * 3)
      .map(({ name }) => name[0]!.toUpperCase() + name.slice(1));
    expect(names.length).toBe(RECENT_PATTERNS * 3);
    let hiddenTwice = 0;
    for (const name of names) {
      const redacted = redact(`My supervisor ${name} shouted at me again. Last week ${name} grabbed my arm.`);
      expect(redacted, name).not.toContain(name);
      if (redacted.split('[NAME]').length === 3) hiddenTwice += 1;
      expect(recentPatternsHeld()).toBeLessThanOrEqual(RECENT_PATTERNS);
    }
    expect(hiddenTwice).toBe(names.length);
  }, 120_000);
});
