/**
 * A regular expression made on its first use, not when its module is imported.
 *
 * Why: V8 reads a pattern when it is made and looks each Unicode property escape (`\p{L}`, `\p{N}` …) up in ICU
 * again for every new pattern, about 0.035 ms of CPU each. Redaction's modules hold some 450 such patterns at their
 * top level, most behind a cheaper guard, and a Lambda's cold start made all of them before its first message, which
 * runs few (docs/performance-log.md, "lazy33"). A holder keeps the pattern's source and flags, which a rule's literal
 * gate reads (redact-rule.ts) without making it, and makes the RegExp once, on the first `get()`.
 *
 * @example
 * const EXTENSION = lazyPattern(String.raw`(?<![\p{L}])ext\.?[ \t]*(\d{2,5})`, 'giu');
 * EXTENSION.get().test(text);
 * maskMatches(EXTENSION, 'PHONE'); // made on the rule's first text that its gate lets through
 */
export class LazyPattern {
  private made: RegExp | undefined;
  private reported: string | undefined;

  constructor(
    private readonly written: string,
    readonly flags: string,
  ) {
    everyLazyPattern.push(this);
  }

  /**
   * The source as its RegExp will report it (`/` and line breaks escaped), for what reads a pattern's source.
   * Worked out on the first read, not when the holder is made: a cold start makes some 750 holders at import, and a
   * first message reads few of their sources (the rules its literal gates reach).
   */
  get source(): string {
    if (this.reported === undefined) this.reported = reported(this.written);
    return this.reported;
  }

  /** The RegExp, made on the first call and the same object after it (its `lastIndex` is shared, as a constant's was). */
  get(): RegExp {
    if (this.made === undefined) this.made = new RegExp(this.written, this.flags);
    return this.made;
  }
}

/**
 * A pattern's source as `RegExp.prototype.source` gives it: a `/` outside a character class and each line break
 * escaped, an empty one "(?:)" (test/unit/analysis/lazy-pattern.test.ts checks every holder against V8's).
 */
function reported(written: string): string {
  if (written === '') return '(?:)';
  if (!/[/\n\r\u2028\u2029]/.test(written)) return written;
  let out = '';
  let inClass = false;
  for (let i = 0; i < written.length; i++) {
    const c = written[i]!;
    if (c === '\\') {
      out += c + (written[i + 1] ?? '');
      i++;
    } else if (c === '/' && !inClass) out += '\\/';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\u2028') out += '\\u2028';
    else if (c === '\u2029') out += '\\u2029';
    else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/** A pattern made on its first `get()`; see LazyPattern. */
export function lazyPattern(source: string, flags = ''): LazyPattern {
  return new LazyPattern(source, flags);
}

/** A pattern, or a holder of one, as a RegExp (made now if it was not yet). */
export function patternOf(pattern: RegExp | LazyPattern): RegExp {
  return pattern instanceof LazyPattern ? pattern.get() : pattern;
}

/** Every holder made so far, for the test that each one's source is the one its RegExp reports. */
export const everyLazyPattern: LazyPattern[] = [];
