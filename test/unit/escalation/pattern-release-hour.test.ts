import { describe, expect, it } from 'vitest';
import { nextPatternRelease } from '../../../shared/domain/pattern-release';

describe('the day’s pattern release', () => {
  it.each([
    // Found in the evening: sent the next morning, at 9 where the installation is.
    ['2026-12-01T21:23:19Z', 'America/Chicago', 9, '2026-12-02T15:00:00.000Z'],
    // Found just before the release: sent at it; found at it or after: the next day's.
    ['2026-12-02T14:59:59Z', 'America/Chicago', 9, '2026-12-02T15:00:00.000Z'],
    ['2026-12-02T15:00:00Z', 'America/Chicago', 9, '2026-12-03T15:00:00.000Z'],
    // Already tomorrow in Auckland.
    ['2026-12-01T21:23:19Z', 'Pacific/Auckland', 9, '2026-12-02T20:00:00.000Z'],
    // The day summer time starts: 9 is on the new clock; an hour it skips is the hour after.
    ['2026-03-08T05:00:00Z', 'America/Chicago', 9, '2026-03-08T14:00:00.000Z'],
    ['2026-03-29T00:30:00Z', 'Europe/Berlin', 2, '2026-03-29T01:00:00.000Z'],
  ])('Should send a pattern found at %s (%s, release at %i) at %s', (found, zone, hour, release) => {
    expect(nextPatternRelease(new Date(found), hour, zone).toISOString()).toBe(release);
  });
});
