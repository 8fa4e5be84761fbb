import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskLetterSpacedNames, withoutLeetspeak } from '../../../shared/analysis/redact-names-disguised';
import { contextFor, readWords } from '../../../shared/analysis/redact-names-reading';
import { nameEnd, startsNoName } from '../../../shared/analysis/redact-names-rules';

/*
 * maskNames skips a word that startsNoName says starts no name, without asking nameEnd. That is exact only while
 * no rule of nameEnd takes such a word: here nameEnd is asked of every word of the project's redaction sets, in
 * place and, in lower case and with a capital, in the frames where the rules take words most readily (after a
 * role, a title, a kinship word, a given name, before a surname, initials or what a person does).
 */
const DIR = join(__dirname, '../../../eval/redaction');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.jsonl') ? [join(dir, entry.name)] : [],
  );
const TEXTS = files(DIR)
  .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean))
  .map((line) => (JSON.parse(line) as { marked: string }).marked.replace(/\{\{[A-Z]+\|(.*?)\}\}/g, '$1'));

const FRAMES = [
  (w: string) => `my manager ${w} keeps yelling at us`,
  (w: string) => `mr ${w} smith said no`,
  (w: string) => `Dr. ${w} is late`,
  (w: string) => `${w} van an tuan`,
  (w: string) => `anh ${w} nói`,
  (w: string) => `si ${w} ay galit`,
  (w: string) => `dave ${w} keeps grabbing people`,
  (w: string) => `yesterday ${w} shouted at me`,
  (w: string) => `el jefe ${w} nos grita siempre`,
  (w: string) => `le chef ${w} nous crie dessus`,
  (w: string) => `${w}`,
];
/** The same word with a capital, where the rules take capitals: after a role, a title, a kinship word, a given name, before a surname, a verb or initials. */
const CAPITAL_FRAMES = [
  (w: string) => `my manager ${w} keeps yelling at us`,
  (w: string) => `Yesterday ${w} Kowalczyk shouted at me`,
  (w: string) => `${w} Kowalczyk is late`,
  (w: string) => `The report said ${w}, J. R. was late`,
  (w: string) => `chị ${w} nói với em rằng`,
  (w: string) => `si ${w} ay galit sa amin`,
  (w: string) => `we met ${w} at the gate`,
  (w: string) => `Dave ${w} keeps grabbing people`,
  (w: string) => `${w} shouted at me. ${w} always does`,
  (w: string) => `Ayer ${w} nos gritó. ${w} siempre grita`,
  (w: string) => `${w.toUpperCase()} WILL FIRE US`,
];
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** Each word of the text as maskNames reads it: [the word screened out, whether nameEnd took it]. */
function readings(text: string): [boolean, boolean][] {
  const reading = withoutLeetspeak(maskLetterSpacedNames(text));
  const words = readWords(reading);
  const context = contextFor(reading, words);
  return words.map((word, k) => [startsNoName(word, words[k - 1]), nameEnd(context, k) !== undefined]);
}

describe('the names rule skipping words that start no name', () => {
  it('Should never skip a word that a rule of the names rule takes for the start of a name', () => {
    const words = new Set(TEXTS.flatMap((text) => readWords(text).map((word) => word.lower)));
    const texts = [
      ...TEXTS,
      ...[...words].flatMap((word) => FRAMES.map((frame) => frame(word))),
      ...[...words].flatMap((word) => CAPITAL_FRAMES.map((frame) => frame(capitalised(word)))),
    ];
    expect(texts.length).toBeGreaterThan(20_000);
    let skipped = 0;
    let taken = 0;
    const wronglySkipped: string[] = [];
    for (const text of texts)
      for (const [screened, isTaken] of readings(text)) {
        if (screened) skipped++;
        if (isTaken) taken++;
        if (screened && isTaken) wronglySkipped.push(text);
      }
    expect(wronglySkipped).toEqual([]);
    // The check can fail: many words are skipped, and many words in these frames are taken.
    expect(skipped).toBeGreaterThan(50_000);
    expect(taken).toBeGreaterThan(5_000);
  }, 300_000); // a generous limit, not a speed check: some 90,000 texts on a busy machine

  it('Should skip everyday words and keep names, titles, initials, places and unknown words', () => {
    const last = (text: string) => {
      const words = readWords(text);
      return startsNoName(words.at(-1)!, words.at(-2));
    };
    for (const text of ['the', 'shift', 'always', 'managers', 'hired', 'The', 'This', 'SHIFT'])
      expect(last(text)).toBe(true);
    for (const text of [
      'dave',
      'kowalczyk',
      'mr',
      'nguyen',
      'trần',
      'okonkwo',
      'Dave',
      'Okonkwo',
      'Toyota',
      'J.',
      'chị Shift',
    ])
      expect(last(text)).toBe(false);
  });
});
