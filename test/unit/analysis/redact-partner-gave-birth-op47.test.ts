import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * op47 (a blind attack on 2026-12-07, after op46a): a child's birth told by the other parent's giving birth kept its
 * day ("My wife gave birth on the 30th"), while "mi hija nació el 3 de agosto" was hidden. The parental leave's file
 * holds that day for one person. Calm: an animal's birth, a thing delivered, a child who "came back".
 */
const HIDDEN: readonly [string, string][] = [
  ['My wife gave birth on the 30th and they refused my paternity leave', '30th'],
  ['mi esposa dio a luz el 30 de octubre y no me dieron la licencia', '30 de octubre'],
  ['ma femme a accouché le 30 octobre', '30 octobre'],
  ['Nanganak ang asawa ko noong 10/30', '10/30'],
  ['My baby came on Oct 30 and HR lost my forms', '30'],
  ['my wife had the baby on 11/2 and I got written up for missing a shift', '11/2'],
];
const KEPT = [
  "the cow gave birth on the 30th at my uncle's farm",
  'the new policy was delivered on the 30th',
  'my daughter came back from Texas on the 30th and I asked for flexible hours',
];

describe("a partner's giving birth, with its day (op47)", () => {
  it.each(HIDDEN)('Should not store the day of %j', (text, day) => {
    expect(redact(text)).not.toContain(day);
  });

  it.each(KEPT)('Should keep every word of %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
