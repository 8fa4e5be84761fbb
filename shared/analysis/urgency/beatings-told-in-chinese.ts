import { lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * A beating told in Chinese by what it did (att44, u46a): "班长把工人打得头破血流" (the team leader beat a worker till
 * his head broke and bled), "主管把他打得鼻青脸肿", "经理用棍子打工人". Chinese is read in full, and a blow told with
 * its result or its weapon read calm. A beating at work is a threat of violence, as a blow is in the other
 * languages ("the supervisor slaps the workers", "经理打了工人"). Not a game, a clock or a phone: "打篮球", "打卡",
 * "打电话" name no one beaten and no wound.
 * Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */

const WHOM = String.raw`(?:工人|员工|工友|他|她|我|我们|他们|人|同事|新人|小工|临时工|学徒|[\u4e00-\u9fff]{1,3})`;
const WOUND = String.raw`(?:头破血流|鼻青脸肿|满脸是血|满身是伤|浑身是伤|遍体鳞伤|流血|出血|住院|进医院|骨折|半死|吐血|晕过去|昏过去|晕倒|昏倒|不能动|站不起来)`;
const WEAPON = String.raw`(?:棍子|棒子|铁棍|铁棒|木棍|木棒|皮带|钢管|水管|砖头|扳手|锤子|鞭子|椅子|铁锹)`;
const BEATEN = lazyPattern(
  [
    String.raw`把${WHOM}(?:打|揍|踢|殴打)(?:得|成|到)${WOUND}`,
    String.raw`(?:打|揍|踢)(?:得|成)${WHOM}?${WOUND}`,
    String.raw`(?:用|拿|抄起)${WEAPON}(?:打|抽|砸|揍)`,
    String.raw`(?:打|扇|抽)了?${WHOM}(?:一|几|两|好几)?(?:个|记)?(?:巴掌|耳光|拳)`,
    String.raw`(?:殴打|暴打|毒打|痛打|暴揍)(?:了)?${WHOM}`,
  ].join('|'),
  'u',
);
// A film, a game or a story: no beating at work.
const NOT_AT_WORK = /电影|电视剧|小说|游戏|比赛|拳击|新闻里/u;

/** Whether the Chinese text tells someone beaten, by the wound or the weapon. */
export function tellsBeatingInChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/u.test(text) && BEATEN.get().test(text) && !NOT_AT_WORK.test(text);
}

/** The reading with a threat of violence added (and urgent) where a beating is told in Chinese. */
export function withBeatingInChinese(text: string, reading: Reading): Reading {
  if (reading.categories.includes('threat') || typeof text !== 'string') return reading;
  return tellsBeatingInChinese(text) ? withKindsAdded(reading, 'threat') : reading;
}
