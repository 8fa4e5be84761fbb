import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoWeekOf } from '../shared/domain/iso-week';
import { ConfigError } from '../shared/errors';
import { type Clock, systemClock } from '../shared/ports/clock';

/*
 * The local stack's clock setting (`CLOCK=2026-11-02T09:00Z npm start`, or `npm start -- --clock …`): the whole
 * laptop pipeline runs on that time, moving on as real time passes, so someone can send reports in one week, restart
 * in a later one, send more, and build both weeks' digests without waiting. Local only: nothing under `functions/`
 * or `shared/` reads it (the AWS bundles are checked for that), they take the `Clock` they are given.
 *
 * The running stack keeps the setting in `DATA_DIR/clock.json`, so every helper (`npm run digest`, `npm run kiosk`)
 * started with the same DATA_DIR runs on the same time without being told. The file holds how far the clock is set
 * from this machine's time and the latest week the data has run in: no time of any report.
 */

export const CLOCK_FILE = 'clock.json';

interface ClockFile {
  /** Milliseconds the stack's clock is ahead of this machine's (negative: behind); absent on the machine's time. */
  aheadMs?: number;
  /** The latest ISO week (in the config's time zone) this data folder has run in. */
  furthestWeek?: string;
}

const SETTING = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

/**
 * The moment a CLOCK setting names: a day (`2026-11-02`, its start in UTC) or a time with its zone
 * (`2026-11-02T09:00Z`, `2026-11-02T09:00-06:00`). Anything else is refused with how to write it.
 */
export function readClockSetting(raw: string): Date {
  const typed = raw.trim();
  const match = SETTING.exec(typed);
  const refuse = (why: string) =>
    new ConfigError(
      `CLOCK must be a day or a time with its time zone, such as 2026-11-02 or 2026-11-02T09:00Z (Z is UTC; or an offset such as 2026-11-02T09:00-06:00), not '${raw}'${why}.`,
    );
  if (!match) {
    const noZone = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(typed);
    throw refuse(noZone ? ': add Z for UTC, or the offset of the time zone you mean' : '');
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const at = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  // 2026-02-30 or 25:00 parse as nothing (or roll over): a day the calendar does not have is refused.
  const dayExists =
    new Date(`${year}-${month}-${day}T00:00:00Z`).toISOString().slice(0, 10) === `${year}-${month}-${day}`;
  if (Number.isNaN(at.getTime()) || !dayExists || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
    throw refuse(': there is no such day or time');
  return at;
}

/** A clock that reads `at` now and moves on with this machine's time. */
export function clockSetTo(at: Date, machineNow: () => number = Date.now): Clock {
  return aheadOfMachine(at.getTime() - machineNow(), machineNow);
}

function aheadOfMachine(aheadMs: number, machineNow: () => number = Date.now): Clock {
  return { now: () => new Date(machineNow() + aheadMs) };
}

function readClockFile(dataDir: string): ClockFile {
  const file = join(dataDir, CLOCK_FILE);
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as ClockFile;
    return {
      aheadMs: Number.isFinite(parsed.aheadMs) ? parsed.aheadMs : undefined,
      furthestWeek: typeof parsed.furthestWeek === 'string' ? parsed.furthestWeek : undefined,
    };
  } catch {
    return {};
  }
}

function writeClockFile(dataDir: string, contents: ClockFile): void {
  writeFileSync(join(dataDir, CLOCK_FILE), `${JSON.stringify(contents)}\n`, { mode: 0o600 });
}

/**
 * The clock `npm start` runs on, from its CLOCK setting (empty: this machine's time), checked against the data
 * folder: a time in an earlier week than the data has already run in is refused, because that week's digest may
 * have gone out (reports added to it now would change figures leadership has read, and a digest built again would
 * show the difference, a group smaller than k among it) and deadlines would be counted from reports dated after
 * "now". A later time in the same week is allowed: it only makes reminders and held answers wait a little longer.
 * Returns the clock and a function that records the week it has reached (call it now and then, and at the end).
 */
export function startClock(
  dataDir: string,
  setting: string,
  timeZone: string,
  machineNow: () => number = Date.now,
): { clock: Clock; setTo?: Date; record(): void } {
  const setTo = setting.trim() ? readClockSetting(setting) : undefined;
  const clock = setTo
    ? clockSetTo(setTo, machineNow)
    : machineNow === Date.now
      ? systemClock
      : aheadOfMachine(0, machineNow);
  const stored = readClockFile(dataDir);
  const week = isoWeekOf(clock.now(), timeZone);
  if (stored.furthestWeek && week < stored.furthestWeek) {
    const what = setTo
      ? `the clock you set (CLOCK=${setting.trim()}) is in week ${week}`
      : `this machine's time is in week ${week}`;
    const ahead = !setTo && stored.aheadMs ? ', on a clock set ahead' : '';
    throw new ConfigError(
      [
        `This data folder (${dataDir}) has already run in week ${stored.furthestWeek}${ahead}, and ${what}.`,
        'Going back a week is refused: reports sent then would change a week whose digest may already have gone out, and deadlines would count from reports dated after "now".',
        `Start with a CLOCK in week ${stored.furthestWeek} or later, or with another DATA_DIR (or delete this one) to begin again.`,
      ].join('\n'),
    );
  }
  const aheadMs = setTo ? clock.now().getTime() - machineNow() : undefined;
  let furthestWeek = stored.furthestWeek && stored.furthestWeek > week ? stored.furthestWeek : week;
  writeClockFile(dataDir, { aheadMs, furthestWeek });
  const record = () => {
    const now = isoWeekOf(clock.now(), timeZone);
    if (now <= furthestWeek) return;
    furthestWeek = now;
    writeClockFile(dataDir, { aheadMs, furthestWeek });
  };
  return { clock, setTo, record };
}

/**
 * The clock of the `npm start` that keeps its data in `dataDir`, for the helpers: the time it was set to, moved on
 * since, or this machine's time when it runs on that.
 */
export function stackClock(dataDir: string, machineNow: () => number = Date.now): Clock {
  const { aheadMs } = readClockFile(dataDir);
  if (aheadMs === undefined && machineNow === Date.now) return systemClock;
  return aheadOfMachine(aheadMs ?? 0, machineNow);
}
