import { MAX_TEXT_CHARACTERS } from '../domain/limits';
import { normalisePhoneNumber } from '../domain/sms-message';
import type { Config } from '../config/schema';
import type { Clock } from '../ports/clock';
import type { RateAndReplayState } from './rate-and-replay-state';
import { readsUrgent, urgencyDetectorWithin } from './reads-urgent';

/*
 * A report split over several texts: an SMS holds 160 letters, and people send what they have and go on in the next
 * ("jose went into the silo to unclog it" / "45 min ago and hes not answering the radio"; "the big tank in bay 2
 * needs cleaning today" / "Jose went in at 10" / "its 1pm and he hasnt come out"). No part reads urgent alone;
 * together they do. So each text taken is kept, with the sender's texts just before it (the last
 * `SPLIT_REPORT_PARTS`, each within a few minutes of the next), in the hour's rate state (keyed and sealed as the
 * flood limit is: an HMAC of the number under the hour's random key, forgotten with the hour; the number itself is
 * never stored), and the next text of the same number within those minutes is read with them. When only together
 * they read urgent, the latest report holds them, so its sponsor reads what happened; the earlier ones stay the
 * reports they were.
 */
export const SPLIT_REPORT_MINUTES = 5;
/** How many texts in a row are read as one report, the latest among them: a blind attacker's missing worker was told
 * over three (att40). */
export const SPLIT_REPORT_PARTS = 3;

/** The sender's earlier texts as kept: a list since three parts are read (one plain text before). */
function partsKept(kept: string | undefined): string[] {
  if (kept === undefined) return [];
  try {
    const parsed = JSON.parse(kept) as { parts?: unknown };
    if (Array.isArray(parsed?.parts) && parsed.parts.every((part) => typeof part === 'string')) return parsed.parts;
  } catch {
    // Kept by a version that kept one text: that text.
  }
  return [kept];
}

/**
 * Whether the detector's rules, not its learned model alone, read `text` urgent: asked of three texts read as one,
 * since the model reads a run of near-identical lines ("Message number 3 / Message number 4 / Message number 5") as
 * safety, and a sender's three texts of nothing would be an urgent report. A detector still loading after a minute
 * reads it urgent, as `readsUrgent` does.
 */
async function rulesReadUrgent(text: string): Promise<boolean> {
  const detector = await urgencyDetectorWithin(60_000);
  return detector ? detector.detectRuleUrgency(text).urgent : true;
}

/** The earlier parts and this text joined, when only together they read urgent; otherwise undefined. */
export async function withEarlierPart(
  deps: { rateState: RateAndReplayState; config: Pick<Config, 'topics'>; clock: Clock },
  sms: { from: string },
  text: string,
  readsUrgentAlone: () => Promise<boolean>,
): Promise<string | undefined> {
  const subject = `sms-last-words:${normalisePhoneNumber(sms.from)}`;
  // The state failing must never cost a report: it is then read alone, as before.
  const earlier = partsKept(
    await deps.rateState.lastWords(subject, SPLIT_REPORT_MINUTES * 60_000).catch(() => undefined),
  );
  // The parts the next text is read with: this one and the ones before it, so at most `SPLIT_REPORT_PARTS` in all.
  const kept = JSON.stringify({ parts: [...earlier, text].slice(-(SPLIT_REPORT_PARTS - 1)) });
  await deps.rateState.keepLastWords(subject, kept).catch(() => undefined);
  if (earlier.length === 0 || (await readsUrgentAlone())) return undefined;
  const urgent = (words: string) =>
    readsUrgent(deps.config.topics, { escalate: false, text: words }, undefined, deps.clock);
  // The parts since the last one that read urgent alone: that one was escalated on its own, and "thanks" after it
  // is no second emergency, nor are the words before it read again.
  const since: string[] = [];
  for (const part of [...earlier].reverse()) {
    if (await urgent(part)) break;
    since.unshift(part);
  }
  // Every part since first, then fewer: the sponsor reads the whole that reads urgent, the place and who with it
  // (read from the part just before only, "Luis climbed in at 2 / its 4 now and hes not answering" lost the grain bin).
  for (let count = since.length; count >= 1; count--) {
    const parts = since.slice(-count);
    // The earlier parts' end, if all together are over what a report may hold.
    const room = MAX_TEXT_CHARACTERS - [...text].length - 1;
    if (room <= 0) return undefined;
    const before = [...parts.join('\n')].slice(-room).join('');
    // On a line of its own, as sent; or run on, when the text before stopped mid-sentence: "there is a man in the
    // office with a" / "gun, he is shouting" reads urgent only as one sentence (a line break ends one).
    for (const whole of [`${before}\n${text}`, `${before} ${text}`])
      if ((await urgent(whole)) && (count === 1 || (await rulesReadUrgent(whole)))) return whole;
  }
  return undefined;
}

