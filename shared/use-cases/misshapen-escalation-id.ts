import { createHash } from 'node:crypto';
import { redact } from '../analysis/redact';
import type { Config } from '../config/schema';
import { maskSponsorNames } from '../domain/conflicts';
import type { CaseStore } from '../ports/case-store';
import type { ReadableParts } from './readable-parts';

/**
 * The id of the case a message not in the shape this version reads escalates as (`case:<id>`), the same
 * for every delivery of the same body, a redrive from the DLQ included (SQS gives it a new message id), so
 * its sponsor is emailed once however often it comes back:
 * - its own id, when readable: the escalation a valid delivery of it raises after a deploy;
 * - else, with its case key readable, the id of that case as stored;
 * - else read from its content: a hash of what its sponsor reads of it (the redacted text) and of its
 *   readable fields. Never of the raw text: the id shows in the sponsor's desk address and the table, and
 *   a hash of the raw words would let anyone holding it confirm a guess of what redaction took out (a
 *   name: promise 2). With no analysis (the text withheld), `redactedText` is the built-in redaction's reading
 *   of it (`redactedForIdOnly`), so a redrive of that one is the same escalation too.
 * Only when nothing of it can be redacted is it the delivery's id, and a redrive may tell its sponsor again
 * (never less).
 */
export async function misshapenEscalationId(
  cases: Pick<CaseStore, 'findCase'>,
  parts: ReadableParts,
  redactedText: string | undefined,
): Promise<string> {
  const { message } = parts;
  if (parts.ownId) return message.id;
  if (parts.caseKey) {
    const stored = await cases.findCase(parts.caseKey).catch(() => undefined);
    if (stored) return stored.id;
  }
  if (redactedText === undefined || !redactedText.trim()) return message.id;
  const readable = [
    redactedText,
    message.site ?? '',
    message.topic ?? '',
    parts.channel ?? '',
    parts.caseKey ?? '',
    parts.weekRead ?? '',
    String(message.escalate),
    String(message.aboutManagement === true),
  ];
  const hex = createHash('sha256')
    .update(`misshapen\n${JSON.stringify(readable)}`, 'utf8')
    .digest('hex');
  // Shaped as the UUIDs (version 8: custom) every other case id is, so nothing that reads ids is surprised.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The text a withheld report (its analysis failed) is known by, for its id alone: the built-in redaction of
 * what the analyzer would have read (sponsors' names masked first, as `analyseBatch` does). Under the offline
 * engine it is exactly the redacted text a later, successful analysis gives, so the redrive that can be analysed
 * adds the text to the same case ("Text now available") instead of raising a second one; under Comprehend it
 * may differ, and that redrive then names this id as `withheldAs`, whose case gets the text if it exists
 * (`raiseEscalation`), never a second "Urgent:". Hashed, it tells no more than
 * the same words stored redacted by the offline engine would, which is what `npm start` stores of every
 * report. Undefined when the redaction itself fails (the reason the analysis failed, with the offline engine).
 */
export function redactedForIdOnly(config: Config, message: ReadableParts['message']): string | undefined {
  try {
    return redact(maskSponsorNames(config, message.text, message.site));
  } catch {
    return undefined;
  }
}
