import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TranslateClient } from '@aws-sdk/client-translate';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbEscalationStore } from '../adapters/aws/dynamodb-escalation-store';
import { AmazonTranslator } from '../adapters/aws/amazon-translator';
import { DynamoDbCaseStore } from '../adapters/aws/dynamodb-case-store';
import { systemClock } from '../ports/clock';
import type { EscalationDeps } from '../use-cases/raise-escalation';
import { configFromEnv, requireEnv } from './env';
import { secretString } from './secret-string';
import { sesMailerFromEnv } from './ses-mailer-from-env';

/**
 * What the escalate and sweep Lambdas share: the stores, SES, and the
 * link-signing key from Secrets Manager (fetched once per environment).
 * With `translate` (the escalate Lambda, which alone may call Amazon
 * Translate), a translator when the config names the leadership's language.
 */
export async function escalationDepsFromEnv({ translate = false }: { translate?: boolean } = {}): Promise<EscalationDeps> {
  const config = configFromEnv();
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  const tableName = requireEnv('TABLE_NAME');
  const key = await secretString(requireEnv('LINK_SIGNING_KEY_SECRET_ARN'), 'link-signing key');
  return {
    config,
    escalations: new DynamoDbEscalationStore(documents, tableName, systemClock),
    cases: new DynamoDbCaseStore(documents, tableName, systemClock),
    mailer: sesMailerFromEnv(config.mail.from),
    clock: systemClock,
    linkSigningKey: key,
    publicUrl: requireEnv('PUBLIC_URL').replace(/\/+$/, ''),
    translator: translate && config.leadershipLanguage ? new AmazonTranslator(new TranslateClient({})) : undefined,
  };
}
