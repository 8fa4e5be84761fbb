import { describe, expect, it } from 'vitest';
import { historyList } from '../../../functions/intake/pages/sponsor-words';
import type { AuditEntry } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, attacker's report: a case already with the leadership list, reminded every period, read
// "Not acknowledged in time, so passed on to the leadership list" six times or more. Once.

describe('a case history', () => {
  it('Should say once that the case was passed on to the leadership list, however often it was reminded there', () => {
    const climb = (at: string): AuditEntry => ({
      at,
      event: 're-escalated',
      detail: 'not acknowledged in time; now with the leadership list',
    });
    const audit: AuditEntry[] = [
      { at: '2026-11-18T15:00:00.000Z', event: 'raised', detail: 'for Dana Whitfield (COO): urgent-topic' },
      climb('2026-11-18T19:00:00.000Z'),
      ...['23', '03', '07', '11', '15', '19'].map((h) => climb(`2026-11-19T${h}:00:00.000Z`)),
    ];
    const said = String(historyList(exampleConfig, 'en', audit));
    expect(said.split('passed on to the leadership list').length - 1).toBe(1);
  });
});
