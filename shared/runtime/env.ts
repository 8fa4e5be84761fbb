import { parseConfig } from '../config/load-config';
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
 * bundle (`LISTENING_POST_CONFIG`); validated again here, which costs well
 * under a millisecond at cold start.
 */
export function configFromEnv(): Config {
  return parseConfig(requireEnv(ENV.config), ENV.config);
}
