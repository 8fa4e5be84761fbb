import { MAX_TEXT_CHARACTERS } from '../domain/limits';
import { normalisePhoneNumber } from '../domain/sms-message';
import type { Config } from '../config/schema';
import type { Clock } from '../ports/clock';
import type { RateAndReplayState } from './rate-and-replay-state';
import { readsUrgent } from './reads-urgent';

/*
 * A report split over two texts: an SMS holds 160 letters, and people send what they have and go on in the next
 * ("jose went into the silo to unclog it" / "45 min ago and hes not answering the radio"). Neither half reads urgent
 * alone; together they do. So each text taken is kept, as its sender's last words, for a few minutes in the hour's
 * rate state (keyed and sealed as the flood limit is: an HMAC of the number under the hour's random key, forgotten
 * with the hour; the number itself is never stored), and the next text of the same number within those minutes is
 * read with it. When only the two together read urgent, the second report holds both, so its sponsor reads what
 * happened; the first stays the report it was.
 */
export const SPLIT_REPORT_MINUTES = 5;

/** The earlier part and this text joined, when only together they read urgent; otherwise undefined. */
export async function withEarlierPart(
  deps: { rateState: RateAndReplayState; config: Pick<Config, 'topics'>; clock: Clock },
  sms: { from: string },
  text: string,
  readsUrgentAlone: () => Promise<boolean>,
): Promise<string | undefined> {
  const subject = `sms-last-words:${normalisePhoneNumber(sms.from)}`;
  // The state failing must never cost a report: it is then read alone, as before.
  const earlier = await deps.rateState.lastWords(subject, SPLIT_REPORT_MINUTES * 60_000).catch(() => undefined);
  await deps.rateState.keepLastWords(subject, text).catch(() => undefined);
  if (earlier === undefined || (await readsUrgentAlone())) return undefined;
  // An urgent first part was escalated on its own: "thanks" after it is no second emergency.
  if (await readsUrgent(deps.config.topics, { escalate: false, text: earlier }, undefined, deps.clock))
    return undefined;
  // The earlier part's end, if the two together are over what a report may hold.
  const room = MAX_TEXT_CHARACTERS - [...text].length - 1;
  if (room <= 0) return undefined;
  const before = [...earlier].slice(-room).join('');
  // On a line of its own, as sent; or run on, when the first text stopped mid-sentence: "there is a man in the
  // office with a" / "gun, he is shouting" reads urgent only as one sentence (a line break ends one).
  for (const whole of [`${before}\n${text}`, `${before} ${text}`])
    if (await readsUrgent(deps.config.topics, { escalate: false, text: whole }, undefined, deps.clock)) return whole;
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
