/**
 * What a reader of Spanish or French notices when a date is put into a
 * sentence wrongly: "antes de martes, 1 de diciembre", "hacia lunes 30…",
 * "vers lundi", "avant mardi 1 décembre à 03 h". Each function returns the
 * faults it finds in a text, quoted with a little of what surrounds them, so
 * a failing test shows the sentence as the reader would see it.
 */

const ES_WEEKDAY = '(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)';
const ES_MONTH =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const FR_WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const FR_MONTH = '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';

/** Where a date may stand with no preposition of its own: the start of a text, a line or a value, or after a colon. */
const STANDS_ALONE = String.raw`(?:^|\n|: |\()`;

function faults(text: string, pattern: RegExp, ok: (before: string, match: RegExpMatchArray) => boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(0, m.index);
    if (!ok(before, m)) out.push(`…${text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 20)}…`);
  }
  return out;
}

/**
 * Spanish: "el martes 1 de diciembre de 2026" (no comma after the weekday,
 * "el" or "del" before it), and the hour with its article after "a" or
 * "hacia": "a la 1 h", "hacia las 19:30".
 */
export function spanishDateFaults(text: string): string[] {
  return [
    ...faults(text, new RegExp(String.raw`(?<!\p{L})${ES_WEEKDAY}(?!\p{L})`, 'giu'), (before) =>
      new RegExp(String.raw`(?:(?<!\p{L})(?:el|del) |${STANDS_ALONE})$`, 'iu').test(before),
    ),
    ...faults(text, new RegExp(String.raw`(?<!\p{L})${ES_WEEKDAY}(?!\p{L}).{0,40}`, 'giu'), (_, m) =>
      new RegExp(String.raw`^${ES_WEEKDAY} \d{1,2} de ${ES_MONTH} de \d{4}`, 'iu').test(m[0]),
    ),
    // A time of day: "3 h", "19:30" (the figures of a date are followed by "de").
    ...faults(text, /(?<![\d:])(\d{1,2})(?: h(?!\p{L})|:\d\d)/gu, (before, m) => {
      const article = Number(m[1]) === 1 ? 'la' : 'las';
      return !m[1]!.startsWith('0') || m[1] === '0'
        ? new RegExp(String.raw`(?<!\p{L})(?:a|hacia) ${article} $`, 'iu').test(before)
        : false;
    }),
  ];
}

/**
 * French: "le mardi 1er décembre 2026" ("le", "au" or "du" before the weekday,
 * "1er" for the first), and the hour after "à" or "vers": "à 3 h",
 * "vers 19 h 30".
 */
export function frenchDateFaults(text: string): string[] {
  return [
    ...faults(text, new RegExp(String.raw`(?<!\p{L})${FR_WEEKDAY}(?!\p{L})`, 'giu'), (before) =>
      new RegExp(String.raw`(?:(?<!\p{L})(?:le|au|du) |${STANDS_ALONE})$`, 'iu').test(before),
    ),
    ...faults(text, new RegExp(String.raw`(?<!\p{L})${FR_WEEKDAY}(?!\p{L}).{0,40}`, 'giu'), (_, m) =>
      new RegExp(String.raw`^${FR_WEEKDAY} (?:1er|[2-9]|[12]\d|3[01]) ${FR_MONTH} \d{4}`, 'iu').test(m[0]),
    ),
    ...faults(
      text,
      /(?<![\d:])(\d{1,2}) h(?: \d\d)?(?!\p{L})/gu,
      (before, m) =>
        // "3 h", never "03 h".
        (m[1] === '0' || !m[1]!.startsWith('0')) && /(?<!\p{L})(?:à|vers) $/iu.test(before),
    ),
  ];
}

/** The faults of `text` in `language` (none are looked for in English, whose dates `Intl` writes whole). */
export function dateFaults(language: string, text: string): string[] {
  if (language === 'es') return spanishDateFaults(text);
  if (language === 'fr') return frenchDateFaults(text);
  return [];
}

/** A page's words with each block (a term, a value, a list item, a paragraph) on its own line, as a reader meets them. */
export function linesOf(page: string): string {
  return page
    .replace(/<(?:script|style)[\s\S]*?<\/(?:script|style)>/g, '\n')
    .replace(/<\/?(?:dt|dd|li|p|h\d|div|td|th|title|ol|ul|dl|br|option|label|legend)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]*\n[\s]*/g, '\n');
}
