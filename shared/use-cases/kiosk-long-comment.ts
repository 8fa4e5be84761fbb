import { caseKeyFor } from '../domain/case-code';
import { countedLength } from '../domain/feedback';
import { MAX_TEXT_CHARACTERS } from '../domain/limits';
export { MAX_KIOSK_COMMENT_PARTS } from '../domain/limits';
import { DETAILS_DELAY_SECONDS, type DetailsDeps, queueDetailsBehindReport } from './details-behind-their-report';

/*
 * A kiosk comment longer than one report takes, left on the screen when its writer walked away (the timeout sends
 * what was typed; "Send" refuses a comment that long, so only a comment left behind gets here). The tablet cuts it
 * where the server's limit falls and sends it as ONE item: its first part as `text`, the rest as `more`.
 *
 * Sent as several items, as it was until session 38, each part was a case of its own, sent at the same moment, each
 * with the face tapped: an operator could link them by time, site, face and the first one ending mid-sentence (one
 * person's words in records side by side), and the digest counted the face once a part (digest37). So now it is one
 * case, the face counted once:
 * - parts that read urgent are the report (as many as one report holds, in order): its sponsor reads the danger first,
 *   however far into the comment it was (attack round 19: a knife in the canteen after 1,600 characters of rota);
 * - the other parts are details of that case, added to its conversation, in order, as texts following an urgent
 *   report are (`follow-up-details.ts`); an urgent part the report had no room for is one of them, and, urgent,
 *   is told to the case's holder at once;
 * - no part urgent alone, but the sentence a cut fell in does (a danger told across it): that sentence is the
 *   report, and every part its details;
 * - no part urgent: a comment marked urgent is reported from its start, the rest its details; one left unsent and
 *   unmarked keeps its words only if they read urgent, so none are kept, the face and topic are the answer.
 */

/** A long comment's report and details (see the file's comment). `text` undefined: no words kept. */
export interface ReportAndDetails {
  text?: string;
  details: string[];
}

/**
 * What a comment sent in `parts` (each within a report's limit, in the order written) becomes: the report's words
 * and the details after it. `readsUrgent` reads one part's words as the intake reads a report's; `marked`: the
 * person ticked "urgent" (its words are kept whatever they say); otherwise they were left unsent, kept only if urgent.
 */
export async function reportAndDetails(
  parts: readonly string[],
  readsUrgent: (text: string) => Promise<boolean>,
  { marked }: { marked: boolean },
): Promise<ReportAndDetails> {
  const urgent = await Promise.all(parts.map((part) => readsUrgent(part)));
  if (!urgent.includes(true)) {
    // A danger told across a cut reads urgent in neither part: the sentence the cut fell in is its report, and every
    // part follows as details, so its holder reads the danger first and nothing of the comment is left out.
    const seam = await urgentSeam(parts, readsUrgent);
    if (seam !== undefined) return { text: seam, details: [...parts] };
    if (!marked || parts.length === 0) return { details: [] };
    const [first, ...rest] = parts;
    return { text: first, details: rest };
  }
  const report: string[] = [];
  const details: string[] = [];
  parts.forEach((part, i) => {
    const joined = [...report, part].join(PART_BREAK);
    if (urgent[i] && countedLength(joined) <= MAX_TEXT_CHARACTERS) report.push(part);
    else details.push(part);
  });
  return { text: report.join(PART_BREAK), details };
}

/**
 * Whether a comment sent in `parts` reads urgent anywhere: in a part, or in the sentence a cut fell in. The kiosk's
 * spent minute lets such a comment through on its urgent allowance, as `reportAndDetails` would report it: a danger
 * told across a cut is not refused with a 429 for want of being read whole.
 */
export async function readsUrgentAnywhere(
  parts: readonly string[],
  readsUrgent: (text: string) => Promise<boolean>,
): Promise<boolean> {
  for (const part of parts) if (await readsUrgent(part)) return true;
  return (await urgentSeam(parts, readsUrgent)) !== undefined;
}

/** How much of each side of a cut is read with the other at most: the sentence the cut fell in, or its nearest words. */
const SEAM_CHARACTERS = 600;

/**
 * The sentence a cut fell in, when it reads urgent whole and neither part did ("…y ahora mismo hay un compañero
 * atrapado bajo" | "la prensa 3 y no se mueve."); undefined when none does. Only that sentence is read, never the
 * text around it: a part that ends where a sentence ends has no seam (the tablet cuts there when it can), and calm
 * sentences of two parts read together are not read as one more text that could sound an alarm.
 */
async function urgentSeam(
  parts: readonly string[],
  readsUrgent: (text: string) => Promise<boolean>,
): Promise<string | undefined> {
  for (let i = 0; i + 1 < parts.length; i++) {
    const before = sentenceEnding(parts[i]!);
    if (!before) continue;
    const seam = `${before} ${sentenceStarting(parts[i + 1]!)}`;
    if (await readsUrgent(seam)) return seam;
  }
  return undefined;
}

// Written as escapes (…, 。, ！, ？): a regular expression reaches the intake's entry as written, and the entries a cold
// start reads stay ASCII (test/infra/bundles.test.ts).
/** Where a sentence ends: its full stop, question or exclamation mark before a space, or a line's end. */
const SENTENCE_END = /[.!?\u2026]+(?=\s|$)|[\u3002\uff01\uff1f\n]/gu;

/** The words of `text` after its last sentence end (at most `SEAM_CHARACTERS`); empty when it ends with one. */
function sentenceEnding(text: string): string {
  const characters = Array.from(text);
  let end = characters.slice(-SEAM_CHARACTERS).join('');
  if (characters.length > SEAM_CHARACTERS) end = end.slice(end.indexOf(' ') + 1);
  let after = 0;
  for (const match of end.matchAll(SENTENCE_END)) after = match.index + match[0].length;
  return end.slice(after).trim();
}

/** The words of `text` up to its first sentence end, included (at most `SEAM_CHARACTERS`, to a word's end). */
function sentenceStarting(text: string): string {
  const characters = Array.from(text);
  let start = characters.slice(0, SEAM_CHARACTERS).join('');
  if (characters.length > SEAM_CHARACTERS) start = start.slice(0, Math.max(start.lastIndexOf(' '), 1));
  const match = new RegExp(SENTENCE_END.source, 'u').exec(start);
  return (match ? start.slice(0, match.index + match[0].length) : start).trim();
}

/** Between two urgent parts joined as one report, where words of the comment stood between them. */
const PART_BREAK = '\n…\n';

export type KioskDetailsDeps = DetailsDeps & { pepper: string };

/**
 * Queues `details` as the employee's details in the conversation of case `caseCode` (just made by the same item, at
 * `site`), in order, once however often the item is sent again (each detail's id comes from the case and its place),
 * after the case has reached its holder (`details-behind-their-report.ts`).
 */
export async function queueKioskDetails(
  deps: KioskDetailsDeps,
  { caseCode, site }: { caseCode: string; site: string },
  details: readonly string[],
): Promise<void> {
  const caseKey = caseKeyFor(caseCode, deps.pepper);
  await queueDetailsBehindReport(
    deps,
    { caseKey, site, channel: 'kiosk', onceKey: `kiosk-detail:${caseKey}` },
    details,
  );
}

/** How long a long comment's details wait behind its report. */
export const KIOSK_DETAILS_DELAY_SECONDS = DETAILS_DELAY_SECONDS;
