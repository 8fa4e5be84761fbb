import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_FILE, readClockSetting, stackClock, startClock } from '../../../local/set-clock';
import { ConfigError } from '../../../shared/errors';
import { tempDataDir } from '../../support/local-stack';

const ZONE = 'America/Chicago';
/** This machine's time, moved by hand: the set clock must move on with it. */
function machine(iso: string) {
  let at = Date.parse(iso);
  return { now: () => at, advance: (ms: number) => void (at += ms) };
}

describe('the local stack clock setting (CLOCK)', () => {
  const dirs: { remove(): void }[] = [];
  const dir = () => {
    const made = tempDataDir();
    dirs.push(made);
    return made.path;
  };
  afterEach(() => {
    for (const made of dirs.splice(0)) made.remove();
  });

  it.each([
    ['2026-11-02T09:00Z', '2026-11-02T09:00:00.000Z'],
    ['2026-11-02t09:00:30z', '2026-11-02T09:00:30.000Z'],
    ['2026-11-02T09:00-06:00', '2026-11-02T15:00:00.000Z'],
    ['2026-11-02T09:00+0530', '2026-11-02T03:30:00.000Z'],
    ['2026-11-02 09:00Z', '2026-11-02T09:00:00.000Z'],
    [' 2026-11-02 ', '2026-11-02T00:00:00.000Z'],
  ])('Should read %s as %s', (typed, iso) => {
    expect(readClockSetting(typed).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-11-02T09:00', /add Z for UTC/],
    ['2026-02-30', /no such day/],
    ['2026-11-02T25:00Z', /no such day or time/],
    ['next monday', /such as 2026-11-02 or 2026-11-02T09:00Z/],
    ['1700000000', /not '1700000000'/],
  ])('Should refuse %s and say how to write it', (typed, why) => {
    expect(() => readClockSetting(typed)).toThrow(ConfigError);
    expect(() => readClockSetting(typed)).toThrow(why);
  });

  it('Should run on the set time, moving on as real time passes, and give the helpers the same time', () => {
    const dataDir = dir();
    const real = machine('2026-12-05T18:00:00Z');
    const { clock, setTo } = startClock(dataDir, '2026-03-04T15:00Z', ZONE, real.now);
    expect(setTo?.toISOString()).toBe('2026-03-04T15:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-03-04T15:00:00.000Z');
    real.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-03-04T15:01:30.000Z');
    // `npm run digest` started a minute later reads the stack's time, not the machine's.
    expect(stackClock(dataDir, real.now).now().toISOString()).toBe('2026-03-04T15:01:30.000Z');
    // Nothing but the offset and a week is kept: no time of any report.
    expect(Object.keys(JSON.parse(readFileSync(join(dataDir, CLOCK_FILE), 'utf8'))).sort()).toEqual([
      'aheadMs',
      'furthestWeek',
    ]);
  });

  it('Should jump forward on a restart with a later CLOCK, and refuse one in an earlier week than the data has run in', () => {
    const dataDir = dir();
    const real = machine('2026-12-05T18:00:00Z');
    startClock(dataDir, '2026-03-04T15:00Z', ZONE, real.now).record();
    startClock(dataDir, '2026-03-11T15:00Z', ZONE, real.now).record();
    // Later the same week is allowed: reminders only wait longer.
    expect(() => startClock(dataDir, '2026-03-10T15:00Z', ZONE, real.now)).not.toThrow();
    const refused = () => startClock(dataDir, '2026-03-04T15:00Z', ZONE, real.now);
    expect(refused).toThrow(ConfigError);
    expect(refused).toThrow(
      /already run in week 2026-W11, and the clock you set \(CLOCK=2026-03-04T15:00Z\) is in week 2026-W10/,
    );
    expect(refused).toThrow(/Start with a CLOCK in week 2026-W11 or later, or with another DATA_DIR/);
  });

  it('Should refuse this machine time too once the data has run in a later week on a set clock', () => {
    const dataDir = dir();
    const real = machine('2026-12-05T18:00:00Z');
    startClock(dataDir, '2027-01-13T15:00Z', ZONE, real.now);
    expect(() => startClock(dataDir, '', ZONE, real.now)).toThrow(
      /already run in week 2027-W02, on a clock set ahead, and this machine's time is in week 2026-W49/,
    );
  });

  it('Should record the weeks the clock reaches while it runs, and forget the setting when started without one', () => {
    const dataDir = dir();
    const real = machine('2026-12-05T18:00:00Z');
    const started = startClock(dataDir, '2026-03-08T04:00Z', ZONE, real.now); // Saturday night in Chicago, W10
    real.advance(2 * 86_400_000);
    started.record();
    expect(() => startClock(dataDir, '2026-03-08T04:00Z', ZONE, real.now)).toThrow(/already run in week 2026-W11/);
    const later = machine('2026-03-20T18:00:00Z');
    const onMachine = startClock(dataDir, '', ZONE, later.now);
    expect(onMachine.setTo).toBeUndefined();
    expect(stackClock(dataDir, later.now).now().toISOString()).toBe('2026-03-20T18:00:00.000Z');
  });

  it('Should not trust a damaged clock file: the helpers fall back to this machine time', () => {
    const dataDir = dir();
    writeFileSync(join(dataDir, CLOCK_FILE), '{not json');
    expect(existsSync(join(dataDir, CLOCK_FILE))).toBe(true);
    expect(Math.abs(stackClock(dataDir).now().getTime() - Date.now())).toBeLessThan(1000);
    expect(() => startClock(dataDir, '2026-03-04T15:00Z', ZONE)).not.toThrow();
  });
});
