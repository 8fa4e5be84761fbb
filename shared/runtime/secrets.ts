import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { ENV, type EnvName } from './env-names';
import { requireEnv } from './env';

/** The secrets a Lambda may hold: where it finds each one's ARN, and how short a value is refused. */
const SECRETS = {
  pepper: { arnIn: ENV.pepperSecretArn, what: 'pepper', minLength: 32 },
  linkSigningKey: { arnIn: ENV.linkSigningKeySecretArn, what: 'link-signing key', minLength: 32 },
  twilioAuthToken: { arnIn: ENV.twilioSecretArn, what: 'Twilio auth token', minLength: 16 },
} as const satisfies Record<string, { arnIn: EnvName; what: string; minLength: number }>;

export type SecretName = keyof typeof SECRETS;

/**
 * Reads the secret's ARN now, so a function without it fails as it starts,
 * and returns what fetches the value from Secrets Manager when first needed
 * (cached an hour by Powertools), refused if shorter than it must be.
 *
 * @example
 * const pepper = secretFromEnv('pepper');
 * const app = once(async () => createApp({ pepper: await pepper() }));
 */
export function secretFromEnv(name: SecretName): () => Promise<string> {
  const { arnIn, what, minLength } = SECRETS[name];
  const secretArn = requireEnv(arnIn);
  return async () => {
    const value = await getSecret(secretArn, { maxAge: 3600 });
    if (typeof value !== 'string' || value.length < minLength)
      throw new Error(`the ${what} secret must be a string of at least ${minLength} characters`);
    return value;
  };
}
