import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The urgency eval sets the property tests read: the original, the fresh set and the latest blind sets. */
const EVAL = join(__dirname, '../../eval/urgency');
const SETS = ['', 'fresh', 'blind-10', 'blind-11'];

/** Every urgent row's text of those sets. */
export function urgentEvalTexts(): string[] {
  return SETS.flatMap((set) =>
    readdirSync(join(EVAL, set))
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) =>
        readFileSync(join(EVAL, set, file), 'utf8')
          .split('\n')
          .filter(Boolean),
      )
      .map((line) => JSON.parse(line) as { text: string; escalate: boolean })
      .filter((row) => row.escalate)
      .map((row) => row.text),
  );
}

/** An everyday sentence about the writer's work, in each Latin-script language of the urgency rules, by language. */
export const EVERYDAY_SENTENCE_IN = {
  en: 'I work in the warehouse.',
  es: 'Trabajo en el turno de noche.',
  fr: 'Je travaille ici depuis deux ans.',
  de: 'Ich arbeite in der Buchhaltung.',
  it: 'Sono in ufficio dal lunedì al venerdì.',
  pt: 'Trabalho no turno da noite.',
  pl: 'Pracuję na nocnej zmianie.',
  vi: 'Tôi làm ca đêm.',
  tl: 'Nagtatrabaho ako sa gabi.',
} as const;

/** The everyday sentences of every one of those languages. */
export const EVERYDAY_SENTENCES: string[] = Object.values(EVERYDAY_SENTENCE_IN);
