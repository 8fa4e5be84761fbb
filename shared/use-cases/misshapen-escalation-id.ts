import { createHash } from 'node:crypto';
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
 *   name: promise 2). With no analysis (the text withheld), nothing of its words may be hashed: the
 *   delivery's id, as before, and a redrive of that one may tell its sponsor again (never less).
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
