import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * README.md and docs/ back each promise with the test that proves it. A test renamed or folded into
 * another left docs/anonymity.md pointing at one that no longer existed, so a reader checking a
 * guarantee found nothing: every test file and folder they name must be there.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** README.md and every Markdown file of docs/, with their text. */
function documents(): { name: string; text: string }[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs].map((name) => ({ name, text: readFileSync(join(ROOT, name), 'utf8') }));
}

/** Every path under test/ a document names (`test/unit/…/x.test.ts`, a folder, a fixture), globs cut at their first wildcard. */
function citedPaths(text: string): string[] {
  const found = text.match(/(?<![\w./-])test\/[\w./*{},-]+/g) ?? [];
  return found.map((path) =>
    path
      .replace(/[*{].*$/, '')
      .replace(/[.,]+$/, '')
      .replace(/\/$/, ''),
  );
}

/** Test files named alone (`late-answer-copy-on-the-table.test.ts`), beside a full path cited just before. */
function citedFileNames(text: string): string[] {
  const withoutPaths = text.replace(/(?<![\w./-])test\/[\w./*{},-]+/g, '');
  return withoutPaths.match(/(?<![\w./-])[\w.-]+\.test\.ts\b/g) ?? [];
}

/** Every file name under test/, to find a file cited by its name alone. */
function testFileNames(folder = join(ROOT, 'test')): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) for (const name of testFileNames(join(folder, entry.name))) names.add(name);
    else names.add(entry.name);
  }
  return names;
}

describe('the tests README.md and docs/ cite as proof', () => {
  it('Should read a full path, a folder and a glob out of prose, and a file named alone apart from them', () => {
    const text =
      'proved by `test/integration/stored-times.test.ts` (and `pattern-expiry.test.ts`), the fixtures in test/unit/analysis/redaction-examples/*.json and test/support/.';
    expect(citedPaths(text)).toEqual([
      'test/integration/stored-times.test.ts',
      'test/unit/analysis/redaction-examples',
      'test/support',
    ]);
    expect(citedFileNames(text)).toEqual(['pattern-expiry.test.ts']);
    expect(citedFileNames('`redact-leftovers.property.test.ts`')).toEqual(['redact-leftovers.property.test.ts']);
  });

  it.each(documents())('Should find every test path $name cites', ({ text }) => {
    const paths = citedPaths(text);
    const missing = paths.filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  it.each(documents())('Should find every test file $name names alone', ({ text }) => {
    const names = testFileNames();
    const missing = citedFileNames(text).filter((name) => !names.has(name));
    expect(missing).toEqual([]);
  });

  it('Should find the README and docs/ citing tests at all, so a change in how they cite them does not pass unread', () => {
    // The README is a short path now; the reference it held, and its citations, moved to docs/.
    const [readme, ...docs] = documents();
    expect(citedPaths(readme!.text).length).toBeGreaterThan(0);
    expect(docs.flatMap(({ text }) => citedPaths(text)).length).toBeGreaterThan(200);
  });
});
