import { TranslateClient } from '@aws-sdk/client-translate';
import { AmazonTranslator } from '../adapters/aws/amazon-translator';
import type { EscalationDeps } from '../use-cases/raise-escalation';
import { markedUrgentAllowance } from '../use-cases/marked-urgent-allowance';
import { urgentWordsAllowance } from '../use-cases/urgent-words-allowance';
import { configFromEnv, optionalEnv, requireEnv } from './env';
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
  rateAndReplayState,
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
  // Where the escalate (normal lane) and sweep functions may count: the rate and replay table, which forgets.
  const rateTable = optionalEnv(ENV.rateStateTableName)
    ? tableFromEnv(ENV.rateStateTableName, table.documents)
    : undefined;
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
    // Each holder's emails one by one an hour about reports only marked urgent (the rest are told together).
    markedUrgent: rateTable ? markedUrgentAllowance(rateAndReplayState(rateTable), config) : undefined,
    // And a larger one about reports urgent in their words: past it, each sweep lists the rest in one email.
    urgentWords: rateTable ? urgentWordsAllowance(rateAndReplayState(rateTable), config) : undefined,
  };
}
