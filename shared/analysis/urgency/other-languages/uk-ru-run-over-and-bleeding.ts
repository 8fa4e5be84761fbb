/*
 * A person run over or struck by a vehicle at work, and someone bleeding, in Ukrainian and Russian (att48: "навантажувач
 * переїхав працівника він кровить" and "погрузчик переехал рабочего" were calm; the Latin-script languages read
 * "the forklift ran over a coworker" already). A vehicle of the yard or the road, a verb of running over, hitting or
 * pinning, and a person; or a person bleeding now. Not: running over a box or a pallet, a plan ("переїхав у нове
 * місто", moved to a new town), a nosebleed. Patterns run on folded text; JavaScript's \b knows no Cyrillic, so words
 * end where no letter follows.
 * Tests: test/unit/analysis/urgency-others-ending-life-att48.test.ts ("run over, in Ukrainian and Russian").
 */

const END = String.raw`(?![\p{L}])`;
const NB = String.raw`(?<![\p{L}])`;

const UK_VEHICLE = String.raw`(?:навантажувач|погрузчик|штабелер|кар|електрокар|вантажівк|фур|машин|трактор|тягач|екскаватор|кран|рокл)\p{L}*`;
const UK_HIT = String.raw`(?:переїха|наїха|зби|збив|придави|задави|притисну|розчави|вдари)\p{L}*`;
const UK_PERSON = String.raw`(?:працівник|робітник|колег|людин|хлопц|хлопця|жінк|чоловік|когось|його|її|водія|оператор|вантажник|комірник|мене|нас)\p{L}*`;
const UK_BLEEDING = String.raw`${NB}(?:він|вона|вони|хтось|колега|людина) (?:\S+ )?(?:кровить|кровоточить|стікає кров'ю|стікає кров’ю|в крові)${END}|${NB}(?:тече|хлище|б'є|йде) (?:\S+ )?кров${END}(?! з носа)|${NB}(?:багато|купа|калюжа) крові${END}`;

const RU_VEHICLE = String.raw`(?:погрузчик|штабелер|кар|электрокар|грузовик|фур|машин|трактор|тягач|экскаватор|кран|рохл)\p{L}*`;
const RU_HIT = String.raw`(?:переехал|наехал|сбил|придавил|задавил|прижал|раздавил|ударил)\p{L}*`;
const RU_PERSON = String.raw`(?:работник|рабоч|коллег|человек|парн|парня|женщин|мужик|кого-то|его|ее|её|водител|оператор|грузчик|кладовщик|меня|нас)\p{L}*`;
const RU_BLEEDING = String.raw`${NB}(?:он|она|они|кто-то|коллега|человек) (?:\S+ )?(?:истекает кровью|кровоточит|весь в крови|вся в крови)${END}|${NB}(?:течет|хлещет|идет|льется) (?:\S+ )?кровь${END}(?! из носа)|${NB}(?:много|лужа) крови${END}`;

const struck = (vehicle: string, hit: string, person: string) =>
  String.raw`${NB}${vehicle}[^.!?\n]{0,30}?${NB}${hit}[^.!?\n]{0,20}?${NB}${person}${END}`;

export const UKRAINIAN_RUN_OVER_AND_BLEEDING: string[] = [struck(UK_VEHICLE, UK_HIT, UK_PERSON), UK_BLEEDING];
export const RUSSIAN_RUN_OVER_AND_BLEEDING: string[] = [struck(RU_VEHICLE, RU_HIT, RU_PERSON), RU_BLEEDING];
