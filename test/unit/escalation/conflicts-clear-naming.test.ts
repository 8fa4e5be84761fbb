import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { routeAroundConflicts } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';

// Attacker's report (an operator who reads every stored byte and knows the sponsors' names): a word
// redaction hid as [NAME] could be read back from where the case went. "sam, the quiet one on nights…"
// was routed around the CHRO, Sam Okafor, and its quotes kept "around: chro", so [NAME] was "sam"; "my
// name is dave okafor" told the writer's own name the same way; "the marsh behind the warehouse" went
// around the Plant 2 GM, Lee Marsh. A case now goes around a sponsor only when the report clearly names
// them; a lone first name, surname or everyday word is still hidden, and moves nothing.

const routeOf = (text: string, site?: string) =>
  routeAroundConflicts(exampleConfig, site, ['safety'], { named: sponsorsNamedIn(exampleConfig, text, site) });

describe('whom a case goes around, only when the report clearly names them', () => {
  it.each([
    ['sam, the quiet one on nights, is bullied by his lead', 'sam'],
    ['alex from the night crew harasses the new starters', 'alex'],
    ['tom whitfield never wears his helmet', 'whitfield'],
    ['my name is dave okafor and nobody fixes the rota', 'okafor'],
    ['the marsh behind the warehouse floods the car park', 'marsh'],
    ['Marshy left the guard off the press again', 'Marshy'],
  ])('Should hide the word in "%s" and route the case as if it named no one', (text, word) => {
    for (const site of ['plant2', 'hq', undefined]) {
      expect(routeOf(text, site).reroute).toBeUndefined();
      expect(routeOf(text, site)).toEqual(routeAroundConflicts(exampleConfig, site, ['safety'], {}));
    }
    expect(maskSponsorNames(exampleConfig, text, 'plant2')).not.toContain(word);
  });

  it.each([
    ['Lee Marsh shouts at the night crew', 'plant2-gm'],
    ['lee marsh shouts at the night crew', 'plant2-gm'],
    ['L3e M4rsh shouts at the night crew', 'plant2-gm'],
    ['Ms. Marsh shouts at the night crew', 'plant2-gm'],
    ['Mr Okafor ignored my complaint', 'chro'],
    ['Dana Whitfeild ignored my complaint', 'coo'],
    ['the COO ignored my complaint', 'coo'],
    ['the head of HR ignored my complaint', 'chro'],
    ['Ли Марш кричит на нас', 'plant2-gm'],
    ['リー・マーシュさんが怒鳴る', 'plant2-gm'],
  ])('Should go around the sponsor "%s" clearly names', (text, sponsor) => {
    expect(routeOf(text, 'plant2').reroute?.bypassed).toContain(sponsor);
  });

  it('Should move no case for any lone part of any sponsor’s name among everyday words, and every full name', () => {
    const parts = exampleConfig.sponsors.map((s) =>
      s.name
        .replace(/\(.*\)/, '')
        .trim()
        .split(/\s+/),
    );
    const filler = fc.array(
      fc.constantFrom('the', 'night', 'shift', 'rota', 'is', 'unfair', 'and', 'nobody', 'listens', 'again', 'on'),
      { maxLength: 5 },
    );
    const casing = fc.constantFrom(
      (w: string) => w,
      (w: string) => w.toLowerCase(),
      (w: string) => w.toUpperCase(),
    );
    fc.assert(
      fc.property(
        filler,
        fc.constantFrom(...parts.flat()),
        casing,
        filler,
        fc.constantFrom('plant2', 'hq', 'warehouse', undefined),
        (before, part, cased, after, site) => {
          const text = [...before, cased(part), ...after].join(' ');
          expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(filler, fc.integer({ min: 0, max: parts.length - 1 }), casing, filler, (before, i, cased, after) => {
        const text = [...before, cased(parts[i]!.join(' ')), ...after].join(' ');
        expect(sponsorsNamedIn(exampleConfig, text, 'plant2')).toContain(exampleConfig.sponsors[i]!.id);
      }),
      { numRuns: 100 },
    );
  });
});
