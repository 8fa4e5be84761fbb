import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { codeIn, smsTestApp } from '../../support/sms';
import { TEST_PEPPER } from '../../support/fixtures';

// Attack round 29 (atx29 F12): in a busy hour (a real fire, many texters) the holder's urgent emails are past
// `escalation.urgentEmailsPerHour`, so an urgent case is raised, on the holder's desk, and waits at `forwarding` for
// the sweep's list. The texter, past their hourly budget, sent its details: each became an urgent case of its own,
// each spending a place of `limits.urgentSmsOverBudgetPerHour` (5), and the fifth detail was refused "not saved, try
// again in 48 minutes". The case has its holder: the details go into it, and spend nothing.

const FROM = '+15557772901';
const FIRE = 'fire in the paint shop, smoke everywhere';
const DETAILS = [
  'it is in bay 4 not 3',
  'the east door is locked too',
  'we are at the muster point',
  'the sprinklers did not start',
  'Priya went to get the extinguisher',
  'the smoke is black now',
  'the alarm stopped',
];

const answersOn = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string; caseKey: string; followUp?: boolean }[]).filter(
    (m) => m.threadAnswer,
  );

/** A number past its hourly budget (ten ordinary texts, one refused), then an urgent report, taken over it. */
async function overBudgetFire() {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  for (let i = 1; i <= 11; i++) await env.text(`the vending machine on floor ${i} is out of order`, { From: FROM });
  const code = codeIn((await env.text(FIRE, { From: FROM }))[0]);
  return { ...env, code, caseKey: caseKeyFor(code, TEST_PEPPER) };
}

describe("details texted while their urgent case waits for the holder's hourly list", () => {
  it('Should add every detail to the waiting case, refuse none, and make no urgent case of any', async () => {
    const env = await overBudgetFire();
    // Raised and on the holder's desk; its email waits for the sweep's list (the holder's hour is spent).
    await env.store.advanceStatus(env.caseKey, 'forwarding');
    const cases = env.store.cases.size;
    let second = 7;
    for (const detail of DETAILS) {
      env.clock.set(`2026-11-18T15:30:${String(second).padStart(2, '0')}Z`);
      second += 6;
      expect(await env.text(detail, { From: FROM })).toEqual([
        expect.stringContaining(`Your answer on case ${env.code} was sent`),
      ]);
    }
    expect(answersOn(env)).toEqual(
      DETAILS.map((text) => expect.objectContaining({ text, caseKey: env.caseKey, followUp: true })),
    );
    expect(env.store.cases.size).toBe(cases);
  });

  it('Should still bound what a number past its budget can send into the case, each emailed to its holder', async () => {
    // A script texting in the number's name must not email the holder two hundred times (the conversation's
    // bound): an hour's budget again for details (10), then the urgent allowance (4 left after the fire).
    const env = await overBudgetFire();
    await env.store.advanceStatus(env.caseKey, 'forwarding');
    const replies: string[] = [];
    for (let i = 1; i <= 16; i++) {
      env.clock.set(`2026-11-18T15:31:${String(i * 3).padStart(2, '0')}Z`);
      replies.push((await env.text(`we are waiting by door ${i} of the car park`, { From: FROM })).join(' '));
    }
    const added = replies.filter((r) => r.includes(`Your answer on case ${env.code} was sent`));
    expect(added).toHaveLength(14);
    expect(replies.slice(14)).toEqual(Array(2).fill(expect.stringMatching(/not saved|^$/)));
    expect(answersOn(env)).toHaveLength(14);
  });

  it('Should still bound details waiting behind the case by the urgent allowance, while the case has no holder', async () => {
    // Still being analysed ('received'): no holder yet, so each detail waits behind the case (op39 F1: filed as a case
    // of its own, each was a second urgent case), and a number past its budget sends at most the allowance's worth
    // of them (one spent by the fire itself), as it could file before.
    const env = await overBudgetFire();
    const cases = env.store.cases.size;
    const replies: string[] = [];
    for (const [i, detail] of DETAILS.slice(0, 5).entries()) {
      env.clock.set(`2026-11-18T15:30:${String(10 + i).padStart(2, '0')}Z`);
      replies.push((await env.text(detail, { From: FROM }))[0]!);
    }
    expect(replies.slice(0, 4)).toEqual(
      Array(4).fill(expect.stringContaining(`Your words were added to case ${env.code}`)),
    );
    expect(replies[4]).toMatch(/not saved/);
    expect(env.store.cases.size).toBe(cases);
    expect(answersOn(env).map((m) => m.text)).toEqual(DETAILS.slice(0, 4));
  });
});
