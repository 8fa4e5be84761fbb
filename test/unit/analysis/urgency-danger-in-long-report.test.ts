import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { modelSentences } from '../../../shared/analysis/urgency/model/sentences';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import reports from './urgency-danger-in-long-report.json';

/*
 * A danger sentence from the blind sets (one the model alone reads as urgent: a threat, a note saying "you're dead",
 * a colleague saying goodbye, a gun in a truck, a supervisor cornering someone) put among 5–30 calm sentences of
 * another language's calm rows, anywhere but first, with its full stops or typed as one run-on sentence. Before,
 * the model read only the whole report and its ends, and every one of these read as calm.
 */
const strip = (sentence: string) => sentence.replace(/[.!?。！？]+$/u, '');
const written = (sentences: readonly string[], runOn: boolean) =>
  runOn ? sentences.map(strip).join(' ') : sentences.join(' ');
const withDanger = ({ calm, danger, position, runOn }: (typeof reports)[number]) =>
  written([...calm.slice(0, position), danger, ...calm.slice(position)], runOn);

describe('a danger sentence in the middle of a long calm report', () => {
  it.each(reports.map((report) => [report.report, report] as const))(
    'Should read %s as urgent, within the length of a text message and of the web form',
    (_, report) => {
      const text = withDanger(report);
      expect([...text].length).toBeLessThanOrEqual(MAX_TEXT_CHARACTERS);
      expect(detectUrgency(text).urgent).toBe(true);
    },
  );

  it.each(reports.map((report) => [report.report, report] as const))(
    'Should read the same report without its danger sentence (%s) as calm',
    (_, report) => {
      expect(detectUrgency(written(report.calm, report.runOn)).urgent).toBe(false);
    },
  );

  it('Should read the danger sentence, ended by its full stop, however many calm sentences come before it', () => {
    const report = reports.find((r) => r.report.startsWith('en-in-'))!;
    const danger = `${report.danger}.`;
    for (let position = 1; position <= report.calm.length; position += 1)
      expect(detectUrgency(withDanger({ ...report, danger, position })).urgent, `after ${position} sentences`).toBe(
        true,
      );
  });
});

describe('the sentences the model reads one by one', () => {
  it('Should cut any text into sentences and stretches that hold every word, a bounded number of them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: MAX_TEXT_CHARACTERS }), (text) => {
        const sentences = modelSentences(text);
        expect(sentences.length).toBeLessThanOrEqual(400);
        // Every word's letters, in order: a CJK or Arabic end mark cuts inside what spaces alone call a word ("؟!", "好。我").
        const read = sentences.join('').replace(/\s+/g, '');
        for (const word of text.split(/\s+/).filter(Boolean).slice(0, 200)) expect(read).toContain(word);
      }),
    );
  });

  it('Should cut a run-on report so that any five words in a row are read together', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 300 }), (words) => {
        const sentences = modelSentences(words.join(' '));
        for (let i = 0; i + 5 <= words.length; i += 1) {
          const five = words.slice(i, i + 5).join(' ');
          expect(sentences.some((sentence) => ` ${sentence} `.includes(` ${five} `))).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
