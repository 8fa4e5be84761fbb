import { openingIntroductionSpans, selfIntroducedNameSpans } from '../analysis/redact-names-self-introduced';
import { signatureNameSpans } from '../analysis/redact-names-sign-off';
import type { Span } from './name-readings';

/*
 * Where a report's writer gives their own name: "my name is dave okafor", "I'm Sam", "me llamo Dana", "je suis
 * Sam", "ich heiße Lee", "sou o Sam", "thanks, sam", "Saludos, Dana", "- marsh", "Sam here, …", "This is Lee, from
 * nights". A sponsor whose name the writer shares is not who the report is about, and routing around them would
 * tell whoever reads the table which sponsor's name the hidden "[NAME]" was: the writer's own, which narrows who
 * wrote it. The places are the redactor's (`redact-names-self-introduced.ts`, `redact-names-sign-off.ts`): the
 * same cues and closings in every language it reads, with the matcher's spans counted as names there, since the
 * matcher knows a sponsor's name where the word lists do not ("marsh" is a wetland, "sam" Polish for alone).
 */

/** Where the raw text gives its writer's name, among the sponsors' names the matcher found there (`known`). */
export function writerNameSpans(raw: string, known: readonly Span[]): Span[] {
  if (!known.length) return [];
  const isKnown = (start: number, end: number) => known.some((s) => s.start <= start && end <= s.end);
  return [
    ...selfIntroducedNameSpans(raw, isKnown),
    ...signatureNameSpans(raw, isKnown),
    ...openingIntroductionSpans(raw, isKnown),
  ].filter((span) => !possessive(raw, span));
}

/**
 * "I'm Sam Okafor's assistant", "Thanks, Dana's team": a name with a possessive after it, or inside what was
 * read as one, is someone else's, however the sentence opens.
 */
const possessive = (raw: string, { start, end }: Span): boolean =>
  /['’]s(?![\p{L}\p{N}])/u.test(raw.slice(start, end + 2));

/** Whether `span` lies within one of the writer's own names. */
export const withinWriterName = (span: Span, writer: readonly Span[]): boolean =>
  writer.some((w) => w.start <= span.start && span.end <= w.end);
