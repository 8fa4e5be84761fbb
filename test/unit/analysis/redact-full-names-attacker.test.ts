import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attacker's report: full names the title rules missed reached the sponsor: Chinese compound surnames ("欧阳娜娜说",
// "诸葛亮经理"), Japanese and Korean full names before a particle ("山田太郎が私を殴った", "박지훈이 돈을 훔쳤다"),
// Hebrew surnames after a given name ("שמי דוד כהן", "הממונה יוסי אברהם צעק") and a Polish "jestem ania wiśniewska".

describe('full names the title rules missed', () => {
  it.each([
    ['欧阳娜娜说我迟到了', '[NAME]说我迟到了'],
    ['司马光说不行', '[NAME]说不行'],
    ['上官婉儿说的', '[NAME]说的'],
    ['诸葛亮经理骂人', '[NAME]经理骂人'],
    ['我们的欧阳经理很好', '我们的[NAME]经理很好'],
    ['山田太郎が私を殴った', '[NAME]が私を殴った'],
    ['昨日、高橋健太は来なかった', '昨日、[NAME]は来なかった'],
    ['박지훈이 돈을 훔쳤다', '[NAME]이 돈을 훔쳤다'],
    ['김영희가 소리를 질렀다', '[NAME]가 소리를 질렀다'],
    ['שמי דוד כהן', 'שמי [NAME] [NAME]'],
    ['הממונה יוסי אברהם צעק עליי', 'הממונה [NAME] צעק עליי'],
    ['jestem ania wiśniewska z magazynu', 'jestem [NAME] z magazynu'],
  ])('hides the name in %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '中野区が広い',
    '山田工業は大きい',
    '박물관이 좋다',
    '최근에 바빴다',
    '김치가 맛있다',
    'המנהל צעק עליי',
    'jestem zmęczona i smutna',
    'jestem bardzo zła na zmianę',
  ])('keeps the ordinary words of %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
