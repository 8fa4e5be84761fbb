import type { Sponsor } from '../config/schema';
import type { Breakdown, Digest } from './model';

/** Which sites and topics a sponsor's variant keeps; everything, for leadership. */
export function scopeOf(sponsor: Sponsor | undefined) {
  return {
    site: (id: string) => !sponsor || sponsor.sites.length === 0 || sponsor.sites.includes(id),
    topic: (id: string) => !sponsor || sponsor.topics.length === 0 || sponsor.topics.includes(id),
  };
}

export type Scope = ReturnType<typeof scopeOf>;

/**
 * A sponsor's own part of the week, added up from the rows of their sites
 * (or topics) that the tables show: never a figure the leadership digest
 * does not already give, so it cannot be set against it to find a small group.
 */
export function scopeFigure(sponsor: Sponsor, sites: Breakdown, topics: Breakdown): Digest['headline']['scope'] {
  const measure = sponsor.sites.length ? 'sites' : sponsor.topics.length ? 'topics' : undefined;
  if (!measure) return undefined;
  const rows = (measure === 'sites' ? sites : topics).rows;
  return { measure, count: rows.length ? rows.reduce((sum, r) => sum + r.count, 0) : undefined };
}
