import { GetSuppressedDestinationCommand, SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { AddressRefusedError, type Email, type Mailer } from '../../ports/mailer';
import { refusesTheAddress } from './ses-refusal';

export interface SesMailerOptions {
  /** The SES configuration set sent with every email, whose event destination reports bounces, complaints and rejects. */
  configurationSetName?: string;
  /**
   * Look each recipient up in the account's suppression list first. SES
   * accepts a send to a suppressed address and drops it, reporting a bounce
   * to the configuration set; when every recipient is suppressed the email
   * would reach nobody, so the send fails instead (and its message is
   * retried, then dead-lettered, where an alarm sees it). On AWS, not against
   * the local stand-in, which has no suppression list. @default false
   */
  checkSuppressionList?: boolean;
}

/** A recipient on the account's suppression list: why (`BOUNCE` or `COMPLAINT`) and since when. */
export interface SuppressedRecipient {
  address: string;
  reason?: string;
  since?: Date;
}

/** Every recipient of an email is on the SES account's suppression list: SES would accept it and deliver it to nobody. */
export class RecipientsSuppressedError extends AddressRefusedError {
  constructor(readonly suppressed: SuppressedRecipient[]) {
    super(
      `SES will not deliver this email: ${suppressed.map(describe).join('; ')}. ` +
        'Correct the address in the config if it is wrong, then remove it from the suppression list (SES console, Suppression list) and redrive the message.',
    );
    this.name = 'RecipientsSuppressedError';
  }
}

/**
 * SES in the sandbox refuses with `MessageRejected` an unverified *sender* as it does an unverified
 * recipient ("Email address is not verified. The following identities failed the check…: <address>"):
 * naming our own From address and no recipient, it would fail for every reader alike, so the case must
 * not be climbed past its holder for it.
 */
function namesOnlyTheSender(error: unknown, from: string, to: readonly string[]): boolean {
  const words = (error instanceof Error ? error.message : '').toLowerCase();
  const sender = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return words.includes(sender.trim().toLowerCase()) && !to.some((address) => words.includes(address.toLowerCase()));
}

const describe = ({ address, reason, since }: SuppressedRecipient) =>
  `${address} is on the account's suppression list after a ${(reason ?? 'bounce').toLowerCase()}${since ? ` on ${since.toISOString().slice(0, 10)}` : ''}`;

/**
 * Email through SES v2 (`aws-ses-v2-local` locally, whose web page shows every message). An address SES
 * refuses fails the send with `AddressRefusedError` (`refusesTheAddress`); any other failure as SES gave it.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
    private readonly options: SesMailerOptions = {},
  ) {}

  async send(email: Email): Promise<void> {
    if (this.options.checkSuppressionList) {
      const suppressed = await this.suppressedAmong(email.to);
      // Some suppressed, some not: send to all; SES reports each suppressed one as a bounce, which the alarm sees.
      if (email.to.length > 0 && suppressed.length === email.to.length) throw new RecipientsSuppressedError(suppressed);
    }
    try {
      await this.client.send(this.command(email));
    } catch (error) {
      // Told apart only when another's address could be accepted: anything else would fail for anyone.
      if (!refusesTheAddress(error) || namesOnlyTheSender(error, this.from, email.to)) throw error;
      throw new AddressRefusedError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }

  private command(email: Email): SendEmailCommand {
    return new SendEmailCommand({
      FromEmailAddress: this.from,
      Destination: { ToAddresses: email.to },
      ConfigurationSetName: this.options.configurationSetName,
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Html: { Data: email.html, Charset: 'UTF-8' }, Text: { Data: email.text, Charset: 'UTF-8' } },
        },
      },
    });
  }

  /**
   * The recipients SES has suppressed. A look-up that fails for another reason
   * (throttling, a missing permission) counts the address as deliverable: a
   * lost look-up must not hold back an escalation, and a suppressed send
   * still shows as a bounce event.
   */
  private async suppressedAmong(addresses: string[]): Promise<SuppressedRecipient[]> {
    const found = await Promise.all(
      addresses.map(async (address): Promise<SuppressedRecipient | undefined> => {
        try {
          const { SuppressedDestination: entry } = await this.client.send(
            new GetSuppressedDestinationCommand({ EmailAddress: address }),
          );
          return entry ? { address, reason: entry.Reason, since: entry.LastUpdateTime } : undefined;
        } catch {
          return undefined; // NotFoundException: not suppressed; anything else: as above
        }
      }),
    );
    return found.filter((entry) => entry !== undefined);
  }
}
