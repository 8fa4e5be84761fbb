import { mask, type RedactionKind } from './redaction-kinds';

/* What every redaction rule is: text in, text out with its finds masked. */

export type Rule = (text: string) => string;

/**
 * Replaces each match of `pattern` by a mask of `kind` when `keep` allows; `group` masks only that group's text.
 * With `retryRejected`, a match refused is read again from its next character, where a shorter one may start
 * ("reach me at jane dot doe at yahoo": "me at jane dot doe" is refused, "jane dot doe at yahoo" is the address).
 */
export function maskMatches(
  pattern: RegExp,
  kind: RedactionKind,
  accept: (match: RegExpExecArray) => boolean = () => true,
  group = 0,
  retryRejected = false,
): Rule {
  return (text) => {
    let out = '';
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (!accept(m) || m[group] === undefined) {
        if (retryRejected) pattern.lastIndex = m.index + 1;
        continue;
      }
      const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
      const end = start + m[group].length - unopenedClosingBrackets(m[group]);
      out += text.slice(last, start) + mask(kind, end - start);
      last = end;
    }
    return out + text.slice(last);
  };
}

/** Runs `rule` only on text that `guard` finds something in: most texts have no "@", no "/", no digit. */
export function onlyWith(guard: RegExp, rule: Rule): Rule {
  return (text) => (guard.test(text) ? rule(text) : text);
}

/**
 * How many ")" end a find that opened none of them: "(call 555-201-7788)"
 * finds "555-201-7788)", whose bracket closes the writer's own, and stays.
 */
export function unopenedClosingBrackets(found: string): number {
  let extra = 0;
  const opened = [...found].filter((c) => c === '(').length;
  const closed = [...found].filter((c) => c === ')').length;
  for (let i = found.length - 1; i >= 0 && found[i] === ')' && closed - extra > opened; i--) extra++;
  return extra;
}
