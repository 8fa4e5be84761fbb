import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { describeUrgencyRound } from '../../support/urgency-round';
import rows from './urgency-round-11.json';

/*
 * Round 11 (urgency-round-11.json): reports written fresh by someone who knows workplaces, in eleven languages, of the
 * kinds earlier rounds left to the learned model or missed: a partner's violence reaching work, sex demanded under
 * threat to the job, someone drunk or high or sleepless on a machine, two gone into a tank and one not out, a wall or
 * mezzanine coming down, a colleague missing after a threat, a child or a confused resident loose where vehicles move,
 * threats sent by message, punishment for reporting, wages withheld under threat of deportation, fallen or unchecked
 * food about to ship. Each must read urgent alone and inside a calm ramble of some 600 characters, where the model's
 * reading is diluted and only the rules are left: before this round many were read by the model alone, and calm in
 * the ramble. Beside them, look-alikes that must stay calm: a mishap that hurt nobody, an invitation teased with regret
 * ("tu vas le regretter si tu ne viens pas au resto"), a leg broken skiing, a training video, figures of speech. The
 * last 40 urgent and 20 calm rows are the round's second fresh set, kept once its misses were fixed by class.
 */
describeUrgencyRound('urgency round 11', rows);

describe('urgency round 11: totality', { timeout: 120_000 }, () => {
  const words = [
    'nobody hurt',
    'nadie se hizo daño',
    '没人受伤',
    'لم يصب احد',
    "you'll regret it if you miss the barbecue",
    'magsisisi ka kapag hindi ka sumama sa inuman',
    'only one came out',
    'seit ich den Unfall gemeldet habe',
    'fell on the floor',
    'beim Skifahren',
    'złamałem',
    ',',
    '.',
    '\n',
  ];
  it('Should answer every text made of this round’s words and any characters without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 20 }),
        (parts) => {
          const result = detectUrgency(parts.join(' '));
          expect(typeof result.urgent).toBe('boolean');
          expect(result.urgent).toBe(result.categories.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
