import { describe, expect, it } from 'vitest';
import { everyLazyPattern, LazyPattern, lazyPattern } from '../../../shared/analysis/lazy-pattern';
import { redact } from '../../../shared/analysis/redact';
import { literalsAbsent, maskMatches } from '../../../shared/analysis/redact-rule';

const sorted = (flags: string) => [...flags].sort().join('');

describe('a pattern made on first use (lazy-pattern.ts)', () => {
  it('is one RegExp, made from its source and flags, the same object at every get()', () => {
    const held = lazyPattern(String.raw`(?<![\p{L}])ext\.?[ \t]*(\d{2,5})`, 'giu');
    const made = held.get();
    expect(made).toBeInstanceOf(RegExp);
    expect(held.get()).toBe(made);
    expect(made.source).toBe(held.source);
    expect(lazyPattern('a/b[/]c').source).toBe(/a\/b[/]c/.source);
    expect(made.flags).toBe('giu');
  });

  it("gives redaction's literal gate what the pattern itself would (each holder's source as V8 reports it)", () => {
    // Importing redaction makes every rule module's holders; none has been made into a RegExp by that alone.
    expect(redact('nothing to hide here')).toBe('nothing to hide here');
    const holders = everyLazyPattern.filter((h) => h instanceof LazyPattern);
    expect(holders.length).toBeGreaterThan(400);
    const differing = holders.filter((h) => {
      const made = new RegExp(h.source, h.flags);
      return made.source !== h.source || made.flags !== sorted(h.flags);
    });
    expect(differing.map((h) => `/${h.source.slice(0, 80)}/${h.flags}`)).toEqual([]);
  });

  it('masks what the same pattern as a RegExp masks, gate and all', () => {
    const source = String.raw`(?<![\p{L}])(?:badge|locker)[ \t]*#?(\d{2,6})(?![\p{N}])`;
    const text = 'My Badge #4471 and locker 37, not bad gel 12';
    const held = maskMatches(lazyPattern(source, 'giu'), 'ID', () => true, 1);
    const plain = maskMatches(new RegExp(source, 'giu'), 'ID', () => true, 1);
    expect(held(text)).toBe(plain(text));
    expect(held('nothing with the words')).toBe('nothing with the words');
    // The gate is read from the holder without making its pattern.
    const unmade = lazyPattern(String.raw`(?<![\p{L}])pager[ \t]+(\d+)`, 'iu');
    expect(literalsAbsent(unmade)?.('no such word')).toBe(true);
    expect((unmade as unknown as { made?: RegExp }).made).toBeUndefined();
  });
});
