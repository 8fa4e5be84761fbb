/*
 * Ukrainian armed robbery (u37b), a weapon read with the robbery in one sentence, either order: "нас пограбували зі
 * зброєю", "грабіжник погрожував касирці ножем і забрав виручку", "аптеку пограбували під дулом пістолета",
 * "озброєні люди вдерлися на заправку", "збройний напад на склад". The table read only a weapon drawn or held ("з
 * ножем", "дістав пістолет"), not "зі зброєю", a threat made with one in the past, or the robbery told as armed. A
 * robbery with no weapon ("ціни на пальне - це пограбування") is none; a film about one is blanked as a story.
 * JavaScript's \b knows no Cyrillic: words are bounded by the spaces and the table's own word edges.
 */
const ROBBED = String.raw`(?:пограбува\p{L}*|обікра\p{L}*|грабува\p{L}*|грабіж\p{L}*|грабіжник\p{L}*|нальотчик\p{L}*|напа(?:ли|в|ла|дник\p{L}*|д|ду|дом|дали)|вдерл\p{L}*|вдерся|увірвал\p{L}*|увірвався|вривал\p{L}*|відібра\p{L}*|забра(?:ли|в|ла) (?:\S+ )?(?:касу|гроші|виручку|телефон\p{L}*|товар|сейф)|вимага\p{L}* (?:\S+ )?(?:касу|гроші|виручку))`;
const WEAPON = String.raw`(?:зброє\p{L}*|зброя|зброю|ножем|ножами|ножа|пістолет\p{L}*|рушниц\p{L}*|обріз\p{L}*|автомат\p{L}*|битою|битами|сокирою|арматурою)`;
const ARMED = String.raw`(?:(?:з|зі|із) (?:\S+ )?${WEAPON}|під дулом|погрожу\p{L}* (?:\S+ ){0,2}${WEAPON}|збройн\p{L}*|озброєн\p{L}*)`;
export const UKRAINIAN_ARMED_ROBBERY = String.raw`${ROBBED}[^.!?\n]{0,60}?(?<![\p{L}])${ARMED}|${ARMED}[^.!?\n]{0,60}?(?<![\p{L}])${ROBBED}|збройн\p{L}* (?:напад\p{L}*|пограбуванн\p{L}*|наліт\p{L}*)`;
