import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIRS = ['functions', 'shared', 'infra', 'scripts'];
// Powertools Logger drops these from a log item's extra keys, warning each time (ReservedKeys in its constants).
const RESERVED = ['level', 'message', 'sampling_rate', 'service', 'timestamp'];
const LOG_CALL = /\b(?:logger\.(?:debug|info|warn|error|critical)|warn)\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text between a call's parentheses, `open` being the index just past `(`. */
function argumentsOf(source: string, open: number): string {
  let depth = 1;
  for (let i = open; i < source.length; i += 1) {
    if (source[i] === '(') depth += 1;
    else if (source[i] === ')' && --depth === 0) return source.slice(open, i);
  }
  return source.slice(open);
}

/** Reserved keys written as keys of an object literal (`level: …` or `{ level }`) in the arguments of each log call. */
function reservedKeysLogged(source: string): string[] {
  const found: string[] = [];
  for (const call of source.matchAll(LOG_CALL)) {
    const args = argumentsOf(source, call.index + call[0].length);
    const objects = args.slice(args.indexOf('{') < 0 ? args.length : args.indexOf('{'));
    for (const key of RESERVED) {
      if (new RegExp(`[{,]\\s*['"]?${key}['"]?\\s*(?::|,|\\})`).test(objects))
        found.push(`${key} in ${call[0]}${args.slice(0, 80)}`);
    }
  }
  return found;
}

describe('log items', () => {
  it('the detector finds a reserved key passed as a log attribute, written either way', () => {
    expect(
      reservedKeysLogged("deps.logger.info('escalation raised', { reasons: r, level: e.level, urgent: u });"),
    ).toHaveLength(1);
    expect(reservedKeysLogged("logger.warn('x', { service })")).toHaveLength(1);
    expect(reservedKeysLogged("warn('failed', {\n  'message': error.message,\n})")).toHaveLength(1);
    expect(
      reservedKeysLogged("logger.info('escalation raised', { escalationLevel: e.level, messageCount: 2 })"),
    ).toEqual([]);
  });

  it('no log call anywhere passes a key Powertools reserves, which it would drop with a warning', () => {
    const offences = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      reservedKeysLogged(readFileSync(file, 'utf8')).map((offence) => `${relative(ROOT, file)}: ${offence}`),
    );
    expect(offences).toEqual([]);
  });
});
