import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSes } from '../../local/aws-clients';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { AddressRefusedError } from '../../shared/ports/mailer';
import { outbox } from '../support/outbox';

// Under `npm start` the outbox accepted every email, so nobody could see by hand what an escalation does
// when SES refuses an address or fails: its `/faults` makes it fail as SES does (docs/local-stack.md).

const email = (to: string, subject: string) => ({ to: [to], subject, html: '<p>x</p>', text: 'x' });

describe('the local SES stand-in told to fail as SES does', () => {
  let ses: SesStandIn;
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
  });
  afterAll(async () => ses?.close());
  const mailer = () => new SesMailer(localSes(ses.endpoint), 'listening-post@example.com');
  const faults = async (body: unknown) =>
    (await fetch(`${ses.endpoint}/faults`, { method: 'POST', body: JSON.stringify(body) })).json();
  const subjects = async () => (await outbox(ses.endpoint)).map((e) => e.subject);

  it('Should refuse an address for good, as MessageRejected, and keep nothing in the outbox', async () => {
    await faults({ refuse: ['GM@example.com'] });
    await expect(mailer().send(email('gm@example.com', 'refused one'))).rejects.toBeInstanceOf(AddressRefusedError);
    await mailer().send(email('coo@example.com', 'accepted one'));
    expect(await subjects()).toEqual(['accepted one']);
  });

  it('Should fail as the service failing, never as a refused address, for the kinds that are not the address', async () => {
    await faults({ clear: true, failNext: { count: 1, kind: 'paused' } });
    const failure = await mailer()
      .send(email('gm@example.com', 'paused one'))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'SendingPausedException' });
    expect(failure).not.toBeInstanceOf(AddressRefusedError);
    await mailer().send(email('gm@example.com', 'after the pause'));
    expect(await subjects()).toContain('after the pause');
    expect(await subjects()).not.toContain('paused one');
  });

  it('Should say what is wrong with a request it cannot follow', async () => {
    expect(await faults({ failNext: { count: 1, kind: 'gremlins' } })).toMatchObject({
      error: expect.stringContaining('"failNext.kind" must be one of refused, invalid, throttled'),
    });
  });
});
