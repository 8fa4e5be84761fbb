import { UKRAINIAN_RUN_OVER_AND_BLEEDING } from './uk-ru-run-over-and-bleeding';
import { UKRAINIAN_PAY_RECORDS_AND_CHILD_WORK } from '../pay-records-and-child-work-tables';
import type { OtherLanguage } from './table';
import { UKRAINIAN_SHUT_IN } from '../shut-in-or-left-inside';
import { UKRAINIAN_SHUT_INSIDE_AND_SILENT } from '../shut-inside-and-silent';
import { UKRAINIAN_DOWN_AND_STILL } from './uk-down-and-still';
import { UKRAINIAN_SIGNS_OF_A_BODY_IN_TROUBLE } from './uk-ht-signs-of-a-body-in-trouble';
import { VEILED_FAREWELLS_TABLE } from '../veiled-farewells';
import { UKRAINIAN_ARMED_ROBBERY } from './uk-armed-robbery';
import { UKRAINIAN_FOLLOWED_HOME } from './uk-followed-home';
import { UKRAINIAN_DAMAGED_TOOLS_USED_ANYWAY } from './uk-ht-damaged-tools-used-anyway';
import { UKRAINIAN_KILLED_FOR_A_SMALL_FAILURE } from './uk-killed-for-a-small-failure';
import { UKRAINIAN_CALLS_FOR_HELP_FORBIDDEN } from '../calls-for-help-forbidden';
import { UKRAINIAN_REPORTS_IN_OTHER_WORDS as OTHER_WORDS } from './uk-reports-in-other-words';
import {
  UKRAINIAN_A_TASK_FOR_A_BLADE,
  UKRAINIAN_FILMED_MESSAGED_UNDERPAID_AND_ARMED as UK38,
} from './uk-filmed-messaged-underpaid-and-armed';
import { UKRAINIAN_VIOLENCE_LEAKS_COLLAPSES_AND_KICKBACKS as UKU39 } from './uk-violence-leaks-collapses-and-kickbacks';
import { UKRAINIAN_CUT_OFF_SET_ALIGHT_AND_ARMED as UKU44 } from './uk-cut-off-set-alight-and-armed';

