import { afterAll, beforeAll, expect } from 'vitest';
import { caseLinksIn, linkIn } from './conversation-stack';
import { form } from './fixtures';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';
import { outbox, waitFor, type OutboxEmail } from './outbox';

const ROOMY = { perSecond: 1_000, burst: 1_000 };

/** What the employee reports: urgent in its words by default; `escalate` ticks "urgent" as the form's box does. */
export interface CaseReport {
  text: string;
  escalate?: boolean;
}
const FIRE_EXIT: CaseReport = { text: 'The fire exit by the paint shop is blocked again with pallets.' };

/**
 * The local stack with one urgent report from Plant 2 escalated to its
 * manager, and the email that told them: where the case desk and /ack tests
 * start, as a sponsor holding a fresh case.
 */
export async function stackWithEscalatedCase(
  dataDir: string,
  clock?: NonNullable<Parameters<typeof startTestStack>[0]>['clock'],
  report: CaseReport = FIRE_EXIT,
): Promise<{
  stack: Awaited<ReturnType<typeof startTestStack>>;
  caseCode: string;
  sponsorEmail: OutboxEmail;
}> {
  // The sponsors' pages take many link requests in a few seconds here, more than a sponsor clicks: a roomy links
  // budget, so a busy machine never answers 429 mid-test (the budget has its own tests).
  const stack = await startTestStack({ dataDir, rateLimits: { links: ROOMY }, ...(clock ? { clock } : {}) });
  const { caseCode } = await stack.submit({ ...report, site: 'plant2' });
  await stack.waitForStatus(caseCode, 'escalated');
  const sponsorEmail = await waitFor('the sponsor email', async () =>
    (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
  );
  return { stack, caseCode, sponsorEmail };
}

/**
 * stackWithEscalatedCase for the tests of one `describe`: started before
 * them, stopped and removed after. The stack is handed out at once (see
 * lateBound); the case's code and the manager's links are read from the
 * returned object once the tests run. Call it inside the `describe`.
 */
export function useEscalatedCase(clock?: Parameters<typeof stackWithEscalatedCase>[1], report?: CaseReport) {
  const dataDir = tempDataDir();
  let held: Awaited<ReturnType<typeof stackWithEscalatedCase>> | undefined;
  beforeAll(async () => {
    held = await stackWithEscalatedCase(dataDir.path, clock, report);
  });
  afterAll(async () => {
    await held?.stack.stop();
    dataDir.remove();
  });
  const current = () => {
    if (!held) throw new Error('the escalated case is used before beforeAll raised it');
    return held;
  };
  return {
    stack: lateBound(() => held?.stack, 'the test stack'),
    dataDir: dataDir.path,
    get caseCode() {
      return current().caseCode;
    },
    get sponsorEmail() {
      return current().sponsorEmail;
    },
    /** The case's own page, from the manager's email. */
    get ack() {
      return linkIn(current().sponsorEmail, 'ack');
    },
    /** The manager's case desk, from their email. */
    get desk() {
      return deskLinkIn(current().sponsorEmail)!;
    },
  };
}

/**
 * The manager hands the case over, from their desk, to the first one the
 * menu offers (the COO in the example settings): the new holder's email,
 * once it arrives.
 */
export async function handOverFromDesk(held: ReturnType<typeof useEscalatedCase>): Promise<OutboxEmail> {
  const [casePath] = caseLinksIn(await (await fetch(held.desk)).text());
  const handed = await fetch(
    `${held.stack.urls.app}${casePath}`,
    form({ action: 'hand-over', to: '1', reason: 'The COO runs the fire drills' }),
  );
  expect(handed.status).toBe(200);
  return waitFor('the new holder’s email', async () =>
    (await outbox(held.stack.urls.outbox)).find((e) => e.subject.startsWith('Handed over to you: ')),
  );
}

/** Two sweeps at once at `instant`, as two overlapping scheduled runs would start them. */
export async function sweepTwiceAt(
  stack: { sweep(): Promise<unknown> },
  clock: { set(instant: string): void },
  instant: string,
): Promise<void> {
  clock.set(instant);
  await Promise.all([stack.sweep(), stack.sweep()]);
}

/** The case desk's link in a sponsor's email. */
export const deskLinkIn = (email: OutboxEmail) =>
  email.body.text!.match(/All your cases \(your case desk\): (http:\/\/127\.0\.0\.1:\d+\/desk\/[\w.-]+)/)?.[1];

/**
 * A page behind the sponsors' links' budget (5 a second): each desk action is
 * a POST and its redirect's GET, so a test that clicks through several may
 * find the budget spent; it waits as the 429 asks, as a browser user would.
 */
export async function withinBudget(url: string, init?: RequestInit): Promise<Response> {
  for (;;) {
    const res = await fetch(url, init);
    if (res.status !== 429) return res;
    await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after') ?? '1') * 1000));
  }
}
