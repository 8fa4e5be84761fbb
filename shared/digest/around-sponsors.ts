import type { Config } from '../config/schema';
import { type Escalation, routeAroundConflicts } from '../domain/escalation';
import type { VerbatimCandidate } from '../ports/verbatim-candidates';
import type { DigestInput } from './build-digest';

/**
 * A sponsor a report goes around (it names them, or is about the
 * employee's management) sees nothing of it in a digest, not even as a
 * count: none of its comments quoted, none of its cases' responses listed,
 * no legal deadline of it. These read the marks analysis and escalation
 * leave (`VerbatimCandidate.around`, `Escalation.reroute`) and leave out,
 * for a reader, whatever goes around them.
 */

const goesAround = (ids: readonly string[] | undefined, readers: ReadonlySet<string>) =>
  (ids ?? []).some((id) => readers.has(id));

export const candidateFor = (c: VerbatimCandidate, readers: ReadonlySet<string>) => !goesAround(c.around, readers);
export const caseFor = (e: Pick<Escalation, 'reroute'>, readers: ReadonlySet<string>) =>
  !goesAround(e.reroute?.bypassed, readers);

/** The digest's input without anything that goes around any of `readers` (sponsor ids). */
export function inputFor(input: DigestInput, readers: ReadonlySet<string>): DigestInput {
  if (!readers.size) return input;
  return {
    ...input,
    candidates: input.candidates.filter((c) => candidateFor(c, readers)),
    escalations: {
      raised: input.escalations.raised.filter((e) => caseFor(e, readers)),
      responded: input.escalations.responded.filter((e) => caseFor(e, readers)),
      overdueNow: input.escalations.overdueNow.filter((e) => caseFor(e, readers)),
    },
  };
}

/** The sponsors (ids) an address belongs to: whom a reader of the leadership list also is. */
export function sponsorsAt(config: Config, email: string): Set<string> {
  const lower = email.toLowerCase();
  return new Set(config.sponsors.filter((s) => s.email.toLowerCase() === lower).map((s) => s.id));
}

/**
 * Whom a comment offered to the digest's sample goes around, as stored beside its redacted text. One that names
 * a sponsor goes around every sponsor: kept around the one it names, the stored list would tell whoever reads the
 * table which sponsor its hidden "[NAME]" is, for every such comment, escalated or not; around all of them it
 * tells only that the name is some sponsor's, and the comment is still quoted to leadership readers who are no
 * sponsor. One about the employee's management goes around the sponsors it would reach on its site (which its
 * site already says). Undefined when it goes around no one.
 */
export function quoteGoesAround(
  config: Config,
  site: string | undefined,
  topics: string[],
  conflicts: { named: readonly string[]; aboutManagement?: boolean },
): string[] | undefined {
  if (conflicts.named.length) return config.sponsors.map((s) => s.id);
  const around = routeAroundConflicts(config, site, topics, { aboutManagement: conflicts.aboutManagement }).reroute
    ?.bypassed;
  return around?.length ? around : undefined;
}
