/*
 * A tool or a machine's safeguard damaged or defeated, and used anyway, in the Ukrainian and Kreyol tables (urg40;
 * ../damaged-tools-used-anyway.ts reads en, es, fr, pt, de, it, pl and tl since buried39): "диск на болгарці тріснув, а
 * ми все одно ним працюємо", "блокування на пресі відключили і всі так і працюють", "disk meul la fann men nou
 * kontinye sèvi avè l". Safety: a disc that bursts or a lead that shocks hurts whoever is at it next. Each table reads
 * the tool and its damage within a few words, either order, and in the same sentence a word of using it still (all
 * the same, keep working, made to, nobody changes it), before or after. Through ./uk-latin.ts Ukrainian typed in
 * Latin letters is read too.
 * Calm beside them: the cracked disc thrown away and replaced, the frayed lead changed by the electrician, one's own
 * cracked phone (no tool of work's), a training about it (the tables' story and `fixed` words, and NOT_DONE_WITH
 * below): nothing damaged is used.
 */

const START = String.raw`(?<![\p{L}])`;
const END = String.raw`(?![\p{L}])`;
// A tool and its damage, within a few words, either order.
const near = (tool: string, damaged: string): string =>
  String.raw`${START}(?:${tool})(?:[\s,]+\S+){0,5}?[\s,]+(?:${damaged})|${START}(?:${damaged})(?:[\s,]+\S+){0,4}?[\s,]+(?:${tool})`;
// The damage and the use in one sentence, either order; not where what follows says it was replaced or thrown away.
const usedAnyway = (tool: string, damaged: string, anyway: string, doneWith: string): string => {
  const notDone = String.raw`(?![^.!?\n]*?${START}(?:${doneWith}))`;
  const pair = near(tool, damaged);
  return String.raw`(?:${pair})${notDone}[^.!?\n]*?${START}(?:${anyway})${END}|${START}(?:${anyway})${END}${notDone}[^.!?\n]*?(?:${pair})`;
};

const UK_TOOL = String.raw`(?:диск|круг|болгарк|болгарц|шліфмашин|шліфувальн|кутошліф|пилк|пилу|пили|пило|ножівк|лез|полотн|кабел|провід|проводу|дріт|подовжувач|шнур|вилк|шланг|захист|кожух|огородженн|блокуванн|блокіровк|блокувальн|датчик|фотобар|світлов\p{L}* завіс|аварійн\p{L}* (?:кнопк|стоп|вимикач)|запобіжн\p{L}* клапан|клапан)\p{L}*`;
const UK_DAMAGED = String.raw`(?:тріснут|тріснув|тріснула|тріснуло|тріщин|з тріщиною|розколо|вищерблен|щербат|перетерт|перетерся|перетерлась|перетерлася|оголен|голий|голі|до міді|мідь видно|оплавл|розплавл|погнут|зігнут|зламан|поламан|розбит|знят|зняли|зняв|познімали|відключ|вимкнен|вимкнули|обійшли|обійден|замотал|замотан|заклеєн|заклеїли|заклеєно|обмотал|обмотан|прив'язал|підв'язал|заклинил|заклинен|без захисту|без кожуха|без огородженн|немає захисту|нема захисту|відсутн|викрутили)\p{L}*`;
const UK_ANYWAY = String.raw`все одно|всеодно|однаково|так і працю\p{L}*|так працю\p{L}*|працю\p{L}* так|продовжу\p{L}* (?:\S+ )?(?:працювати|різати|шліфувати|користуватися|використовувати)|користуємо?ся|користуємось|користуються|використовуємо|використовують|працюємо ним|працюють ним|працювати далі|працюємо далі|працюють далі|(?:кажуть|каже|казав|сказав|сказали|велить|велять|змушу\p{L}*|примушу\p{L}*|заставля\p{L}*) (?:\S+ ){0,2}?(?:працювати|різати|шліфувати|користуватися)|ніхто не (?:міняє|замінює|замінив|поміняв|ремонтує)|і далі працю\p{L}*|досі працю\p{L}*|досі користу\p{L}*|далі працю\p{L}*|як і раніше|ніби так і треба`;
const UK_DONE_WITH = String.raw`замінил\p{L}*|замінив|замінила|поміняли|поміняв|викинул\p{L}*|поставили нов\p{L}*|поставив нов\p{L}*|полагодил\p{L}*|відремонтува\p{L}*|списали|навчанн\p{L}*|тренінг\p{L}*|інструктаж\p{L}*`;

export const UKRAINIAN_DAMAGED_TOOLS_USED_ANYWAY: string[] = [usedAnyway(UK_TOOL, UK_DAMAGED, UK_ANYWAY, UK_DONE_WITH)];

// Kreyol, folded (no accents): "si" is a saw only with its article, as it is also "if".
const HT_TOOL = String.raw`disk|dis|meul|mel|lam|si (?:a|la|yo|elektrik|won)|sizo|kab|fil|kod|ralonj|rallonj|priz|tiyo|tuyo|pwoteksyon|pwoteksion|gad|kouveti|kouvet|sistem sekirite|bouton (?:ijans|dijans|urjans)|valv|sanse|zouti|machin`;
const HT_DAMAGED = String.raw`fann|fele|kase|krake|dekale|dechire|kwiv (?:la |yo )?(?:paret|deyo|parey)|kuiv (?:la |yo )?(?:paret|deyo)|fil yo deyo|toutouni|fonn|boule|pliye|tode|retire|wete|pa gen (?:pwoteksyon|gad|kouveti)|san (?:pwoteksyon|gad|kouveti)|dekonekte|bloke|kole ak tep|mare ak|gen (?:yon )?fann`;
const HT_ANYWAY = String.raw`kanmenm|kan menm|toujou (?:ap |nou ap |yo ap )?(?:itilize|sevi|travay|branche|koupe|mache)|kontinye (?:ap )?(?:itilize|sevi|travay|koupe|branche)|(?:nou|yo|tout moun) (?:toujou |oblije )?(?:sevi|itilize) (?:av[eè] ?l|ak li|avek li)|fe (?:nou|n|m|mwen|yo) (?:travay|sevi|itilize|koupe)|di (?:pou )?(?:nou|n|m|mwen) (?:travay|kontinye|sevi|itilize)|oblije (?:nou|n|m|mwen)|menm jan an|pesonn pa (?:chanje|ranplase) l`;
const HT_DONE_WITH = String.raw`jete|chanje l|chanje li|ranplase|mete (?:yon )?(?:lot|lòt|nouvo)|repare|ranje|fomasyon|telefon (?:m|mwen)`;

export const HAITIAN_DAMAGED_TOOLS_USED_ANYWAY: string[] = [usedAnyway(HT_TOOL, HT_DAMAGED, HT_ANYWAY, HT_DONE_WITH)];
