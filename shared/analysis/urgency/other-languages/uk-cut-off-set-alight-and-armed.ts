/*
 * Ukrainian urgent reports that read calm (att43, u44b: 11 of its 17 Ukrainian texts): a finger or a hand cut off or
 * crushed by a machine ("працівнику відрізало палець на верстаті"), wiring, a panel or a machine caught fire
 * ("загорілася проводка в роздягальні") or a boiler or cylinder burst, a gun kept in a locker or a bag ("у нового
 * працівника в шафці пістолет"), and everyone to be killed by someone ("прийде завтра і всіх переб'є"). Phrases as the table reads
 * them (./table.ts): the Ukrainian in Latin letters is read as the Cyrillic it spells (./uk-latin.ts). "Загоріла на
 * морі" (tanned) names no wiring or machine; a locker with a uniform names no weapon.
 * Tests: test/unit/analysis/urgency-people-at-risk-u44b.test.ts.
 */

// What burns at work: wiring, a panel, a machine, the stock.
const BURNS = String.raw`(?:проводк|щит|щиток|електрощит|кабел|розетк|двигун|мотор|верстат|станок|станк|прес|компресор|генератор|трансформатор|навантажувач|склад|цех|палет|коробк|фритюр|олі|сміття|машин|автомобіл|вантажівк|роздягальн|кухн|майстерн|ангар)\p{L}*`;
const CATCHES = String.raw`(?:загорі\p{L}*|спалахну\p{L}*|зайнял\p{L}*ся|зайнявся|зайнялась|палає|палають|охопило полум'ям)`;
// What bursts: a boiler, a cylinder, a tank, a battery.
const BURSTS = String.raw`(?:котел|котла|балон\p{L}*|бак|резервуар\p{L}*|трансформатор\p{L}*|акумулятор\p{L}*|компресор\p{L}*|ємніст\p{L}*)`;
const BURST = String.raw`(?:вибухну\p{L}*|вибухає|рвонув|рвонуло|розірвало)`;
const BODY = String.raw`(?:палець|пальці|пальця|пальців|руку|руки|ногу|кисть|долоню|вухо|ступню)`;
const WEAPON = String.raw`(?:пістолет\p{L}*|револьвер\p{L}*|рушниц\p{L}*|обріз\p{L}*|зброя|зброю|автомат|гранат\p{L}*|травмат\p{L}*)`;
const HIDDEN_IN = String.raw`(?:шафці|шафі|сумці|рюкзаку|кишені|машині|бардачку|роздягальні|столі|шухляді)`;
// Said of someone else ("він … всіх переб'є"): the writer's own "я всіх перестріляю" is a game's boast as often as not.
const KILL_ALL = String.raw`(?:переб'?є|переріже|поріже|повбиває|перестріляє|постріляє|уб'?є|вб'?є|розстріляє|переб'?ють|повбивають|перестріляють)`;

export const UKRAINIAN_CUT_OFF_SET_ALIGHT_AND_ARMED = {
  safety: [
    String.raw`(?:відрізало|відірвало|відрубало|відтяло|розтрощило|розчавило|затягнуло|відрізав|відрізала|відрубав) (?:\S+ ){0,2}?${BODY}|${BODY} (?:\S+ ){0,2}?(?:відрізало|відірвало|відрубало|затягнуло|розчавило|розтрощило)`,
    String.raw`${CATCHES} (?:\S+ ){0,2}?${BURNS}|${BURNS} (?:\S+ ){0,2}?${CATCHES}`,
    String.raw`${BURST} (?:\S+ ){0,2}?${BURSTS}|${BURSTS} (?:\S+ ){0,2}?${BURST}`,
  ],
  weapon: [
    String.raw`(?:в|у) ${HIDDEN_IN} (?:\S+ ){0,3}?${WEAPON}|${WEAPON} (?:\S+ ){0,3}?(?:в|у) ${HIDDEN_IN}|(?:принесе|принесли|приніс|принесла|прийде|прийдуть|прийти) (?:\S+ ){0,2}?(?:з|із|зі) (?:пістолетом|рушницею|обрізом|зброєю|автоматом|гранатою|сокирою|ножем)`,
  ],
  threat: [
    String.raw`(?:всіх|усіх|нас усіх|нас всіх|вас усіх|вас всіх) (?:\S+ )?${KILL_ALL}|${KILL_ALL} (?:\S+ )?(?:всіх|усіх|нас усіх|вас усіх|нас всіх)`,
  ],
};
