import { TranslateClient } from '@aws-sdk/client-translate';
import { AmazonTranslator } from '../adapters/aws/amazon-translator';
import type { EscalationDeps } from '../use-cases/raise-escalation';
import { configFromEnv, requireEnv } from './env';
import { ENV } from './env-names';
import { secretFromEnv } from './secrets';
import { sesMailerFromEnv } from './ses-mailer-from-env';
import {
  answerNotices,
  caseStore,
  caseThread,
  escalationStore,
  legalClocks,
  patternCounter,
  sentEmails,
  tableFromEnv,
  type Table,
} from './table-adapters';

/**
 * What the escalate and sweep Lambdas share: the stores, SES, and the
 * link-signing key from Secrets Manager (fetched once per environment).
 * With `translate` (the escalate Lambda, which alone may call Amazon
 * Translate), a translator when the config names the leadership's language.
 * With `table`, on that table's client, which the caller's own adapters share.
 */
export async function escalationDepsFromEnv({
  translate = false,
  table = tableFromEnv(),
}: {
  translate?: boolean;
  table?: Table;
} = {}): Promise<EscalationDeps> {
  const config = configFromEnv();
  const linkSigningKey = await secretFromEnv('linkSigningKey')();
  const escalations = escalationStore(table);
  return {
    config,
    escalations,
    // An employee's answer may move its own case around someone it names, or make it urgent: never a new escalation.
    routing: escalations,
    // Ordinary answers wait for the hour to end; the sweep sends them.
    answerNotices: answerNotices(table),
    cases: caseStore(table),
    // A case an answer moves around a sponsor leaves the pattern rule's counts (`takeOffPatterns`).
    patterns: patternCounter(table),
    mailer: sesMailerFromEnv(config.mail.from),
    sentEmails: sentEmails(table),
    clock: table.clock,
    linkSigningKey,
    publicUrl: requireEnv(ENV.publicUrl).replace(/\/+$/, ''),
    translator: translate && config.leadershipLanguage ? new AmazonTranslator(new TranslateClient({})) : undefined,
    // The legal clocks (raised: acknowledge; swept: remind and climb), and the employee's "by when".
    clocks: legalClocks(table),
    threads: caseThread(table),
  };
}
