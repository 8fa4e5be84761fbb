import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { readsUrgent } from '../../../shared/use-cases/reads-urgent';
import { exampleConfig } from '../../support/fixtures';
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
const BEFORE =
  'Hi, just a few thoughts from the late shift this week. The new rota is mostly fine and the canteen coffee has improved, thanks to whoever sorted the machine. Parking is still tight on Mondays and the lockers by the side door stick a bit. ';
const AFTER =
  ' Anyway, the team has been good and the new starters are settling in well. It would be nice to have the quarterly meeting earlier in the day, and maybe more vegetarian options on Fridays. Also the printer on the first floor jams a lot and the blinds in the meeting room are broken. The new hand dryers in the toilets are much better, and the plants in reception look nice. That is all for now, thanks for reading and have a good weekend.';
const buried = (text: string) => `${BEFORE}${text}.${AFTER}`;

const urgent = rows.urgent as [string, string][];
const calm = rows.calm as [string, string][];
const named = (list: [string, string][]) => list.map(([language, text]) => [`${language}: ${text}`, text] as const);

// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency round 11: fresh urgent reports', { timeout: 120_000 }, () => {
  it('Should bury each report in a calm ramble of at least 600 characters that the web form still takes', () => {
    expect(BEFORE.length + AFTER.length).toBeGreaterThanOrEqual(600);
    for (const [, text] of urgent) expect([...buried(text)].length).toBeLessThanOrEqual(MAX_TEXT_CHARACTERS);
  });

  it.each(named(urgent))('Should read %s as urgent alone', (_, text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(named(urgent))('Should read %s as urgent inside a calm ramble', (_, text) => {
    expect(detectUrgency(buried(text)).urgent).toBe(true);
  });

  it.each(named(urgent))(
    'Should take %s in the urgent lane past a spent budget, inside a calm ramble',
    async (_, text) => {
      expect(await readsUrgent(exampleConfig.topics, { escalate: false, text: buried(text) })).toBe(true);
    },
  );
});

describe('urgency round 11: calm look-alikes', { timeout: 120_000 }, () => {
  it.each(named(calm))('Should read %s as calm', (_, text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each(named(calm))('Should not take %s in the urgent lane past a spent budget', async (_, text) => {
    expect(await readsUrgent(exampleConfig.topics, { escalate: false, text })).toBe(false);
  });

  it.each([
    // What follows "nobody hurt" is still read; so is a mishap whose danger remains.
    'boxes fell off the pallet, nobody hurt, but the racking is leaning into the walkway and the exit is blocked',
    'a pallet fell off the top rack, nobody hurt yet, it keeps happening',
    'he shoved me into the cage, nobody was hurt but I am scared to come in',
    // An invitation that names no outing is no invitation.
    "you'll regret it if you don't drop the complaint, I'll be waiting in the car park after work",
    'tu vas le regretter si tu ne retires pas ta plainte, je t’attends au parking',
    // An injury off work is history; one at work is not.
    'mein Sohn arbeitet hier und hat sich an der Maschine den Arm gebrochen',
    'złamałem rękę na wózku widłowym w magazynie',
  ])('Should still read %j as urgent: the calm reading reaches no further than it says', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

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
