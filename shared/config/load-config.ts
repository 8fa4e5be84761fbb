import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchema, type Config } from './schema';
import { ConfigError } from '../errors';

/** The example config shipped in the repository; `npm start` uses it unless `CONFIG` names another. */
export const EXAMPLE_CONFIG_PATH = fileURLToPath(new URL('../../config/example.config.json', import.meta.url));

/**
 * Parses and validates configuration text. Throws a {@link ConfigError} whose
 * message names every bad field, e.g. `sponsors.1.topics.0: unknown topic 'paay'`.
 *
 * @example
 * const config = parseConfig(readFileSync('config/example.config.json', 'utf8'), 'example');
 */
export function parseConfig(text: string, source: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${source}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ConfigError(`${source}: invalid configuration\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Reads and validates a config file from disk. */
export function loadConfigFile(path: string = EXAMPLE_CONFIG_PATH): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    // Someone who copies the README's `CONFIG=path/to/your.config.json` has no file yet: say where one starts,
    // not the system's `ENOENT: no such file or directory, open …`.
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigError(
        `${path}: there is no config file there. Start from a copy of config/example.config.json, edit it ` +
          '(docs/deploy.md explains every field), and set CONFIG to the copy.',
        { cause },
      );
    }
    throw new ConfigError(`${path}: cannot read the config file (${(cause as Error).message})`, { cause });
  }
  return parseConfig(text, path);
}
