import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { outbox } from '../support/outbox';
import { useFloodStack } from '../support/report-flood';

// Attack round 40, F12 and F7: a report ticked urgent whose words no rule reads, at Plant 2, went to the CEO
// ("Topic: Not given"), and once the hour's summary of ticked reports had gone out it waited for the next hour's,
// ten minutes and more, "being passed on". Now it goes to whoever owns its site, and each sweep tells what came
// since in one email: a ticked report is read within the sweep's minutes, never at the next hour.

const MANAGER = 'plant2-gm@example.com';
const CEO = 'ceo@example.com';
/** `escalation.markedUrgentEmailsPerHour` in the example settings. */
const HOUR_EMAILS = 5;
/** Ticked, calm in their words, no topic chosen: only their senders say they are urgent. */
const ticked = (i: number) => ({
  text: `can somebody from the office come talk to us about point ${i + 1} on the board`,
  site: 'plant2',
  escalate: true,
});

/** The example settings, swept only when the test says so (the timer every hour), however long the flood takes. */
function sweptWhenAsked(): string {
  const example = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as {
    escalation: Record<string, unknown>;
  };
  const path = join(mkdtempSync(join(tmpdir(), 'lp-ticked-')), 'config.json');
  writeFileSync(path, JSON.stringify({ ...example, escalation: { ...example.escalation, sweepMinutes: 60 } }));
  return path;
}

describe('reports ticked urgent past the hour’s emails', () => {
  const clock = fixedClock('2026-11-18T15:10:00Z');
  const { stack, submitEach, untilRaised } = useFloodStack({ clock, configPath: sweptWhenAsked() });
  const to = async (address: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(address));

  it('Should go to the site’s manager, not the CEO, and be told at each sweep, not at the next hour', async () => {
    // The hour's five first (the source's first three among them), then three more past them.
    await untilRaised(await submitEach(HOUR_EMAILS, ticked), 180_000);
    await untilRaised(await submitEach(3, ticked, HOUR_EMAILS), 180_000);
    expect(await to(CEO)).toEqual([]);
    expect(await to(MANAGER)).toHaveLength(HOUR_EMAILS);

    await stack.sweep();
    const summaries = (await to(MANAGER)).slice(HOUR_EMAILS);
    expect(summaries.map((e) => e.subject)).toEqual([
      '3 more reports were marked urgent by their senders: see your case desk',
    ]);

    // Later in the same hour: one more, ticked, its words calm to every rule. The next sweep tells it.
    clock.set('2026-11-18T15:20:00Z');
    const later = await submitEach(1, () => ({
      text: 'please send someone to line 6 right now, we need a person here',
      site: 'plant2',
      escalate: true,
    }));
    await untilRaised(later, 120_000);
    expect((await stack.statusOf(later[0]!)).body.status).toBe('forwarding');
    clock.set('2026-11-18T15:25:00Z');
    await stack.sweep();
    const next = (await to(MANAGER)).slice(HOUR_EMAILS + 1);
    expect(next.map((e) => e.subject)).toEqual(['1 more report was marked urgent by its sender: see your case desk']);
    expect((await stack.statusOf(later[0]!)).body.status).toBe('escalated');
    // A sweep with nothing new tells nothing.
    await stack.sweep();
    expect(await to(MANAGER)).toHaveLength(HOUR_EMAILS + 2);
    expect(await to(CEO)).toEqual([]);
  }, 300_000);
});
