import { ownDaySentences } from './own-days-of-the-writer';
import { sentenceAsWritten } from './self-descriptions-records';

/*
 * The writer's injury, a sick or family leave, or a child's birth, told with its day (op46a, 2026-12-07): redaction
 * hides the day (redact-own-days.ts), but "I hurt my back on October [ID] lifting boxes in aisle 4" may still be one
 * row of HR's incident log, and "na L4 od [ID] do [ID]" one sick note. The preview names the sentence, so the writer
 * can say it less exactly. Read on the redacted text: a hidden day ("[ID]") still counts. A hire date, its year kept,
 * is a tenure many share and is named nowhere, in any language; nor is a coworker's injury (op48a): its day is hidden,
 * and the sentence is not the writer's own.
 */
export function ownDays(text: string): string[] {
  return ownDaySentences(text)
    .filter(({ kind }) => kind !== 'hire' && kind !== 'injury-other')
    .map(({ start, end }) => sentenceAsWritten(text.slice(start, end)));
}
