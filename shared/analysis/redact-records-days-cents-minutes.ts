import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { recordSentences } from './records-of-the-writer';

/*
 * What makes a row of the employer's own records one person's (op42, 2026-12-07; records-of-the-writer.ts reads where):
 * a pay run's amount to the cent, a punch's or a message's minute, the day of a pay run, a punch, a message to HR or a
 * doctor's note. The day, the cents and the minutes are hidden; the month, the whole amount and the hour stay, so
 * the reader still learns what is wrong: "My paycheck on [ID] was short $212.[ID]", "I left at 10:[ID]pm on Nov
 * [ID]", "Mi doctor me dio una nota el [ID] de noviembre por mi embarazo". As a hire date keeps its year, a tenure
 * many share, these keep what many share: the month, the hour, the amount in whole units. A date in figures is hidden
 * whole, less its year (which part is the day depends on where the writer is from). A quarter-hour time is a
 * schedule's ("shift starts at 6:00") and stays. The preview's warning names the sentence besides
 * (self-descriptions-records.ts): a whole amount can still point to one pay run.
 */
export const maskRecordDaysCentsMinutes: Rule = (text) => {
  const records = recordSentences(text);
  if (records.length === 0) return text;
  let out = text;
  for (const record of records)
    for (const { start, end } of [...record.days, ...record.cents, ...record.minutes, ...record.weekdays])
      if (!/[\uE000-\uE006]/u.test(out.slice(start, end)))
        out = out.slice(0, start) + mask('ID', end - start) + out.slice(end);
  return out;
};
