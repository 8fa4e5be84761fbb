import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksForUrgency } from '../../../shared/analysis/asks-for-urgency';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { caseEscalation } from '../../../shared/use-cases/escalate-if-needed';
import { exampleConfig } from '../../support/fixtures';

const APPEALS = [
  "It's urgent.",
  'This is really urgent, please.',
  'Es urgente.',
  'es muy urgente por favor',
  "C'est urgent !",
  'c’est très urgent svp',
  'É urgente.',
  'È urgente.',
  'Es ist dringend.',
  'Please fix it urgently.',
  'Es una urgencia.',
  'É UMA URGÊNCIA!',
  'PLEASE FIX IT URGENTLY',
  'THIS IS AN EMERGENCY',
  'ES IST SEHR DRINGEND',
];
const NOT_APPEALS = [
  'No es urgente, pero el café está frío.',
  "Ce n'est pas urgent mais la machine à café fuit.",
  'Nothing urgent, just the vending machine.',
  'This is not urgent.',
  'I had to go to urgent care after the shift.',
  "La sortie d'urgence est bloquée.",
  "Rien d'urgent, juste une idée.",
  'Nicht dringend, nur eine Idee.',
  'Non-urgent: the coffee is cold.',
];

const message = (text: string): AnalysisMessage => ({
  id: '00000000-0000-4000-8000-00000000000b',
  caseKey: 'b'.repeat(64),
  channel: 'web',
  week: '2026-W48',
  escalate: false,
  text,
});

describe('an employee asking in words for urgency', () => {
  it.each(APPEALS)('Should count "%s" as asking, like the checkbox', (appeal) => {
    expect(asksForUrgency(appeal)).toBe(true);
    const text = `The microwave in the break room has been broken for a week. ${appeal}`;
    const escalation = caseEscalation(exampleConfig, {
      message: message(text),
      sentiment: 'NEGATIVE',
      topics: [],
      redactedText: text,
      urgentCategories: [],
    });
    expect(escalation?.reasons).toContain('requested');
  });

  it.each(NOT_APPEALS)('Should not count "%s" as asking', (text) => {
    expect(asksForUrgency(text)).toBe(false);
    expect(
      caseEscalation(exampleConfig, {
        message: message(text),
        sentiment: 'NEUTRAL',
        topics: [],
        redactedText: text,
        urgentCategories: [],
      }),
    ).toBeUndefined();
  });

  it('Should never read a report as less urgent for an appeal added to it', () => {
    const reports = [
      'Los baños de la sede llevan una semana sin agua y huele fatal.',
      'Les toilettes du siège sont sans eau depuis une semaine et ça sent très mauvais.',
      'The emergency exit by bay 3 is blocked with pallets again.',
      'La salida de emergencia del almacén está bloqueada con palés otra vez.',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...reports),
        fc.constantFrom(...APPEALS),
        fc.constantFrom(' ', ', ', '. '),
        (report, appeal, joint) => {
          if (!detectUrgency(report).urgent) return;
          const appended = `${report.replace(/[.]$/, '')}${joint}${appeal.charAt(0).toLowerCase()}${appeal.slice(1)}`;
          expect(detectUrgency(appended).urgent, appended).toBe(true);
          expect(detectUrgency(`${report} ${appeal}`).urgent).toBe(true);
        },
      ),
      { seed: 15, numRuns: 60 },
    );
  });
});
