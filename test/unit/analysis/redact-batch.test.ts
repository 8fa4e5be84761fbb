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

describe('redacting a batch rule by rule', () => {
  it('Should make of each text of a batch exactly what redacting it alone makes', () => {
    expect(TEXTS.length).toBeGreaterThan(700);
    // Batches of 100, as the analysis lane reads them, mixing every kind of find; and redacted text once more.
    for (let start = 0; start < TEXTS.length; start += 100) {
      const batch = TEXTS.slice(start, start + 100);
      expect(redactEach(batch)).toEqual(batch.map((text) => redact(text)));
      const redacted = batch.map((text) => redact(text));
      expect(redactEach(redacted)).toEqual(redacted);
    }
  });

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
