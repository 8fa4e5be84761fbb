import { dayInZone, startOfZoneDay } from '../domain/zone-day';
import { catalogueOf, type Language } from './languages';
import { formatMessage } from './message-format';

/**
 * Times and days as people read them, in their language, in one format
 * everywhere a sponsor or an employee looks (emails, `/ack`, the desk, the
 * status page, the digest).
 *
 * `Intl` gives the names (weekday, month, zone) and the clock; each
 * catalogue's `moments` templates put them in that language's order, and
 * sentences take the day, the time and the zone as separate parameters, so
 * each language writes its own prepositions and articles around them
 * ("by Tuesday, December 1, 2026 at 3 AM Central Time", "antes del martes
 * 1 de diciembre de 2026 a las 3 h (hora central)", "vers 23 h le lundi
 * 30 novembre 2026"). A sentence never receives one preformatted string,
 * which no language but English could open with a preposition.
 *
 * Escalations keep whole UTC hours, so the moment shown is exactly the one
 * stored: the minute appears only where the zone's offset puts one there
 * (7:30 PM in India), never rounded to an hour earlier or later than the
 * real deadline.
 */

/** A moment's parts as a sentence takes them: `{day}`, `{time}`, `{zone}` (each '' if it is not a time). */
export interface MomentWords {
  day: string;
  time: string;
  zone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

function partsOf(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions, date: Date) {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatter(language, timeZone, options).formatToParts(date)) parts[p.type] ??= p.value;
  return parts;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** The day of `date` in `timeZone`, in the catalogue's order: "martes 1 de diciembre de 2026". */
function dayWords(language: Language, date: Date, timeZone: string): string {
  const p = partsOf(language, timeZone, DAY, date);
  return formatMessage(language, catalogueOf(language).moments.day, {
    weekday: p.weekday ?? '',
    month: p.month ?? '',
    // Strings, not numbers: a year is never written "2,026".
    date: String(Number(p.day)),
    year: p.year ?? '',
  });
}

/** The zone's name as people say it ("Central Time"); a zone with no such name (UTC) by its long one. */
function zoneName(language: Language, timeZone: string, date: Date): string {
  const generic = partsOf(language, timeZone, { timeZoneName: 'longGeneric' }, date).timeZoneName;
  if (generic && !/GMT|UTC[+-]/.test(generic)) return generic;
  return partsOf(language, timeZone, { timeZoneName: 'long' }, date).timeZoneName ?? timeZone;
}

/** A moment (an ISO instant) in `timeZone`, as parts for a sentence of `language`; all '' if it is not a time. */
export function momentWords(language: Language, iso: string, timeZone: string): MomentWords {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { day: '', time: '', zone: '' };
  // The language's own clock: 12-hour with AM/PM in English, 24-hour in Spanish and French.
  const clock = partsOf(language, timeZone, { hour: 'numeric', minute: '2-digit' }, date);
  const time = formatMessage(language, catalogueOf(language).moments.time, {
    hour: String(Number(clock.hour)),
    minute: clock.minute ?? '00',
    period: clock.dayPeriod ?? '',
  });
  return { day: dayWords(language, date, timeZone), time, zone: zoneName(language, timeZone, date) };
}

/** A deadline's parts: a moment's, and `end: 'yes'` when it is the end of `day` (then there is no `time`). */
export interface DeadlineWords extends MomentWords {
  end: 'yes' | 'no';
}

/** Whether `date` is the very start of its day in `timeZone`: its midnight, or its first hour where summer time skips midnight. */
const startsADay = (date: Date, timeZone: string) =>
  startOfZoneDay(dayInZone(date, timeZone), timeZone).getTime() === date.getTime();

/**
 * A deadline (an ISO instant) as parts for a sentence. One that falls at the
 * start of a day in `timeZone` is the end of the day before, and is said so
 * (`end: 'yes'`, `day` the day before, no time): the employee is promised
 * "by the end of Tuesday", and "Wednesday at 12 AM" would have a sponsor
 * read a day later than the one the law and the employee go by. Any other
 * deadline (even a second past midnight) reads as `momentWords` has it.
 */
export function deadlineWords(language: Language, iso: string, timeZone: string): DeadlineWords {
  const words = momentWords(language, iso, timeZone);
  const date = new Date(iso);
  if (!words.day || !startsADay(date, timeZone)) return { ...words, end: 'no' };
  return { day: dayWords(language, new Date(date.getTime() - 1), timeZone), time: '', zone: words.zone, end: 'yes' };
}

/** A deadline standing alone: "the end of Tuesday, November 24, 2026 (Central Time)", or as `momentIn` has it; '' if it is not a time. */
export function deadlineIn(language: Language, iso: string, timeZone: string): string {
  const words = deadlineWords(language, iso, timeZone);
  return words.day ? formatMessage(language, catalogueOf(language).moments.deadline, { ...words }) : '';
}

/** A moment standing alone, with the zone named: "Tuesday, December 1, 2026 at 3 AM Central Time"; '' if it is not a time. */
export function momentIn(language: Language, iso: string, timeZone: string): string {
  const words = momentWords(language, iso, timeZone);
  return words.day ? formatMessage(language, catalogueOf(language).moments.moment, { ...words }) : '';
}

/** A day (`YYYY-MM-DD`, or an ISO instant's day) as `language` writes it: "Wednesday, December 2, 2026"; '' if it is not a day. */
export function dayIn(language: Language, day: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return dayWords(language, date, 'UTC');
}

/**
 * The zone a deadline's day ends in, named as people say it ("Central Time"): a legal deadline is kept as
 * the installation's day alone (`YYYY-MM-DD`), and "the end of Monday" read in another zone is another
 * moment, so every sentence that shows one names the zone beside it, as every time a sponsor sees does.
 */
export function zoneOfDay(language: Language, day: string, timeZone: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? '' : zoneName(language, timeZone, date);
}
