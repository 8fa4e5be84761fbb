import { describe, expect, it } from 'vitest';
import {
  describeWeek,
  lastCompleteWeek,
  nextWeekly,
  shiftWeek,
  weekBounds,
  weeksEndingWith,
} from '../../../shared/digest/weeks';

describe('ISO weeks for the digest', () => {
  it.each([
    ['2026-W47', -1, '2026-W46'],
    ['2026-W01', -1, '2025-W52'],
    ['2026-W52', 1, '2026-W53'], // 2026 has 53 weeks
    ['2026-W53', 1, '2027-W01'],
    ['2026-W47', -8, '2026-W39'],
  ])('Should move %s by %i weeks to %s', (week, offset, expected) => {
    expect(shiftWeek(week, offset)).toBe(expected);
  });

  it('Should list the weeks of a trend oldest first', () => {
    expect(weeksEndingWith('2026-W02', 4)).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02']);
  });

  it('Should run a week from Monday midnight to Monday midnight in the configured time zone, DST changes included', () => {
    expect(weekBounds('2026-W47', 'America/Chicago')).toEqual({
      start: new Date('2026-11-16T06:00:00Z'),
      end: new Date('2026-11-23T06:00:00Z'),
    });
    // Chicago moves its clocks forward on Sunday 8 March 2026: that week is an hour short.
    expect(weekBounds('2026-W10', 'America/Chicago')).toEqual({
      start: new Date('2026-03-02T06:00:00Z'),
      end: new Date('2026-03-09T05:00:00Z'),
    });
    expect(weekBounds('2026-W47', 'Asia/Kolkata').start).toEqual(new Date('2026-11-15T18:30:00Z'));
  });

  it('Should name the week a Monday-morning digest reports: the one just ended', () => {
    expect(lastCompleteWeek(new Date('2026-11-23T14:00:00Z'), 'America/Chicago')).toBe('2026-W47');
    // Sunday night in Chicago is already Monday in UTC, but the week is not over there yet.
    expect(lastCompleteWeek(new Date('2026-11-23T03:00:00Z'), 'America/Chicago')).toBe('2026-W46');
  });

  it('Should find the next weekly run at the configured day, time and time zone', () => {
    expect(nextWeekly(new Date('2026-11-18T12:00:00Z'), 'MON', '08:00', 'America/Chicago')).toEqual(
      new Date('2026-11-23T14:00:00Z'),
    );
    expect(nextWeekly(new Date('2026-11-23T14:00:00Z'), 'MON', '08:00', 'America/Chicago')).toEqual(
      new Date('2026-11-30T14:00:00Z'),
    );
    expect(nextWeekly(new Date('2026-11-23T13:59:00Z'), 'MON', '08:00', 'America/Chicago')).toEqual(
      new Date('2026-11-23T14:00:00Z'),
    );
    expect(nextWeekly(new Date('2026-11-20T12:00:00Z'), 'FRI', '17:30', 'Europe/London')).toEqual(
      new Date('2026-11-20T17:30:00Z'),
    );
  });

  it('Should describe a week in words, across months and years', () => {
    expect(describeWeek('2026-W47')).toBe('Mon 16 – Sun 22 November 2026');
    expect(describeWeek('2026-W49')).toBe('Mon 30 November – Sun 6 December 2026');
    expect(describeWeek('2026-W53')).toBe('Mon 28 December 2026 – Sun 3 January 2027');
  });
});
