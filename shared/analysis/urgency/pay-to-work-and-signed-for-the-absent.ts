import { rule, type UrgencyRule } from './types';

/*
 * Pay-to-work kickbacks and paperwork signed false (att44, M6): money a boss takes from the people under them for
 * shifts, hours, overtime or their place ("my sup takes $200 from every new hire to put them on the schedule", "you
 * have to pay the lead 50 bucks to get overtime", "the foreman charges us $20 a week to keep our spot on the crew"),
 * and a record signed for people who were not there ("they told me to sign the training log for 8 people who never
 * took the course", "công ty bắt ký bảng lương cao hơn số tiền thực nhận": made to sign a payroll higher than the pay
 * received). The Spanish "nos cobra 20 a la semana" paged already (bribes-and-fake-vendors.ts); the English read calm.
 *
 * Money must go to a boss, or be taken by one, for the work itself: "we pay $20 a week for the parking spot", "the lead
 * gets paid 50 bucks more to do overtime" and "i signed the training log after the course" stay calm.
 *
 * Folded text: lower case, no accents, ASCII. Tests: test/unit/analysis/urgency-att44-u46c.test.ts.
 */

const NOT_A_KICKBACK = String.raw`(?![^\n]{0,80}\b(?:parking|car ?park|uniforms?|boots|union dues|dues|pizza|lunch|coffee|gift|collection|whip-?round|leaving do|birthday|raffle|movie|film|show|game|joke|lol)\b)(?<!\b(?:parking|car ?park|uniforms?|boots|union dues|dues|pizza|lunch|coffee|gift|collection|whip-?round|leaving do|birthday|raffle|movie|film|show|game|joke)\b[^\n]{0,80})`;
// Money, or a share of the worker's pay.
const MONEY = String.raw`(?:[$\u00a3\u20ac] ?\d[\d,.]*k?|\b(?:\d[\d,.]*k? ?(?:bucks|dollars|usd|quid|pounds|euros?|pesos|rand|k)|\d[\d,.]* (?:a|per|each|every) (?:week|month|shift|head|day|person|paycheck|check)|money|cash|a cut|a kickback|kickbacks|a fee|a bribe|a share|a percentage|(?:a )?(?:cut|share|percentage|part|half|some) of (?:my|our|your|their|his|her|the) (?:pay|wages?|tips|checks?|cheques?|paychecks?|paycheques?|earnings|money)))`;
// Who takes it: a boss over the worker.
const BOSS = String.raw`(?:(?:the|our|my|his|her|your|their|a|that|this) )?(?:(?:shift|team|crew|line|floor|night|day) )?(?:lead|leads|supervisor|sup|supe|super|manager|mgr|boss|foreman|forewoman|crew boss|crew chief|gaffer|scheduler|dispatcher|hr (?:guy|lady|woman|man|person)|hr|agency|recruiter|owner|gm|charge ?hand|chargehand|head chef|sous chef)`;
// What the money buys: shifts, hours, overtime, a place on the schedule or the crew, the job.
const PRIZE = String.raw`(?:(?:put|putting|puts|keep|keeping|keeps|get|getting|gets|give|giving|gives|stay|staying|be|being|land|landing|have|having|hold|holding)(?: (?:them|us|you|me|him|her|people|yourself|themselves|ourselves|em))? (?:on (?:the |his |her |their |our |a )?(?:schedule|rota|roster|crew|team|line|list|books|payroll|shift)|(?:(?:the|good|more|extra|any|decent|enough|full|best|better|weekend|night|day|our|your|their|my|his|her|them|us) ){0,2}(?:shifts?|hours|overtime|ot|days)|hired|taken on|a job|the job|(?:the|a|our|your|their|my|his|her) (?:job|position|post|contract|spot|place) (?:on|in) (?:the|our|his|her|their) (?:crew|team|line|schedule|rota|roster)|(?:the|a|our|your|their|my|his|her) (?:jobs?|positions?|contracts?|spots?|places?)(?! (?:in|at|on) (?:the )?(?:car ?park|parking|lot|garage|queue|line for))))`;
// What is lost without paying: "or we get no hours".
const OR_LOSE = String.raw`(?:or (?:we|you|they|i|he|she|u) (?:get|gets|got|lose|loses|lost) (?:no|zero|fewer|less|our|your|their|the|his|her) (?:hours|shifts|overtime|jobs?|spots?|places?)|or (?:we'?re|you'?re|they'?re|youre|theyre|were|we are|you are|they are|ur) (?:off the (?:schedule|rota|crew)|out|fired|gone))`;

