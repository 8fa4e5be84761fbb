import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/errors';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

const run = promisify(execFile);

/*
 * Two weeks of reports on the real stand-ins, months before this machine's time, by restarting the stack with a
 * later CLOCK as a newcomer would (README, "Try several weeks"): both weeks' digests are built with the right
 * figures and week labels, and the escalation's deadline is counted from the set clock, not the machine's.
 */
const WEEK_A = '2026-W10'; // Mon 2 – Sun 8 March 2026
const WEEK_B = '2026-W11'; // Mon 9 – Sun 15 March 2026

const SCHEDULING = [
  'The new shift schedule is so much better, thank you for listening',
  'I love that the schedule is posted two weeks ahead now',
  'The weekend shift schedule finally feels fair to everyone',
  'Swapping a shift is easy now and the schedule makes sense',
  'Good schedule this month, the rota is clear and fair',
  'Happy with the new schedule and the time off process',
];
const PAY = [
  'Overtime pay was late again and nobody explained why',
  'The bonus scheme announcement was confusing about pay',
  'My paycheck was short this week and payroll did not answer',
  'Pay for the night shift should be higher than this',
  'The raise this year did not keep up with prices, pay is poor',
];

type Stack = Awaited<ReturnType<typeof startTestStack>>;

async function sendAll(stack: Stack, reports: { text: string; site: string }[]): Promise<string[]> {
  const codes: string[] = [];
  for (const report of reports) {
    const sent = await stack.submit(report);
    expect(sent.status).toBe(201);
    codes.push(sent.caseCode);
  }
  // Until each is read: analysed, or escalated (an urgent one, or five on one topic make a pattern).
  for (const code of codes)
    await waitFor(`case ${code} read`, async () => {
      const { status } = (await stack.statusOf(code)).body;
      return status === 'analysed' || status === 'escalated' ? status : undefined;
    });
  return codes;
}

describe('a clock set on the local stack: two weeks of reports, both digests', () => {
  const dataDir = tempDataDir();
  let stack: Stack | undefined;
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should take reports in two past weeks, count deadlines on the set clock, refuse going back, and build both weeks', async () => {
    // Week A, a Wednesday afternoon: six calm reports and an urgent one.
    stack = await startTestStack({ dataDir: dataDir.path, clockSetting: '2026-03-04T15:00Z' });
    expect(stack.clockSetTo?.toISOString()).toBe('2026-03-04T15:00:00.000Z');
    await sendAll(
      stack,
      SCHEDULING.map((text) => ({ text, site: 'plant2' })),
    );
    const [urgent] = await sendAll(stack, [
      { text: 'The fire exit by the paint shop is blocked again', site: 'plant2' },
    ]);
    await stack.waitForStatus(urgent!, 'escalated', 30_000);
    const status = (await (
      await fetch(`${stack.urls.app}/status/${urgent}`, { headers: { accept: 'application/json' } })
    ).json()) as { acknowledgeBy?: string };
    // Counted from Wednesday 4 March 2026, the set clock: a few days on, never from this machine's date.
    expect(status.acknowledgeBy).toMatch(/^2026-03-(0[4-9]|1\d)/);
    const escalation = await waitFor('the escalation email', async () =>
      (await outbox(stack!.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    expect(escalation.subject).toMatch(/^Urgent: /);
    await stack.stop();
    stack = undefined;

    // Jump to week B with a restart: five reports about pay at headquarters, five more schedule ones at Plant 2.
    stack = await startTestStack({ dataDir: dataDir.path, clockSetting: '2026-03-11T15:00Z' });
    await sendAll(stack, [
      ...PAY.map((text) => ({ text, site: 'hq' })),
      ...SCHEDULING.slice(0, 5).map((text) => ({ text, site: 'plant2' })),
    ]);
    await stack.stop();
    stack = undefined;

    // Back to week A over data that has run in week B: refused before anything starts, saying why and what to do.
    const back = startTestStack({ dataDir: dataDir.path, clockSetting: '2026-03-05T09:00Z' });
    await expect(back).rejects.toBeInstanceOf(ConfigError);
    await expect(back).rejects.toThrow(
      /already run in week 2026-W11.*\n.*\nStart with a CLOCK in week 2026-W11 or later/,
    );

    // The Monday after week B, once its digest hour has passed: both weeks can be built.
    stack = await startTestStack({ dataDir: dataDir.path, clockSetting: '2026-03-16T15:00Z' });
    const a = await stack.digest(WEEK_A);
    expect(a.total).toBe(7);
    const sentA = await waitFor('week A digest', async () =>
      (await outbox(stack!.urls.outbox)).find(
        (e) => e.destination.to.includes('leadership@example.com') && e.subject.includes('weekly digest'),
      ),
    );
    expect(sentA.subject).toBe('Listening Post weekly digest, Mon 2 – Sun 8 March 2026: 7 submissions');
    expect(sentA.body.text).toMatch(/^ {2}Plant 2 +7 /m);

    // `npm run digest` with the stack's DATA_DIR and no --week: the week before the stack's clock, not the machine's.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--to', 'me@example.com'], {
      env: {
        ...process.env,
        DYNAMODB_PORT: new URL(stack.urls.dynamodb).port,
        SES_PORT: new URL(stack.urls.outbox).port,
        DATA_DIR: dataDir.path,
        PUBLIC_URL: stack.urls.app,
        CONFIG: '',
        CLOCK: '',
      },
    });
    expect(stdout).toContain(`Weekly digest for ${WEEK_B} (Mon 9 – Sun 15 March 2026)`);
    const sentB = await waitFor('week B digest', async () =>
      (await outbox(stack!.urls.outbox)).find((e) => e.destination.to.includes('me@example.com')),
    );
    expect(sentB.subject).toBe('Listening Post weekly digest, Mon 9 – Sun 15 March 2026: 10 submissions (up 43%)');
    const text = sentB.body.text!;
    expect(text).toContain('Week 11: Mon 9 – Sun 15 March 2026');
    expect(text).toContain("10 submissions, up 43% on last week's 7.");
    // The trend holds both weeks set by the clock, and nothing from this machine's weeks.
    expect(text).toMatch(/^ {2}W04–W09 +no submissions yet$/m);
    expect(text).toMatch(/^ {2}W10 +7 /m);
    expect(text).toMatch(/^ {2}W11 +10 /m);
    expect(text).toMatch(/^ {2}Plant 2 +5 /m);
    expect(text).toMatch(/^ {2}Headquarters +5 /m);
    // Against the one week before it, not a 4-week average counting three weeks before the first submission as 0
    // (which read "5, up 186% on its 4-week average" where the site went from 7 to 5).
    expect(text).toMatch(/Plant 2 \(site\): 5, down 29% on the week before/);
  }, 300_000);
});
