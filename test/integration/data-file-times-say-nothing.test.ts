import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesUnder, isWeekStart, sponsorMessage } from '../support/data-files';
import { fixedClock, json } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

/**
 * Issue 14 (attacker's report, laptop stack): a file's change time (ctime)
 * cannot be set back, so the waiting room's showed the second of the last
 * answer or status visit, the queue journal's the last submission, and
 * dynalite's the sponsor's last write: together they ordered an answer
 * among the sponsor's messages. Once the stack has had a moment, every
 * file's times must say only "the stack was running until about now".
 */
describe('the laptop’s data files do not date an employee’s answer, visit or submission', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const held = useEscalatedCase(clock, {
    // Ticked urgent, calm in its words: an answer on a case urgent in what it reports goes at once
    // (answer-in-urgent-case-at-once.test.ts); this test is about the answers held to their hour.
    text: 'The canteen rota by the paint shop changed again without notice.',
    escalate: true,
  });
  const { stack, dataDir } = held;

  it('Should leave every file’s change time at a moment after the employee’s last action, and every modification time at the week’s start', async () => {
    clock.set('2026-11-18T15:44:05Z');
    const asked = await withinBudget(held.ack, sponsorMessage('Which door is it?'));
    expect(asked.status).toBe(303);
    const roomBefore = entriesUnder(join(dataDir, 'waiting'));

    clock.set('2026-11-18T15:45:20Z');
    // The employee reads the question (the page notes what they have read), answers, and sends a new report.
    const roomBytes = () =>
      readdirSync(join(dataDir, 'waiting')).map((name) => readFileSync(join(dataDir, 'waiting', name)));
    const unread = roomBytes();
    const read = await fetch(`${stack.urls.app}/status/${held.caseCode}`, { headers: { accept: 'application/json' } });
    expect(read.status).toBe(200);
    // The visit alone writes nothing: what it read is noted in memory.
    expect(roomBytes()).toEqual(unread);
    const answered = await fetch(
      `${stack.urls.app}/status/${held.caseCode}/messages`,
      json({ text: 'The one behind the paint shop, by the loading gate.' }),
    );
    expect(answered.status).toBe(201);
    await waitUntilHeld(stack, 'loading gate');
    const { caseCode: second } = await stack.submit({ text: 'The canteen coffee machine is broken again.' });
    await stack.waitForStatus(second, 'analysed');
    const lastAction = Date.now();

    // The room was written in place: no file made, none grown, for the visit and the answer.
    const roomAfter = entriesUnder(join(dataDir, 'waiting'));
    expect([...roomAfter.keys()].sort()).toEqual([...roomBefore.keys()].sort());
    for (const [name, file] of roomAfter) {
      expect(file.birthtimeMs, `waiting/${name} made anew`).toBe(roomBefore.get(name)!.birthtimeMs);
      expect(file.size, `waiting/${name}'s size`).toBe(roomBefore.get(name)!.size);
    }

    // A moment later, no file's times tell which of them came last, or when.
    const files = await waitFor('every data file’s times set back after the last action', async () => {
      const now = entriesUnder(dataDir);
      return [...now.values()].every((f) => f.ctimeMs > lastAction) ? now : undefined;
    });
    for (const [name, file] of files) expect(isWeekStart(file.mtimeMs), `${name}'s modification time`).toBe(true);
  });

  it('Should make no file under the data folder for a submission: no birth time dates it', async () => {
    // A file's birth time cannot be set back: a file made for it would date the submission to the millisecond.
    const before = entriesUnder(dataDir);
    const submitted = Date.now();
    const { caseCode } = await stack.submit({ text: 'The canteen coffee machine is broken again, since Monday.' });
    await stack.waitForStatus(caseCode, 'analysed');
    const born = [...entriesUnder(dataDir)]
      .filter(([name, file]) => !before.has(name) || file.birthtimeMs >= submitted)
      .map(([name, file]) => `${name} born ${new Date(file.birthtimeMs).toISOString()}`);
    expect(born).toEqual([]);
  });
});
