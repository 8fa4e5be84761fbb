import { describe, expect, it } from 'vitest';
import { clockInWords } from '../../../functions/intake/pages/case-desk';
import type { Config } from '../../../shared/config/schema';
import { deskFiltersSchema, deskStateOf, matchesFilters, type DeskCase } from '../../../shared/domain/case-desk';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/**
 * One rule for "overdue": a case the desk words as overdue (by the earlier of
 * the service level and the law's deadline) is the one the overdue filter
 * shows, whichever of the two deadlines binds.
 */
const HOUR = 3_600_000;
const raisedAt = '2026-11-18T10:00:00.000Z';
const cases: DeskCase[] = [1, 24, 72, 200].map((slaHours, i) =>
  raisedEscalation({
    id: `case:0b7a4d4e-1111-4c1c-9a11-00000000000${i}`,
    caseKey: String(i).repeat(64),
    raisedAt,
    slaDueAt: new Date(Date.parse(raisedAt) + slaHours * HOUR).toISOString(),
  }),
);
const withLegalDays = (acknowledgeDays: number): Config => ({
  ...exampleConfig,
  legalClocks: { ...exampleConfig.legalClocks, acknowledgeDays },
});

describe.each([1, 2, 7])('the overdue filter with the law allowing %i day(s) to acknowledge', (days) => {
  const config = withLegalDays(days);
  it.each([2, 30, 50, 100, 300])(
    'Should list exactly the cases the desk calls overdue, %i hours after they were raised',
    (hours) => {
      const now = new Date(Date.parse(raisedAt) + hours * HOUR);
      const overdue = deskFiltersSchema.parse({ show: 'overdue' });
      const listed = cases.filter((e) => matchesFilters(config, e, overdue, now, false)).map((e) => e.id);
      const worded = cases
        .filter((e) =>
          clockInWords(config, { escalation: e, state: deskStateOf(config, e, now) }, 'en', now).startsWith('Overdue'),
        )
        .map((e) => e.id);
      expect(listed).toEqual(worded);
    },
  );
});

it('Should show a case as overdue once the legal day has passed, though its service level has days to run', () => {
  const config = withLegalDays(1);
  const e = cases[3]!; // 200 hours of service level, a 1-day legal clock
  const now = new Date(Date.parse(raisedAt) + 30 * HOUR);
  expect(matchesFilters(config, e, deskFiltersSchema.parse({ show: 'overdue' }), now, false)).toBe(true);
  expect(deskStateOf(config, e, now)).toBe('overdue');
});
