import { describe, expect, it } from 'vitest';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import type { Clock } from '../../../shared/ports/clock';
import type { Queue } from '../../../shared/ports/queue';
import { analysisLanes } from '../../../shared/runtime/analysis-lanes';
import { keepFollowUpCase } from '../../../shared/use-cases/follow-up-details';
import { readsUrgent } from '../../../shared/use-cases/reads-urgent';
import { exampleConfig } from '../../support/fixtures';

// Analysis reads "in 2025 …" on the stack's clock (reading-year.ts); the intake's own readings (which lane a report
// waits in, whether a refused report is read urgent, the topic an SMS's details follow) read it on the machine's
// year. On a stack started with CLOCK in another year, the intake and analysis disagreed about the same words. They
// now read on the same clock.

const on = (iso: string): Clock => ({ now: () => new Date(iso) });
const LAST_YEARS = 'In 2025 a worker was crushed by a pallet here, it was awful.';
const THIS_YEAR = on('2025-11-04T15:00:00Z');
const NEXT_YEAR = on('2026-03-04T15:00:00Z');

describe("the intake reads a report's year on the stack's clock", () => {
  it('Should read a past-year accident as history on a later clock, and as a report on its own year (refusals)', async () => {
    expect(await readsUrgent([], { escalate: false, text: LAST_YEARS }, undefined, NEXT_YEAR)).toBe(false);
    expect(await readsUrgent([], { escalate: false, text: LAST_YEARS }, undefined, THIS_YEAR)).toBe(true);
  });

  it('Should put the report in the lane analysis will read it in, on the same clock', async () => {
    const laneOf = async (clock: Clock) => {
      const taken: string[] = [];
      const lane = (name: string): Queue<AnalysisMessage> => ({
        enqueue: async () => {
          taken.push(name);
        },
      });
      const queue = analysisLanes(
        { topics: [] },
        { priority: lane('priority'), marked: lane('marked'), normal: lane('normal') },
        clock,
      );
      await queue.enqueue({ id: 'x', text: LAST_YEARS, escalate: false } as unknown as AnalysisMessage);
      return taken;
    };
    expect(await laneOf(NEXT_YEAR)).toEqual(['normal']);
    expect(await laneOf(THIS_YEAR)).toEqual(['priority']);
  });

  it("Should keep an urgent text's topic for its details only when the clock reads it as this year's", async () => {
    await readsUrgent([], { escalate: false, text: 'warm the detector' });
    const kept = async (clock: Clock) => {
      let topic: string | undefined;
      const rateState = {
        keepFollowUpLink: async (_subject: string, _code: string, link: { topic?: string }) => {
          topic = link.topic;
        },
      };
      await keepFollowUpCase(
        { config: exampleConfig, rateState: rateState as never, clock },
        { from: '+15550001111' },
        'ABCDE-FGHJK',
        { text: LAST_YEARS },
      );
      return topic;
    };
    expect(await kept(NEXT_YEAR)).toBeUndefined();
    expect(await kept(THIS_YEAR)).toBeDefined();
  });
});
