import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { adversarialTexts, ordinaryText } from '../../support/adversarial-texts';

/*
 * A hang guard, not a speed test: no text the intake accepts keeps urgency, redaction or its preview busy for long.
 * A pattern that starts with a lookbehind, holds an unbounded span before its key word, or can split a run of
 * spaces many ways is tried at every position of a long text and costs its square or its cube: a generated
 * 1,100-letter word took 857 s in analysis-totality.test.ts, and a word, 1,600 spaces and a word took 7.5 s of CPU
 * to redact and 20 s to preview (docs/performance-log.md, "… no input makes analysis slow … (helper lb43)"). The
 * intake reads urgency on every report, so one such text holds a 512 MB Lambda, and CI, for as long.
 *
 * The bound: each text's CPU time (this process's, so other work on a shared 2-core machine does not count) within
 * 50 times an ordinary report's of the same length, and never under 3 s. Linear work stays far inside it (the worst
 * text here takes a few times the ordinary one); a square cost at the intake's 1,600 characters is hundreds of times
 * it. Each text runs once untimed first: V8 compiles a pattern on its first run over a string of each width (Latin-1
 * or two bytes a character), seconds of CPU for the largest urgency rules on a first Cyrillic text, and that cost
 * is paid once a process, not per text. The shapes are the ones that were slow, and one of each other kind; the
 * whole list is timed by bench/slow-patterns.ts.
 */

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const ENTRIES = {
  detectUrgency: (text: string) => detectUrgency(text),
  redact: (text: string) => redact(text),
  previewRedaction: (text: string) => previewRedaction(text),
} as const;
type Entry = keyof typeof ENTRIES;

/** CPU milliseconds of one run of `entry` on a text already read once (see above). */
async function cpuOf(entry: Entry, text: string): Promise<number> {
  const start = cpuMs();
  await ENTRIES[entry](text);
  return cpuMs() - start;
}

/** Each text read once untimed: urgency, and the preview, which redacts too. */
async function readOnce(text: string): Promise<void> {
  detectUrgency(text);
  await previewRedaction(text);
}

const SHAPES = [
  'one latin word',
  'one cyrillic word',
  'one han word',
  'one long word, then an emoji',
  'one long word of letters and digits',
  '" " repeated',
  'a word, long spaces, a word',
  'a word, long stops, a word',
  '"fire " again and again',
  '"pozar " again and again',
  '"I " again and again',
  '"1 " again and again',
];
const texts = adversarialTexts().filter((t) => SHAPES.includes(t.name));

describe('texts of the intake’s longest, shaped to make a pattern slow', () => {
  it('Should hold every shape it names', () => {
    expect(texts.map((t) => t.name).sort()).toEqual([...SHAPES].sort());
    for (const { text } of texts) expect([...text].length).toBeLessThanOrEqual(MAX_TEXT_CHARACTERS);
  });

  it('Should read each through detectUrgency, redact and previewRedaction within 50 times an ordinary report of the same length (never under 3 s)', async () => {
    await readOnce(ordinaryText());
    const entries = Object.keys(ENTRIES) as Entry[];
    const budgets = new Map<Entry, number>();
    for (const entry of entries) budgets.set(entry, Math.max(3_000, 50 * (await cpuOf(entry, ordinaryText()))));
    const over: string[] = [];
    for (const { name, text } of texts) {
      await readOnce(text);
      for (const entry of entries) {
        const ms = await cpuOf(entry, text);
        const budget = budgets.get(entry)!;
        if (ms > budget) over.push(`${name}, ${entry}: ${Math.round(ms)} ms of CPU (budget ${Math.round(budget)} ms)`);
      }
    }
    expect(over).toEqual([]);
  }, 120_000);
});
