export interface Email {
  to: string[];
  subject: string;
  html: string;
  text: string;
}

/**
 * Sends email (SES v2 on AWS, aws-ses-v2-local locally). Fails with `AddressRefusedError` when the mail
 * service refused whom the email is to; any other failure is the service's own (throttled, over its
 * quota, paused, down, timed out, its sender not set up): the same for every address, so it is tried
 * again later rather than sent to someone else.
 */
export interface Mailer {
  send(email: Email): Promise<void>;
}

/**
 * The mail service will not send to this email's address (invalid, unverified, suppressed, rejected):
 * nothing was sent, and trying the same address again will not change that, though another's may be
 * accepted. Its message is the service's own words, which the operator needs to fix the address.
 */
export class AddressRefusedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AddressRefusedError';
  }
}
