import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { DAY_MS } from '../../../shared/domain/durations';
import type { Escalation } from '../../../shared/domain/escalation';
import type { CaseThread } from '../../../shared/ports/case-thread';
import { addMonths, clockEvents, deadlineOf, startFeedbackClock } from '../../../shared/use-cases/legal-clocks';
import { exampleConfig } from '../../support/fixtures';

describe('the legal clocks', () => {
  it('Should count months on the calendar, the 31st becoming a shorter month’s last day, never later', () => {
    expect(addMonths(new Date('2026-11-30T10:00:00Z'), 3).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2027-08-31T00:00:00Z'), 3).toISOString()).toBe('2027-11-30T00:00:00.000Z');
    expect(addMonths(new Date('2027-11-15T09:00:00Z'), 3).toISOString()).toBe('2028-02-15T09:00:00.000Z');
  });

  it('Should tell the employee the day the deadline falls on where the installation is, the day the sponsor is shown', async () => {
    // Acknowledged at 7 PM Central Time on 30 November: three months on is 7 PM on 28 February there, 1 March in
    // UTC. The deadline is the end of the last whole day before the law's moment there: 27 February.
    const days: string[] = [];
    const threads = { setDeadline: async (_key: string, _kind: string, day: string) => void days.push(day) };
    await startFeedbackClock(
      {
        config: { ...exampleConfig, timezone: 'America/Chicago' },
        clock: { now: () => new Date('2026-12-01T01:00:00Z') },
        threads: threads as unknown as CaseThread,
      },
      {
        id: 'case:1',
        caseKey: 'a'.repeat(64),
        raisedAt: '2026-12-01T01:00:00.000Z',
        acknowledgedAt: '2026-12-01T01:00:00.000Z',
      } as Escalation,
    );
    expect(days).toEqual(['2027-02-27']);
  });

  it('Should name in the reminder and the deadline-passed email the same day the employee and the case page are shown', () => {
    // 8 PM Central Time on Monday 7 December is 02:00 UTC on Tuesday the 8th: the emails said "Tuesday, December 8".
    const due = new Date('2026-12-08T02:00:00Z');
    const events = clockEvents(exampleConfig, 'case:x', 'feedback', '2026-09-08T02:00:00Z', due);
    expect(exampleConfig.timezone).toBe('America/Chicago');
    expect(events.map((e) => e.day)).toEqual(['2026-12-07', '2026-12-07']);
  });

  it('Should refuse a config that promises later than the law: more than 7 days to acknowledge, or 3 months to answer', () => {
    expect(() =>
      configSchema.parse({
        ...exampleConfig,
        legalClocks: { acknowledgeDays: 8, feedbackMonths: 3, remindDaysBefore: 2 },
      }),
    ).toThrow(/at most 7 days/);
    expect(() =>
      configSchema.parse({
        ...exampleConfig,
        legalClocks: { acknowledgeDays: 7, feedbackMonths: 4, remindDaysBefore: 2 },
      }),
    ).toThrow(/at most 3 months/);
    expect(
      configSchema.parse({ ...exampleConfig, legalClocks: { acknowledgeDays: 3, feedbackMonths: 2 } }).legalClocks,
    ).toEqual({ acknowledgeDays: 3, feedbackMonths: 2, remindDaysBefore: 2, remindShare: 1 / 3 });
  });

  it('Should set every deadline no later than the law’s, and remind before it, whatever the start and the (valid) config', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 30 }),
        (start, acknowledgeDays, feedbackMonths, remindDaysBefore) => {
          const config = configSchema.parse({
            ...exampleConfig,
            legalClocks: { acknowledgeDays, feedbackMonths, remindDaysBefore },
          });
          const acknowledge = deadlineOf(config, 'acknowledge', start.toISOString());
          expect(acknowledge.getTime()).toBeLessThanOrEqual(start.getTime() + 7 * DAY_MS);
          const feedback = deadlineOf(config, 'feedback', start.toISOString());
          const lawsFeedback = new Date(start);
          lawsFeedback.setUTCMonth(lawsFeedback.getUTCMonth() + 3);
          expect(feedback.getTime()).toBeLessThanOrEqual(
            Math.max(lawsFeedback.getTime(), addMonths(start, 3).getTime()),
          );
          expect(feedback.getTime()).toBeGreaterThan(start.getTime());
          const [reminder, passed] = clockEvents(config, 'case:x', 'feedback', start.toISOString(), feedback);
          expect(Date.parse(reminder!.at)).toBeLessThan(Date.parse(passed!.at));
          expect(Date.parse(reminder!.at)).toBeGreaterThan(start.getTime());
          // The deadline is the end of the day it names, where the installation is: the next day starts then.
          const dayOf = (at: Date) =>
            new Intl.DateTimeFormat('en-CA', { timeZone: config.timezone, dateStyle: 'short' }).format(at);
          expect(passed!.day).toBe(dayOf(new Date(feedback.getTime() - 1)));
          expect(dayOf(new Date(feedback.getTime() - 3_600_000))).not.toBe(dayOf(feedback));
          expect(new Date(passed!.at).getUTCMinutes()).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
