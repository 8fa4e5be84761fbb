import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../shared/domain/iso-week';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-18T12:00:00Z', 'UTC', '2026-W47'],
    ['2026-01-01T12:00:00Z', 'UTC', '2026-W01'], // a Thursday: week 1 of its own year
    ['2027-01-01T12:00:00Z', 'UTC', '2026-W53'], // a Friday: still the last week of 2026
    ['2024-12-30T12:00:00Z', 'UTC', '2025-W01'], // a Monday: already week 1 of 2025
  ])('Should put %s (%s) in %s', (instant, zone, week) => {
    expect(isoWeekOf(new Date(instant), zone)).toBe(week);
  });

  it('Should use the local date of the configured time zone, not UTC', () => {
    // Monday 00:30 UTC is still Sunday evening in Chicago: the previous week there.
    expect(isoWeekOf(new Date('2026-11-23T00:30:00Z'), 'UTC')).toBe('2026-W48');
    expect(isoWeekOf(new Date('2026-11-23T00:30:00Z'), 'America/Chicago')).toBe('2026-W47');
  });

  it('Should give every instant the week its date in the zone has, as Intl writes that date', () => {
    // UTC is read from the date itself and other zones' formatters are reused: neither may change a week.
    const byIntl = (instant: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(instant)
        .map((p) => p.value)
        .join('');
      return isoWeekOf(new Date(`${parts}T12:00:00Z`), 'Etc/GMT');
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom('UTC', 'America/Chicago', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Europe/Paris'),
        (instant, zone) => {
          expect(isoWeekOf(instant, zone)).toBe(byIntl(instant, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('Should refuse a time zone that does not exist, every time it is asked', () => {
    expect(() => isoWeekOf(new Date('2026-11-23T00:30:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => isoWeekOf(new Date('2026-11-23T00:30:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('expiry by week', () => {
  it('Should give every moment of a week the same expiry, counted from the end of the week', async () => {
    const { expiryForWeek, startOfIsoWeek } = await import('../../../shared/domain/iso-week');
    expect(startOfIsoWeek('2026-W47').toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(startOfIsoWeek('2026-W01').toISOString()).toBe('2025-12-29T00:00:00.000Z');
    // 30 days after the week ends, rounded up to whole weeks: a Monday, so it names no day of the week either.
    expect(expiryForWeek('2026-W47', 30).toISOString()).toBe('2026-12-28T00:00:00.000Z');
    for (const days of [0, 1, 6, 7, 30, 730, 2555]) expect(expiryForWeek('2026-W47', days).getUTCDay()).toBe(1);
    const monday = isoWeekOf(new Date('2026-11-16T08:00:00Z'), 'UTC');
    const sunday = isoWeekOf(new Date('2026-11-22T23:00:00Z'), 'UTC');
    expect(expiryForWeek(monday, 730)).toEqual(expiryForWeek(sunday, 730));
  });
});
