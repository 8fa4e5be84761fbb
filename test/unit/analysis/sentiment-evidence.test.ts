import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSentiment } from '../../../shared/analysis/sentiment';
import { label, negate, weigh } from '../../../shared/analysis/sentiment-evidence';
import { analyseSentimentInLanguage } from '../../../shared/analysis/sentiment-languages';

// Written for this project, not taken from any data set: the same comment in three languages.
const turns: [language: string, praiseThenComplaint: string, complaintThenPraise: string][] = [
  ['en', 'The team is great but the pay is awful', 'The pay is awful but the team is great'],
  ['es', 'El equipo es genial pero el sueldo es pésimo', 'El sueldo es pésimo pero el equipo es genial'],
  ['fr', "L'équipe est géniale mais le salaire est nul", "Le salaire est nul mais l'équipe est géniale"],
];

function sentimentOf(text: string, language: string) {
  return language === 'en' ? analyseSentiment(text) : analyseSentimentInLanguage(text, language)!;
}

describe('evidence weighed alike in every language', () => {
  it.each(turns)(
    'Should let what follows the turn decide in %s',
    (language, praiseThenComplaint, complaintThenPraise) => {
      const complaintLast = sentimentOf(praiseThenComplaint, language).scores;
      const praiseLast = sentimentOf(complaintThenPraise, language).scores;
      expect(complaintLast.negative).toBeGreaterThan(complaintLast.positive);
      expect(praiseLast.positive).toBeGreaterThan(praiseLast.negative);
    },
  );

  it('Should read a negated praise as a complaint and a negated complaint as at most faint praise', () => {
    expect(negate(2)).toBeLessThan(0);
    expect(negate(-2)).toBeGreaterThan(0);
    expect(negate(-2)).toBeLessThan(negate(2) * -1);
    // A language with a floor: a negated mild word still complains clearly.
    expect(negate(0.5, -1)).toBe(-1);
  });

  it('Should count what is said before "but" less than what is said after it', () => {
    const shape = (at: number) => ({
      sentenceFactors: [1],
      turns: [{ at, sentence: 0, previousSentence: false }],
      concessive: new Set<number>(),
      irrealis: new Set<number>(),
      words: 6,
    });
    const praise = { value: 2, at: 1, sentence: 0, clause: 0 };
    const complaint = { value: -2, at: 5, sentence: 0, clause: 1 };
    const { positive, negative } = weigh([praise, complaint], shape(3));
    expect(negative).toBeGreaterThan(positive);
  });

  it('Should give confidences that sum to 1 for any evidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (positive, negative, neutralWeight) => {
          const { scores } = label(positive, negative, neutralWeight);
          const total = scores.positive + scores.negative + scores.neutral + scores.mixed;
          expect(total).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});