// Read beside Russian on any Cyrillic text: the words differ ("пожежа", "ніж", "допоможіть"), Ukrainian letters or not.
export const ukrainian: OtherLanguage = {
  code: 'uk',
  name: 'Ukrainian',
  script: /\p{Script=Cyrillic}/u,
  bounds: 'word',
  negation: String.raw`не|немає|нема|ні|без|ніхто не`,
  // A game ("гра", "грали") is a story; a robber ("грабіжник"), a chest ("груди") or a group ("група") is not (u37b).
  // Nor a schedule ("графік": "пропонує кращий графік за інтим" was blanked as a game), a gram, a grant, a border,
  // rudeness ("грубо"), soil, the flu or a degree (fx37uk).
  story: String.raw`(?:фільм|серіал|гр(?!аб|уд|уп|аф|ам|ант|аниц|уб|унт|ип|ад)[аиу]|книг|мульт|кіно|новин)\p{L}*`,
  fixed: String.raw`усунули|полагодили|відремонтува\p{L}*|виправили|розблокува\p{L}*|вже не пахне`,
  still: String.raw`знову|досі|все ще|ще раз`,
  calm: [
    // A training about a harm ("навчання, як розпізнати підроблені підписи", read before "навчання" alone below), an idea
    // pushed, a heat that "will kill me" (./uk-violence-leaks-collapses-and-kickbacks.ts).
    ...UKU39.calm!,
    // "Will kill me" of the writer's own lateness or slip, or laughed off ("начальник мене вб'є, якщо запізнюсь", "мама
    // сказала що вб'є мене ха-ха"): ./uk-killed-for-a-small-failure.ts.
    ...UKRAINIAN_KILLED_FOR_A_SMALL_FAILURE,
    // A deadline or a report "burning" is late, not alight (blind round 26: "горить дедлайн").
    String.raw`(?:горить|горять|горимо|горю)\s+(?:\S+\s+)?(?:дедлайн|термін|строк|звіт|проєкт|проект|план|замовлення)\p{L}*|(?:дедлайн|термін|строк|звіт|проєкт)\p{L}*\s+(?:\S+\s+)?(?:горить|горять)`,
    String.raw`навчальн\p{L}* (?:тривог\p{L}*|евакуаці\p{L}*)|навчанн\p{L}*|протипожежн\p{L}*|пожежн\p{L}* (?:вихід|драбин|сигналізаці|інструктаж)\p{L}*(?! (?:\S+ ){0,3}(?:зачинен|замкнен|заблокова|заставлен|завален|на замк|на замок|на ланцюг))|вогнегасник\p{L}*`,
    String.raw`(?:телефон|мобільн\p{L}*|батаре\p{L}*|зарядк\p{L}*|ноут\p{L}*)\p{L}* (?:\S+ )?(?:сів|помер|здох|розрядив\p{L}*)`,
    String.raw`(?:фільм|серіал|гр(?!аб|уд|уп|аф|ам|ант|аниц|уб|унт|ип|ад)[аиу]|книг|мульт|кіно)\p{L}*`,
    String.raw`(?:помираю|вмираю|помру) (?:від сміху|зі сміху|з голоду|від нудьги)|вбив би за|вбиваю час|(?:це|просто) вогонь`,
    String.raw`(?:ріжу|різав\p{L}*|нарізав\p{L}*) (?:\S+ ){0,3}нож\p{L}*|кухонн\p{L}* ніж`,
  ],
  cries: String.raw`допоможіть|рятуйте|пожежа|допоможи(?:ть)? (?:мені|нам)`,
  urgent: {
    safety: [
      // A hand or a finger cut off, wiring or a machine caught fire, a boiler burst (./uk-cut-off-set-alight-and-armed.ts).
      ...UKU44.safety,
      // Still inside, or shut in a freezer or a lift (../shut-in-or-left-inside.ts).
      UKRAINIAN_SHUT_IN,
      // Someone shut in a freezer or a container and silent (../shut-inside-and-silent.ts).
      UKRAINIAN_SHUT_INSIDE_AND_SILENT,
      // A person down and still, or pinned and screaming, told by state (./uk-down-and-still.ts).
      UKRAINIAN_DOWN_AND_STILL,
      // A medical emergency told by two of its signs (./uk-ht-signs-of-a-body-in-trouble.ts).
      UKRAINIAN_SIGNS_OF_A_BODY_IN_TROUBLE,
      // Water coming in where people are (blind round 26).
      String.raw`(?:вода|воду)\s+(?:прибуває|піднімається|заливає|набирається)[^.!?]{0,60}(?:люди|людей|хтось|колег)|(?:прорвало|затопило|затоплює)[^.!?]{0,60}(?:там|внизу|всередині)\s+(?:люди|хтось|колеги)`,
      String.raw`пожеж[аіу]|горить|горимо|загорів\p{L}*|вогонь|дим|задимленн\p{L}*|запах газу|витік газу|витоку газу|пахне газом`,
      String.raw`не дихає|без свідомості|знепритомні\p{L}*|втратив\p{L}* свідомість|кров (?:хлище|тече|йде|не зупиняється)|стікає кров'ю|багато крові`,
      String.raw`(?:[ув]пав|[ув]пал[аи])\p{L}* (?:з|із|зі) (?:драбин\p{L}*|риштуванн\p{L}*|висоти|даху|навантажувач\p{L}*)|придавил\p{L}*|затиснул\p{L}*|завалил\p{L}*|застряг\p{L}* (?:в|у|під)|розчавил\p{L}*`,
      String.raw`(?:викличте|викликайте|дзвоніть|телефонуйте) (?:\S+ )?(?:швидку|поліцію|рятувальників|112|103|102)|зник\p{L}* (?:дитина|працівник\p{L}*|колега|людина)|(?:дитина|працівник\p{L}*|колега) зник\p{L}*`,
    ],
    weapon: [
      // A gun kept in a locker or a bag, or to be brought (./uk-cut-off-set-alight-and-armed.ts).
      ...UKU44.weapon,
      // Robbed with a weapon, or a robbery told as armed (./uk-armed-robbery.ts).
      UKRAINIAN_ARMED_ROBBERY,
      // An axe, a machete, a gun or a knife with no work to do brought or kept at work
      // (./uk-filmed-messaged-underpaid-and-armed.ts).
      ...UK38.weapon!,
      // A weapon to be brought: "прийде з сокирою і порубає всіх" (./uk-violence-leaks-collapses-and-kickbacks.ts).
      ...UKU39.weapon!,
      String.raw`(?:у (?:нього|неї|них)|з|дістав\p{L}*|витягнув\p{L}*|вихопив\p{L}*|розмахує|погрожує) (?:\S+ )?(?:(?:ніж|ножем)(?![^.!?\n]{0,40}?(?<![\p{L}])${UKRAINIAN_A_TASK_FOR_A_BLADE})|пістолет\p{L}*|зброя|зброєю|рушниц\p{L}*)|стріляють|стріляли|стрілянин\p{L}*|постріл\p{L}*|поранив ножем|[ув]дарив ножем`,
    ],
    threat: [
      // Everyone to be killed: "прийде завтра і всіх переб'є" (./uk-cut-off-set-alight-and-armed.ts).
      ...UKU44.threat,
      // Fired, then the writer kills whoever it is (ra35: "якщо мене звільнять, я вб'ю начальника"), either order in
      // one sentence; "вб'ю себе" (the writer's own death) is the self-harm phrases'.
      String.raw`(?:звільн|вижен|виганя|вигна|скорот)\p{L}*[^.!\n]{0,60}?(?:вб(?:'| )?ю|уб'ю|заріжу|пристрелю|порішу)(?! себе)|(?:вб(?:'| )?ю|уб'ю|заріжу|пристрелю|порішу) (?!себе)[^.!\n]{0,60}?(?:звільн|вижен|вигна|скорот)\p{L}*`,
      // To be fired and then killed is read with the firing blanked too (kind-of-wrong.ts): "…, а потім вб'є" alone.
      // The apostrophe of "вб'є" is typed as ', ʼ or ’ (folded to '), as a space, or not at all: "вб є", "вбє".
      String.raw`(?:вб(?:'| )?ю|уб'ю|заріжу|пристрелю) (?:тебе|вас|його|її|всіх)|(?:тебе|вас|його|її|всіх|мене|нас) (?:\S+ )?(?:вб(?:'| )?ю|уб'ю|заріжу|вб(?:'| )?є|уб'є)|(?:вб(?:'| )?є|уб'є|вб(?:'| )?ють|уб'ють|заріже|пристрелить) (?:\S+ )?(?:тебе|вас|його|її|всіх|мене|нас)|(?:звільн|вижен)\p{L}*,? (?:\S+ ){0,3}(?:і|й|а потім|потім|а тоді|і ще|та) (?:\S+ )?(?:вб(?:'| )?є|вб(?:'| )?ю|уб'є|заріже|пристрелить)(?=\s*(?:$|[.,;!?]|мене|нас|тебе|вас))|(?:а потім|а тоді|а після цього) (?:\S+ )?(?:вб(?:'| )?є|вб(?:'| )?ю|заріже|пристрелить)(?=\s*(?:$|[.,;!?]))|погрожу\p{L}* (?:\S+ )?(?:вбити|убити|зарізати)|погрожує (?:мені|нам)`,
      String.raw`(?:начальник|майстер|бригадир|директор|охоронець|охоронц|керівник|колег|менеджер|хтось|він|вона)\p{L}* (?:\S+ )?(?:вдарив|ударив|побив|відлупцював|б'є(?![\p{L}])|бив|штовхнув|душив|копнув)\p{L}*(?! (?:\S+ )?(?:по столу|кулаком по|по м'ячу|рекорд))|(?:б'є|бив|побив\p{L}*|[ув]дарив\p{L}*|штовхнув\p{L}*|душив\p{L}*) (?:мене|нас|її|його)|(?:мене|нас) (?:\S+ )?(?:побив\p{L}*|[ув]дарив\p{L}*|б'є|б'ють|побили)`,
    ],
    harassment: [
      // Hazing (ra35): the new ones, a first day or "дідівщина" by what is done to them (made to drink, beaten, stripped,
      // tied, shut in, shaved), either order in one sentence (initiation-rituals.ts has the other languages).
      String.raw`(?:дідівщин|новеньк|новачк|нових|посвят|традиці|перш\p{L}* (?:день|дня|тиждень|тижня))\p{L}*[^.!?\n]{0,80}?(?:змушують пити|б'ють|били|побили|роздяга\p{L}*|зв'язу\p{L}*|зв'язали|замика\p{L}*|зачиня\p{L}*|голять|обливають)|(?:змушують пити|б'ють|били|побили|роздяга\p{L}*|зв'язу\p{L}*|зв'язали|замика\p{L}*|зачиня\p{L}*|голять|обливають)[^.!?\n]{0,80}?(?:дідівщин|новеньк|новачк|нових|посвят|традиці)\p{L}*`,
      String.raw`з[гґ]валту\p{L}*|з[гґ]валтував\p{L}*|домага\p{L}*|лапає|лапав\p{L}*|чіпляється до мене`,
      // Kept from calling an ambulance or reporting an injury on pain of the job (../calls-for-help-forbidden.ts).
      UKRAINIAN_CALLS_FOR_HELP_FORBIDDEN,
      // A threat to fire whoever complains or reports (retaliation-threats.ts): "звільнить усіх, хто скаржиться".
      String.raw`(?:звільн|вижен|виган)\p{L}* (?:\S+ ){0,2}?(?:усіх|всіх|кожного|тих|того|будь-кого)?,? ?(?:хто|які|якщо (?:хтось|ми|ти|ви)) (?:\S+ )?(?:скарж|поскарж|звернеться|звернуться|піде до|підуть до|напише|напишуть|заявить|доповість)\p{L}*`,
    ],
    'self-harm': [
      String.raw`(?:хочу|хочеться) (?:\S+ )?(?:померти|вмерти|здохнути|покінчити з собою)|покінчу з собою|покінчити з собою|самогубств\p{L}*|суїцид\p{L}*|(?:поріжу|ріжу|порізати) себе|не хочу (?:більше )?жити`,
    ],
  },
  described: {
    safety: [
      // A person run over or struck by a vehicle, someone bleeding (./uk-ru-run-over-and-bleeding.ts, att48).
      ...UKRAINIAN_RUN_OVER_AND_BLEEDING,
      // Safety records written false and children at work (../pay-records-and-child-work-tables.ts).
      ...UKRAINIAN_PAY_RECORDS_AND_CHILD_WORK.safety,
      // Said in other words: a table of what is done by why or to whom (./uk-reports-in-other-words.ts).
      ...OTHER_WORDS['safety']!,
      // A leak of gas, oxygen or a chemical, no mask by a weld, a collapse with someone under it (./uk-violence-leaks-collapses-and-kickbacks.ts).
      ...UKU39.safety!,
      // A disc cracked, a lead bared or an interlock switched off, and worked with all the same (./uk-ht-damaged-tools-used-anyway.ts).
      ...UKRAINIAN_DAMAGED_TOOLS_USED_ANYWAY,
      // Fall gear worn while people work at height: "страхувальний пояс порваний а ми працюємо на висоті".
      String.raw`(?:страхувальн|страховк|запобіжн|рятувальн)\p{L}* (?:\S+ )?(?:\S+ )?(?:порван|порвал|перетерт|подерт|зношен|розірван|пошкоджен|обірван|потріскан|гнил|тріснут)\p{L}*|(?:пояс|трос|мотузк|канат|строп|лебідк)\p{L}* (?:\S+ ){0,2}(?:порван|порвал|перетерт|подерт|зношен|розірван|пошкоджен|обірван|тріснут)\p{L}*[^.!?]{0,60}(?:висот|дах|риштуван|метр|вишк|кран)\p{L}*`,
      // A machine smoking, sparking or smelling burnt: "верстат димить і пахне горілим", "компресор почав диміти".
      String.raw`(?:верстат|двигун|мотор|компресор|генератор|станок|прес|щиток|щит|проводк|розетк|зарядк|навантажувач|конвеєр|обладнанн|машин|апарат|трансформатор|котел|пічк|піч)\p{L}* (?:\S+ ){0,3}(?:димить|димиться|диміться|димлять|почав диміти|почала диміти|іскрить|іскрять|задимів|задиміла|горить)`,
      // Attack round 27: a leak of ammonia, chlorine or acid, or people coughing and choking beside one ("витік аміаку
      // в цеху, люди кашляють"); a rack or load fallen with someone under it ("стелаж впав, під ним людина").
      String.raw`(?:витік\p{L}*|витікає|тече|протікає|запах|пахне) (?:\S+ )?(?:аміак\p{L}*|хлор\p{L}*|кислот\p{L}*|аммиак\p{L}*)|(?:аміак|хлор)\p{L}* (?:\S+ )?(?:витікає|тече|парує)|(?:витік\p{L}*|запах\p{L}*|пахне|газ\p{L}*|хімі\p{L}*|дим\p{L}*|сигналізаці\p{L}*)[^.!?\n]{0,80}?(?:люди|всі|хлопці|працівники|двоє|троє|ми) (?:\S+ )?(?:кашляють|задихаються|кашляємо|задихаємося)`,
      String.raw`(?:обвалив\p{L}*|обвалил\p{L}*|[ув]пав|[ув]пала|[ув]пало|[ув]пали|завалив\p{L}*|звалив\p{L}*|перекинув\p{L}*|рухнув|рухнула|упав|упала)[^.!?\n]{0,60}?під (?:ним|нею|ними) (?:\S+ )?(?:людина|люди|хтось|працівник\p{L}*|хлопець|чоловік|колега|жінка|двоє|троє)`,
      // Blind round 24: people fainting (in the heat).
      String.raw`(?:люди|хтось|колега|робітник\p{L}*|двоє|троє) (?:\S+ )?(?:непритомні\p{L}*|знепритомні\p{L}*)|знепритомні\p{L}*`,
      // A drunk driver of a forklift, crane or truck at work, either order ("бригадир п'яний сів за навантажувач").
      String.raw`(?:п'?ян\p{L}*|нетверез\p{L}*|напідпитку|випивш\p{L}*|під кайфом|бух\p{L}*)[^.!?\n]{0,60}?(?:навантажувач\p{L}*|штабелер\p{L}*|кран(?:і|у|ом|а)?|фур[аиуі]|фурою|вантажівк\p{L}*|автобус\p{L}*|за кермо|за кермом|кермує|катається|ганяє|їздить|сів за)|(?:навантажувач\p{L}*|штабелер\p{L}*|вантажівк\p{L}*|автобус\p{L}*|за кермом|водій\p{L}*|водія|кранівник\p{L}*)[^.!?\n]{0,40}?(?:п'?ян\p{L}*|нетверез\p{L}*|напідпитку|випивш\p{L}*|під кайфом)`,
      // Someone gone with the phone off, either order ("зникла після нічної зміни, телефон вимкнений, вдома її немає").
      String.raw`(?:зник\p{L}*|пропав\p{L}*|пропала|не (?:вийшов|вийшла|прийшов|прийшла) на (?:зміну|роботу)|вдома (?:\S+ )?(?:немає|нема|нікого)|ніхто не знає,? де (?:він|вона))[^.!?\n]{0,100}?(?:(?:телефон\p{L}*|мобільн\p{L}*) (?:\S+ )?(?:вимкнен\p{L}*|недоступн\p{L}*|поза зоною|мовчить|не відповідає)|не бере трубк\p{L}*|не відповідає на дзвінки|абонент недоступний)|(?:(?:телефон\p{L}*|мобільн\p{L}*) (?:\S+ )?(?:вимкнен\p{L}*|недоступн\p{L}*|поза зоною)|не бере трубк\p{L}*|не відповідає на дзвінки)[^.!?\n]{0,100}?(?:зник\p{L}*|пропав\p{L}*|пропала|не (?:вийшов|вийшла|прийшов|прийшла) на (?:зміну|роботу)|вдома (?:\S+ )?(?:немає|нема|нікого)|ніхто не знає,? де (?:він|вона))`,
      // A tank, well or sewer entered and no sign since ("спустився в резервуар і не відповідає").
      String.raw`(?:заліз\p{L}*|спустив\p{L}*|спустил\p{L}*|поліз\p{L}*|зайшов|зайшла|увійшов|увійшла|пірнув) (?:\S+ ){0,2}(?:в|у|до) (?:\S+ )?(?:цистерн|резервуар|ємніст|ємкіст|колодяз|колодя|силос|ям[уі]|колектор|каналізаці|бункер|відстійник|чан|котел|котлован)\p{L}*[^.!?\n]{0,80}?(?:не (?:вихо\p{L}*|виліз\p{L}*|вийшов|вийшла|піднявся|піднялася|відповідає|озивається)|не чути|мовчить)`,
      String.raw`(?:деменці|альцгеймер)\p{L}*[^.!?]{0,80}(?:вийшов сам|вийшла сама|пішов|пішла|зник\p{L}*|не можемо (?:його|її) знайти)|(?:дитин\p{L}*|діт\p{L}*|малюк\p{L}*)[^.!?]{0,40}(?:замкнен\p{L}*|зачинен\p{L}*|замкнули)[^.!?]{0,20}(?:туалет|ванн|кімнат|шаф|комор)\p{L}*`,
      String.raw`(?:у (?:неї|нього|нас)|весь|вся) (?:\S+ )?(?:кров|в крові)`,
      String.raw`(?:запасн\p{L}*|аварійн\p{L}*|евакуаційн\p{L}*|пожежн\p{L}*) (?:вихід|виходи|двері|драбин\p{L}*) (?:\S+ ){0,4}(?:зачинен\p{L}*|замкнен\p{L}*|заблокова\p{L}*|заставлен\p{L}*|завален\p{L}*|на замку|на замок|на ланцюгу)|(?:зачинили|замкнули|заставили|завалили) (?:\S+ ){0,2}(?:запасн\p{L}*|аварійн\p{L}*|евакуаційн\p{L}*|пожежн\p{L}*) (?:вихід|двері)`,
      String.raw`(?:пахне|смердить|тхне|чути|запах|відчуваю) (?:\S+ ){0,3}газ(?:ом|у)|газом (?:\S+ ){0,2}(?:пахне|смердить|тхне)`,
      String.raw`(?:оголен\p{L}*|голі|відкрит\p{L}*|обірван\p{L}*|звисають|звисає|стирчать) (?:\S+ )?(?:дрот\p{L}*|провод\p{L}*|кабел\p{L}*|проводк\p{L}*)|(?:дрот\p{L}*|провод\p{L}*|кабел\p{L}*) (?:\S+ ){0,3}(?:оголен\p{L}*|стирчать|звисають|іскрить|під напругою)|(?:[ув]дарило|б'є|шарахнуло) струмом`,
      String.raw`(?:зняли|знят\p{L}*|прибрали|вимкнули|немає) (?:\S+ ){0,2}(?:захисн\p{L}* (?:кожух|огородженн|екран|кришк)\p{L}*|кожух\p{L}*|огородженн\p{L}*)|(?:захисн\p{L}* )?(?:кожух|огородженн)\p{L}* (?:\S+ ){0,3}(?:зняли|знят\p{L}*|немає|зламан\p{L}*)`,
      String.raw`(?:кислот\p{L}*|луг\p{L}*|хімі\p{L}*|розчинник\p{L}*|хлорк\p{L}*|білизн\p{L}*) (?:\S+ ){0,3}(?:в очі|в око|в обличчя|на обличчя)|очі (?:\S+ )?(?:пече|печуть|горять|не бачить)`,
      // Burns from a chemical, steam, oil or current on people ("хтось розлив кислоту, у людей опіки", "у Петра опік
      // кислотою на руці"), either order; a sunburn or a burn from the stove at home names none of them.
      String.raw`(?:кислот|луг|хімі|окроп|розчинник|хлорк|каустик|гаряч\p{L}* (?:олі|мастил|метал|вод)|струм|електрик)\p{L}*[^.!?\n]{0,60}?(?<![\p{L}])(?:опік\p{L}*|опеча\p{L}*|обпік\p{L}*|обпекл\p{L}*|обпече\p{L}*|обпеч\p{L}*)|(?<![\p{L}])(?:опік\p{L}*|обпік\p{L}*|обпекл\p{L}*|обпече\p{L}*)[^.!?\n]{0,40}?(?:кислот|луг|хімі|окроп|розчинник|хлорк|каустик|струм)\p{L}*|(?:у|в) (?:людей|хлопців|працівник\p{L}*|колег\p{L}*|двох|трьох|кількох) (?:\S+ )?опіки`,
      String.raw`(?:зник\p{L}*|пропав\p{L}*) (?:\S+ ){0,2}(?:з|зі|після) (?:обіду|ранку|зміни|перерви|учора|вчора)|(?:не виходить на зв'язок|не бере трубку|телефон вимкнений) (?:\S+ ){0,3}(?:з|зі|після|вже)|(?:лежить) (?:\S+ ){0,3}(?:на підлозі|на землі) (?:\S+ ){0,3}не (?:рухається|реагує|відповідає)|(?:[ув]пав\p{L}*|[ув]пал[аи]|лежить) (?:\S+ ){0,4}не (?:реагує|рухається|відповідає)|не приходить до тями|(?:колезі|йому|їй|людині|працівнику) (?:\S+ )?(?:стало|зробилось) (?:дуже )?погано`,
    ],
    discrimination: [
      // Said in other words: a table of what is done by why or to whom (./uk-reports-in-other-words.ts).
      ...OTHER_WORDS['discrimination']!,
      // Paid less for origin, sex or age (./uk-filmed-messaged-underpaid-and-armed.ts).
      ...UK38['discrimination']!,
      // Promotion kept for one nationality or for "their own": "підвищують тільки своїх, українців ніколи".
      String.raw`(?:підвищ|просува|просуну|посад)\p{L}* (?:\S+ ){0,3}(?:тільки|лише|виключно) (?:\S+ )?(?:своїх|своїм|поляк\p{L}*|українц\p{L}*|місцев\p{L}*|чоловік\p{L}*|біл\p{L}*|росіян\p{L}*)|(?:українц|іноземц|мігрант|поляк|жін(?:к|о)|нас\b|росіян|білорус|грузин|молдован|ром)\p{L}* (?:\S+ ){0,2}(?:ніколи|ніхто) (?:\S+ )?(?:не )?(?:підвищ|просува|просуну)\p{L}*|(?:підвищ|просува|просуну)\p{L}* (?:\S+ ){0,3}(?:тільки|лише) (?:\S+ )?[^.!?]{0,30}(?:а|,) (?:\S+ )?(?:нас|українців|іноземців|мігрантів|жінок) (?:\S+ )?ніколи`,
    ],
    fraud: [
      // Tips and takings skimmed, hours deleted, ghost workers, false records (../pay-records-and-child-work-tables.ts).
      ...UKRAINIAN_PAY_RECORDS_AND_CHILD_WORK.fraud,
      // Said in other words: a table of what is done by why or to whom (./uk-reports-in-other-words.ts).
      ...OTHER_WORDS['fraud']!,
      // Kickbacks, good stock written off or sold, a relative paid for no work, papers forged, cash from the till (./uk-violence-leaks-collapses-and-kickbacks.ts).
      ...UKU39.fraud!,
      // Clocked out and work goes on: "відмічають нам вихід а ми працюємо далі безкоштовно", "вибивають з табеля о 5".
      String.raw`(?:відміча|відмітил|вибива|вибил|пробива|закрива|ставлять|ставить)\p{L}* (?:\S+ ){0,2}(?:вихід|табел\p{L}*|кінець зміни|зміну)[^.!?]{0,60}(?:працюємо|працюю|працюють|працювати|лишаємось|залишаємось) (?:\S+ )?(?:далі|до|безкоштовно|задарма|даром|ще|понаднормово)`,
      // A card clocked for someone who is not there: "відмічає картку за друга, який сидить вдома".
      String.raw`(?:відміча|відмітил|пробива|приклада|сканує|прикладає)\p{L}* (?:\S+ )?(?:картк\p{L}*|пропуск\p{L}*|бейдж\p{L}*|табел\p{L}*) (?:за|для|замість) [^.!?]{0,40}(?:вдома|немає на роботі|нема на роботі|не приходить|не ходить|не працює|не з'являється|не буває|у відпустці)`,
      // The same told another way (u37a, cards-clocked-for-the-absent.ts): a manager who makes staff clock for those who
      // are away, a card clocked for a friend who comes in at lunch: the clocking, whom for, and the absence.
      String.raw`(?:відміча|відмітил|пробива|пробил|приклада|приклав|приклала|сканує|скану|чекіні)\p{L}*[^.!?\n]{0,40}?(?:(?:за|замість|для) (?:\S+ ){0,2}?(?:друга|подругу|колег|брата|сестру|хлопця|дівчину|чоловіка|дружину|кума|тих|інших|відсутн|кого)\p{L}*|(?:свого|своєї|друга|колеги|колег|хлопця|брата|сестри|чоловіка|дружини|тих|інших) (?:\S+ )?(?:картк|пропуск|бейдж)\p{L}*|(?:картк|пропуск|бейдж)\p{L}* (?:\S+ )?(?:тих|інших|колег|друга|хлопця|свого|своєї))[^.!?\n]{0,60}?(?:немає|нема|вдома|дома|у відпустці|на лікарняному|не приходить|не ходить|не працює|не з'являється|приходить (?:\S+ ){0,2}(?:в обід|на обід|після обіду|опівдні|пізно)|хворі|хворіє|відсутн\p{L}*)`,
    ],
    harassment: [
      // Blind round 24: followed, or waited for at home.
      // Said in other words: a table of what is done by why or to whom (./uk-reports-in-other-words.ts).
      ...OTHER_WORDS['harassment']!,
      // Sworn at or humiliated in front of everyone or every day (./uk-violence-leaks-collapses-and-kickbacks.ts).
      ...UKU39.harassment!,
      // Filmed where people undress, sexual messages or photos, pestering (./uk-filmed-messaged-underpaid-and-armed.ts).
      ...UK38['harassment']!,
      // Stalking: followed home, waited for under the windows, a visit home uninvited or at night, a tracker (buried39,
      // ./uk-followed-home.ts).
      ...UKRAINIAN_FOLLOWED_HOME,
      // Hunting the writer of an anonymous report by the method (u37a, reporters-hunted-by-method.ts): handwriting,
      // cameras or phones gone through to see who wrote, sent or used it; everyone made to write a sentence to match the
      // handwriting; the writer promised to be found and fired ("того, хто написав скаргу, знайдуть і звільнять").
      String.raw`(?:порівн|звір|перевір|переглян|перегляда|відстеж|аналізу|вичисл|дивил|подивил|передивил|перерил|шука)\p{L}*[^.!?\n]{0,40}?(?:почерк|камер|відео|записи|телефон|мобільн|айпі|ip|логін|логи|листуванн)\p{L}*[^.!?\n]{0,80}?(?:хто (?:\S+ ){0,2}?(?:написав|написала|надіслав|надіслала|відправив|відправила|поскаржився|поскаржилася|заповнив|заповнила|доніс|донесла|настукав)|хто (?:\S+ ){0,2}?(?:користувався|користувалася|кинув|кинула|залишив|залишила) (?:\S+ ){0,2}?(?:планшет|кіоск|термінал|скриньк|записк|лист|скарг|анкет)\p{L}*|анонім\p{L}*|скриньк\p{L}* (?:для|зі|з|із) (?:\S+ )?(?:скарг|пропозиці|відгук)\p{L}*|записк\p{L}* (?:зі|з|із) скриньк\p{L}*)`,
      String.raw`(?:змусили|змушують|наказали|заставили|примусили|змусив|наказав)[^.!?\n]{0,30}?(?:написати|переписати|написать)[^.!?\n]{0,80}?(?:почерк|анонім|лист|скарг|записк)\p{L}*`,
      String.raw`хто (?:\S+ ){0,2}?(?:написав|написала|надіслав|надіслала|відправив|відправила|поскаржився|поскаржилася|доніс|донесла|настукав|написали)[^.!?\n]{0,50}?(?:знайдуть|вичислять|звільнять|покарають|знайдемо|вичислимо|звільнимо|виженуть|виженемо)`,
      String.raw`переслідує (?:мене|її|його|нас)|(?:мене|її|його) переслідує|чекає (?:\S+ )?біля (?:мого |моєї )?(?:будинку|дому|під'їзду|квартири)`,
      String.raw`(?:мацає|мацав\p{L}*|чіпає|чіпав\p{L}*|хапає|хапав\p{L}*|торкається|торкав\p{L}*|лапає) (?:\S+ ){0,2}(?:мене|за|нас)|чіпляється|(?:щодня|постійно|весь час|місяцями|тижнями) (?:\S+ ){0,3}(?:мацає|чіпає|хапає|торкається|чіпляється)`,
    ],
    threat: [
      // Said in other words: a table of what is done by why or to whom (./uk-reports-in-other-words.ts).
      ...OTHER_WORDS['threat']!,
      // Killing, shooting, hacking or bones broken promised; a blow, a shove, a grab (./uk-violence-leaks-collapses-and-kickbacks.ts).
      ...UKU39.threat!,
      // The writer's car, house or things to be burnt or smashed (./uk-filmed-messaged-underpaid-and-armed.ts).
      ...UK38['threat']!,
      String.raw`(?:погрожу\p{L}*|шантажу\p{L}*) (?:\S+ ){0,3}(?:звільнити|звільненням|вигнати|мені|нам|мене)|(?:якщо|як) (?:\S+ )?(?:скажу|розкажу|поскаржусь) (?:\S+ ){0,3}(?:звільнить|вб'є|вижене)`,
      // Silenced by death or injury promised to whoever tells (u36b): "якщо я поскаржуся, мене знайдуть мертвим", "якщо
      // розкажеш інспекції, тебе закопаємо": a verb of telling or complaining, then what will be done, in one sentence.
      String.raw`(?:скаж|розкаж|поскарж|скарж|заяв|донес|донос|стукн|звернеш|звернусь|звернуся|піду (?:в|до)|підеш (?:в|до))\p{L}*[^.!?\n]{0,60}?(?:знайдуть (?:\S+ )?мертв|закопа|вб(?:'| )?ють|уб'ють|вб(?:'| )?ю|вб(?:'| )?є|покаліч|каліко|зламаю|зламають|пожалієш|пошкодуєш|не жити|зникнеш|в лісі|у лісі|в річці)\p{L}*`,
      // The same told by a name for the teller or by going to the police (u37a, tellers-threatened-with-harm.ts):
      // "стукачі тут опиняються в лікарні", "якщо підеш у поліцію, ми тебе вб'ємо", "хто здасть нас, опиниться в лікарні".
      String.raw`(?:стукач|зрадник|донощик|здас|здаст|здадуть|здаси|злив|злил|настука|(?:підеш|піде|підуть|підете|пішов|пішла|звернешся|звернеться) (?:у|в|до) (?:поліці|мусор|ментів|профспілк|інспекці|прокуратур|начальств|керівництв|податков))\p{L}*[^.!?\n]{0,80}?(?:вб(?:'| )?ємо|уб'ємо|вб(?:'| )?ю|вб(?:'| )?ють|заріжемо|закопаємо|пристрелимо|поламаємо|зламаємо|переламаємо|покалічимо|покалічать|(?:опин|потрап|попад|окаж|ляж)\p{L}* (?:в|у|до) (?:лікарн|реанімаці|морг|канав|річц|труні|могил)\p{L}*|ноги (?:\S+ )?(?:зламаю|зламаємо|поламаю|поламаємо|переламаю))`,
    ],
    'self-harm': [
      // A farewell for good said without the word (../veiled-farewells.ts).
      ...VEILED_FAREWELLS_TABLE.uk,
      // Said in other words: a table of what is done by why or to whom (./uk-reports-in-other-words.ts).
      ...OTHER_WORDS['self-harm']!,
      // Said idiomatically: "вкоротити собі віку", "наковтаюсь пігулок" (./uk-filmed-messaged-underpaid-and-armed.ts).
      ...UK38['self-harm']!,
      // The means got ready, then an end on a day (u36b): "я вже купив мотузку, в неділю все закінчу", "накопичила
      // таблеток, в суботу все припиню", either order in one sentence. A rope for washing or pills for a cold end nothing.
      String.raw`(?:купив|купила|купил\p{L}*|накопич\p{L}*|назбира\p{L}*|зібрав|зібрала|приготува\p{L}*|сховав|сховала|маю|є) (?:\S+ )?(?:мотузк\p{L}*|петл\p{L}*|таблет\p{L}*|пігул\p{L}*|снодійн\p{L}*|пістолет\p{L}*)[^.!?\n]{0,60}?(?:все (?:закінчу|закінчиться|припиню|скінчиться|скінчу)|покінчу|мене (?:вже )?не буде|не буду (?:\S+ )?тягарем|(?:усьому|всьому) кінець|це кінець)|(?:все (?:закінчу|припиню|скінчу)|покінчу|мене (?:вже )?не буде)[^.!?\n]{0,60}?(?:мотузк|петл|таблет|пігул|снодійн)\p{L}*`,
      String.raw`покінч\p{L}* (?:(?:з усім|із усім)(?=\s*(?:$|[.,;!?]))|з життям)|(?:хочу|хочеться) (?:\S+ ){0,2}зникнути назавжди`,
      String.raw`(?:всім|вам) (?:\S+ ){0,2}(?:краще|легше) без мене|(?:хочу|хочеться) (?:\S+ ){0,2}(?:зникнути|заснути і не прокинутись)|не (?:хочу|бачу сенсу) (?:\S+ ){0,2}(?:прокидатися|жити)|жити (?:\S+ )?(?:нема сенсу|не хочеться)|наковта\p{L}* таблет\p{L}*`,
    ],
  },
};
