import { describe, expect, it } from 'vitest';
import { dayInZone, endOfZoneDay, startOfZoneDay } from '../../../shared/domain/zone-day';

// The day an answer's due time counts from ends at the installation's
// midnight, not UTC's: else 11 PM in Chicago already had its day over.

describe('days in the installation’s time zone', () => {
  it.each([
    ['Pacific/Auckland', '2026-11-18T11:30:00Z', '2026-11-19', '2026-11-18T11:00:00.000Z', '2026-11-19T11:00:00.000Z'],
    ['America/Chicago', '2026-11-19T05:30:00Z', '2026-11-18', '2026-11-18T06:00:00.000Z', '2026-11-19T06:00:00.000Z'],
    [
      'Pacific/Kiritimati',
      '2026-11-18T10:30:00Z',
      '2026-11-19',
      '2026-11-18T10:00:00.000Z',
      '2026-11-19T10:00:00.000Z',
    ],
    // Summer time ends in Chicago on 1 November 2026: that day has 25 hours.
    ['America/Chicago', '2026-11-01T12:00:00Z', '2026-11-01', '2026-11-01T05:00:00.000Z', '2026-11-02T06:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-18T18:45:00Z', '2026-11-19', '2026-11-18T18:30:00.000Z', '2026-11-19T18:30:00.000Z'],
  ])('Should place %s at %s on %s, from %s to %s', (zone, at, day, start, end) => {
    expect(dayInZone(new Date(at), zone)).toBe(day);
    expect(startOfZoneDay(day, zone).toISOString()).toBe(start);
    expect(endOfZoneDay(day, zone).toISOString()).toBe(end);
  });
});
