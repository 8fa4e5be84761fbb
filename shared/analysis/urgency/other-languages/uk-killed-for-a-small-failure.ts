/*
 * "Will kill me" said of the writer's own lateness or small slip, or laughed off about a relative, in Ukrainian (urg40;
 * ../killed-for-a-small-failure.ts reads the Latin-script languages): "начальник мене вб'є, якщо запізнюсь", "мама
 * сказала що вб'є мене ха-ха", "дружина мене вб'є, якщо я знову забуду хліб". Nobody is threatened: it is how people
 * say they are in trouble. The older threat phrases read each as a threat; the table blanks the phrase first (its
 * `calm`), so whatever else the text tells is read. Surzhyk's Russian forms ("убьёт", "прибьёт") are read too, and
 * through ./uk-latin.ts Ukrainian typed in Latin letters ("mama mene vbye yakshcho zapiznius").
 * Never blanked: killed if the writer tells, complains or goes to the police ("мене вб'ють якщо я розповім",
 * "бригадир сказав, що вб'є мене, якщо я поскаржусь"): that condition is no slip and is not in SLIP below; nor a laugh
 * after a condition of telling. Russian, whose table had the lateness form already (ru.ts), gets the laugh here.
 * Blanked for the tables (uk.ts's and ru.ts's `calm`) and, through ../killed-for-a-small-failure.ts, for the learned
 * model too: it read "шеф мене вб'є" as a threat once a comma cut "якщо запізнюсь" off its stretch.
 */

const START = String.raw`(?<![\p{L}])`;
const END = String.raw`(?![\p{L}])`;

// "Will kill" and its kin, the apostrophe typed as ', a space or not at all; surzhyk's Russian forms beside them.
const KILL = String.raw`(?:вб(?:'| )?є|уб(?:'| )?є|вб(?:'| )?ють|уб(?:'| )?ють|приб(?:'| )?є|приб(?:'| )?ють|вбиватиме|вбиватимуть|закопає|уриє|з(?:'| )?їсть|задушить|четвертує|убьет|убьют|прибьет|прибьют|уроет|(?:хоче|захоче|буде|збирається) (?:\S+ )?вбити)${END}`;
const ME = String.raw`(?:мене|нас|меня)`;
// The writer's own slip, as a condition or a cause: late, overslept, forgot, broke, lost, spilt, not done in time.
const SLIP = String.raw`(?:запізн|спізн|опозда|опазд|просп|забуд|забув|забула|зламаю|зламав|зламала|розіб|розбию|розбив|розбила|загуб|втрач|пролл|проллю|розлл|помил|накосяч|напортач|не встигн|не встиг|не успе|не зроблю|не зробив|не зробила|не здам|не сдам|не прийду вчасно|не повернус|не подзвон|не куплю|не приберу|прийду пізно|повернусь пізно|витрач|(?:не )?(?:буде|будуть) (?:\S+ )?(?:готов|зроблен)|не (?:буде|будуть) (?:\S+ )?(?:готов|зроблен))\p{L}*`;
const IF = String.raw`(?:якщо|якшо|коли|як|бо|если|когда|за те що|за те, що)`;
const AGAIN = String.raw`(?:(?:я|ми) )?(?:ще раз |знову |знов |опять |снова |вже |ще |\S+ )?`;
const KILLS_ME = String.raw`(?:${ME} (?:\S+ )?${KILL}|${KILL} (?:\S+ )?${ME}${END})`;
// Whom the writer laughs about: a relative, or the boss.
const WHO = String.raw`(?:мам|мамк|мати|матір|матуся|тат|батьк|дружин|жінк|чоловік|бабус|баба|тещ|свекрух|сестр|брат|начальн|бос|шеф|керівн)\p{L}*`;
const LAUGH = String.raw`(?:ха-?ха\p{L}*|хах\p{L}*|хех\p{L}*|лол|хд|xd|lol|\u{1F602}|\u{1F923}|\){2,})`;
const NOT_TELLING = String.raw`(?:(?!розпов|розкаж|скаж|поскарж|скарж|поліц|заяв|донес|настука)[^.!?\n]){0,40}?`;

export const UKRAINIAN_KILLED_FOR_A_SMALL_FAILURE: string[] = [
  // "начальник мене вб'є, якщо запізнюсь", "вб'є мене, бо я забула".
  String.raw`${START}${KILLS_ME},? (?:\S+ ){0,2}?${IF} ${AGAIN}${SLIP}|${START}${KILLS_ME} за (?:запізнення|спізнення|опоздание|опоздания)`,
  // "якщо я знову запізнюсь, начальник мене вб'є".
  String.raw`${START}(?:якщо|якшо|коли|если) ${AGAIN}${SLIP}[^.!?\n]{0,40}?${START}${KILLS_ME}`,
  // "мама сказала що вб'є мене ха-ха".
  String.raw`${START}${WHO}[^.!?\n]{0,30}?${START}${KILLS_ME}${NOT_TELLING}${LAUGH}`,
];

// Russian, read by ru.ts's table and before the model.
export const RUSSIAN_KILLED_FOR_A_SMALL_FAILURE: string[] = [
  // Blind round 27: "начальник меня убьёт, если опоздаю"; "убьёт, если расскажу" (if I tell) is a threat and stays read.
  String.raw`(?:убьет|убьют|прибьет|прибьют|уроет|закопает),? (?:меня )?(?:\S+ )?(?:если|когда) (?:я )?(?:опять |снова |еще раз |\S+ )?(?:опоздаю|опаздаю|опоздаем|просплю|забуду|сломаю|разобью|потеряю|пролью|ошибусь|не успею|не сдам|накосячу)`,
  // Laughed off about a relative or the boss (urg40): "мама меня убьёт, ахаха".
  String.raw`${START}(?:мам|мать|матер|пап|отец|отц|жен|муж|бабушк|теща|свекров|сестр|брат|начальн|босс|шеф)\p{L}*[^.!?\n]{0,30}?(?:меня|нас) (?:\S+ )?(?:убьет|убьют|прибьет|прибьют|уроет|закопает)(?:(?!расска|скаж|пожалу|полици|заяв|донес|настуч)[^.!?\n]){0,40}?(?:а?ха-?ха\p{L}*|ахах\p{L}*|хех\p{L}*|лол|хд|xd|lol|\u{1F602}|\u{1F923}|\){2,})`,
];
