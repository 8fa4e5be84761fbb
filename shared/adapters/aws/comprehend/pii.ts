import { DetectPiiEntitiesCommand, type LanguageCode, type PiiEntity } from '@aws-sdk/client-comprehend';
import { ComprehendCallError } from './errors';
import type { Document } from './language';
import type { ComprehendCalls } from './retrying-caller';

/** Languages DetectPiiEntities accepts; the others get the offline redactor alone. */
export const PII_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es']);

/**
 * What each Comprehend PII type becomes: the placeholders the rest of the
 * system knows. Anything that identifies a person, an account or a device
 * is redacted (government and bank numbers, usernames, credentials, IP/MAC
 * addresses become `[ID]`; URLs can name a profile page), and so is a type
 * Comprehend adds later: new types are never let through by default.
 *
 * Kept on purpose: `AGE` and `DATE_TIME`. "Since Monday", "the 3am shift"
 * and "at 58 I was told I'm too slow" are what an executive needs to act on
 * (age discrimination is an escalation topic), and neither names anyone.
 */
const PII_PLACEHOLDERS: Readonly<Record<string, string>> = {
  NAME: '[NAME]',
  PHONE: '[PHONE]',
  EMAIL: '[EMAIL]',
  ADDRESS: '[ADDRESS]',
  URL: '[URL]',
};
const PII_TYPES_KEPT: ReadonlySet<string> = new Set(['AGE', 'DATE_TIME']);
const DEFAULT_PII_PLACEHOLDER = '[ID]';

/** A stretch of text to replace, in code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
  label: string;
}

/** One DetectPiiEntities request per document (it has no batch form), `concurrency` at a time. */
export async function detectPii(
  comprehend: ComprehendCalls,
  docs: { doc: Document; language: LanguageCode }[],
  concurrency: number,
): Promise<Map<string, PiiEntity[] | Error>> {
  const entities = new Map<string, PiiEntity[] | Error>();
  await forEachLimited(docs, concurrency, async ({ doc, language }) => {
    try {
      const output = await comprehend.caller.call(
        'DetectPiiEntities',
        { Text: doc.text, LanguageCode: language },
        (input) => comprehend.client.send(new DetectPiiEntitiesCommand(input)),
      );
      entities.set(doc.id, output.Entities ?? []);
    } catch (error) {
      entities.set(doc.id, new ComprehendCallError('DetectPiiEntities', error));
    }
  });
  return entities;
}

/**
 * Comprehend's PII offsets count code points, and `EndOffset` is exclusive;
 * JavaScript strings index UTF-16 units, so spans are kept in code points.
 * Each span is widened to whole words, so that an off-by-one end never
 * leaves the last letter of a name behind; overlapping spans are merged.
 */
export function piiSpans(text: string, entities: PiiEntity[]): Span[] {
  const codePoints = [...text];
  const spans: Span[] = [];
  for (const entity of entities) {
    const type = entity.Type ?? 'UNKNOWN';
    if (PII_TYPES_KEPT.has(type)) continue;
    let start = Math.max(0, entity.BeginOffset ?? -1);
    let end = Math.min(codePoints.length, entity.EndOffset ?? -1);
    if (entity.BeginOffset === undefined || end <= start) continue;
    while (start > 0 && isWordCharacter(codePoints[start - 1])) start -= 1;
    while (end < codePoints.length && isWordCharacter(codePoints[end])) end += 1;
    spans.push({ start, end, label: PII_PLACEHOLDERS[type] ?? DEFAULT_PII_PLACEHOLDER });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The text with each span replaced by its placeholder. */
export function replaceSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const codePoints = [...text];
  let out = '';
  let at = 0;
  for (const { start, end, label } of spans) {
    out += codePoints.slice(at, start).join('') + label;
    at = end;
  }
  return out + codePoints.slice(at).join('');
}

function isWordCharacter(codePoint: string | undefined): boolean {
  return codePoint !== undefined && /[\p{L}\p{N}]/u.test(codePoint);
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
