import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeIn, PLANT2_NUMBER } from '../support/sms';
import { outbox, waitFor, type OutboxEmail } from '../support/outbox';
import { waitForQueuesEmpty } from '../support/queues-empty';
import { useSmsStack } from '../support/sms-stack';

// Attack round 40, F11: one web client posted 31 × "Fire in the storage room…" in six seconds; they spent the
// Plant 2 manager's 30 urgent emails of the hour, and the next real report, texted by someone else ("Carlos got
// his arm caught in the conveyor…"), reached the manager 127 s later as one line of a list. One source cannot
// spend everyone's urgency now: a report from a source that sent few urgent reports this hour is emailed on its
// own, at once, while the flooder's reports past the hour's emails still wait for the sweep's list.

const MANAGER = 'plant2-gm@example.com';
/** `escalation.urgentEmailsPerHour` in the example settings. */
const HOUR_EMAILS = 30;
/** One script's alarm, posted again and again from the web form at Plant 2, the floor changed. */
const alarm = (i: number) => `Fire in the boiler house on level ${i + 1}, thick smoke, get everyone out`;
/** Real reports from other people, urgent in their words, each from a phone of its own. */
const REAL = [
  {
    from: '+15558100001',
    words: 'Tomasz got his hand pulled into the roller on line 4 and he is bleeding a lot',
    shown: 'pulled into the roller on line 4',
  },
  {
    from: '+15558100002',
    words: 'se cayó un compañero del andamio en la nave 3 y no se mueve',
    shown: 'del andamio en la nave 3',
  },
];

/** The example settings, but swept only when a test says so (every hour), however long the flood takes. */
function sweptWhenAsked(dir: string): string {
  const example = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as {
    escalation: Record<string, unknown>;
  };
  const path = join(dir, 'swept-when-asked.config.json');
  writeFileSync(path, JSON.stringify({ ...example, escalation: { ...example.escalation, sweepMinutes: 60 } }));
  return path;
}

const lines = (email: OutboxEmail) =>
  email.body
    .text!.split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));

describe('a report from another source past one source’s flood', () => {
  const { stack, text } = useSmsStack({
    serviceName: 'quiet-source',
    startsAt: '2026-11-18T15:05:00Z',
    config: sweptWhenAsked,
  });
  const toManager = async () => (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(MANAGER));
  const floodCodes: string[] = [];

  it('Should email a texted report on its own at once, though one web client spent the manager’s hour', async () => {
    // The hour's 30 (the script's first three from a quiet source among them), then six more past them.
    for (const [from, count] of [
      [0, HOUR_EMAILS],
      [HOUR_EMAILS, 6],
    ] as const) {
      const submitted = await Promise.all(
        Array.from({ length: count }, (_, i) => stack.submit({ text: alarm(from + i), site: 'plant2' })),
      );
      expect(submitted.every((s) => s.status === 201)).toBe(true);
      floodCodes.push(...submitted.map((s) => s.caseCode));
      await waitFor(
        'the flood to be raised',
        async () => {
          const statuses = await Promise.all(floodCodes.map(async (c) => (await stack.statusOf(c)).body.status));
          return statuses.every((s) => s === 'forwarding' || s === 'escalated') || undefined;
        },
        240_000,
      );
      await waitForQueuesEmpty(stack);
    }
    const flooded = await toManager();
    expect(flooded).toHaveLength(HOUR_EMAILS);

    for (const { from, words, shown } of REAL) {
      const code = codeIn((await text(from, words, PLANT2_NUMBER))[0]);
      // On its own, without waiting for a sweep (none runs here unless the test says so): within seconds on a
      // quiet machine; the bound is for a loaded one.
      const own = await waitFor(
        `the manager's own email about "${words}"`,
        async () => (await toManager().catch(() => [])).find((e) => e.body.text?.includes(shown)),
        120_000,
      );
      expect(own.subject).toMatch(/^Urgent: Health and safety at Plant 2/);
      // "A senior leader has it" once the email is accepted, a moment after it is in the outbox.
      await stack.waitForStatus(code, 'escalated', 30_000);
    }
    // The flood's reports past the hour's emails are not: they wait for the sweep's list.
    const waiting = await Promise.all(floodCodes.map(async (c) => (await stack.statusOf(c)).body.status));
    expect(waiting.filter((s) => s === 'forwarding')).toHaveLength(6);
    expect(await toManager()).toHaveLength(HOUR_EMAILS + REAL.length);
  }, 400_000);

  it('Should still list the flooder’s reports past the hour in one email at the sweep, and none of the others', async () => {
    const before = (await toManager()).length;
    await stack.sweep();
    const told = (await toManager()).slice(before);
    expect(told.map((e) => e.subject)).toEqual(['Urgent: 6 more reports urgent in their words: read the list']);
    expect(lines(told[0]!)).toEqual([expect.stringMatching(/boiler house.*\(6 alike reports\)$/)]);
    for (const code of floodCodes) expect((await stack.statusOf(code)).body.status).toBe('escalated');
  }, 120_000);
});
