import { describe, expect, it } from 'vitest';
import { analyseSentiment, label } from '../../../shared/analysis/sentiment';

const sentimentOf = (text: string) => analyseSentiment(text).sentiment;

describe('sentiment of employee feedback', () => {
  it('Should not call "not bad" negative', () => {
    expect(sentimentOf('not bad')).not.toBe('NEGATIVE');
    expect(sentimentOf('The new canteen is not bad at all')).not.toBe('NEGATIVE');
  });

  it('Should call workplace complaints without any opinion word negative', () => {
    expect(sentimentOf('understaffed and long hours')).toBe('NEGATIVE');
    expect(sentimentOf('The pay is on the lower end')).toBe('NEGATIVE');
    expect(sentimentOf('No work-life balance')).toBe('NEGATIVE');
    expect(sentimentOf('My manager micromanages everything')).toBe('NEGATIVE');
    expect(sentimentOf('lack of communication from leadership')).toBe('NEGATIVE');
    expect(sentimentOf('high turnover and mandatory overtime')).toBe('NEGATIVE');
  });

  it('Should call workplace praise positive', () => {
    expect(sentimentOf('Great team and flexible hours')).toBe('POSITIVE');
    expect(sentimentOf('My supportive manager makes all the difference')).toBe('POSITIVE');
    expect(sentimentOf('Good work-life balance and room to grow')).toBe('POSITIVE');
  });

  it('Should weigh the clause after "but" more than the one before', () => {
    expect(sentimentOf('The team is great but the pay is awful')).toBe('NEGATIVE');
    expect(sentimentOf('The pay is awful but the team is great')).toBe('POSITIVE');
    expect(sentimentOf('Great people. But the hours are terrible.')).toBe('NEGATIVE');
  });

  it('Should weigh a clause opened by "although" less', () => {
    expect(sentimentOf('Although the hours are long, I love my team')).toBe('POSITIVE');
  });

  it('Should negate within its scope and no further', () => {
    expect(sentimentOf('The new schedule is not very good')).toBe('NEGATIVE');
    expect(sentimentOf("I don't think the manager is supportive")).toBe('NEGATIVE');
    // The negation ends at the comma: "great" is not negated.
    expect(sentimentOf("I can't complain, the team is great")).toBe('POSITIVE');
    expect(sentimentOf('Not happy with the break room, but the staff are wonderful')).toBe('POSITIVE');
  });

  it('Should read "no" before something employees value as a complaint', () => {
    expect(sentimentOf('No training, no support, no breaks')).toBe('NEGATIVE');
    expect(sentimentOf('never any recognition')).toBe('NEGATIVE');
  });

  it('Should not treat "like" as praise when it is a preposition', () => {
    expect(sentimentOf('It looks like the shift starts at six')).toBe('NEUTRAL');
    expect(sentimentOf('I like the new shift pattern')).toBe('POSITIVE');
  });

  it('Should call plain statements neutral', () => {
    expect(sentimentOf('The meeting is on Tuesday at 10')).toBe('NEUTRAL');
    expect(sentimentOf('Please send the rota for next week')).toBe('NEUTRAL');
  });

  it('Should read emoji and emoticons', () => {
    expect(sentimentOf('night shift 😡')).toBe('NEGATIVE');
    expect(sentimentOf('new lockers :)')).toBe('POSITIVE');
    expect(sentimentOf('payday 🎉')).toBe('POSITIVE');
  });

  it('Should make exclamation, capitals and stretched words stronger', () => {
    const plain = analyseSentiment('good').positive;
    expect(analyseSentiment('good!!!').positive).toBeGreaterThan(plain);
    expect(analyseSentiment('this is GOOD').positive).toBeGreaterThan(analyseSentiment('this is good').positive);
    expect(analyseSentiment('sooo goood').positive).toBeGreaterThan(analyseSentiment('so good').positive);
    expect(analyseSentiment('really awful').negative).toBeGreaterThan(analyseSentiment('awful').negative);
    expect(analyseSentiment('slightly annoying').negative).toBeLessThan(analyseSentiment('annoying').negative);
  });

  it('Should read swearing before an opinion word as emphasis, not as a complaint', () => {
    expect(sentimentOf('fucking amazing crew')).toBe('POSITIVE');
    expect(sentimentOf('this shift is fucking awful')).toBe('NEGATIVE');
  });

  it('Should call strong praise and strong complaint together mixed', () => {
    expect(sentimentOf('I love the people and I hate the management')).toBe('MIXED');
  });

  it('Should give Comprehend-style confidences that sum to 1, highest for the label', () => {
    for (const text of ['Great team', 'Awful hours', 'The rota is out', 'Love the team, hate the pay']) {
      const { sentiment, scores } = analyseSentiment(text);
      const values = Object.values(scores);
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
      expect(scores[sentiment.toLowerCase() as keyof typeof scores]).toBe(Math.max(...values));
    }
  });

  it('Should call a text with no evidence neutral with full confidence in neutral', () => {
    expect(label(0, 0)).toEqual({ sentiment: 'NEUTRAL', scores: { positive: 0, negative: 0, neutral: 1, mixed: 0 } });
  });
});
