import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { NOT_CHINESE_NAMES } from '../../../shared/analysis/redact-names-scripts';

/*
 * Whatever the Chinese name, the adverb or deed after it and what comes before the clause, the name is hidden and
 * the rest stays; a word that begins with a surname's character and goes on as words do stays whole. Whatever South
 * Asian surname and sentence around it, the surname is hidden.
 */

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

const surname = pick(
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
);
const given = pick(
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '杰',
  '涛',
  '明',
  '超',
  '婷',
  '浩',
  '宇',
  '鹏',
);
// "高明" (clever) is a word too: a two-character name that is one stays, as the calm words below do.
// Two characters that are also a word ("高明" clever, "高超" superb) stay as written: the redactor's own list.
const WORDS_TOO = NOT_CHINESE_NAMES;
const doing = pick(
  '偷偷拿了钱',
  '经常迟到',
  '昨天骂人',
  '总是早退',
  '又没来',
  '一直欺负新人',
  '打了同事',
  '故意不回消息',
);
const before = pick('', '我们组的', '同事', '经理说', '听说', 'Honestly, ');
const calmWord = pick(
  '方案',
  '周末',
  '高层',
  '白天',
  '文件',
  '黄金',
  '任务',
  '金额',
  '程序',
  '付款',
  '方法',
  '周一',
  '高峰期',
);

describe('a Chinese full name before what a person does', () => {
  it('Should hide the name and keep every other character', () => {
    fc.assert(
      fc.property(before, surname, fc.array(given, { minLength: 1, maxLength: 2 }), doing, (b, s, g, d) => {
        fc.pre(!WORDS_TOO.has(`${s}${g.join('')}`));
        expect(redact(`${b}${s}${g.join('')}${d}`)).toBe(`${b}[NAME]${d}`);
      }),
      { numRuns: 200 },
    );
  });

  it('Should leave a word that only begins with a surname as written', () => {
    fc.assert(
      fc.property(before, calmWord, doing, (b, w, d) => {
        const text = `${b}${w}${d}`;
        expect(redact(text)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

const southAsianSurname = pick(
  'Kulkarni',
  'Deshpande',
  'Patil',
  'Hegde',
  'Bhattacharya',
  'Chakraborty',
  'Srivastava',
  'Chaturvedi',
  'Iyengar',
  'Shetty',
  'Dhillon',
  'Malhotra',
  'Khurana',
  'Mohanty',
);
const frame = pick<[string, string]>(
  ['', ' is rude to everyone'],
  ['yesterday ', ' took my badge'],
  ['Complaint about ', '.'],
  ['my manager ', ' yells at us'],
  ['', ' sir never listens'],
  ['', ' ji is unfair'],
);

describe('a South Asian surname', () => {
  it('Should be hidden wherever the sentence puts it', () => {
    fc.assert(
      fc.property(southAsianSurname, frame, (name, [b, a]) => {
        expect(redact(`${b}${name}${a}`)).toBe(`${b}[NAME]${a}`);
      }),
      { numRuns: 100 },
    );
  });
});
