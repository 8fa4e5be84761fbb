import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { LEADERSHIP, recipientsAt, routeAroundConflicts } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';

// The example config: Dana Whitfield (COO, company-wide, backup CEO), Sam
// Okafor (CHRO), Lee Marsh (Plant 2 GM, backup COO), Alex Romero (CEO, default).
const named = (text: string, site?: string) => sponsorsNamedIn(exampleConfig, text, site);

describe('which sponsors a report names, read before redaction', () => {
  it.each([
    ['Dana Whitfield ignored the spill', 'coo'],
    ['WHITFIELD ignored the spill', 'coo'],
    ['whitfield’s office knew about it', 'coo'],
    ['Whitfeild knew about it', 'coo'], // a one-letter slip in a long surname
    ['W h i t f i e l d knew about it', 'coo'],
    ['Wh1tf1eld knew about it', 'coo'],
    ['the COO knew about it', 'coo'],
    ['Okafor said to drop it', 'chro'],
    ['Ókáfor said to drop it', 'chro'],
    ['Mr. Romero yelled at us', 'ceo'],
    ['Marsh keeps the exit locked', 'plant2-gm'],
    ['the Plant 2 GM keeps the exit locked', 'plant2-gm'],
  ])('Should find the sponsor named in "%s"', (text, id) => {
    expect(named(text, 'hq')).toContain(id);
  });

  it('Should count a first name alone only with a site of theirs: the case’s own, one the text names, or any for a company-wide sponsor', () => {
    expect(named('Lee keeps the exit locked', 'plant2')).toContain('plant2-gm');
    expect(named('Lee at Plant 2 keeps the exit locked', 'hq')).toContain('plant2-gm');
    expect(named('Lee keeps the exit locked', 'hq')).not.toContain('plant2-gm');
    expect(named('Dana yelled at the team', 'warehouse')).toContain('coo');
  });

  it('Should not find a name inside another word, nor anyone in ordinary feedback', () => {
    expect(named('The marshmallows in the vending machine are stale', 'plant2')).toEqual([]);
    expect(named('Sleek new lockers, thanks', 'plant2')).toEqual([]);
    expect(named('The canteen coffee is fine', 'hq')).toEqual([]);
  });

  it('Should read aliases from the config too', () => {
    const config = configSchema.parse({
      ...exampleConfig,
      sponsors: exampleConfig.sponsors.map((s) => (s.id === 'ceo' ? { ...s, aliases: ['the big boss'] } : s)),
    });
    expect(sponsorsNamedIn(config, 'The big boss laughed it off', 'hq')).toContain('ceo');
  });

  it('Should answer for any text whatever, with known sponsor ids only', () => {
    const ids = new Set(exampleConfig.sponsors.map((s) => s.id));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400, unit: 'grapheme' }),
        fc.constantFrom(undefined, 'hq', 'plant2', 'nowhere'),
        (text, site) => {
          for (const id of named(text, site)) expect(ids.has(id)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('routing around conflicts', () => {
  it('Should send a case that names its sponsor to their backup, recording it for leadership', () => {
    const route = routeAroundConflicts(exampleConfig, 'plant2', ['safety'], { named: ['plant2-gm'] });
    expect(route).toEqual({ sponsorId: 'coo', level: 0, reroute: { reasons: ['named'], bypassed: ['plant2-gm'] } });
  });

  it('Should go to the leadership list when every backup is named, and leave named sponsors off it', () => {
    const route = routeAroundConflicts(exampleConfig, 'plant2', ['safety'], { named: ['plant2-gm', 'coo', 'ceo'] });
    expect(route.sponsorId).toBe(LEADERSHIP);
    expect(route.level).toBe(2);
    const config = configSchema.parse({
      ...exampleConfig,
      digest: { ...exampleConfig.digest, recipients: ['coo@example.com', 'board@example.com'] },
    });
    expect(recipientsAt(config, LEADERSHIP, 2, ['coo']).emails).toEqual(['board@example.com']);
  });

  it('Should never climb to a named sponsor: the backup of a backup that is named is skipped', () => {
    // Routed to the COO; the report names the CEO, the COO's backup.
    const route = routeAroundConflicts(exampleConfig, 'hq', ['facilities'], { named: ['ceo'] });
    expect(route.sponsorId).toBe('coo');
    expect(recipientsAt(exampleConfig, 'coo', 1, route.reroute!.bypassed).emails).not.toContain('ceo@example.com');
  });

  it('Should send "about my management" around the sponsor it would reach and the site’s own sponsors', () => {
    const route = routeAroundConflicts(exampleConfig, 'plant2', ['scheduling'], { aboutManagement: true });
    expect(route.sponsorId).toBe('coo');
    expect(route.reroute).toEqual({ reasons: ['management'], bypassed: ['plant2-gm'] });
  });

  it('Should never hand any case to a sponsor it must go around, whatever is named', () => {
    const ids = exampleConfig.sponsors.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.boolean(),
        fc.constantFrom(undefined, 'hq', 'plant2', 'warehouse'),
        fc.subarray(exampleConfig.topics.map((t) => t.id)),
        fc.integer({ min: 0, max: 2 }),
        (namedIds, aboutManagement, site, topics, level) => {
          const route = routeAroundConflicts(exampleConfig, site, topics, { named: namedIds, aboutManagement });
          const bypassed = route.reroute?.bypassed ?? [];
          for (const id of namedIds) expect(bypassed).toContain(id);
          expect(bypassed).not.toContain(route.sponsorId);
          const barred = exampleConfig.sponsors.filter((s) => bypassed.includes(s.id)).map((s) => s.email);
          for (const email of recipientsAt(exampleConfig, route.sponsorId, Math.max(route.level, level), bypassed)
            .emails)
            expect(barred).not.toContain(email);
        },
      ),
      { numRuns: 300 },
    );
  });
});
