import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../adapters/aws/ses-mailer';
import { requireEnv } from './env';
import { ENV } from './env-names';

/**
 * The mailer of a Lambda that `bindEmailSender` set up: SES as `from`, every
 * email with the configuration set (`SES_CONFIGURATION_SET`) whose events
 * report bounces, complaints and rejects, recipients checked against the
 * account's suppression list first.
 */
export function sesMailerFromEnv(from: string): SesMailer {
  return new SesMailer(new SESv2Client({}), from, {
    configurationSetName: requireEnv(ENV.sesConfigurationSet),
    checkSuppressionList: true,
  });
}
