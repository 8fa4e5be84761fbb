import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLIENT = new URL('../../../functions/intake/kiosk/client/', import.meta.url);
const TESTS = new URL('../../', import.meta.url).pathname;

/** Test files that import a kiosk client file directly (one seals reports as a tablet does). */
const testsUsingTheClient = () =>
  readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(TESTS, f), 'utf8'))
    .filter((text) => text.includes('/kiosk/client/'));

/**
 * The tablet's script is read by whoever maintains it next: a function exported and used nowhere (a counter
 * nobody shows, a flag nobody reads) suggests the screen shows something it does not. Every name a client file
 * exports is imported by another client file, or by a test that drives it as a tablet would.
 */
describe('the kiosk app’s own files', () => {
  it('Should export only what another of its files, or a test, uses', () => {
    const files = readdirSync(CLIENT).filter((f) => f.endsWith('.ts'));
    const sources = new Map(files.map((f) => [f, readFileSync(new URL(f, CLIENT), 'utf8')]));
    const tests = testsUsingTheClient().map((text, i) => [`test ${i}`, text] as const);
    const unused: string[] = [];
    for (const [file, source] of sources) {
      for (const [, name] of source.matchAll(/^export (?:async )?(?:const|let|function|class) (\w+)/gm)) {
        const imported = [...sources, ...tests].some(
          ([other, text]) =>
            other !== file &&
            [...text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from/g)].some((m) =>
              m[1]!.split(',').some(
                (part) =>
                  part
                    .trim()
                    .replace(/^type\s+/, '')
                    .split(/\s+as\s+/)[0] === name,
              ),
            ),
        );
        if (!imported) unused.push(`${file}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
