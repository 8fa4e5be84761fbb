import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSes } from '../../local/aws-clients';
import { close, listen } from '../../local/listen';
import { startSes, type SesStandIn } from '../../local/ses-stand-in';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { AddressRefusedError, type Email } from '../../shared/ports/mailer';
import { answerAsSes, isSendEmail, startSesFront } from '../support/ses-front';

/**
 * Which SES answers mean "this address is refused" (a case climbs past its holder at once) and which
 * are the service's own (the case waits at its level and is tried again): SendEmail answered over HTTP
 * as SES answers it, read by the real SDK and `SesMailer`; and what the laptop's aws-ses-v2-local gives.
 */

/** An answer SES gives to SendEmail: its HTTP status, its error type (none for a bare 5xx), its words. */
type Answer = { status: number; type?: string; message: string };

/** In front of aws-ses-v2-local: answers SendEmail with `answer` while one is set, else passes it on. */
async function startAnsweringFront(ses: SesStandIn) {
  const state: { answer?: Answer } = {};
  const front = await startSesFront(ses, ({ req, res, pass }) => {
    const answer = state.answer;
    if (answer && isSendEmail(req)) return answerAsSes(res, answer.status, answer.type, answer.message);
    pass();
  });
  return { ...front, state };
}

const email: Email = { to: ['coo@example.com'], subject: 'Urgent: blocked exit', html: '<p>x</p>', text: 'x' };

describe('what a failed SES send means for whom it is to (aws-ses-v2-local behind a front)', () => {
  let ses: SesStandIn;
  let front: Awaited<ReturnType<typeof startAnsweringFront>>;
  beforeAll(async () => {
    ses = await startSes({ port: 0 });
    front = await startAnsweringFront(ses);
  });
  afterAll(async () => {
    await front?.close();
    await ses?.close();
  });
  const mailer = () => new SesMailer(localSes(front.endpoint), 'listening-post@example.com');
  const failureOf = async (answer: Answer) => {
    front.state.answer = answer;
    try {
      await mailer().send(email);
      return undefined;
    } catch (error) {
      return error;
    } finally {
      front.state.answer = undefined;
    }
  };

  it.each([
    {
      status: 400,
      type: 'MessageRejected',
      message:
        'Email address is not verified. The following identities failed the check in region US-EAST-1: coo@example.com',
    },
    { status: 400, type: 'BadRequestException', message: 'Illegal address' },
  ])('Should say the address is refused, in SES’s words, when SES answers $type', async (answer) => {
    const failure = await failureOf(answer);
    expect(failure).toBeInstanceOf(AddressRefusedError);
    expect((failure as Error).message).toBe(answer.message);
  });

  it.each([
    { status: 429, type: 'TooManyRequestsException', message: 'Maximum sending rate exceeded.' },
    { status: 400, type: 'LimitExceededException', message: 'Daily message quota exceeded.' },
    { status: 400, type: 'SendingPausedException', message: 'Sending is paused for this account.' },
    { status: 400, type: 'AccountSuspendedException', message: 'Sending is suspended for this account.' },
    { status: 400, type: 'MailFromDomainNotVerifiedException', message: 'MAIL FROM domain is not verified.' },
    { status: 404, type: 'NotFoundException', message: 'Configuration set does not exist.' },
    { status: 500, type: 'InternalFailure', message: 'Internal error.' },
    { status: 503, message: 'Service Unavailable' },
    // The sandbox refusing our own sender, not the reader: every reader's email would fail alike.
    {
      status: 400,
      type: 'MessageRejected',
      message:
        'Email address is not verified. The following identities failed the check in region US-EAST-1: listening-post@example.com',
    },
  ])('Should not say the address is refused when SES answers $status $type', async (answer) => {
    const failure = await failureOf(answer);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(AddressRefusedError);
  });

  it('Should not say the address is refused when the mail service cannot be reached at all', async () => {
    const gone = createServer();
    const endpoint = await listen(gone, 0);
    await close(gone); // nothing listens there any more: the connection is refused
    const sending = new SesMailer(localSes(endpoint), 'listening-post@example.com').send(email);
    await expect(sending).rejects.toThrow();
    await expect(sending).rejects.not.toBeInstanceOf(AddressRefusedError);
  });

  it('Should not say the address is refused when the laptop’s aws-ses-v2-local will not take an email', async () => {
    // aws-ses-v2-local refuses an email with no subject (400, no error type), whoever it is to.
    const sending = new SesMailer(localSes(ses.endpoint), 'listening-post@example.com').send({ ...email, subject: '' });
    await expect(sending).rejects.toThrow();
    await expect(sending).rejects.not.toBeInstanceOf(AddressRefusedError);
  });
});
