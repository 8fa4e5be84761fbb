import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueHour, hourStamp } from '../../../shared/domain/escalation';
import { hourInZone } from '../../../shared/email/hour-in-zone';

// Whole-hour zones and the awkward ones: half-hour and 45-minute offsets, daylight saving both ways.
const ZONES = [
  'America/Chicago',
  'Europe/London',
  'UTC',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'America/St_Johns',
  'Pacific/Chatham',
];
const instant = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('times as sponsors see them', () => {
  it('Should show the day and the hour with the time zone, and never a minute, in any zone at any time', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.constantFrom('around' as const, 'by' as const, 'at' as const),
        (date, zone, how) => {
          const shown = hourInZone(hourStamp(date), zone, how);
          expect(shown).not.toMatch(/\d:\d\d/);
          expect(shown).toMatch(
            new RegExp(`^(${how} )?\\d{1,2} [AP]M on \\w{3}, \\w{3} \\d{1,2}, \\d{4} \\(${zone}\\)$`),
          );
        },
      ),
    );
  });

  it('Should keep only whole hours, and never shorten an SLA below its hours from the raised hour', () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 0.1, max: 168, noNaN: true }), (date, hours) => {
        const raised = hourStamp(date);
        const due = dueHour(new Date(raised), hours);
        for (const iso of [raised, due]) expect(iso).toMatch(/T\d\d:00:00\.000Z$/);
        expect(Date.parse(due) - Date.parse(raised)).toBeGreaterThanOrEqual(hours * 3_600_000);
      }),
    );
  });

  it('Should say the hour in Chicago for a UTC hour', () => {
    expect(hourInZone('2026-11-18T15:00:00.000Z', 'America/Chicago', 'around')).toBe(
      'around 9 AM on Wed, Nov 18, 2026 (America/Chicago)',
    );
  });
});
