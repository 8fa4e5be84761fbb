import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { acknowledgeDeadline } from '../../../shared/domain/deadlines';
import { HOUR_MS } from '../../../shared/domain/durations';
import { acknowledgeReminder, reminderAt } from '../../../shared/domain/reminders';
import { exampleConfig } from '../../support/fixtures';

// Issue 14 item 4: a reminder before every deadline at which a case would climb, early enough to act.

const raised = (raisedAt: string, slaDueAt: string, urgent = false) => ({
  caseKey: 'a'.repeat(64),
  raisedAt,
  slaDueAt,
  urgent,
  status: 'raised' as const,
});

describe('when whoever holds a case is reminded', () => {
  it('Should remind a day before a 72-hour service level, an hour before a 4-hour one, two days before the law’s week', () => {
    const config = configSchema.parse({ ...exampleConfig, slas: { standardHours: 72, urgentHours: 4 } });
    const standard = acknowledgeReminder(config, raised('2026-11-18T15:20:00Z', '2026-11-21T15:00:00.000Z'));
    expect(standard).toEqual({
      at: new Date('2026-11-20T15:00:00Z'),
      due: { at: '2026-11-21T15:00:00.000Z', legal: false },
    });
    const urgent = acknowledgeReminder(config, raised('2026-11-18T15:20:00Z', '2026-11-18T19:00:00.000Z', true));
    expect(urgent?.at).toEqual(new Date('2026-11-18T18:00:00Z'));
    expect(reminderAt(config, '2026-11-18T15:00:00Z', '2026-11-25T15:00:00Z')).toEqual(
      new Date('2026-11-23T15:00:00Z'),
    );
  });

  it('Should remind of the law’s deadline when it binds before the service level, as the desk shows it', () => {
    const config = configSchema.parse({
      ...exampleConfig,
      slas: { standardHours: 72, urgentHours: 72 },
      legalClocks: { acknowledgeDays: 1 },
    });
    const owed = acknowledgeReminder(config, raised('2026-11-18T10:30:00Z', '2026-11-21T10:00:00.000Z'));
    // The law's day from 4 AM Central Time: the deadline is the end of the 18th there (06:00 UTC on the 19th).
    expect(owed?.due).toEqual({ at: '2026-11-19T06:00:00.000Z', legal: true });
    expect(owed?.at).toEqual(new Date('2026-11-19T00:00:00Z'));
  });

  it('Should give a case moved to someone new a reminder within their own time, not the old holder’s', () => {
    // Raised on the 18th, handed over on the 20th with a fresh 72 hours (due the 23rd): the law's 25th does not bind.
    const owed = acknowledgeReminder(exampleConfig, raised('2026-11-18T15:20:00Z', '2026-11-23T10:00:00.000Z'));
    expect(owed).toEqual({
      at: new Date('2026-11-22T10:00:00Z'),
      due: { at: '2026-11-23T10:00:00.000Z', legal: false },
    });
  });

  it('Should remind strictly after the time began and before its deadline, whatever the (valid) config and times', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 168 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (start, hours, acknowledgeDays, remindDaysBefore, remindShare) => {
          const config = configSchema.parse({
            ...exampleConfig,
            slas: { standardHours: hours, urgentHours: hours },
            legalClocks: { acknowledgeDays, remindDaysBefore, remindShare },
          });
          const hour = new Date(Math.floor(start.getTime() / HOUR_MS) * HOUR_MS);
          const e = raised(start.toISOString(), new Date(hour.getTime() + hours * HOUR_MS).toISOString());
          const owed = acknowledgeReminder(config, e);
          const due = acknowledgeDeadline(config, e);
          if (!owed) {
            // Only when there is no whole hour between the start and the deadline to remind in.
            expect(Date.parse(due.at) - hour.getTime()).toBeLessThan((2 * HOUR_MS) / Math.min(remindShare, 1));
            return;
          }
          expect(owed.due).toEqual(due);
          expect(owed.at.getTime()).toBeGreaterThan(hour.getTime());
          expect(owed.at.getTime()).toBeLessThan(Date.parse(due.at));
          expect(owed.at.getUTCMinutes()).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
