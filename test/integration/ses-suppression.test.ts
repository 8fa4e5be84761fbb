import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { RecipientsSuppressedError, SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { outbox } from '../support/outbox';
import { answerAsSes, isSendEmail, startSesFront } from '../support/ses-front';

/**
 * aws-ses-v2-local has no suppression list: this front answers SES v2's
 * GetSuppressedDestination as SES does (200 with the entry, or 404
 * NotFoundException) and passes every other call on to it, noting which
 * configuration set each SendEmail named.
 */
async function startSuppressionFront(ses: SesStandIn) {
  const suppressed = new Map<string, { Reason: string; LastUpdateTime: number }>();
  const configurationSets: (string | undefined)[] = [];
  let lookupsFail = false;
  const front = await startSesFront(ses, ({ req, res, body, pass }) => {
    const lookup = /^\/v2\/email\/suppression\/addresses\/([^/?]+)/.exec(req.url ?? '');
    if (lookup && req.method === 'GET') {
      const address = decodeURIComponent(lookup[1]!);
      if (lookupsFail) return answerAsSes(res, 429, 'TooManyRequestsException', 'Too many requests');
      const entry = suppressed.get(address.toLowerCase());
      if (!entry)
        return answerAsSes(
          res,
          404,
          'NotFoundException',
          `Email address ${address} does not exist on your suppression list.`,
        );
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ SuppressedDestination: { EmailAddress: address, ...entry } }));
    }
    if (isSendEmail(req))
      configurationSets.push(
        (JSON.parse(body.toString('utf8')) as { ConfigurationSetName?: string }).ConfigurationSetName,
      );
    pass();
  });
  return {
    ...front,
    suppressed,
    configurationSets,
    failLookups: () => {
      lookupsFail = true;
    },
  };
}

const email = (to: string[]) => ({
  to,
  subject: 'Urgent: safety at plant2: please acknowledge by 15:00',
  html: '<p>Please acknowledge.</p>',
  text: 'Please acknowledge.',
});

describe('sending through SES with the suppression list in mind', () => {
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startSuppressionFront>>;
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
  });
  beforeEach(async () => {
    await front?.close();
    front = await startSuppressionFront(ses);
  });
  afterAll(async () => {
    await front?.close();
    await ses.close();
  });

  const mailer = () =>
    new SesMailer(localSes(front.endpoint), 'listening-post@example.com', {
      configurationSetName: 'lp-delivery',
      checkSuppressionList: true,
    });
  const sentTo = async (address: string) =>
    (await outbox(ses.endpoint)).filter((sent) => sent.destination.to.includes(address)).length;

  it('Should send with the configuration set, so that bounces, complaints and rejects reach its event destination', async () => {
    await mailer().send(email(['coo@example.com']));
    expect(front.configurationSets).toEqual(['lp-delivery']);
    expect(await sentTo('coo@example.com')).toBeGreaterThan(0);
  });

  it('Should refuse to send, saying which address and why, when every recipient is suppressed: the email would reach nobody', async () => {
    front.suppressed.set('cfo@example.com', {
      Reason: 'BOUNCE',
      LastUpdateTime: Date.parse('2026-11-20T08:00:00Z') / 1000,
    });
    const before = await sentTo('cfo@example.com');
    const sending = mailer().send(email(['CFO@example.com']));
    await expect(sending).rejects.toBeInstanceOf(RecipientsSuppressedError);
    await expect(sending).rejects.toThrow(
      /CFO@example\.com is on the account's suppression list after a bounce on 2026-11-20/,
    );
    await expect(sending).rejects.toThrow(/remove it from the suppression list/);
    expect(await sentTo('cfo@example.com')).toBe(before);
  });

  it('Should still send to everyone when only some are suppressed (SES reports those as bounces, which the alarm sees)', async () => {
    front.suppressed.set('cfo@example.com', {
      Reason: 'COMPLAINT',
      LastUpdateTime: Date.parse('2026-11-20T08:00:00Z') / 1000,
    });
    await mailer().send(email(['cfo@example.com', 'ceo@example.com']));
    expect(await sentTo('ceo@example.com')).toBeGreaterThan(0);
  });

  it('Should send anyway when the suppression list cannot be read: an escalation is not held back by a lost look-up', async () => {
    front.failLookups();
    await mailer().send(email(['vp-ops@example.com']));
    expect(await sentTo('vp-ops@example.com')).toBeGreaterThan(0);
  });
});
