import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redact, redactEach } from '../../../shared/analysis/redact';

// Every text of the project's own redaction sets, as written: names, phones, addresses, ids, disguises, languages.
const DIR = join(__dirname, '../../../eval/redaction');
const TEXTS = readdirSync(DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) => readFileSync(join(DIR, file), 'utf8').split('\n').filter(Boolean))
  .map((line) => (JSON.parse(line) as { marked: string }).marked.replace(/\{\{[A-Z]+\|(.*?)\}\}/g, '$1'));

// Batches of 100, as the analysis lane reads them, mixing every kind of find: one case a batch, so a loaded machine
// times each batch, not the whole set at once.
const BATCHES = Array.from({ length: Math.ceil(TEXTS.length / 100) }, (_, i): [string, string[]] => [
  `${i * 100 + 1}-${Math.min(TEXTS.length, (i + 1) * 100)}`,
  TEXTS.slice(i * 100, (i + 1) * 100),
]);

describe('redacting a batch rule by rule', () => {
  it('Should have more than 700 texts to batch', () => {
    expect(TEXTS.length).toBeGreaterThan(700);
  });

  it.each(BATCHES)(
    'Should make of each text of texts %s exactly what redacting it alone makes, redacted or not',
    (_, batch) => {
      const redacted = batch.map((text) => redact(text));
      expect(redactEach(batch)).toEqual(redacted);
      expect(redactEach(redacted)).toEqual(redacted);
    },
  );

  it('Should give back what broke a text in its own place and redact the rest of the batch', () => {
    const breaks = (text: string) => {
      if (text.includes('poison')) throw new TypeError('the reader broke');
      return [];
    };
    const out = redactEach(['Call Mike at (555) 123-4567', 'poison pill', 'Great team'], breaks);
    expect(out[0]).toBe('Call [NAME] at [PHONE]');
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).cause).toBeInstanceOf(TypeError);
    expect(out[2]).toBe('Great team');
    expect(() => redact('poison pill', breaks)).toThrow('the reader broke');
  });
});
