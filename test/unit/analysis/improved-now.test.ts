import { describe, expect, it } from 'vitest';
import { analyseWorkplaceSentiment } from '../../../shared/analysis/learned-sentiment/workplace-sentiment';

/**
 * "The new rota is much better" read as neutral: the learned model took "much better" from reviews, where it is
 * nearly always "could be much better", a complaint. A change for the better said of now is praise; the same
 * comparative as a wish, a question, a negation or a better past is not. The second set was written before the rule
 * and never tuned on (held back); both are what employees text, with typos and slang.
 */
const TUNED_PRAISE = [
  'The new rota is much better',
  'so much better since the new supervisor came',
  'way better than before',
  'a lot less stressful now',
  'The new rota is much better, I can finally plan my week.',
  'the canteen is heaps better than last year',
  'honestly things are a lot better on our line since the changes',
  'Breaks are far less rushed now',
  'much better communication from management these days',
  'Handover is a lot smoother than it used to be',
  'wayyy better than the old system tbh',
];
const HELD_BACK_PRAISE = [
  'Loading bay is loads better organised since the move',
  'the break room is much nicer now they repainted it',
  'Communication has got a lot better this quarter',
  'Honestly the night shift feels way safer these days',
  'payroll queries get answered far quicker than they used to',
  'Things on line 3 are getting better, fewer breakdowns lately',
  'The canteen food is a million times better than last year',
  'onboarding was so much more helpful this time round than before',
  'since the new manager started the team is way happier',
  'The induction is much clearer now',
  'rotas r soooo much better now tbh',
  'Overtime sign up is a lot fairer now that it’s first come first served',
  'much less chaos at shift change since we started the handover notes',
  'Loving the new schedule, weekends are so much more relaxed',
];
const NOT_PRAISE = [
  'The rota could be much better',
  'pay should be a lot better for what we do',
  'It was much better before the reorganisation',
  'The old rota was way better',
  'needs to be far less stressful',
  'would be so much easier if we had a second scanner',
  'is it any better now?',
  'Once we recruit new colleagues it’ll get better',
  'The old canteen was much better than this',
  'It would be a lot safer with a second guard rail',
  'Communication needs to get way better',
  'Things were far calmer before the merger',
  'not any better since the new manager came',
  'It isn’t much better now to be honest',
  'Pay used to be a lot better here',
  'Networking is more important than it should be to advance',
  'uncertainty right now and lack of career progression',
];

describe('a change for the better, said of now', () => {
  it.each([...TUNED_PRAISE, ...HELD_BACK_PRAISE])('Should read "%s" as positive', (text) => {
    const { sentiment, scores } = analyseWorkplaceSentiment(text);
    expect(sentiment).toBe('POSITIVE');
    expect(scores.positive).toBeGreaterThan(Math.max(scores.negative, scores.neutral, scores.mixed));
    expect(Object.values(scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it.each(NOT_PRAISE)('Should not read "%s" as positive', (text) => {
    expect(analyseWorkplaceSentiment(text).sentiment).not.toBe('POSITIVE');
  });

  it('Should still read a complaint beside it', () => {
    expect(analyseWorkplaceSentiment('The rota is much better but the pay is still awful').sentiment).not.toBe(
      'POSITIVE',
    );
    expect(
      analyseWorkplaceSentiment(
        'It is a good job to learn new things then move on to make better money, they cheat you',
      ).sentiment,
    ).not.toBe('POSITIVE');
  });
});
