import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)

const secretsSchema = z.object({
  PEPPER: z.string().min(32),
  LINK_SIGNING_KEY: z.string().min(32),
  TWILIO_AUTH_TOKEN: z.string().min(16),
  /** Encrypts the local queues' journal at rest, as SQS server-side encryption does on AWS. */
  QUEUE_ENCRYPTION_KEY: z.string().regex(/^[0-9a-f]{64}$/),
});
export type LocalSecrets = z.infer<typeof secretsSchema>;

/**
 * The local stand-in for Secrets Manager: generated into `DATA_DIR/secrets.json`
 * on first start (readable by the owner only) and kept, so case codes stay
 * valid across restarts. An environment variable of the same name wins.
 */
export function loadLocalSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  let stored: Partial<LocalSecrets> = {};
  if (existsSync(file)) stored = secretsSchema.partial().parse(JSON.parse(readFileSync(file, 'utf8')));
  const generated: LocalSecrets = {
    PEPPER: stored.PEPPER ?? randomBytes(32).toString('hex'),
    LINK_SIGNING_KEY: stored.LINK_SIGNING_KEY ?? randomBytes(32).toString('hex'),
    TWILIO_AUTH_TOKEN: stored.TWILIO_AUTH_TOKEN ?? randomBytes(16).toString('hex'),
    QUEUE_ENCRYPTION_KEY: stored.QUEUE_ENCRYPTION_KEY ?? randomBytes(32).toString('hex'),
  };
  if (JSON.stringify(generated) !== JSON.stringify(stored)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600 });
  }
  return secretsSchema.parse({
    PEPPER: env.PEPPER || generated.PEPPER,
    LINK_SIGNING_KEY: env.LINK_SIGNING_KEY || generated.LINK_SIGNING_KEY,
    TWILIO_AUTH_TOKEN: env.TWILIO_AUTH_TOKEN || generated.TWILIO_AUTH_TOKEN,
    QUEUE_ENCRYPTION_KEY: generated.QUEUE_ENCRYPTION_KEY,
  });
}
