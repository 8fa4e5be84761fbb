import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { urgentEvalTexts } from '../../support/urgency-eval-rows';

// Promise 1, nothing urgent is lost: words put around an urgent report never make it calm. "Los baños de la
// sede llevan una semana sin agua y huele fatal." was urgent, and calm with "Bonjour." before it or "Merci.",
// "por favor" or an emoji after it: the learned model's reading of the whole was diluted by words that say
// nothing (urgency/model/windows.ts). The reports are the eval sets' urgent rows; what is added comes from a
// list of greetings, sign-offs, appeals, emoji and everyday sentences in other languages, none of which denies
// or clears a hazard ("false alarm, it's fixed now" may rightly calm a report, and is read by its own rules).

const CALM = [
  // Greetings and sign-offs.
  'Bonjour.',
  'Hola, buenos días.',
  'Hi team,',
  'Guten Tag.',
  'Ciao a tutti.',
  'Merci.',
  'Gracias.',
  'Thanks in advance.',
  'Best regards',
  'Vielen Dank.',
  'Grazie mille.',
  'Obrigado.',
  'Dziękuję.',
  'Cảm ơn.',
  'Salamat po.',
  'شكرا',
  '谢谢。',
  'Bonne journée.',
  'Un saludo.',
  // Appeals.
  "c'est urgent",
  "c'est urgemment, svp",
  'por favor',
  'please help',
  'svp',
  'bitte',
  'Es urgente.',
  // Emoji.
  '😢',
  '🙏🙏',
  '⚠️',
  // Everyday sentences in another language than most reports.
  'I work in the warehouse.',
  'Trabajo en el turno de noche.',
  'Je travaille ici depuis deux ans.',
  'Ich arbeite in der Buchhaltung.',
  'Sono in ufficio dal lunedì al venerdì.',
];

const endsSentence = (text: string): boolean => /[.!?。！？\p{Extended_Pictographic}]\s*$/u.test(text);

describe('urgency: words added to an urgent report', { timeout: 60_000 }, () => {
  it('Should never read an urgent report as calm for a greeting, sign-off, appeal, emoji, other language or repeat', () => {
    const reports = urgentEvalTexts();
    fc.assert(
      fc.property(
        fc.constantFrom(...reports),
        fc.constantFrom(...CALM),
        fc.constantFrom('after', 'before', 'repeat'),
        fc.constantFrom(' ', '\n', ', '),
        (report, calm, where, joint) => {
          if (!detectUrgency(report).urgent) return;
          const text =
            where === 'repeat'
              ? `${report} ${report}`
              : where === 'after'
                ? `${report}${endsSentence(report) && joint !== ', ' ? joint : `${joint.trim() || '.'} `}${calm}`
                : `${calm}${endsSentence(calm) || calm.endsWith(',') ? ' ' : joint === '\n' ? '\n' : ', '}${report}`;
          expect(detectUrgency(text).urgent, text).toBe(true);
        },
      ),
      { seed: 2026, numRuns: 300 },
    );
  });

  // The other side (commit 405ba1c's false alarms): words left off are dilution only when they say nothing. A
  // stretch read alone once calm words around it are dropped ("Too much overtime this month," before "I'm tired and
  // miss my kids") is no report; courtesy the model reads as calm ("Cảm ơn.", "c'est urgemment, svp") still is.
  it.each([
    "Too much overtime this month, I'm tired and miss my kids",
    "Long shifts lately, I'm tired and miss my kids",
  ])('Should not read a stretch alone when the words left off say something calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'Los baños de la sede llevan una semana sin agua y huele fatal. Cảm ơn.',
    "主管让我们把过期的肉换上新标签，送去学校食堂. c'est urgemment, svp",
  ])('Should read a report with courtesy around it whatever the model makes of the courtesy: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
