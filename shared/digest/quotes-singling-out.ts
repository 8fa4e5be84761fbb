import type { Escalation } from '../domain/escalation';
import type { VerbatimCandidate } from '../ports/verbatim-candidates';
import { once } from '../runtime/once';

/*
 * Why (op42 F0, 2026-12-07): the k rules count groups, but a quote is one person's words. The weekly digest, which
 * goes to the whole leadership list, quoted "Since I came back from maternity leave in October …", "I'm the only
 * electrician at Plant 2 on weekends …" and "Ich bin die einzige Frau in der Nachtschicht …", each labelled with its
 * site and channel: texts the preview itself warns the writer single them out (`singledOut`), which an SMS or kiosk
 * writer, or one who sent anyway, never reworded. Such a text still counts in every figure; analysis never offers it
 * to the digest's sample, and the digest quotes none from a sample stored before this rule, whatever the channel.
 *
 * The reader of those words (self-descriptions.ts, ~180 KB with its word lists) is loaded on first use: the digest
 * function's entry, which a cold start reads, stays ASCII and small (test/infra/bundles.test.ts).
 */

const reader = once(() => import('../analysis/self-descriptions'));

/** Whether a redacted text holds words that point to one person (the preview's `singledOut`): never quote it. */
export async function singlesSomeoneOut(redactedText: string): Promise<boolean> {
  const { selfDescriptions } = await reader();
  return selfDescriptions(redactedText).length > 0;
}

/** The candidates a digest may quote: those whose words point to no one person (they are counted all the same). */
export async function quotableCandidates(candidates: readonly VerbatimCandidate[]): Promise<VerbatimCandidate[]> {
  if (!candidates.length) return [];
  const { selfDescriptions } = await reader();
  return candidates.filter((c) => selfDescriptions(c.redactedText).length === 0);
}

/*
 * Why (op43 F0b, 2026-12-07): "You said, we did" printed a sponsor's published response as written, to the whole
 * leadership list: "Thanks to the only electrician on nights at HQ, the tall guy with the neck tattoo, who flagged
 * this" names the reporter as surely as their own words would. A response whose words point to one person is not
 * printed; the case still counts as responded.
 */
/** The week's responded cases, with no published response whose words point to one person. */
export async function publishableResponses(responded: readonly Escalation[]): Promise<Escalation[]> {
  if (!responded.some((e) => e.response)) return [...responded];
  const { selfDescriptions } = await reader();
  return responded.map((e) => {
    if (!e.response || selfDescriptions(e.response).length === 0) return e;
    const { response: _pointing, ...rest } = e;
    return rest;
  });
}
