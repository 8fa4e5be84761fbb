import type { Config } from '../config/schema';
import { ConfigError } from '../errors';
import { ENV, type EnvName } from './env-names';

/** Reads an environment variable, failing fast with its name if it is missing. */
export function requireEnv(name: EnvName): string {
  const value = process.env[name];
  if (!value) throw new ConfigError(`environment variable ${name} is not set`);
  return value;
}

/** An optional environment variable; empty counts as not set. */
export function optionalEnv(name: EnvName): string | undefined {
  return process.env[name] || undefined;
}

/**
 * The config as the CDK app validated it at synth and inlined into the
 * bundle (`LISTENING_POST_CONFIG`): the schema's output, defaults filled in,
 * which reads back as the same config (test/unit/config/inlined-config.test.ts).
 * Not validated again: building the schema and its first parse cost 60–70 ms
 * of CPU at every cold start (docs/performance.md), and nothing but the
 * bundle's first line sets the variable on Lambda.
 */
export function configFromEnv(): Config {
  const text = requireEnv(ENV.config);
  try {
    return JSON.parse(text) as Config;
  } catch (cause) {
    throw new ConfigError(`${ENV.config}: not valid JSON (${(cause as Error).message})`, { cause });
  }
}
