import { describe, expect, it } from 'vitest';
import { deskCasePage } from '../../../functions/intake/pages/desk-case';
import type { Config } from '../../../shared/config/schema';
import { handOverDestination, LEADERSHIP_LEVEL } from '../../../shared/domain/case-desk';
import { recipientsAt, type Escalation } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

// Issue 14, attack on the hand-over menu: whom a case goes around must not
// change what its holder is offered, or the menu tells them whom it names.

const NOW = new Date('2026-11-18T15:30:00Z');

/** Every subset of `ids`. */
function subsets(ids: readonly string[]): string[][] {
  const all: string[][] = [[]];
  for (const id of ids) for (const s of all.slice()) all.push([...s, id]);
  return all;
}

/** The hand-over choices of the case page its holder reads (the page's one form holds every action). */
async function menuFor(config: Config, e: Escalation): Promise<string> {
  const holder = recipientsAt(config, e.sponsorId, e.level, e.reroute?.bypassed).holder;
  const sponsor = config.sponsors.find((s) => s.id === holder)!;
  const page = String(await deskCasePage(config, sponsor, 'desk-token', e, [], NOW));
  return page.match(/<fieldset[\s>][\s\S]*?<\/fieldset>/)?.[0] ?? '';
}

/** A config where the Plant 2 manager has no backup of their own and the default sponsor stands in. */
const withoutBackup: Config = {
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, backup: undefined } : s)),
};

describe('the hand-over menu', () => {
  for (const [label, config] of [
    ['the example config', exampleConfig],
    ['a sponsor without a backup', withoutBackup],
  ] as const) {
    it(`Should read the same whomever the case goes around (${label})`, async () => {
      for (const holder of config.sponsors) {
        for (const level of [0, 1]) {
          const plain = raisedEscalation({ id: 'case:plain', sponsorId: holder.id, level, site: 'plant2' });
          const reading = recipientsAt(config, holder.id, level).holder;
          if (!config.sponsors.some((s) => s.id === reading)) continue; // held by the leadership list: nothing to hand over to
          const expected = await menuFor(config, plain);
          expect(expected, `${holder.id} at level ${level}`).toContain('name="to"');
          const others = config.sponsors.map((s) => s.id).filter((id) => id !== reading);
          for (const bypassed of subsets(others).filter((b) => b.length)) {
            const around = { ...plain, id: 'case:around', reroute: { reasons: ['named' as const], bypassed } };
            // Only cases that still reach this holder: one that goes around them is not theirs to hand over.
            if (recipientsAt(config, holder.id, level, bypassed).holder !== reading) continue;
            expect(await menuFor(config, around), `${holder.id} at level ${level}, around ${bypassed}`).toBe(expected);
          }
        }
      }
    });
  }

  it('Should send a case to the leadership list when the person chosen is one it goes around, else to whom was chosen', () => {
    const plain = raisedEscalation({ sponsorId: 'plant2-gm', level: 0, site: 'plant2' });
    expect(handOverDestination(exampleConfig, plain, 1)).toEqual({ level: 1 });
    const aroundCoo = { ...plain, reroute: { reasons: ['named' as const], bypassed: ['coo'] } };
    expect(handOverDestination(exampleConfig, aroundCoo, 1)).toEqual({
      level: LEADERSHIP_LEVEL,
      around: 'Dana Whitfield (COO)',
    });
    expect(handOverDestination(exampleConfig, aroundCoo, LEADERSHIP_LEVEL)).toEqual({ level: LEADERSHIP_LEVEL });
    // Going around someone else changes nothing.
    const aroundCeo = { ...plain, reroute: { reasons: ['named' as const], bypassed: ['ceo'] } };
    expect(handOverDestination(exampleConfig, aroundCeo, 1)).toEqual({ level: 1 });
  });
});
