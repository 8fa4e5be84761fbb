import { describe, expect, it } from 'vitest';
import { sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { routeAroundConflicts } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';

/*
 * Attack round 22: a report sent from Headquarters about the Plant 2 GM went to the Plant 2 GM when it named the
 * plant the way people write it ("P2's GM", "plnt-2") or named the GM
 * by first name and job together ("Lee the GM"). A first name or a job alone off the sponsor's site stays nobody's.
 */

const HQ = 'hq';

describe('the Plant 2 GM named from another site', () => {
  it.each([
    "P2's GM keeps the fire exit chained.",
    'the gm at p-2 keeps the fire exit chained',
    'The PLNT2 GM keeps the fire exit chained.',
    'Lee the GM keeps the fire exit chained.',
    'Lee keeps the fire exit chained and the GM knows it, because he is the GM.',
  ])('Should go around the Plant 2 GM: "%s"', (text) => {
    const named = sponsorsNamedIn(exampleConfig, text, HQ);
    expect(named).toContain('plant2-gm');
    expect(routeAroundConflicts(exampleConfig, 'plant2', ['safety'], { named }).sponsorId).not.toBe('plant2-gm');
  });

  it.each(['the chief exec shouts at the cleaners', 'The Chief Exec shouts at the cleaners'])(
    'Should go around the CEO: "%s"',
    (text) => {
      expect(sponsorsNamedIn(exampleConfig, text, HQ)).toContain('ceo');
    },
  );

  it.each([
    'The GM keeps the fire exit chained.',
    'Lee keeps the fire exit chained.',
    'The plant in reception is dying and nobody waters it.',
    'Lee in 2nd shift keeps the fire exit chained.',
    // One site of each kind is no reason to read "the plant" as Plant 2: the company may have plants not set up here.
    'The plant manager keeps the fire exit chained.',
  ])('Should name no sponsor from Headquarters: "%s"', (text) => {
    expect(sponsorsNamedIn(exampleConfig, text, HQ)).toEqual([]);
  });
});
