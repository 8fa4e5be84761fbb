import { describe, expect, it } from 'vitest';
import { recipientsAt, routeAroundConflicts } from '../../../shared/domain/escalation';
import { configSchema } from '../../../shared/config/schema';
import { exampleConfig } from '../../support/fixtures';

// Attack round 40, F7: a report ticked urgent whose words no rule reads ("Maria is lying under the pallet jack
// screaming", at Plant 2) went to the default sponsor, the CEO, "Topic: Not given", though its site was known.
// With no topic at all, it goes to whoever owns its site (the one owning its safety first), else as before.

const holderOf = (config: typeof exampleConfig, site: string | undefined, aboutManagement = false) => {
  const route = routeAroundConflicts(config, site, [], { aboutManagement });
  return recipientsAt(config, route.sponsorId, route.level, route.reroute?.bypassed).emails;
};

describe('a ticked report with no topic, by its site', () => {
  it('Should go to the site’s manager when a sponsor owns the site', () => {
    expect(holderOf(exampleConfig, 'plant2')).toEqual(['plant2-gm@example.com']);
  });

  it('Should go to the default sponsor, as before, when no sponsor owns the site or no site is given', () => {
    expect(holderOf(exampleConfig, 'hq')).toEqual(['ceo@example.com']);
    expect(holderOf(exampleConfig, 'warehouse')).toEqual(['ceo@example.com']);
    expect(holderOf(exampleConfig, undefined)).toEqual(['ceo@example.com']);
  });

  it('Should go around the site’s own management when the employee says it is about them', () => {
    expect(holderOf(exampleConfig, 'plant2', true)).not.toContain('plant2-gm@example.com');
  });

  it('Should choose, of a site’s sponsors, the one who owns its safety', () => {
    const config = configSchema.parse({
      ...exampleConfig,
      sponsors: [
        { id: 'plant2-hr', name: 'Plant 2 HR', email: 'plant2-hr@example.com', sites: ['plant2'], topics: ['pay'] },
        ...exampleConfig.sponsors,
      ],
    });
    expect(holderOf(config, 'plant2')).toEqual(['plant2-gm@example.com']);
  });
});