export const ENGLISH_PAY_TO_WORK_AND_SIGNED_FOR_THE_ABSENT: UrgencyRule[] = [
  // A boss takes money for the work: "my sup takes $200 from every new hire to put them on the schedule", "the foreman
  // charges us $20 a week to keep our spot on the crew".
  rule(
    'fraud',
    String.raw`\b${BOSS}\b[^.!?\n]{0,20}?\b(?:takes?|took|taking|collects?|collected|collecting|charges?|charged|charging|demands?|demanded|wants?|wanted|asks? for|asked for|gets?|got|skims?|skimmed|pockets?|pocketed|extorts?|extorted|makes? (?:us|them|people|everyone|each of us|every \w+|new \w+|the \w+) pay(?: (?:him|her|them))?|made (?:us|them|people|everyone|each of us|me) pay(?: (?:him|her|them))?)\b[^.!?\n]{0,30}?${MONEY}\b[^.!?\n]{0,50}?(?:\b(?:to|so|before|for|just to|in order to)\b (?:[\w']+ ){0,3}?${PRIZE}|\b${OR_LOSE})\b${NOT_A_KICKBACK}`,
  ),
  // Money paid or handed to a boss for the work: "you have to pay the lead 50 bucks to get overtime", "you gotta give
  // the supervisor a cut of your tips to get the good shifts".
  rule(
    'fraud',
    String.raw`\b(?:pay|pays|paid|paying|give|gives|gave|giving|hand|hands|handed|slip|slips|slipped|kick back|kicks back|kicked back|kicking back|bribe|bribes|bribed|bribing)\b (?:${BOSS}|him|her|them)\b (?:a |an )?${MONEY}\b[^.!?\n]{0,30}?(?:\b(?:to|so|before|for|just to|in order to)\b (?:[\w']+ ){0,3}?${PRIZE}|\b${OR_LOSE})\b${NOT_A_KICKBACK}`,
  ),
  // The prize named first: "if you want weekend shifts you gotta slip the scheduler 30 bucks".
  rule(
    'fraud',
    String.raw`\b(?:if (?:you|u|ya|we|i|they) (?:want|wanna|need)|(?:to|for) (?:get|getting|keep|keeping))\b (?:(?:the|any|more|extra|good|best|better|weekend|night|day|decent|full|your|our|their|my|a) ){0,2}(?:shifts?|hours|overtime|ot|spot on the (?:crew|team|schedule|rota)|place on the (?:crew|team|schedule|rota)|schedule|rota|job|position)\b[^.!?\n]{0,30}?\b(?:pay|slip|give|hand|bribe|kick back|grease)\b (?:${BOSS}|him|her|them)\b (?:a |an )?${MONEY}\b${NOT_A_KICKBACK}`,
  ),
  // A record signed for people who were not there: "they told me to sign the training log for 8 people who never took
  // the course", "made me sign the attendance sheet for guys who weren't even there".
  rule(
    'fraud',
    String.raw`\b(?:sign|signs|signed|signing|fill(?:ed|ing|s)? (?:in|out)|initial(?:l?ed|l?ing|s)?|tick(?:ed|ing|s)? off|check(?:ed|ing|s)? off|forg(?:e|ed|es|ing))\b (?:off )?(?:on )?(?:the |a |an |their |all the |all their |those |these )?(?:[\w-]+ +){0,2}? *(?:logs?|sheets?|forms?|records?|rosters?|registers?|certificates?|certs?|cards?|checklists?|attendance|sign-?ins?|sign-?offs?|paperwork|books?|lists?)\b[^.!?\n]{0,30}?\bfor (?:\d+ |\w+ |all (?:the |those |these )?)?(?:people|guys|workers|employees|staff|others|names|of them|temps|new hires|folks|operators|drivers|men|women|ladies|girls|techs|trainees|apprentices|everyone|everybody|the (?:whole )?(?:crew|team|shift))\b[^.!?\n]{0,20}?\b(?:who|that)? ?(?:never|didn'?t|did not|weren'?t|were not|was not|wasn'?t|haven'?t|have not|hadn'?t|had not|don'?t|do not|aren'?t|are not|not even) (?:even |ever |actually )?(?:take|took|taken|do|did|done|attend\w*|come|came|there|here|show(?:ed|n)? up|pass\w*|been|present|go|went|in|at|on|sit|sat|work\w*|exist\w*|employed|hired|real|on site|on shift)\b`,
  ),
];

// A payroll or pay slip signed for more than was paid: "bắt ký bảng lương cao hơn số tiền thực nhận".
export const VIETNAMESE_PAY_SIGNED_ABOVE_WHAT_IS_PAID: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\bky\b[^.!?\n]{0,40}?\b(?:bang luong|phieu luong|giay (?:nhan )?luong|bien nhan|so luong|bang cham cong|giay nhan tien|hop dong)\b[^.!?\n]{0,40}?\b(?:cao hon|nhieu hon|lon hon|khac voi|khong dung voi|sai voi)\b[^.!?\n]{0,30}?\b(?:so tien|tien|luong|muc luong)\b[^.!?\n]{0,15}?\b(?:thuc|that|duoc nhan|nhan duoc|thuc nhan|thuc te|tra|nhan)\b`,
  ),
];
