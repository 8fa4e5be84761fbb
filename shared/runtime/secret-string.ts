import { getSecret } from '@aws-lambda-powertools/parameters/secrets';

/** A string secret from Secrets Manager (cached an hour by Powertools), refused if shorter than it must be. */
export async function secretString(secretArn: string, what: string, minLength = 32): Promise<string> {
  const value = await getSecret(secretArn, { maxAge: 3600 });
  if (typeof value !== 'string' || value.length < minLength) throw new Error(`the ${what} secret must be a string of at least ${minLength} characters`);
  return value;
}
