import type { Topic } from '../config/schema';
import type { Clock } from '../ports/clock';
import { MAX_TEXT_CHARACTERS } from '../domain/limits';

type Detector = typeof import('../analysis/urgency');
type TopicReading = typeof import('../analysis/urgency/topic-keywords');
type Appeal = typeof import('../analysis/asks-for-urgency');

/** A report as the intake has it before it is checked: what was ticked, chosen and written. */
export interface ReportToRead {
  /** The employee asked (`URGENT …`, the form's or kiosk's box, `escalate: true`). */
  escalate: boolean;
  text?: string | undefined;
  /** The topic the employee chose, if any. */
  topic?: string | undefined;
}

/**
 * Whether a report reads urgent, as analysis will escalate it (`escalate-if-needed.ts`): the employee
 * asked (`URGENT …`, the form's or kiosk's box, `escalate: true`, or in words: "es urgente"), or it is
 * urgent by what it says or is about (`readsUrgentInItself`). The one reading behind every exception to a
 * budget: a sender's hourly limit (SMS) and a channel's (`rate-limit.ts`), so a report that will reach an
 * executive as urgent is never refused as ordinary. Only the first `MAX_TEXT_CHARACTERS` are read: the
 * most a submission may hold, so a refused flood costs a bounded read each.
 * A detector that cannot load, or still loads after `waitAtMostMs` (a report
 * refused by a spent budget waits `DETECTOR_WAIT_MS` of `rate-limit.ts`; without it, until it
 * is loaded), costs no report: it is read as urgent, and so kept.
 */
export async function readsUrgent(
  topics: readonly Topic[],
  report: ReportToRead,
  waitAtMostMs: number | undefined,
  /**
   * The time the report is read on (the stack's `CLOCK`), as analysis reads it: "in 2025 …" is last year's history
   * on a 2026 clock, whatever this machine's year. Required, so no reading of the intake's can drift from analysis's.
   */
  clock: Clock,
): Promise<boolean> {
  if (report.escalate) return true;
  try {
    const text = report.text?.slice(0, MAX_TEXT_CHARACTERS);
    // Asking in words is asking as the box does: a few regular expressions, no detector.
    if (text && (await (appealReading ??= import('../analysis/asks-for-urgency'))).asksForUrgency(text)) return true;
    return await readsUrgentInItself(topics, { topic: report.topic, text: text ?? '' }, waitAtMostMs, clock);
  } catch {
    return true;
  }
}

/**
 * Whether a report is urgent by what it says or is about, whatever was ticked: `readsUrgentTopic`
 * (an urgent topic chosen, an urgent topic's keyword in a clause reporting a problem: "oil all over
 * the floor by press 4") or the offline urgency detector (no service; about 0.4 ms for a short text,
 * 5 ms at 1,600 characters, and seconds once per process to load it). A topic chosen or a keyword
 * decides before the detector is loaded. Throws what loading throws; past `waitAtMostMs` of loading,
 * it is read as urgent.
 */
export async function readsUrgentInItself(
  topics: readonly Topic[],
  report: { topic?: string | undefined; text: string },
  waitAtMostMs: number | undefined,
  clock: Clock,
): Promise<boolean> {
  const text = report.text.slice(0, MAX_TEXT_CHARACTERS);
  const read = { ...(report.topic !== undefined ? { topic: report.topic } : {}), text };
  const { readsUrgentTopic } = await (topicReading ??= import('../analysis/urgency/topic-keywords'));
  if (readsUrgentTopic(topics, read, [])) return true;
  if (!text) return false;
  const detector = loaded ?? (await within(loadDetector(), waitAtMostMs));
  return detector ? detector.detectUrgency(text, clock).urgent : true;
}

// Small and quick to load: read before the detector, so a keyword or an appeal never waits for it.
let topicReading: Promise<TopicReading> | undefined;
let appealReading: Promise<Appeal> | undefined;

/**
 * Starts loading the detector, and has it read its first texts, without waiting for either: called when a
 * channel's budget runs low, so the first refused report finds it ready rather than paying seconds for
 * it. Not at a cold start: a calm day never loads it (`docs/performance.md`).
 */
export function prepareUrgencyReading(): void {
  if (!loading) loadDetector().catch(() => undefined);
}

/**
 * The detector, loaded now if it is not yet, once it is ready within `ms`; else undefined, and the caller goes on
 * without it (it keeps loading for the next text). Used where a reading may wait a little but never fail.
 */
export async function urgencyDetectorWithin(ms: number): Promise<Detector | undefined> {
  return loaded ?? (await within(loadDetector(), ms).catch(() => undefined));
}

/** Where the detector is: never asked for, loading, or ready to read (told to tests and measurements). */
export function urgencyDetectorState(): 'not loaded' | 'loading' | 'ready' {
  return loaded ? 'ready' : loading ? 'loading' : 'not loaded';
}

// Loaded on the first report that needs it or when a budget runs low: a keyword (HELP, STATUS) or a calm day never does.
let loading: Promise<Detector> | undefined;
let loaded: Detector | undefined;

/**
 * Texts read once the detector is loaded, before any report: the first reads of a process compile the
 * rules and the model's paths they reach (hundreds of ms each on a busy machine), so they are paid here.
 * Calm ones reach the model, an urgent one stops at the rules; in the languages most reports use.
 */
const FIRST_READS = [
  'The canteen queue was long again today and the soup was cold',
  'Parking lot lights are out near gate 4 and nobody has fixed them for weeks, please look at it',
  'My supervisor shouts at me in front of everyone and I feel unsafe at work',
  'La máquina de café de la planta 2 no funciona desde el lunes',
  'Les vestiaires ne sont pas nettoyés depuis une semaine',
];

function loadDetector(): Promise<Detector> {
  loading ??= import('../analysis/urgency').then(async (detector) => {
    // One read a turn of the event loop: the requests being served meanwhile wait for one read, not all.
    for (const text of FIRST_READS) {
      detector.detectUrgency(text);
      await new Promise((resolve) => setImmediate(resolve));
    }
    loaded = detector;
    return detector;
  });
  return loading;
}

/** What `promise` gives within `ms`, else undefined (at once when `ms` is 0). */
async function within<T>(promise: Promise<T>, ms: number | undefined): Promise<T | undefined> {
  if (ms === undefined) return promise;
  if (ms <= 0) return undefined;
  let timeUp: (value: undefined) => void = () => undefined;
  const later = new Promise<undefined>((resolve) => {
    timeUp = resolve;
  });
  const timer = setTimeout(() => timeUp(undefined), ms);
  try {
    return await Promise.race([promise, later]);
  } finally {
    clearTimeout(timer);
  }
}
