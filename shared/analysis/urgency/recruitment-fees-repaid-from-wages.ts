import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * A recruitment fee paid to an agent or broker and taken back out of the worker's wages (att48: "we all paid 4000
 * dollars recruitment fee in nepal and now they take it from our salary", "the labour broker takes half our wages as
 * fee", "phải trả phí môi giới 8000 đô, giờ công ty trừ lương hàng tháng", "中介费三万块要从工资里扣" were calm). A
 * fee for a job taken from pay is one of the ILO's signs of forced labour and is illegal under most employers' codes:
 * fraud, for whoever owns it (as paying to be hired is, pay-to-work-and-signed-for-the-absent.ts); where the worker
 * may not leave until it is repaid, harassment too, as debt bondage is (debts-that-bind.ts).
 * Calm beside them: a fee the company paid the agency, union dues or parking taken from pay, a loan asked for.
 * English, Spanish, Vietnamese, Chinese; folded text; one sentence, either order, a bounded gap.
 * Tests: test/unit/analysis/urgency-others-ending-life-att48.test.ts ("Recruitment fees taken from wages").
 */

const fraud = (script: 'latin' | 'han', fee: string, taken: string): UrgencyRule =>
  rule('fraud', eitherOrder(script, 80, fee, taken));

const EN_FEE = String.raw`\b(?:recruit(?:ment|ing)? fees?|placement fees?|(?:job|visa|agency|agent|broker(?:age)?|middleman) fees?|(?:recruiters?|recruitment agen(?:cy|t)|agen(?:cy|t)|broker|labou?r (?:broker|contractor)|middleman)(?: (?:in|back in|from) \w+)? (?:charged|charges|took|takes|made us pay|makes us pay))\b`;
const EN_TAKEN = String.raw`\b(?:takes?|took|taking|cuts?|cutting|deduct\w*|docks?|docked|keeps?|kept|withh[oe]ld\w*)(?: (?:it|them|that|the rest|(?:\d+|half|a third|a quarter|most|part)(?: ?%| percent)?(?: of)?))? (?:out of |from |off )?(?:(?:our|my|their|the|each|every) )?(?:salary|salaries|pay|paychecks?|wages?|checks?)\b|\b(?:repay|pay (?:it |them )?back|pay (?:it |them )?off)\b`;

const ES_FEE = String.raw`\b(?:(?:cuota|tarifa|pago|cobro|comision) (?:de|por) (?:reclutamiento|colocacion|la agencia|el enganche|el contrato)|(?:el|la|un|una) (?:reclutador|reclutadora|agencia|enganchador|contratista|coyote) (?:nos|me|les) cobr\w*)\b`;
const ES_TAKEN = String.raw`\b(?:(?:nos|me|les) (?:lo |la )?(?:descuentan|descontaron|quitan|quitaron|rebajan|cobran) (?:\w+ ){0,3}(?:del|de nuestro|de mi|de su) (?:sueldo|salario|pago|cheque|raya))\b`;

const VI_FEE = String.raw`\b(?:phi (?:moi gioi|tuyen dung|trung gian|xuat khau lao dong)|tien (?:moi gioi|co|dat coc)|(?:moi gioi|trung gian|cong ty moi gioi) (?:thu|lay|bat))\b`;
const VI_TAKEN = String.raw`\b(?:tru (?:vao |tien )?luong|khau tru (?:vao )?luong|lay (?:tu |vao )?luong|tru dan)\b`;

const ZH_FEE = String.raw`(?:中介费|介绍费|招工费|劳务费|押金|中介)`;
const ZH_TAKEN = String.raw`(?:从工资里扣|从工资扣|工资里扣|扣工资|扣我们的?工资|每个?月扣|从薪水里扣|扣薪水)`;
const ZH_CANNOT_LEAVE = String.raw`(?:不能走|不让走|不许走|不能辞职|不让辞职|不许辞职|走不了)`;

// The broker who takes a share of every wage, said in one breath: "the labour broker takes half our wages as fee".
const EN_SHARE_TAKEN = String.raw`\b(?:recruiters?|agents?|brokers?|labou?r (?:broker|contractor)s?|middlem[ae]n)(?: (?:in|back in|from) \w+)? (?:takes?|took|keeps?|kept) (?:half|a third|a quarter|most|part|\d+ ?(?:%|percent))(?: of)? (?:our|my|their|the|each|every) (?:salary|salaries|pay|paychecks?|wages?)\b`;
export const ENGLISH_RECRUITMENT_FEES_FROM_WAGES: UrgencyRule[] = [
  fraud('latin', EN_FEE, EN_TAKEN),
  rule('fraud', EN_SHARE_TAKEN),
];
export const SPANISH_RECRUITMENT_FEES_FROM_WAGES: UrgencyRule[] = [fraud('latin', ES_FEE, ES_TAKEN)];
export const VIETNAMESE_RECRUITMENT_FEES_FROM_WAGES: UrgencyRule[] = [fraud('latin', VI_FEE, VI_TAKEN)];
export const CHINESE_RECRUITMENT_FEES_FROM_WAGES: UrgencyRule[] = [
  fraud('han', ZH_FEE, ZH_TAKEN),
  rule('harassment', eitherOrder('han', 40, `${ZH_FEE}[^。！？\\n]{0,20}?${ZH_TAKEN}`, ZH_CANNOT_LEAVE)),
];
