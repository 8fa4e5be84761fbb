import type { NameFinder } from '../analysis/redact';
import { redaction } from '../analysis/redaction-on-demand';
import { selfDescriptions } from '../analysis/self-descriptions';
import type { Config } from '../config/schema';
import { conflictMatching } from '../domain/conflicts-on-demand';
import { feedbackTextSchema } from '../domain/feedback';

/** One thing redaction will change: what was written, and what it becomes. */
export interface RedactionChange {
  /** The words as redaction reads them (normalised: fullwidth letters and invisible characters are gone). */
  original: string;
  /** `[NAME]`, `[PHONE]`, ... */
  replacement: string;
}

export interface RedactionPreview {
  /** The text exactly as it would be stored and shown to anyone who reads it. */
  redactedText: string;
  /** Each distinct change once, in the order it first appears. */
  changes: RedactionChange[];
  /**
   * Words redaction keeps that may still single the writer out ("the only woman in the maintenance team"), or a
   * post one person holds, the writer's or someone else's ("the payroll manager at Site 2"), as they will be read:
   * the preview names them so the writer can reword them before sending (self-descriptions.ts).
   */
  singledOut: string[];
}

/**
 * What redaction will change in a text before it is sent: the same
 * redactor analysis runs, on the same cleaned text, with nothing stored,
 * queued or logged. A pure function of the text (and `names`, the sponsors
 * the conflict matcher finds in it, however spelled; the redactor is loaded
 * on the first preview); the caller validates it.
 *
 * @example
 * await previewRedaction('Gregory shouted at me')
 * // { redactedText: '[NAME] shouted at me', changes: [{ original: 'Gregory', replacement: '[NAME]' }] }
 */
export async function previewRedaction(text: string, names?: NameFinder): Promise<RedactionPreview> {
  const { findPersonalData, redact } = await redaction();
  const { text: normalised, spans } = findPersonalData(text, names);
  const seen = new Set<string>();
  const changes: RedactionChange[] = [];
  for (const span of spans) {
    // A find ending in a sentence's full stop gives the stop back (as redact() does): "Baker St." shows as "Baker St".
    const found = normalised.slice(span.start, span.end);
    const atSentenceEnd = span.end === normalised.length || /\s/.test(normalised[span.end]!);
    const original = (found.length > 1 && found.endsWith('.') && atSentenceEnd ? found.slice(0, -1) : found).trim();
    const replacement = `[${span.kind}]`;
    const key = `${replacement}\u0000${original}`;
    if (!original || seen.has(key)) continue;
    seen.add(key);
    changes.push({ original, replacement });
  }
  const redactedText = redact(text, names);
  return { redactedText, changes, singledOut: [...new Set(selfDescriptions(redactedText))] };
}

/**
 * The preview of a text sent from `site` (a configured site id, or none):
 * the sponsors it names are read as analysis will read them once it is sent
 * from there, so "the general manager" at a site whose manager sponsors it
 * shows as hidden here exactly as it will be in the stored text. The caller
 * decides the site: the kiosk's enrolment, never what a kiosk claims.
 */
export const previewRedactionAt = async (
  config: Pick<Config, 'sponsors' | 'sites'>,
  text: string,
  site: string | undefined,
): Promise<RedactionPreview> => {
  const { namedSpans } = await conflictMatching();
  return previewRedaction(text, (normalised) => namedSpans(config, normalised, site));
};

/** The text a preview reads, checked as a submission's is (`feedbackTextSchema`): the same limits, the same cleaning. */
export const previewTextSchema = feedbackTextSchema;
