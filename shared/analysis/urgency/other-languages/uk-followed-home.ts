/*
 * Stalking in Ukrainian (buried39, after the ra38b attack; ../followed-home-and-tracked.ts reads the other languages):
 * someone from work following the writer or a colleague home ("ходить за мною до самого дому"), waiting or standing
 * under their windows or at their entrance, coming to their home uninvited or at night, a tracker put on their car or
 * phone. Harassment. Read in one sentence, by stems with their endings; through ./uk-latin.ts in Latin letters too.
 * Calm beside them: a lift home after a late shift ("підвіз мене додому"), an address asked for a birthday card.
 */

const END = String.raw`(?![\p{L}])`;
const START = String.raw`(?<![\p{L}])`;

// Following someone, or waiting for them (a car standing by a house is no one waiting; standing under someone's
// windows is its own rule below).
const FOLLOWS = String.raw`(?:ходить|ходив|іде|йде|йшов|їздить|їздив|їхав|плентається|тягнеться) за (?:мною|нею|нами|ними)|(?:стежить|стежив|слідкує|слідкував|слідить) за (?:мною|нею|нами|ними)|переслідує|переслідував|переслідують|вистежу\p{L}*|(?:чекає|чекав|чатує|пасе|пас) (?:на )?(?:мене|її|нас)`;
// A home: the writer's, a colleague's, to the door.
const HOME = String.raw`(?:до (?:самого )?(?:дому|хати|під'їзду)|додому|до (?:мене|неї|нас) додому|(?:під|біля|коло|навпроти) (?:(?:мо\p{L}+|її|наш\p{L}*|свого|своїм) )?(?:\S+ )?(?:дом\p{L}*|будинк\p{L}*|під'їзд\p{L}*|вікн\p{L}*|хат\p{L}*|квартир\p{L}*))`;
// Coming to a home.
const COMES = String.raw`(?:прийшов|прийшла|приходить|приїхав|приїхала|приїжджає|з'явився|з'явилася|з'являється|заявився|припхався|стукав|стукає|дзвонив у двері|дзвонить у двері)`;
// Unwanted: uninvited, unannounced, at night, again.
const UNWANTED = String.raw`(?:без запрошення|без попередження|без дозволу|незапрошен\p{L}*|вночі|серед ночі|опівночі|знову|вже не раз|кілька разів|на вихідних|у мій вихідний)`;
// A tracker on a car or a phone, or the writer's location followed.
const TRACKED = String.raw`(?:поставив|поставила|причепив|сховав|встановив|підкинув) (?:\S+ )?(?:трекер|gps|жпс|маячок|геотрекер|airtag)\p{L}* (?:на|в|у|під) (?:мо\p{L}+ |її )?(?:машин|авто|автівк|телефон|сумк)\p{L}*|(?:відстежує|стежить за|перевіряє) (?:мо\p{L}+|її) (?:геолокаці|локаці|місцезнаходжен)\p{L}*`;

export const UKRAINIAN_FOLLOWED_HOME: string[] = [
  String.raw`${START}(?:${FOLLOWS})[^.!?\n]{0,40}?${START}${HOME}|${START}${HOME}[^.!?\n]{0,40}?${START}(?:${FOLLOWS})${END}`,
  String.raw`${START}${COMES}[^.!?\n]{0,40}?${START}${HOME}[^.!?\n]{0,40}?${START}${UNWANTED}|${START}${UNWANTED}[^.!?\n]{0,40}?${START}${COMES}[^.!?\n]{0,40}?${START}${HOME}|${START}${COMES}[^.!?\n]{0,20}?${START}${UNWANTED}[^.!?\n]{0,20}?${START}${HOME}`,
  String.raw`${START}(?:стоїть|стояв|сидить|сидів|чергує|чатує) (?:\S+ ){0,3}?під (?:моїми|її|нашими) (?:вікнами|дверима)${END}`,
  String.raw`${START}${TRACKED}`,
];
