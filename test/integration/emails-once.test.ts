import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { DynamoDbDigestDeliveries } from '../../shared/adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbLegalClocks } from '../../shared/adapters/aws/dynamodb-legal-clocks';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import { sentEmailKey } from '../../shared/adapters/aws/table-keys';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { LEADERSHIP, type Escalation } from '../../shared/domain/escalation';
import { sweepLegalClocks } from '../../shared/use-cases/legal-clocks';
import { notify } from '../../shared/use-cases/raise-escalation';
import { publishDigest } from '../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK } from '../support/digest-fixtures';
import { exampleConfig } from '../support/fixtures';
import { inMemoryDigestDeps } from '../support/golden-digest-deps';
import { outbox } from '../support/outbox';
import { startRefusingFront } from '../support/refusing-ses';
import { escalationPathOnDynalite, message } from './escalation-path.harness';

describe('every email once per reader, under refusals, retries and crashes (dynalite + aws-ses-v2-local)', () => {
  const h = escalationPathOnDynalite('emails-once-test');
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startRefusingFront>>;
  /** Fault injection: marking an email sent fails, as when the Lambda is killed right after SES took it. */
  let markingFails = false;
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startRefusingFront(ses);
    h.documents.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { Key?: { pk?: string }; UpdateExpression?: string };
        if (markingFails && String(input.Key?.pk).startsWith('MAIL#') && input.UpdateExpression?.includes(':sent'))
          throw Object.assign(new Error('Lambda killed'), { name: 'TimeoutError' });
        return next(args);
      },
      { step: 'initialize', name: 'markingFails' },
    );
  });
  afterAll(async () => {
    await front?.close();
    await ses?.close();
  });

  /** How many emails `address` has in the outbox, as its reader would count them. */
  const received = async (address: string) =>
    (await outbox(ses.endpoint)).filter((sent) => sent.destination.to.includes(address)).length;
  const mailer = () => new SesMailer(localSes(front.endpoint), 'listening-post@example.com');
  // A sender renews its claim every 50 ms here; a claim unrenewed for 400 ms belongs to one that stopped.
  const ledger = () =>
    new DynamoDbSentEmails(h.documents, h.dynamodb.tableName, h.clock, { beatMs: 50, silenceMs: 400 });
  let n = 0;
  /** Three leadership readers of their own, and an escalation held by them, not yet told. */
  async function leadershipCase() {
    n += 1;
    const readers = [`first-${n}@example.com`, `second-${n}@example.com`, `third-${n}@example.com`];
    const config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: readers } };
    const m = message('The fire exit by the paint shop is blocked and locked again', { week: '2026-W37' });
    await h.seed(m);
    await h.deliver([m]);
    const [raised] = await h.escalateQueued();
    const deps = h.escalationDeps({ config, mailer: mailer(), sentEmails: ledger() });
    const held: Escalation = { ...raised!, sponsorId: LEADERSHIP, level: 2, notifiedLevel: 1 };
    return { readers, deps, held };
  }

  it('Should email each good reader once when one address of three is refused and the attempt is retried, and the refused one once it is accepted', async () => {
    const { readers, deps, held } = await leadershipCase();
    const [first, refused, third] = readers as [string, string, string];
    front.refused.add(refused);
    await expect(notify(deps, held, 'overdue')).rejects.toThrow(/not verified/);
    await expect(notify(deps, held, 'overdue')).rejects.toThrow(/not verified/); // retried: still refused
    expect([await received(first), await received(refused), await received(third)]).toEqual([1, 0, 1]);

    front.refused.delete(refused); // the operator corrected the address's verification; the message is redriven
    await notify(deps, held, 'overdue');
    await notify(deps, held, 'overdue'); // and delivered once more after it had gone
    expect([await received(first), await received(refused), await received(third)]).toEqual([1, 1, 1]);
  });

  it('Should send the reader whose email an attempt claimed and then died on exactly once, on a later retry, and the others at once', async () => {
    const { readers, deps, held } = await leadershipCase();
    const [first, second, third] = readers as [string, string, string];
    const event = `esc:${held.id}:overdue:${held.level}:${held.sponsorId}:${held.slaDueAt}`;
    // An attempt claimed the second reader's email and was killed before sending it.
    expect(await ledger().claim(event, second, 'killed-attempt', new Date('2027-01-04T00:00:00Z'))).toBe('mine');

    // The retry watches the claim: no sign of life for longer than a sender renews it, so it stopped; this one sends.
    await notify(deps, held, 'overdue');
    await notify(deps, held, 'overdue');
    expect([await received(first), await received(second), await received(third)]).toEqual([1, 1, 1]);
  });

  it('Should send a reader at most one duplicate when the attempt dies between sending and recording it (the documented window)', async () => {
    const { readers, deps, held } = await leadershipCase();
    markingFails = true;
    await expect(notify(deps, held, 'overdue')).rejects.toThrow(/killed/);
    markingFails = false;
    for (const reader of readers) expect(await received(reader)).toBe(1);

    await notify(deps, held, 'overdue'); // taken over (no sign of life): each sent again, once
    await notify(deps, held, 'overdue');
    await notify(deps, held, 'overdue');
    for (const reader of readers) expect(await received(reader)).toBe(2);
  });

  it('Should keep no address in what it records, and forget it on a week boundary within five weeks', async () => {
    const { readers, deps, held } = await leadershipCase();
    await notify(deps, held, 'overdue');
    const { Items: items = [] } = await h.documents.send(new ScanCommand({ TableName: h.dynamodb.tableName }));
    const event = `esc:${held.id}:overdue:${held.level}:${held.sponsorId}:${held.slaDueAt}`;
    const keys = new Set(readers.map((reader) => JSON.stringify(sentEmailKey(event, reader))));
    const mails = items.filter((item) => keys.has(JSON.stringify({ pk: item.pk, sk: item.sk })));
    expect(mails).toHaveLength(3);
    const text = JSON.stringify(mails).toLowerCase();
    for (const reader of readers) expect(text).not.toContain(reader.split('@')[0]);
    expect(text).not.toContain(held.id); // nor the event, whose due hour no item but the escalation keeps
    const now = h.clock.now().getTime() / 1000;
    for (const item of mails) {
      expect((item.expiresAt as number) % (7 * 86_400)).toBe(4 * 86_400); // Monday 00:00 UTC
      expect(item.expiresAt as number).toBeLessThanOrEqual(now + 35 * 86_400);
    }
  });

  it('Should tell each good reader once that a legal deadline passed when one address is refused, however often the sweep tries again', async () => {
    n += 1;
    const readers = [`ceo-${n}@example.com`, `refused-${n}@example.com`, `coo-${n}@example.com`];
    const config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: readers } };
    const clocks = new DynamoDbLegalClocks(h.documents, h.dynamodb.tableName, h.clock);
    const deps = { ...h.escalationDeps({ config, clocks, mailer: mailer(), sentEmails: ledger() }), clocks };
    const m = message('The fire exit by the paint shop is blocked and locked again', { week: '2026-W38' });
    await h.seed(m);
    await h.deliver([m]);
    await h.escalateQueued(deps); // the acknowledge clock starts: seven days
    const before = h.clock.now().toISOString();
    try {
      h.clock.set(new Date(h.clock.now().getTime() + 9 * 86_400_000).toISOString());
      front.refused.add(readers[1]!);
      const first = await sweepLegalClocks(deps);
      expect(first).toMatchObject({ failed: 1 });
      for (let sweep = 0; sweep < 3; sweep += 1) expect((await sweepLegalClocks(deps)).failed).toBe(1);
      expect(await Promise.all(readers.map(received))).toEqual([1, 0, 1]);
      front.refused.delete(readers[1]!);
      expect((await sweepLegalClocks(deps)).passed).toBe(1);
      await sweepLegalClocks(deps);
      expect(await Promise.all(readers.map(received))).toEqual([1, 1, 1]);
    } finally {
      h.clock.set(before);
    }
  });

  it("Should send the week's digest to each good leadership reader once when one address is refused and the run is repeated", async () => {
    const readers = ['ceo-digest@example.com', 'refused-digest@example.com', 'coo-digest@example.com'];
    const config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: readers } };
    const deliveries = new DynamoDbDigestDeliveries(h.documents, h.dynamodb.tableName);
    const run = () =>
      publishDigest({ ...inMemoryDigestDeps({ config }), deliveries, mailer: mailer() }, { week: GOLDEN_WEEK });
    front.refused.add('refused-digest@example.com');
    await expect(run()).rejects.toThrow(/not verified/);
    await expect(run()).rejects.toThrow(/not verified/);
    expect(await Promise.all(readers.map(received))).toEqual([1, 0, 1]);
    front.refused.delete('refused-digest@example.com');
    await run();
    await run();
    expect(await Promise.all(readers.map(received))).toEqual([1, 1, 1]);
  });
});
