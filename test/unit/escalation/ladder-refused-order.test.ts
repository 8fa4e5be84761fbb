import { describe, expect, it, vi } from 'vitest';
import type { Escalation } from '../../../shared/domain/escalation';
import { sponsorsPastTheChain } from '../../../shared/use-cases/reach-past-refused-chain';
import { ladderRefusedAlarm } from '../../../functions/escalate/ladder-refused-alarm';
import { exampleConfig } from '../../support/fixtures';

/**
 * Attack att42: every address of an urgent case's ladder refused (sponsor, backup, leadership list), and nobody
 * was tried past it. Who is tried then, in order: the sponsors who own its kind of danger (its site's first),
 * then every other sponsor (company-wide first); never one on its ladder, never one the case goes around.
 */
const base: Escalation = {
  id: 'e1',
  reasons: ['urgent-topic'],
  caseKey: 'a'.repeat(64),
  topics: [],
  urgentCategories: ['self-harm'],
  urgent: true,
  redactedText: '…',
  sponsorId: 'ceo',
  level: 2,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'raised',
  notifiedLevel: 1,
  audit: [],
};
const ids = (e: Partial<Escalation>) => sponsorsPastTheChain(exampleConfig, { ...base, ...e }).map((s) => s.id);

describe('who is tried once every address of an urgent case’s ladder is refused', () => {
  it('Should try the company-wide sponsors, then the site’s, for a kind nobody owns (the CEO and the list refused)', () => {
    expect(ids({})).toEqual(['coo', 'chro', 'plant2-gm']);
  });

  it('Should try the owner of the kind first: harassment to the CHRO, before the COO', () => {
    expect(ids({ urgentCategories: ['harassment'] })).toEqual(['chro', 'coo', 'plant2-gm']);
  });

  it('Should try the owner of the kind at its site, and never one on its ladder', () => {
    // Plant 2's GM, then the COO (backup), then the list: the safety owners left are none; then the rest.
    expect(ids({ sponsorId: 'plant2-gm', urgentCategories: ['safety'], site: 'plant2' })).toEqual(['chro', 'ceo']);
    // The COO's ladder: the COO, the CEO, the list: Plant 2's GM owns safety there, before the CHRO.
    expect(ids({ sponsorId: 'coo', urgentCategories: ['safety', 'threat'], site: 'plant2' })).toEqual([
      'plant2-gm',
      'chro',
    ]);
  });

  it('Should try the company-wide leaders before a sponsor of another site: an HQ safety report goes to the CHRO, not Plant 2’s GM (op43)', () => {
    // The COO's ladder (the COO, the CEO, the list) all refused. Plant 2's GM owns safety, but only at Plant 2.
    expect(ids({ sponsorId: 'coo', urgentCategories: ['safety'], topics: ['safety'], site: 'hq' })).toEqual([
      'chro',
      'plant2-gm',
    ]);
    // No site given: nobody's site covers it, so a site's sponsor comes last too.
    expect(ids({ sponsorId: 'coo', urgentCategories: ['safety'] })).toEqual(['chro', 'plant2-gm']);
  });

  it('Should try the company-wide leaders before the site’s own manager who does not own the kind (harassment at Plant 2)', () => {
    // The CHRO's ladder refused: the COO covers every site; Plant 2's GM is the site's line, whom it may be about.
    expect(ids({ sponsorId: 'chro', urgentCategories: ['harassment'], site: 'plant2' })).toEqual(['coo', 'plant2-gm']);
  });

  it('Should still try a sponsor of another site when nobody else is left: nothing urgent waits', () => {
    expect(
      ids({
        sponsorId: 'coo',
        urgentCategories: ['safety'],
        site: 'hq',
        reroute: { reasons: ['named'], bypassed: ['chro'] },
      }),
    ).toEqual(['plant2-gm']);
  });

  it('Should never try a sponsor the case goes around', () => {
    expect(ids({ reroute: { reasons: ['named'], bypassed: ['coo'] } })).toEqual(['chro', 'plant2-gm']);
  });

  it('Should raise the operator’s alarm with an error line, saying whether someone past the ladder was reached', () => {
    const count = vi.fn();
    const error = vi.fn();
    const alarm = ladderRefusedAlarm({ metrics: { count }, logger: { error } as never });
    alarm({ reached: true });
    alarm({ reached: false });
    expect(count).toHaveBeenCalledWith('LadderRefused');
    expect(error.mock.calls[0]![0]).toContain('emailed to another sponsor instead');
    expect(error.mock.calls[1]![0]).toContain('it waits');
  });
});
