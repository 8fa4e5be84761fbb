import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesUnder, isWeekStart, sponsorMessage } from '../support/data-files';
import { fixedClock, json } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

/** Every file the laptop keeps: its bytes and its times, as someone holding the laptop's disk reads them. */
function diskOf(dataDir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const files = [...entriesUnder(dataDir)].filter(([, stat]) => stat.isFile());
  return new Map(
    files.map(([name, stat]) => [name, { bytes: readFileSync(join(dataDir, name)), mtimeMs: stat.mtimeMs }]),
  );
}

/**
 * Issue 14 (attacker's report, laptop stack): dynalite's LevelDB files keep
 * every write in order and the live log its last write's time, so an
 * ordinary answer written to them between two of the sponsor's messages
 * could be placed among them, and timed, by whoever holds the laptop's
 * files. Until its hour is over the answer must leave nothing there: not its
 * words, not a write of any kind, not a file time.
 */
describe('an ordinary answer leaves nothing on the laptop’s disk that places it within its hour', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const held = useEscalatedCase(clock, {
    // Ticked urgent, calm in its words: an answer on a case urgent in what it reports goes at once
    // (answer-in-urgent-case-at-once.test.ts); this test is about the answers held to their hour.
    text: 'The canteen rota by the paint shop changed again without notice.',
    escalate: true,
  });
  const { stack, dataDir } = held;

  const sponsorWrites = async (message: string) =>
    expect((await withinBudget(held.ack, sponsorMessage(message))).status).toBe(303);
  const answer = async (text: string) => {
    const res = await fetch(`${stack.urls.app}/status/${held.caseCode}/messages`, json({ text }));
    expect(res.status).toBe(201);
  };
  const answerText = 'The marmalade conveyor squeaks near the west loading gate.';

  it('Should write nothing to dynalite for the answer within its hour, and show it at the first sweep after, however late', async () => {
    clock.set('2026-11-18T15:44:05Z');
    await sponsorWrites('Which door is it?');
    // Once the stack has dated the sponsor's write to its week (it blurs file times every few seconds): a blur
    // after the snapshot would otherwise read as a time the answer changed (seen in CI on a loaded machine).
    const before = await waitFor('the table’s files dated to their week', async () => {
      const disk = diskOf(join(dataDir, 'dynamodb'));
      return [...disk.values()].every((file) => isWeekStart(file.mtimeMs)) ? disk : undefined;
    });

    clock.set('2026-11-18T15:45:20Z');
    // The employee reads the question (their page notes what they have read), then answers.
    const read = await fetch(`${stack.urls.app}/status/${held.caseCode}`, { headers: { accept: 'application/json' } });
    expect(((await read.json()) as { messages: { text: string }[] }).messages.map((m) => m.text)).toEqual([
      'Which door is it?',
    ]);
    await answer(answerText);
    await waitUntilHeld(stack, 'marmalade conveyor');
    // Not one byte or file time of the table's files changed for the visit or the answer (analysis and the escalation stage done).
    const afterAnswer = diskOf(join(dataDir, 'dynamodb'));
    expect([...afterAnswer.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, file] of afterAnswer) {
      expect(file.bytes.equals(before.get(name)!.bytes), `${name} changed`).toBe(true);
      expect(file.mtimeMs, `${name}'s time changed`).toBe(before.get(name)!.mtimeMs);
    }

    clock.set('2026-11-18T15:48:30Z');
    await sponsorWrites('Since when?');
    // The whole data folder: the answer's words nowhere in clear, and what holds it dated to the week only.
    // (the start of a week, Monday 00:00 UTC: the file system's own, not the injected clock's)
    for (const [name, file] of diskOf(dataDir)) {
      expect(file.bytes.includes('marmalade'), `${name} holds the answer`).toBe(false);
      if (name.startsWith('waiting')) expect(isWeekStart(file.mtimeMs), `${name}'s time`).toBe(true);
    }
    // The employee still sees it at once, as on its way.
    const status = await fetch(`${stack.urls.app}/status/${held.caseCode}`, {
      headers: { accept: 'application/json' },
    });
    const { messages } = (await status.json()) as { messages: { text: string; waiting?: boolean }[] };
    expect(messages.find((m) => m.text === answerText)?.waiting).toBe(true);

    // No sweep ran in the hour after (the laptop slept): the first one, two hours on, delivers it.
    clock.set('2026-11-18T17:10:00Z');
    await stack.sweep();
    const page = await (await withinBudget(held.ack)).text();
    expect(page).toContain(answerText);
    expect(page.indexOf('Since when?')).toBeLessThan(page.indexOf(answerText));
    await waitFor('the answer’s email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => (e.body.text ?? '').includes('marmalade conveyor')),
    );
  });
});
