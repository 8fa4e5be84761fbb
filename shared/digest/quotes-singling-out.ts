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
