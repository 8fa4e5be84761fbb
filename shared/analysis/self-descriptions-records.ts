import { recordSentences } from './records-of-the-writer';

/*
 * The writer's own pay run, punch, message to HR or paperwork, with what makes it exact (op42, 2026-12-07): redaction
 * hides the day, the cents and the minutes (redact-records-days-cents-minutes.ts), but "short $212 on a November
 * paycheck" may still be one row in payroll's file, and "I emailed HR in October at 8 am" one message in HR's box. The
 * preview names the sentence, so the writer can say it less exactly (or not at all), and the digest never quotes it
 * (digest/quotes-singling-out.ts). Read on the redacted text: a hidden day or cents ("[ID]") still counts.
 *
 * Named: a pay sentence with cents or a date; a punch or a message with a date or a weekday (the writer's, or with a
 * minute); paperwork with a date. Whoever it names, the writer or someone they write about, one person is found by
 * it; Italian, Polish and Spanish say "I" by the verb alone ("lo stipendio del …", "le mandé un correo …"). Not: "we get paid $17.25 an hour", "the meeting on Nov 28", "payday is the 15th".
 */
export function ownRecords(text: string): string[] {
  const found: string[] = [];
  for (const record of recordSentences(text)) {
    if (record.kind === 'pay' && record.cents.length === 0 && record.days.length === 0) continue;
    found.push(sentenceAsWritten(text.slice(record.start, record.end)));
  }
  return found;
}

/** The sentence trimmed, at most some twenty words. */
export function sentenceAsWritten(sentence: string): string {
  const words = sentence.trim().split(/[ \t]+/u);
  return (words.length > 20 ? words.slice(0, 20).join(' ') : words.join(' ')).replace(/[,;:]$/u, '');
}
