import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { ownDaySentences } from './own-days-of-the-writer';

/*
 * The day of the writer's own injury, the first and last day of a sick or family leave, a child's birth day and a hire
 * day in pt pl tl vi uk (op46a, 2026-12-07; own-days-of-the-writer.ts reads where): HR's incident log, workers' comp,
 * the sick note and the personnel file each hold it for one person. As other records' days are
 * (redact-records-days-cents-minutes.ts), an injury's and a leave's day is hidden and its month stays ("I hurt my back
 * on October [ID]", "congé maladie du [ID] au [ID] octobre"); a birth is hidden whole, as a birthday is; a hire keeps
 * its year, a tenure many share ("zatrudniono mnie [ID] 2017"). The preview names the first three besides
 * (self-descriptions-own-days.ts). What another rule hid already stays as it was hidden.
 */
export const maskOwnDays: Rule = (text) => {
  const sentences = ownDaySentences(text);
  if (sentences.length === 0) return text;
  // Spans may overlap ("11/3 - 11/17": a range's end and the date it is part of): each is hidden whole, where no other
  // rule hid a part of it (op48a).
  const spans = sentences.flatMap(({ hide }) => hide).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = text;
  for (const { start, end } of merged)
    if (!/[\uE000-\uE003\uE005\uE006]/u.test(out.slice(start, end)))
      out =
        out.slice(0, start) +
        out.slice(start, end).replace(/[^\uE004]+/gu, (part) => mask('ID', part.length)) +
        out.slice(end);
  return out;
};
