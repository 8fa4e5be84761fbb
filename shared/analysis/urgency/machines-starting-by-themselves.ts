import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';
import { tellsMachineStartingAbroad } from './machines-starting-by-themselves-abroad';

/*
 * A machine that starts by itself with someone at it, or that nearly takes a hand or an arm (att44, M2, u46a): "the
 * mixer starts up on its own with the lid open", "the conveyor restarted while i was clearing a jam, i barely pulled
 * my hand out", "the press came down while my hand was still in it", "the auger turns on by itself and they send guys
 * in to clean the bin", "la banda arranco sola mientras yo limpiaba adentro, casi me jala el brazo", "المكنة اشتغلت
 * لحالها وأنا بنظفها وكانت رح تسحب إيدي". The next time the hand is not pulled out in time: safety, now.
 *
 * Read so: a machine starting, restarting, cycling or coming down by itself with someone in it, cleaning or clearing
 * it, or a guard or lid open; or a machine that nearly took a hand, an arm, a sleeve. Not a machine that starts by
 * itself with nobody at it ("the coffee machine turns on by itself at 6am", "the conveyor restarted after the jam was
 * cleared"). English, Spanish, Portuguese, Tagalog and Arabic here; French, German, Italian, Polish, Vietnamese,
 * Chinese, Arabic, Ukrainian and Russian in machines-starting-by-themselves-abroad.ts (att46 found them calm, u48a).
 * Folded text, every gap bounded.
 * Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,60}?`;

const EN_MACHINE = String.raw`\b(?:mixers?|conveyors?|belts?|press(?:es)?|augers?|saws?|blenders?|rollers?|compactors?|machines?|grinders?|slicers?|balers?|shredders?|chippers?|lathes?|cutters?|robots?|blades?|crushers?|sheeters?|extruders?|mills?|spindles?|drums?|tumblers?|agitators?|paddles?|wrappers?|palletizers?|hoppers?|screws?|line|packers?|fillers?|sealers?|cappers?|labell?ers?|stampers?|guillotines?|kneaders?|dividers?|trimmers?|routers?|cnc|robot arms?|arms?|cells?)\b`;
const EN_SELF = String.raw`\b(?:(?:start|turn|kick|switch|power|fire|spin|cycle|run|move|jerk|lurch)(?:s|ed|ing|d)?|came|comes|spun|ran)(?: (?:up|on|back on|back up|moving|running|spinning|turning))? (?:(?:all|just|completely) )?(?:on (?:its|it's|their) own|by (?:itself|themselves|it self)|unexpectedly|out of nowhere|without warning|for no reason|randomly)\b|\b(?:turn|switch|kick)(?:s|ed)? itself (?:on|back on)\b|\brestart(?:s|ed|ing)?\b|\b(?:came|comes|come) down\b|\bcycled\b|\b(?:start|kick)(?:s|ed) (?:up|on|moving|running)\b`;
const EN_PERSON_IN = String.raw`\bwhile (?:(?:the|a|our|my) )?(?:i|he|she|we|they|someone|somebody|[a-z]{2,12})(?:'m|'s|'re)? (?:was |were |is |are |am )?(?:still )?(?:clearing|cleaning|fixing|reaching|inside|in it|in there|changing|unjamming|working (?:on|in)|loading|oiling|greasing|adjusting|removing|wiping|scraping|standing in)\b|\b(?:my|his|her|their|someone's) (?:hand|hands|arm|arms|fingers?|sleeve|glove|head|leg|foot) (?:was|were|is|are) (?:still )?(?:in|inside|under|between|near|on)\b|\bwith (?:the|its) (?:lid|guard|cover|door|hatch|panel) (?:open|off|up|removed)\b|\bwith (?:my|his|her|their|someone's|[a-z]{2,12}'s) (?:hand|hands|arm|arms|fingers?|sleeve|glove|head|leg|foot) (?:still )?(?:in|inside|under|between)\b|\bsends? (?:guys|people|us|workers|them|the new guys|the temps|someone|me|him|her) (?:in|inside|into)\b|(?:\b(?:and|with|when)|,) (?!(?:nobody|no one|noone|nothing|none)\b)(?:someone|somebody|a guy|a worker|the (?:tech|operator|mechanic|cleaner|new guy|temp)|[a-z]{2,12}) (?:was |were |is |are )?(?:still (?:inside|in it|in there|on it|in the cell|under it)|inside|in there|in the cell|under it|between the rollers)\b`;
const EN_NEAR_MISS = String.raw`\b(?:barely|almost|nearly|just about|just) (?:pulled|got|yanked|took|ripped|jerked) (?:my|his|her|their) (?:hand|hands|arm|arms|fingers?|sleeve|glove) (?:out|away|back|free|off)\b|\b(?:almost|nearly|just about) (?:took|ripped|pulled|sucked|dragged|grabbed|caught|crushed|cut|chopped)(?: off| in)? (?:my|his|her|their|someone's) (?:hand|hands|arm|arms|fingers?|sleeve|glove|head)\b|\b(?:caught|grabbed|snagged|pulled in|took|sucked in) (?:my|his|her|their) (?:glove|sleeve|shirt|hair|hand|arm|fingers?|jacket|hoodie|apron) and (?:almost|nearly)\b|\b(?:got|get|pulled) (?:my|his|her) (?:hand|arm|fingers?) out (?:just )?in time\b`;
// att46 (lead, 2026-12-07): "machine started by itself, someone was inside", "the compactor turned itself on and jay
// was still inside", "the conveyor just started all by itself with kevin still on it", "the robot arm moved by itself".
const EN = String.raw`${EN_MACHINE}${GAP}(?:${EN_SELF})${GAP}(?:${EN_PERSON_IN}|${EN_NEAR_MISS})|${EN_MACHINE}${GAP}(?:${EN_NEAR_MISS})`;

// Spanish (folded), as typed without accents too: "arranco sola", "se prendio sola", "casi me jala el brazo".
const ES_SELF = String.raw`\b(?:arranc|prend|encend|activ|empez|mov)\w* (?:sol[ao]s?|por si sol[ao])\b`;
const ES_PERSON = String.raw`\bmientras (?:yo |el |ella |alguien |[a-z]{2,12} )?(?:la |lo |le )?(?:limpiaba|estaba limpiando|destrababa|arreglaba|metia|sacaba|cambiaba)\b`;
const ES_NEAR = String.raw`\bcasi (?:me|le|nos|te|se) (?:jala|jalo|jalaba|agarra|agarro|atrapa|atrapo|chupa|chupo|mete|metio|arranca|arranco|corta|corto|prensa|prenso|aplasta|aplasto|lleva|llevo) (?:el brazo|la mano|los dedos|el dedo|la manga|el pelo|la cabeza)\b`;
const ES_MACHINE = String.raw`\b(?:maquina|banda|rodillo|prensa|mezcladora|batidora|molino|sierra|cinta|transportador\w*)\b`;
const ES = String.raw`${ES_SELF}${GAP}(?:${ES_PERSON}|${ES_NEAR})|${ES_MACHINE}${GAP}${ES_NEAR}`;

// Portuguese: "ligou sozinha enquanto eu limpava", "quase puxou meu braço".
const PT_SELF = String.raw`\b(?:ligou|ligava|liga|disparou|arrancou|partiu|rodou|girou|comecou a (?:rodar|girar|andar)) sozinh[ao]s?\b`;
const PT_PERSON = String.raw`\benquanto (?:eu |ele |ela |alguem |[a-z]{2,12} )?(?:a |o )?(?:limpava|estava limpando|consertava|mexia|desentupia|trocava)\b`;
const PT_NEAR = String.raw`\bquase (?:me |lhe )?(?:puxou|puxa|pegou|pega|arrancou|prensou|esmagou|cortou|levou) (?:o |a |meu |minha |seu |sua |o meu |a minha |o seu |a sua )?(?:braco|mao|dedos?|manga|cabelo)\b`;
const PT = String.raw`${PT_SELF}${GAP}(?:${PT_PERSON}|${PT_NEAR})|\b(?:maquina|esteira|prensa|rolo|misturador\w*|serra|moinho)\b${GAP}${PT_NEAR}`;

// Tagalog: "umandar mag-isa habang naglilinis ako, muntik mahila ang kamay ko".
const TL_SELF = String.raw`\b(?:umandar|umaandar|nag-?on|nagsimula|tumakbo|gumana|umikot) (?:ng )?(?:mag-?isa|kusa)\b|\bkusang (?:umandar|nag-?on|gumana|umikot)\b|\bbiglang (?:umandar|nag-?on|umikot)\b`;
const TL_PERSON = String.raw`\bhabang (?:naglilinis|nililinis|inaayos|nag-?aayos|nasa loob)\b`;
const TL_NEAR = String.raw`\bmuntik(?: na)?(?:ng)? (?:mahila|mahigop|maipit|madurog|maputol|makain|kainin|hilahin|higupin) (?:ang |yung )?(?:kamay|braso|daliri)\b`;
const TL = String.raw`${TL_SELF}${GAP}(?:${TL_PERSON}|${TL_NEAR})|\b(?:makina|makinarya)\b${GAP}${TL_NEAR}`;

// Arabic (folded: no hamza on alef, ta marbuta as ha): "اشتغلت لحالها وأنا بنظفها", "كانت رح تسحب إيدي".
const AR_SELF = String.raw`(?:اشتغل|اشتغلت|تشغلت|دارت|دار|شغاله|اشتغلو) (?:لحال(?:ها|ه)|لوحد(?:ها|ه)|من حال(?:ها|ه)|بنفس(?:ها|ه)|فجاه)`;
const AR_PERSON = String.raw`(?:وانا|وهو|وهي|وانا عم|وانا كنت|وهو عم) (?:ب|عم |كنت )?(?:نظف|انظف|بنظف|انضف|بنضف|صلح|اصلح|بصلح|ينظف|بينظف)`;
const AR_NEAR = String.raw`(?:كانت|كان|كادت|كاد|شوي)(?: رح| راح| ح| ان)? (?:ت|ي)?(?:سحب|تسحب|يسحب|قطع|تقطع|يقطع|اكل|تاكل|فرم|تفرم|تشد|يشد) (?:ايدي|يدي|ايده|يده|ايدها|ذراعي|اصابعي|صوابعي)`;
const AR = String.raw`${AR_SELF}[^.!?\n]{0,60}?(?:${AR_PERSON}|${AR_NEAR})`;

const MACHINE_AT_SOMEONE = lazyPattern(foldPattern([EN, ES, PT, TL, AR].map((s) => `(?:${s})`).join('|')), 'u');

/** Whether the text tells a machine starting by itself with someone at it, or nearly taking a hand or an arm. */
export function tellsMachineStartingOnSomeone(text: string): boolean {
  const folded = fold(text);
  // In French, German, Italian, Polish, Vietnamese, Chinese, Arabic, Ukrainian and Russian too (att46, u48a).
  return MACHINE_AT_SOMEONE.get().test(folded) || tellsMachineStartingAbroad(folded);
}

// A report of one sentence, or two short ones: all it says is the machine (att46, u48a).
const ONLY_THE_MACHINE = /^[^.!?\n]{0,160}(?:[.!?\n]+[^.!?\n]{0,40})?[.!?\s]*$/u;

/** The reading with safety added (and urgent) where a machine started by itself on someone or nearly took a limb. */
export function withMachineStartingOnSomeone(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string') return reading;
  if (!tellsMachineStartingOnSomeone(text)) return reading;
  // Where the machine is all the report says, a kind read without safety was read from the machine's own words: a
  // hand "put in" read as a touch ("máy ép tự khởi động khi anh Nam đang thò tay vào" was harassment), a robot that
  // "hit the operator" as a blow, "sauber machte" as fraud. The report is the safety owner's alone (att46, u48a).
  return ONLY_THE_MACHINE.test(text.trim())
    ? { urgent: true, categories: ['safety'] }
    : withKindsAdded(reading, 'safety');
}
