import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../shared/analysis/urgency';
import { MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';
import { readsUrgent } from '../../shared/use-cases/reads-urgent';
import { exampleConfig } from './fixtures';
import { systemClock } from '../../shared/ports/clock';

/** What an urgency round holds: `[language, text]` rows that must read urgent, and look-alikes that must stay calm. */
export interface UrgencyRoundRows {
  urgent: readonly (readonly string[])[];
  calm: readonly (readonly string[])[];
}

// A calm ramble of some 600 characters around a report, where the learned model's reading is diluted and only the
// rules are left: a report the model alone reads is calm here.
const BEFORE =
  'Hi, just a few thoughts from the late shift this week. The new rota is mostly fine and the canteen coffee has improved, thanks to whoever sorted the machine. Parking is still tight on Mondays and the lockers by the side door stick a bit. ';
const AFTER =
  ' Anyway, the team has been good and the new starters are settling in well. It would be nice to have the quarterly meeting earlier in the day, and maybe more vegetarian options on Fridays. Also the printer on the first floor jams a lot and the blinds in the meeting room are broken. The new hand dryers in the toilets are much better, and the plants in reception look nice. That is all for now, thanks for reading and have a good weekend.';

/** `text` inside the calm ramble. */
export const buried = (text: string) => `${BEFORE}${text}.${AFTER}`;

const named = (list: UrgencyRoundRows['urgent']) =>
  list.map(([language, text = '']) => [`${language}: ${text}`, text] as const);

/**
 * The tests every fresh round of urgency reports gets: each urgent row reads urgent alone, inside the calm ramble,
 * and takes the urgent lane past a spent budget inside it; each calm row reads calm and takes no urgent lane.
 */
export function describeUrgencyRound(round: string, rows: UrgencyRoundRows): void {
  // The first text compiles the detector's expressions, which takes seconds on a loaded machine.
  describe(`${round}: fresh urgent reports`, { timeout: 120_000 }, () => {
    it('Should bury each report in a calm ramble of at least 600 characters that the web form still takes', () => {
      expect(BEFORE.length + AFTER.length).toBeGreaterThanOrEqual(600);
      for (const [, text = ''] of rows.urgent)
        expect([...buried(text)].length).toBeLessThanOrEqual(MAX_TEXT_CHARACTERS);
    });

    it.each(named(rows.urgent))('Should read %s as urgent alone', (_, text) => {
      expect(detectUrgency(text).urgent).toBe(true);
    });

    it.each(named(rows.urgent))('Should read %s as urgent inside a calm ramble', (_, text) => {
      expect(detectUrgency(buried(text)).urgent).toBe(true);
    });

    it.each(named(rows.urgent))(
      'Should take %s in the urgent lane past a spent budget, inside a calm ramble',
      async (_, text) => {
        expect(
          await readsUrgent(exampleConfig.topics, { escalate: false, text: buried(text) }, undefined, systemClock),
        ).toBe(true);
      },
    );
  });

  describe(`${round}: calm look-alikes`, { timeout: 120_000 }, () => {
    it.each(named(rows.calm))('Should read %s as calm', (_, text) => {
      expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
    });

    it.each(named(rows.calm))('Should not take %s in the urgent lane past a spent budget', async (_, text) => {
      expect(await readsUrgent(exampleConfig.topics, { escalate: false, text }, undefined, systemClock)).toBe(false);
    });
  });
}
