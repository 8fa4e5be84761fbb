/*
 * The kinds of personal data redaction replaces, and the marks it uses while
 * it works. Each rule masks what it finds with a run of one private-use
 * character per kind, as long as what it hides: positions never move, later
 * rules cannot read a masked part, and the runs become `[NAME]`, `[PHONE]`,
 * ... at the end. normaliseForRedaction removes private-use characters from
 * the input, so no input can forge a mask.
 */
export const REDACTION_KINDS = ['NAME', 'PHONE', 'EMAIL', 'ADDRESS', 'ID', 'URL', 'PLATE'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** A placeholder as stored text carries it (`[NAME]`, …); the kind is its first group. */
export const PLACEHOLDER = new RegExp(`\\[(${REDACTION_KINDS.join('|')})\\]`, 'g');

const FIRST_MARK = 0xe000;

/** The mask for `length` characters of one kind. */
export function mask(kind: RedactionKind, length: number): string {
  return String.fromCharCode(FIRST_MARK + REDACTION_KINDS.indexOf(kind)).repeat(length);
}

/** Any masked character. */
export const MASKED = /[\uE000-\uE006]/u;
const MASK_RUN = /([\uE000-\uE006])\1*/gu;

export interface RedactedSpan {
  kind: RedactionKind;
  start: number;
  end: number;
}

/** Where each masked run lies, in the text's own positions. */
export function maskedSpans(masked: string): RedactedSpan[] {
  return [...masked.matchAll(MASK_RUN)].map((m) => ({
    kind: REDACTION_KINDS[m[1]!.charCodeAt(0) - FIRST_MARK]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Each masked run as its placeholder: `[NAME]`, `[PHONE]`, ... */
export function placeholders(masked: string): string {
  return masked.replace(MASK_RUN, (_, mark: string) => `[${REDACTION_KINDS[mark.charCodeAt(0) - FIRST_MARK]}]`);
}
