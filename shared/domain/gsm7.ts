/**
 * The GSM 03.38 default alphabet. A reply written only in it costs one
 * segment per 160 characters; a single character outside it (an emoji, a
 * curly quote) switches the whole message to UCS-2 and 70 per segment.
 */
const BASIC = [
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ',
  ' !"#¤%&\'()*+,-./0123456789:;<=>?',
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§',
  '¿abcdefghijklmnopqrstuvwxyzäöñüà',
].join('');
/** The extension table: each of these takes two septets (an escape and the character). */
const EXTENDED = '\f^{}\\[~]|€';
const basic = new Set(BASIC);
const extended = new Set(EXTENDED);

/** One SMS segment of GSM-7 text. */
export const SMS_SEGMENT_LENGTH = 160;

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return false;
  return true;
}

/** Septets the text takes in GSM-7 (extension characters count twice); Infinity if it cannot be GSM-7. */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const ch of text) {
    if (basic.has(ch)) length += 1;
    else if (extended.has(ch)) length += 2;
    else return Number.POSITIVE_INFINITY;
  }
  return length;
}

const LOOK_ALIKES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '-',
  '\u00B7': '-',
  '\t': ' ',
};

/**
 * Typographic quotes, dashes and spaces made plain, other spacing a space
 * and emoji removed, letters left as they are: what a reply needs before its
 * encoding is chosen, so that a curly quote or a French no-break space never
 * costs the UCS-2 encoding on its own.
 */
export function plainPunctuation(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (basic.has(ch) || extended.has(ch)) out += ch;
    else if (ch in LOOK_ALIKES) out += LOOK_ALIKES[ch];
    else if (/\s/u.test(ch)) out += ' ';
    else if (/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200D\uFE0F]/u.test(ch)) continue;
    else out += ch;
  }
  return out.replace(/ {2,}/g, ' ');
}

/**
 * Makes text safe to send as GSM-7: typographic quotes and dashes become
 * their plain forms, accents that GSM-7 lacks are dropped (ô → o), emoji are
 * removed and anything else unsendable becomes `?`. Used on every piece of a
 * reply that comes from configuration or from people.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of plainPunctuation(text)) {
    if (basic.has(ch) || extended.has(ch)) out += ch;
    else {
      const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += stripped !== '' && isGsm7(stripped) ? stripped : '?';
    }
  }
  return out;
}

/**
 * Text split into numbered messages of one segment each, in its own
 * letters: UCS-2 messages (70 units) when it needs them and they are no more
 * than `maxParts`; else GSM-7 (160 septets), with the accents GSM-7 lacks
 * dropped, which hold more than twice as much.
 */
export function numberedSmsParts(text: string, maxParts = 8): string[] {
  if (!isGsm7(text)) {
    const ucs2 = splitIntoSegments(text, {
      max: UCS2_SEGMENT,
      maxParts: Number.POSITIVE_INFINITY,
      measure: (t) => t.length,
    });
    if (ucs2.length <= maxParts) return ucs2;
  }
  return splitIntoSegments(toGsm7(text), { max: SMS_SEGMENT_LENGTH, maxParts });
}

/** One concatenated segment's room, once the header that joins the parts is taken: GSM-7 septets and UCS-2 units. */
const GSM7_PART = 153;
const UCS2_SEGMENT = 70;
const UCS2_PART = 67;

/** The encoding a phone network sends the text in: GSM-7 when every character is in it, else UCS-2. */
export function smsEncodingOf(text: string): 'GSM-7' | 'UCS-2' {
  return isGsm7(text) ? 'GSM-7' : 'UCS-2';
}

/**
 * The segments (billed messages) the text takes: GSM-7, 160 septets alone
 * or 153 a part; UCS-2, 70 UTF-16 units alone or 67 a part.
 */
export function smsSegmentCount(text: string): number {
  if (isGsm7(text)) {
    const septets = gsm7Length(text);
    return septets <= SMS_SEGMENT_LENGTH ? 1 : Math.ceil(septets / GSM7_PART);
  }
  return text.length <= UCS2_SEGMENT ? 1 : Math.ceil(text.length / UCS2_PART);
}

/** Cuts GSM-7 text to at most `max` septets, ending in `...` when something was cut. */
export function truncateGsm7(text: string, max: number): string {
  if (gsm7Length(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (gsm7Length(`${out}${ch}...`) > max) break;
    out += ch;
  }
  return `${out.trimEnd()}...`;
}

/**
 * Splits GSM-7 text into messages of at most `max` septets each, at spaces
 * where it can, numbering them `(1/3) ` when there is more than one: phones
 * and carriers do not promise to deliver separate messages in order. At most
 * `maxParts` messages; the last ends in `...` if the text had to be cut.
 */
export function splitIntoSegments(
  text: string,
  {
    max = SMS_SEGMENT_LENGTH,
    maxParts = 8,
    measure = gsm7Length,
  }: { max?: number; maxParts?: number; measure?: (text: string) => number } = {},
): string[] {
  if (measure(text) <= max) return [text];
  let parts: string[] = [];
  // The prefix's width depends on how many parts there are; settle it by trying.
  for (let guess = 2; guess <= 999; guess = Math.max(guess + 1, parts.length)) {
    const budget = max - `(${guess}/${guess}) `.length;
    parts = pack(text, budget, measure);
    if (parts.length <= guess) break;
  }
  if (parts.length > maxParts) {
    const kept = parts.slice(0, maxParts);
    const budget = max - `(${maxParts}/${maxParts}) `.length;
    kept[maxParts - 1] = truncateGsm7(`${kept[maxParts - 1]} ${parts[maxParts]}`, budget);
    parts = kept;
  }
  return parts.map((part, i) => `(${i + 1}/${parts.length}) ${part}`);
}

function pack(text: string, budget: number, measure: (text: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= budget) {
      current = candidate;
      continue;
    }
    if (current !== '') parts.push(current);
    current = word;
    while (measure(current) > budget) {
      let head = '';
      for (const ch of current) {
        if (measure(head + ch) > budget) break;
        head += ch;
      }
      parts.push(head);
      current = current.slice(head.length);
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}
