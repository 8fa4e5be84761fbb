import { parseConfig } from '../config/load-config';
import type { Config } from '../config/schema';
import { ConfigError } from '../errors';

/** Reads an environment variable once, failing fast with its name if it is missing. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigError(`environment variable ${name} is not set`);
  return value;
}

/**
 * The config as the CDK app validated it at synth and inlined into the
 * bundle (`LISTENING_POST_CONFIG`); validated again here, which costs well
 * under a millisecond at cold start.
 */
export function configFromEnv(): Config {
  return parseConfig(requireEnv('LISTENING_POST_CONFIG'), 'LISTENING_POST_CONFIG');
}
