import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../shared/config/schema';
import { sponsorNameSpans } from '../shared/domain/conflicts';
import { MAX_TEXT_CHARACTERS } from '../shared/domain/limits';
import { median, ratio, round } from './stats';

/**
 * CPU milliseconds to read the sponsors' names in one report of the
 * intake's longest (`sponsorNameSpans`), in each script a name is read in,
 * on its worst text: a run of letters with no space, which scripts with
 * no spaces between words (Thai, Chinese, kana) read as many overlapping
 * stretches. Beside it, the same in English, the baseline. The goal is
 * about 50 ms at most for any of them; Thai consonants are also read at
 * 4,000 letters, to show the reading grows with the text, not its square.
 */
export function measureNameReaders({ rounds = 7 } = {}) {
  const config = JSON.parse(readFileSync(join(process.cwd(), 'config/example.config.json'), 'utf8')) as Config;
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const letters = (alphabet: string, n = MAX_TEXT_CHARACTERS) => {
    const a = [...alphabet];
    return Array.from({ length: n }, () => a[Math.floor(random() * a.length)]).join('');
  };
  const repeated = (text: string, n = MAX_TEXT_CHARACTERS) =>
    [...text.repeat(Math.ceil(n / text.length))].slice(0, n).join('');
  const THAI_CONSONANTS = 'กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';
  const texts: Record<string, string> = {
    'English report': repeated('The manager locked the fire exit again and shouts at the night shift every day. '),
    'Thai consonants': letters(THAI_CONSONANTS),
    'Thai consonants, 4,000': letters(THAI_CONSONANTS, 4000),
    'Thai report': repeated('ผมอยากร้องเรียนเรื่องหัวหน้างานที่ปิดทางออกฉุกเฉินไว้ทุกวันและตะโกนใส่พนักงานในกะกลางคืน'),
    'Thai consonants around a name': repeated('ลมรชฟดวท'),
    'Marsh in Chinese, run together': repeated('马什'),
    'one Chinese character': repeated('尔'),
    'Chinese report': repeated(
      '我要投诉经理每天对我们大喊并且锁了安全出口工厂里的机器没有防护罩我们很害怕请尽快处理这个问题',
    ),
    'katakana run': letters('アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロンー'),
    'Hangul run': letters('가나다라마바사아자차카타파하리마쉬오카포로메도휘트필드샘'),
    'Devanagari run': letters('कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौं्'),
    'Urdu report': repeated('جناب مارش نے ایمرجنسی دروازہ بند کر دیا ہم پر چلاتے ہیں '),
    'Hebrew words': letters('אבגדהוזחטיכלמנסעפצקרשת    '),
  };
  const cpuMs = (text: string) => {
    const before = process.cpuUsage();
    sponsorNameSpans(config, text, 'plant2');
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / 1000;
  };
  const ms: Record<string, number> = {};
  for (const [name, text] of Object.entries(texts)) {
    cpuMs(text); // warm: the first reading compiles the readers' patterns
    ms[name] = round(median(Array.from({ length: rounds }, () => cpuMs(text))));
  }
  const baseline = ms['English report']!;
  return {
    cpuMs: ms,
    ratios: Object.fromEntries(Object.entries(ms).map(([name, v]) => [name, round(ratio(v, baseline), 2)])),
  };
}
