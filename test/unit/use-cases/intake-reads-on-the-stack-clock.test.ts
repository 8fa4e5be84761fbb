import { describe, expect, it } from 'vitest';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import type { Clock } from '../../../shared/ports/clock';
import type { Queue } from '../../../shared/ports/queue';
import { analysisLanes } from '../../../shared/runtime/analysis-lanes';
import { keepFollowUpCase } from '../../../shared/use-cases/follow-up-details';
import { readsUrgent } from '../../../shared/use-cases/reads-urgent';
import { appWithFakes, exampleConfig, inMemoryRateState } from '../../support/fixtures';
import { urgencyOf } from '../../../functions/intake/routes/web-feedback';
import { smsUrgency } from '../../../functions/intake/routes/sms-twilio';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { type AnalyseFeedbackDeps, urgencyOfBatch } from '../../../shared/use-cases/analyse-feedback';
import { answerKeptAsReport } from '../../../shared/use-cases/answer-kept-as-report';
import { CASE_CLOSED } from '../../../shared/use-cases/case-conversation';
import { withEarlierPart } from '../../../shared/use-cases/split-report';
import { ValidationError } from '../../../shared/errors';

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
    await readsUrgent([], { escalate: false, text: 'warm the detector' }, undefined, NEXT_YEAR);
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

  // Every other reading of the same words: the form's and kiosk's past a spent budget, a text's, words sent on a
  // closed case, a report split over two texts, and analysis itself whatever detector its composition root gives.
  // Each read the machine's year before, so on a clock in another year they disagreed with analysis.
  it("Should read the form's and the kiosk's report on the stack's clock past a spent budget", async () => {
    const form = (clock: Clock) => urgencyOf({ text: LAST_YEARS, topic: '' }, exampleConfig, clock);
    expect(await form(THIS_YEAR).urgent(undefined)).toBe(true);
    expect(await form(THIS_YEAR).inWords?.(undefined)).toBe(true);
    expect(await form(NEXT_YEAR).urgent(undefined)).toBe(false);
    expect(await form(NEXT_YEAR).inWords?.(undefined)).toBe(false);
  });

  it("Should read a text on the stack's clock past a spent budget", async () => {
    const text = (clock: Clock) =>
      smsUrgency(
        exampleConfig,
        clock,
        () => readSmsIntent(LAST_YEARS, exampleConfig, undefined),
        undefined,
        () => false,
      );
    expect(await text(THIS_YEAR).urgent(undefined)).toBe(true);
    expect(await text(THIS_YEAR).inWords?.(undefined)).toBe(true);
    expect(await text(NEXT_YEAR).urgent(undefined)).toBe(false);
  });

  it('Should keep words sent on a closed case as a report of their own only when the clock reads them urgent', async () => {
    const kept = async (clock: Clock) => {
      const { deps } = appWithFakes({ clock });
      return answerKeptAsReport(deps, new ValidationError(CASE_CLOSED), {
        typedCode: 'ABCDE-FGHJK',
        text: LAST_YEARS,
        channel: 'web',
      });
    };
    expect(await kept(THIS_YEAR)).toBeDefined();
    expect(await kept(NEXT_YEAR)).toBeUndefined();
  });

  it("Should read the first of two texts on the stack's clock: an urgent one was escalated, history was not", async () => {
    // The second text alone is read by the caller (here: not urgent); the first is read here, on the clock.
    const joined = async (clock: Clock) => {
      const deps = { rateState: inMemoryRateState(clock), config: exampleConfig, clock };
      await withEarlierPart(deps, { from: '+15550001111' }, LAST_YEARS, async () => false);
      return withEarlierPart(
        deps,
        { from: '+15550001111' },
        'and someone was crushed by a pallet again today',
        async () => false,
      );
    };
    // This year's accident went to its sponsor on its own: the next text is no second emergency.
    expect(await joined(THIS_YEAR)).toBeUndefined();
    // Last year's is history: the two are read together.
    expect(await joined(NEXT_YEAR)).toContain('again today');
  });

  it('Should have analysis read on its own clock, whatever detector it is given', () => {
    const read = (clock: Clock) =>
      urgencyOfBatch(
        {
          clock,
          escalation: { detectUrgency: (text: string, on: Clock) => detectUrgency(text, on).categories },
        } as unknown as AnalyseFeedbackDeps,
        [{ id: 'x', text: LAST_YEARS } as unknown as AnalysisMessage],
      ).get('x');
    expect(read(THIS_YEAR)).not.toEqual([]);
    expect(read(NEXT_YEAR)).toEqual([]);
  });
});
