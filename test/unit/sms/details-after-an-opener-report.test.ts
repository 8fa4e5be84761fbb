import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { codeIn, HQ_NUMBER, smsTestApp } from '../../support/sms';
import { TEST_PEPPER } from '../../support/fixtures';

// Attack round 29, F1: details texted after an urgent report were filed as an ordinary report, never folded nor raised,
// whenever the sender's site tag or MGMT mark was set, and an opener sent alone (`#plant2`, `MGMT`) sets it for every
// text of its minutes: "it's the stairwell by the loading dock, he told everyone to go back to work" waited a week.

const FROM = '+15557772911';
const SHARED_NUMBER = '+15550100000';

type Sent = { threadAnswer?: boolean; text: string; escalate?: boolean; aboutManagement?: boolean; site?: string };
const sentOf = (env: { queue: { messages: unknown[] } }) => env.queue.messages as Sent[];

async function urgentAfter(opener: string | undefined, report: string, to: string) {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  if (opener) await env.text(opener, { From: FROM, To: to });
  const code = codeIn((await env.text(report, { From: FROM, To: to }))[0]);
  await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
  env.clock.set('2026-11-18T15:30:30Z');
  return { ...env, code };
}

describe('details after an urgent report that an opener marked', () => {
  it.each([
    [
      '#plant2',
      'fire in the paint shop, smoke everywhere',
      "it's in bay 4 not 3, the east door is locked too",
      SHARED_NUMBER,
    ],
    [
      '#plant2',
      'fire in the paint shop, smoke everywhere',
      "it's in bay 4 not 3, the east door is locked too",
      HQ_NUMBER,
    ],
    [
      'MGMT',
      'my supervisor shoved Ana down the stairs and she is not moving',
      "it's the stairwell by the loading dock, he told everyone to go back to work",
      HQ_NUMBER,
    ],
  ])('Should add the details after "%s" and its report to that report', async (opener, report, details, to) => {
    const env = await urgentAfter(opener, report, to);
    const reply = await env.text(details, { From: FROM, To: to });
    expect(reply[0]).toContain(`Your answer on case ${env.code} was sent`);
    expect(
      sentOf(env)
        .filter((m) => m.threadAnswer)
        .map((m) => m.text),
    ).toEqual([details]);
    expect(env.store.cases.size).toBe(1);
  });
});

describe('a text with its own MGMT or site tag after an urgent report', () => {
  it.each([
    ['MGMT my manager says keep working and not to tell anyone', { aboutManagement: true }],
    ['#plant2 the east door by bay 4 is chained shut', { site: 'plant2' }],
  ])('Should file "%s" as a report of its own, its mark kept, raised as urgent', async (text, marks) => {
    const env = await urgentAfter(
      undefined,
      'gas smell very strong in the boiler room, people feeling dizzy',
      HQ_NUMBER,
    );
    const reply = await env.text(text, { From: FROM });
    expect(reply[0]).not.toContain(`case ${env.code} was sent`);
    expect(reply[0]).toMatch(/marked urgent/);
    expect(reply.at(-1)).toMatch(/call 911/);
    const reports = sentOf(env).filter((m) => !m.threadAnswer);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatchObject({ escalate: true, ...marks });
    // The next plain details still go to the urgent case.
    env.clock.set('2026-11-18T15:31:00Z');
    expect((await env.text('it is by the north valve', { From: FROM }))[0]).toContain(
      `Your answer on case ${env.code} was sent`,
    );
  });
});
