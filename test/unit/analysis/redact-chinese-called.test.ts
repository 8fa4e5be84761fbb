import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * What a Chinese writer asks to be called ("叫我小雨就行", call me Xiaoyu) is a familiar name with no surname, which
 * the surname lists cannot find. "叫" also means "told to" ("叫我小心点", told me to take care): those words stay.
 */
const HIDDEN: [string, string][] = [
  ['叫我小美就行，我在二号线', '小美'],
  ['同事们都叫我阿杰', '阿杰'],
  ['你们可以叫我老周吧', '老周'],
  ['我的外号是小胖，大家都知道', '小胖'],
];

const KEPT = ['主管叫我小心点，别碰那台机器', '老板叫我小组长明天去开会', '他们叫我老板过来一下'];

describe('a familiar name a Chinese writer asks to be called', () => {
  it.each(HIDDEN)('Should hide the name in %s', (text, name) => {
    expect(redact(text)).not.toContain(name);
  });

  it.each(KEPT)('Should keep %s as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
