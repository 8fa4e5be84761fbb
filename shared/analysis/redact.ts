/**
 * Replaces personal data in text with placeholders such as `[PHONE]`.
 * The walking skeleton covers emails and phone numbers; names, addresses and
 * ids come with the analysis work.
 */
const RULES: { label: string; pattern: RegExp }[] = [
  { label: '[EMAIL]', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  // International (+44 20 7946 0958), US ((555) 123-4567, 555.123.4567) and
  // bare digit runs of 7-15 digits with the usual separators.
  { label: '[PHONE]', pattern: /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}(?![\p{L}\p{N}])/gu },
];

export function redact(text: string): string {
  let out = text;
  for (const { label, pattern } of RULES) {
    out = out.replace(pattern, (match) => (label === '[PHONE]' && digitCount(match) < 7 ? match : label));
  }
  return out;
}

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}
