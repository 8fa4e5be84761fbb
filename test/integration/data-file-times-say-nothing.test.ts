import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { tempDataDir } from '../support/local-stack';
import { waitFor, type OutboxEmail } from '../support/outbox';
import { stackWithEscalatedCase, withinBudget } from '../support/sponsor-case';

const ackLinkIn = (email: OutboxEmail) => email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;

/** Every file and folder the laptop keeps, with the times its file system shows anyone who lists it (nothing is read). */
function timesOf(
  dataDir: string,
): Map<string, { mtimeMs: number; ctimeMs: number; birthtimeMs: number; size: number }> {
  const found = new Map<string, { mtimeMs: number; ctimeMs: number; birthtimeMs: number; size: number }>();
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    found.set(relative(dataDir, path) || '.', {
      mtimeMs: stat.mtimeMs,
      ctimeMs: stat.ctimeMs,
      birthtimeMs: stat.birthtimeMs,
      size: stat.isFile() ? stat.size : 0,
    });
  };
  walk(dataDir);
  return found;
}

const isWeekStart = (ms: number) => ms % 86_400_000 === 0 && new Date(ms).getUTCDay() === 1;

/**
 * Issue 14 (attacker's report, laptop stack): a file's change time (ctime)
 * cannot be set back, so the waiting room's showed the second of the last
 * answer or status visit, the queue journal's the last submission, and
 * dynalite's the sponsor's last write: together they ordered an answer
 * among the sponsor's messages. Once the stack has had a moment, every
 * file's times must say only "the stack was running until about now".
 */
describe('the laptop’s data files do not date an employee’s answer, visit or submission', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:00:00Z');
  let stack: Awaited<ReturnType<typeof stackWithEscalatedCase>>['stack'];
  let caseCode: string;
  let ack: string;

  beforeAll(async () => {
    let sponsorEmail: OutboxEmail;
    ({ stack, caseCode, sponsorEmail } = await stackWithEscalatedCase(dataDir.path, clock));
    ack = ackLinkIn(sponsorEmail);
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should leave every file’s change time at a moment after the employee’s last action, and every modification time at the week’s start', async () => {
    clock.set('2026-11-18T15:44:05Z');
    const asked = await withinBudget(ack, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ action: 'message', message: 'Which door is it?' }).toString(),
      redirect: 'manual',
    });
    expect(asked.status).toBe(303);
    const roomBefore = timesOf(join(dataDir.path, 'waiting'));

    clock.set('2026-11-18T15:45:20Z');
    // The employee reads the question (the page notes what they have read), answers, and sends a new report.
    const roomBytes = () =>
      readdirSync(join(dataDir.path, 'waiting')).map((name) => readFileSync(join(dataDir.path, 'waiting', name)));
    const unread = roomBytes();
    const read = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
    expect(read.status).toBe(200);
    // The visit alone writes nothing: what it read is noted in memory.
    expect(roomBytes()).toEqual(unread);
    const answered = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'The one behind the paint shop, by the loading gate.' }),
    });
    expect(answered.status).toBe(201);
    await waitUntilHeld(stack, 'loading gate');
    const { caseCode: second } = await stack.submit({ text: 'The canteen coffee machine is broken again.' });
    await stack.waitForStatus(second, 'analysed');
    const lastAction = Date.now();

    // The room was written in place: no file made, none grown, for the visit and the answer.
    const roomAfter = timesOf(join(dataDir.path, 'waiting'));
    expect([...roomAfter.keys()].sort()).toEqual([...roomBefore.keys()].sort());
    for (const [name, file] of roomAfter) {
      expect(file.birthtimeMs, `waiting/${name} made anew`).toBe(roomBefore.get(name)!.birthtimeMs);
      expect(file.size, `waiting/${name}'s size`).toBe(roomBefore.get(name)!.size);
    }

    // A moment later, no file's times tell which of them came last, or when.
    const files = await waitFor('every data file’s times set back after the last action', async () => {
      const now = timesOf(dataDir.path);
      return [...now.values()].every((f) => f.ctimeMs > lastAction) ? now : undefined;
    });
    for (const [name, file] of files) expect(isWeekStart(file.mtimeMs), `${name}'s modification time`).toBe(true);
  });
});