/*
 * The opener sent on its own, the report in the next text ("URGENT" / "need a supervisor at the north gate right
 * now"; "MGMT" / "my supervisor keeps screaming at us"; "#plant2" / …): people send the word first and go on before
 * any reply comes. The opener alone saves nothing, so without this the report after it came without its marks: not
 * urgent, or sent to the very manager it is about, or filed under the number's site. So an opener alone is
 * remembered for the same few minutes, as last words are (an HMAC of the number under the hour's key, sealed,
 * forgotten with the hour), and every report of that number within them carries its marks (see openerMarks).
 */
export interface OpenerMarks {
  escalate: boolean;
  aboutManagement: boolean;
  site: string | undefined;
}
const marksSubject = (from: string) => `sms-opener-marks:${normalisePhoneNumber(from)}`;

/**
 * Remembers the marks of an opener `from` sent alone, with those of openers sent just before it ("URGENT", then
 * "MGMT", then the report: urgent AND about their management; a later tag wins over an earlier one). The state
 * failing costs nothing: the reply says what to do.
 */
export async function keepOpenerMarks(
  deps: { rateState: RateAndReplayState },
  sms: { from: string },
  marks: OpenerMarks,
): Promise<void> {
  if (!marks.escalate && !marks.aboutManagement && marks.site === undefined) return;
  const subject = marksSubject(sms.from);
  const earlier = readMarks(
    await deps.rateState.lastWords(subject, SPLIT_REPORT_MINUTES * 60_000).catch(() => undefined),
  );
  const both: OpenerMarks = {
    escalate: marks.escalate || (earlier?.escalate ?? false),
    aboutManagement: marks.aboutManagement || (earlier?.aboutManagement ?? false),
    site: marks.site ?? earlier?.site,
  };
  await deps.rateState.keepLastWords(subject, JSON.stringify(both)).catch(() => undefined);
}

function readMarks(kept: string | undefined): OpenerMarks | undefined {
  if (!kept) return undefined;
  try {
    const marks = JSON.parse(kept) as Partial<OpenerMarks>;
    return { escalate: marks.escalate === true, aboutManagement: marks.aboutManagement === true, site: marks.site };
  } catch {
    return undefined;
  }
}

/**
 * Whether an opener `from` sent alone within the last few minutes marked their next report urgent, nothing spent:
 * what a busy channel's budget asks of a report that does not say URGENT itself.
 */
export async function openerMarkedUrgent(
  deps: { rateState: RateAndReplayState },
  sms: { from: string },
): Promise<boolean> {
  const kept = await deps.rateState
    .lastWords(marksSubject(sms.from), SPLIT_REPORT_MINUTES * 60_000)
    .catch(() => undefined);
  return readMarks(kept)?.escalate ?? false;
}

/**
 * The marks of an opener `from` sent alone within the last few minutes, carried by every report in them, never
 * spent by the first. What comes next is often not the report: "k", "yes", "vale", "what do I write", a phone's
 * "Sent from my iPhone", or the report's first half. When the first text spent the marks, the report after it came
 * as an ordinary one, never passed to a senior leader (attack round 28). A few reports marked for a few minutes cost
 * a sponsor an email or two; a report of danger filed as ordinary costs far more.
 */
export async function openerMarks(
  deps: { rateState: RateAndReplayState },
  sms: { from: string },
): Promise<OpenerMarks | undefined> {
  const kept = await deps.rateState
    .lastWords(marksSubject(sms.from), SPLIT_REPORT_MINUTES * 60_000)
    .catch(() => undefined);
  return readMarks(kept);
}
