import { describe, expect, it } from 'vitest';
import { extractKeyPhrases } from '../../../shared/analysis/key-phrases';

/**
 * The digest's themes, as leadership read them in the sample week, were "month", "weeks", "end" and "explained":
 * how long or when something happened, and a verb, not what it is about.
 */
describe('themes are what feedback is about, not when', () => {
  it.each([
    ['The break room fridge has been broken for weeks', ['break room fridge']],
    ['Overtime was not paid for three months', ['overtime']],
    ['The rota comes out at the end of the month, two days before it starts', ['rota']],
    ['Nobody explained the new bonus scheme', ['new bonus scheme']],
    // The sample week's leadership digest read "time" as a theme of 8 comments: on time, every time, time for.
    ['Our supervisor is fair and always makes time for questions.', ['supervisor', 'questions']],
    ['The shuttle bus never arrives on time', ['shuttle bus', 'arrives']],
    ['Every time I ask for leave it is refused', ['leave']],
  ])('Should not offer a lone span of time, or "explained", as a theme: %s', (text, themes) => {
    expect(extractKeyPhrases(text)).toEqual(themes);
  });

  it('Should keep a time word inside a phrase that names something', () => {
    expect(extractKeyPhrases('Month end close is chaos every month')).toEqual(['month end close']);
    expect(extractKeyPhrases('Understaffed and long hours.')).toEqual(['understaffed', 'long hours']);
    expect(extractKeyPhrases('Working days are too long')).toContain('working days');
    expect(extractKeyPhrases('Break time is too short')).toContain('break time');
    expect(extractKeyPhrases('The time clock at gate 2 is broken')).toContain('time clock');
  });
});
