import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpora, scoreRedaction } from '../../../scripts/eval/redaction';
import { extractKeyPhrases } from '../../../shared/analysis/key-phrases';
import { redact } from '../../../shared/analysis/redact';

// Read once for every check below; the checks that run over every line take one case a file, so a loaded CI runner
// times each file against the unit timeout instead of the whole corpus in one case.
const CORPORA = loadCorpora();
const FILES = [...new Set(CORPORA.map((i) => i.file))];

/*
 * The labelled corpus (eval/redaction/corpus.jsonl) was written before the
 * redactor was tuned, and split by a hash of each line into a tune half and a
 * held-out half. The thresholds hold on each half, so tuning on one cannot
 * hide a loss on the other. eval/redaction/adversarial-2.jsonl holds the
 * classes a security review found missing, with as many negatives of the
 * same shapes; the thresholds hold on each of its halves too. So do they on
 * eval/redaction/adversarial-3.jsonl, from a second review (other scripts'
 * digits, Arabic, German, Polish, French and Spanish names, emails and phones
 * spelled out in other languages, national ids, initials).
 */
describe('redaction on the labelled corpus', () => {
  const items = CORPORA;

  it('Should have at least 300 lines, half of them adversarial, in two halves', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.tag !== 'plain').length).toBeGreaterThanOrEqual(items.length / 2);
    expect(items.filter((i) => i.split === 'held-out').length).toBeGreaterThan(items.length / 3);
    expect(items.filter((i) => i.split === 'tune').length).toBeGreaterThan(items.length / 3);
  });

  const halves = FILES.filter((file) => !file.startsWith('languages/')).flatMap((file) =>
    (['tune', 'held-out'] as const).map((split) => [file, split] as const),
  );
  it.each(halves)('Should find at least 95 in 100 names and phone numbers in %s, %s half', (file, split) => {
    const report = scoreRedaction(items.filter((i) => i.file === file && i.split === split));
    console.info(
      `${file} ${split}: ${JSON.stringify(Object.fromEntries(Object.entries(report.perKind).map(([k, s]) => [k, `${s.caught}/${s.labelled} recall, ${s.right}/${s.redacted} precision`])))}`,
    );
    expect(report.perKind.NAME.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.perKind.PHONE.recall).toBeGreaterThanOrEqual(0.95);
    for (const kind of ['EMAIL', 'ADDRESS', 'ID', 'URL', 'PLATE'] as const)
      expect(report.perKind[kind].recall).toBeGreaterThanOrEqual(0.85);
    for (const score of Object.values(report.perKind)) expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.negativesChanged / report.negatives).toBeLessThanOrEqual(0.1);
  });
});

/*
 * eval/redaction/languages/<code>.jsonl: per language employees write in
 * besides English, 30-odd workplace sentences naming someone and 30-odd
 * naming no one. Before their name lists and guards were extended, 61% of
 * those names were found (Portuguese and Italian 36%); the sentences naming
 * no one must stay as written.
 */
describe('names in the other languages', () => {
  const items = CORPORA.filter((i) => i.file.startsWith('languages/'));
  const files = FILES.filter((file) => file.startsWith('languages/'));

  it('Should have at least 30 sentences with a name and 30 without in each of eight languages', () => {
    expect(files).toHaveLength(8);
    for (const file of files) {
      const lines = items.filter((i) => i.file === file);
      expect(lines.filter((i) => i.spans.some((s) => s.kind === 'NAME')).length, file).toBeGreaterThanOrEqual(30);
      expect(lines.filter((i) => i.tag === 'negative').length, file).toBeGreaterThanOrEqual(30);
    }
  });

  it.each(files)('Should find at least 90 in 100 names in %s and leave the sentences naming no one alone', (file) => {
    const report = scoreRedaction(items.filter((i) => i.file === file));
    expect(report.perKind.NAME.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.perKind.NAME.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.negativesChanged / report.negatives).toBeLessThanOrEqual(0.05);
  });
});

describe('themes and names', () => {
  // Key phrases become the digest's themes; they are read from the redacted
  // text, so a name the redactor misses ("mgr taylor", "smith harassed") would
  // reach leadership as a theme.
  it.each(FILES)('Should offer no key phrase holding a word of a labelled name, in any line of %s', (file) => {
    const leaks: string[] = [];
    for (const item of CORPORA.filter((i) => i.file === file)) {
      const names = item.spans.filter((s) => s.kind === 'NAME');
      if (!names.length) continue;
      const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      // A word of the name that the line also uses elsewhere ("Will" and "will") may appear by that right.
      let outside = item.text;
      for (const span of names)
        outside = outside.slice(0, span.start) + ' '.repeat(span.end - span.start) + outside.slice(span.end);
      const elsewhere = new Set(words(outside));
      const nameWords = new Set(
        names.flatMap((span) => words(item.text.slice(span.start, span.end))).filter((w) => !elsewhere.has(w)),
      );
      for (const phrase of extractKeyPhrases(item.raw)) {
        if (words(phrase).some((w) => nameWords.has(w))) leaks.push(`${item.file}:${item.line} ${phrase}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('redaction is total', () => {
  // Text as employees write it, with the characters that trip redactors up.
  const tricky = fc.constantFrom(
    '\u00AD',
    '\u200B',
    '\u200D',
    '\u202E',
    '\uFEFF',
    '\uFE0F',
    '\uE001',
    '[NAME]',
    '@',
    ' at ',
    ' dot ',
    '(at)',
    'Ｋ',
    '５',
    '-',
    '.',
    ' ',
    '\n',
    'Mr ',
    'Kowalczyk',
    'jane smith',
    '555',
    '+44',
    '#',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.oneof(tricky, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')),
  );

  it('Should never throw, never grow the text much, and change nothing on a second pass', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = redact(input);
        expect(once.length).toBeLessThanOrEqual(input.normalize('NFKC').length * 2 + 16);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it.each(FILES)(
    'Should leave each line of %s unchanged once redacted, when redacted again',
    (file) => {
      for (const item of CORPORA.filter((i) => i.file === file)) {
        const once = redact(item.raw);
        expect(redact(once), `${item.file}:${item.line}`).toBe(once);
      }
      // Every line of the largest file twice over: 23 s at a load of 18 on two cores.
    },
    90_000,
  );
});
