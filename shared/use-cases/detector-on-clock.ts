import type { Clock } from '../ports/clock';

/**
 * The urgency detector reading on the stack's clock: "in 2025 a pallet fell on him" is last year's history on a 2026
 * clock (`reading-year.ts`), whatever this machine's year. Analysis always reads through it with its deps' clock,
 * so no composition root can leave the detector on the machine's year while the intake reads on the stack's.
 */
export const detectorOn =
  (escalation: { detectUrgency: (text: string, clock: Clock) => string[] }, clock: Clock) =>
  (text: string): string[] =>
    escalation.detectUrgency(text, clock);
