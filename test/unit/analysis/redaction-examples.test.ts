import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/**
 * Redaction examples as data, one file a source (everyday English, the second
 * security review, other languages' frequent words, Spanish and French cues),
 * each saying what it is about and, per group, why the examples are there.
 */
interface ExampleFile {
  about: string;
  redacted: { why?: string; examples: [text: string, expected: string][] }[];
  unchanged: { why?: string; texts: string[] }[];
}

const folder = join(import.meta.dirname, 'redaction-examples');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8')) as ExampleFile] as const);

describe.each(files)('redaction examples in %s', (_name, file) => {
  it.each(file.redacted.flatMap((group) => group.examples))('Should redact %j as %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(file.unchanged.flatMap((group) => group.texts))('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
