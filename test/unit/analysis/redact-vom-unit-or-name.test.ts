import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * German "vom" is "from the" before a part of the workplace and a noble particle before a surname. Once "olli" was a
 * listed Finnish given name (round 31), "der olli vom wareneingang" lost where Olli works; the surname after "vom"
 * must still never be given back on a guess.
 */
describe('German "vom" after a given name written small', () => {
  it.each([
    ['der olli vom wareneingang', 'der [NAME] vom wareneingang'],
    ['die anna vom lager hat mich geschubst', 'die [NAME] vom lager hat mich geschubst'],
    ['der jens vom versand klaut', 'der [NAME] vom versand klaut'],
  ])('Should keep the workplace in %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  it.each(['der klaus vom stein schreit', 'klaus vom hofe schreit uns an', 'die petra vom rath lügt'])(
    'Should hide the surname after "vom" in %j',
    (text) => {
      const stored = redact(text);
      expect(stored).toContain('[NAME]');
      expect(stored).not.toMatch(/\b(?:stein|hofe|rath)\b/);
    },
  );
});
