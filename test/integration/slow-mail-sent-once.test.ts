import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { localDocuments, localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { notify } from '../../shared/use-cases/raise-escalation';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { raisedEscalation } from '../support/raised-escalation';
import { isSendEmail, startSesFront } from '../support/ses-front';
import { useDynalite } from '../support/dynalite';

/**
 * The attacker's finding: with the mail service slow (a send taking longer than the escalate queue's
 * retry wait, or two sweeps), the sponsor got the same email two or three times: the once-per-reader
 * claim was taken over by the second attempt to find it held, while the first was still sending. Now a
 * claim is taken over only once its holder has shown no life for a while (it keeps its claim alive
 * while it sends); a claim left by a sender that stopped is still taken over, and the email sent.
 * On dynalite and aws-ses-v2-local, behind a front that holds each send until the test lets it go.
 */

const COO = 'coo@example.com';
/** How often a sender shows it is alive, and how long a claim must show nothing before it is taken over: short, for the test. */
const LIVENESS = { beatMs: 50, silenceMs: 400 };

/** In front of aws-ses-v2-local: while `held`, the next send waits until `release()`, as a slow SES would; the rest pass. */
async function startSlowFront(ses: SesStandIn) {
  const waiting: (() => void)[] = [];
  const state = { held: false, arrived: 0 };
  const front = await startSesFront(ses, ({ req, pass }) => {
    if (!isSendEmail(req)) return pass();
    state.arrived += 1;
    if (!state.held) return pass();
    state.held = false;
    waiting.push(pass);
  });
  return {
    ...front,
    state,
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
  };
}

describe('an email the mail service is slow to take', { timeout: 60_000 }, () => {
  const { dynamodb } = useDynalite('slow-mail');
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startSlowFront>>;
  const clock = fixedClock('2026-11-18T15:30:00Z');

  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startSlowFront(ses);
  });
  afterAll(async () => {
    front?.release();
    await front?.close();
    await ses?.close();
  });

  async function untold(id: string) {
    const documents = localDocuments(dynamodb.endpoint);
    const escalations = new DynamoDbEscalationStore(documents, dynamodb.tableName, clock);
    await escalations.create(
      raisedEscalation({
        id,
        site: 'hq',
        sponsorId: 'coo',
        redactedText: `The fire exit is blocked (${id})`,
        raisedAt: '2026-11-18T15:00:00.000Z',
        slaDueAt: '2026-11-18T19:00:00.000Z',
        notifiedLevel: -1,
      }),
      new Date('2027-01-01T00:00:00Z'),
    );
    const sentEmails = new DynamoDbSentEmails(documents, dynamodb.tableName, clock, LIVENESS);
    const deps = {
      config: exampleConfig,
      escalations,
      cases: { advanceStatus: async () => undefined } as never,
      mailer: new SesMailer(localSes(front.endpoint), 'listening-post@example.com'),
      clock,
      linkSigningKey: 'k'.repeat(32),
      publicUrl: 'https://feedback.example.com',
      sentEmails,
      logger: new Logger({ logLevel: 'SILENT' }),
    };
    const emails = async () =>
      (await outbox(ses.endpoint)).filter(
        (e) => e.destination.to.includes(COO) && (e.body.text ?? '').includes(id) && !/reminder/i.test(e.subject),
      );
    return { deps, sweep: createSweepHandler(deps), emails, escalation: () => escalations.get(id), sentEmails };
  }

  it('Should send it once while the first attempt is still sending, however many sweeps find it held', async () => {
    const c = await untold('case:slow-1');
    front.state.held = true;
    const before = front.state.arrived;
    // The escalate queue's attempt starts the send; SES does not answer.
    const first = notify(c.deps, (await c.escalation())!);
    await waitFor('the first send to reach SES', async () => (front.state.arrived > before ? true : undefined));
    // Three sweeps find the email held, each waiting longer than a stopped sender's silence.
    for (const minute of ['15:35', '15:40', '15:45']) {
      clock.set(`2026-11-18T${minute}:00Z`);
      await c.sweep();
    }
    front.release();
    await first;
    await c.sweep();
    expect(await c.emails()).toHaveLength(1);
    expect((await c.escalation())?.notifiedLevel).toBe(0);
  });

  it('Should still send it, once, when the attempt holding it stopped before sending', async () => {
    const c = await untold('case:slow-2');
    // An attempt claimed the email and stopped (its Lambda timed out): no send, no mark, no sign of life.
    const event = `esc:case:slow-2:new:0:coo:2026-11-18T19:00:00.000Z`;
    expect(await c.sentEmails.claim(event, COO, randomBytes(8).toString('hex'), new Date('2027-01-01T00:00:00Z'))).toBe(
      'mine',
    );
    clock.set('2026-11-18T15:50:00Z');
    await c.sweep();
    clock.set('2026-11-18T15:55:00Z');
    await c.sweep();
    expect(await c.emails()).toHaveLength(1);
    expect((await c.escalation())?.notifiedLevel).toBe(0);
  });
});
