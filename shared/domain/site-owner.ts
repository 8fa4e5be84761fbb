import type { Config, Sponsor } from '../config/schema';

/**
 * Who owns a site, for a report that names the site and nothing else to route it by: the sponsor whose sites
 * include it, the one owning an urgent topic there first (the plant's manager, who owns its safety), else the
 * first listed. A report ticked urgent whose words no rule reads ("Maria is lying under the pallet jack
 * screaming", at Plant 2) went to the default sponsor, the CEO, "Topic: Not given", though its site was known
 * and its manager is the one who can act within minutes (attack round 40, F7). Undefined when no sponsor lists
 * the site: the default sponsor has it, as before.
 */
export function siteOwner(config: Config, site: string | undefined): Sponsor | undefined {
  if (site === undefined) return undefined;
  const ofSite = config.sponsors.filter((s) => s.sites.includes(site));
  const urgent = new Set(config.topics.filter((t) => t.urgent).map((t) => t.id));
  return ofSite.find((s) => s.topics.some((t) => urgent.has(t))) ?? ofSite[0];
}
