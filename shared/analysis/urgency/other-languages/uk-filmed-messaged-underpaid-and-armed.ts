/*
 * Ukrainian reports an outside attacker still found missed after fx37uk (ra37's harder probes, uk 20/38), read as the
 * tables beside them are (./uk-reports-in-other-words.ts): what is done, by why or to whom, in one sentence, either
 * order, by stems with their endings. Through ./uk-latin.ts they read Ukrainian typed in Latin letters too.
 * - harassment: filmed or photographed in secret where people undress (a changing room, a toilet, a shower), or a
 *   camera or phone hidden there; sexual messages, nude photos or photos in underwear sent or asked for; pestering
 *   ("пристає до мене"), and hands on someone told object first ("мене мацає");
 * - discrimination: paid less, or pay cut, for origin, sex or age (a pension), or a group paid less than others;
 * - threat: the writer's car, house or things to be burnt, smashed or cut;
 * - threat and safety: a weapon (an axe, a machete, a gun, brass knuckles, a knife with no work to do) brought to work
 *   or kept there;
 * - self-harm: "вкоротити собі віку", swallowing pills or sleeping pills "to not wake up", "наложити на себе руки",
 *   lying down under a train.
 * Calm beside them: a camera at the entrance, a boss writing at night about tomorrow's shift, pay cut "because orders
 * are few", leaves burnt in the garden, an axe brought to chop firewood, a knife to cut boxes, "я вбита після зміни".
 * Tests: test/unit/analysis/urgency-ukrainian-creole-latin-uk38.test.ts.
 */
import type { UrgencyCategory } from '../types';

const END = String.raw`(?![\p{L}])`;
const START = String.raw`(?<![\p{L}])`;

// Where people undress.
const UNDRESS_PLACE = String.raw`(?:роздягальн|роздягалк|перевдягальн|переодягальн|туалет|вбиральн|вбиральн|убиральн|душов|душ(?:і|у|ем)?${END}|санвузл|кабінк|жіноч\p{L}* кімнат)\p{L}*`;
const UNDRESSING = String.raw`(?:перевдяга|переодяга|роздяга|в душі|у душі|в туалеті|у туалеті|миються|митися|голими|голих|без одягу)\p{L}*`;
const HIDDEN = String.raw`(?:схован|прихован|захован|таємн|потайн|маленьк|міні)\p{L}* (?:\S+ )?(?:камер|відеокамер|телефон|мобільн|смартфон|відеореєстратор)\p{L}*|(?:камер|відеокамер|телефон)\p{L}* (?:\S+ ){0,2}(?:схован|прихован|захован|схова|захова|прихова)\p{L}*`;
// Recording is filming only of people or on a camera ("записує зміни в журнал у роздягальні" is a log).
const FILMS = String.raw`(?:знімає|знімають|знімав|знімала|знімали|фотографу|сфотографува|фоткає|фоткают|фоткав|сфоткав|підгляда|підглядав|фільму)\p{L}*|(?:записує|записують|записував|записувала|записала|записав) (?:\S+ )?(?:на відео|на камеру|на телефон|відео|дівчат|жінок|нас|людей|колег\p{L}*)`;

// What is sent or asked for: sex in words or pictures.
const SENDS = String.raw`(?:пише|пишуть|писав|шле|шлють|надсила|надіслав|скида|скинув|відправля|відправив|кида|присила|присилає|пересила|показу)\p{L}*`;
const SEXUAL = String.raw`(?:інтимн|сексуальн|еротичн|порно|пошл|непристойн|відверт|вульгарн)\p{L}*|гол(?:і|е|их|ого|у) (?:\S+ )?(?:фото|фотк|селфі|відео|знімк)\p{L}*|(?:фото|фотк|відео|знімк)\p{L}* (?:\S+ )?(?:себе |свого )?(?:голим|голого|оголен\p{L}*|без одягу|свого члена|члена|в білизні)|нюд\p{L}*|про секс${END}`;
const ASKS_PHOTOS = String.raw`(?:просить|просив|вимагає|вимагав|хоче|чекає) (?:\S+ ){0,2}(?:фото|фотк|селфі|відео)\p{L}* (?:\S+ ){0,2}(?:в білизні|у білизні|без одягу|голою|голим|оголен\p{L}*|в купальнику|у купальнику)`;

// Pay, and less of it.
const PAY = String.raw`(?:зарплат|ставк|оплат|платн|платіж|погодинн)\p{L}*`;
const PAID_LESS = String.raw`(?:плат\p{L}* (?:\S+ ){0,2}менше|менше (?:\S+ ){0,2}плат\p{L}*|менш\p{L}* ${PAY}|нижч\p{L}* (?:\S+ )?${PAY}|${PAY} (?:\S+ )?(?:нижч|менш)\p{L}*|(?:урізал|зрізал|зменшил|знизил|скоротил|порізал|урізав|зрізав|зменшив|знизив|зменшують|урізають|знижують)\p{L}* (?:\S+ ){0,2}${PAY}|${PAY} (?:\S+ )?(?:урізал|зрізал|зменшил|знизил|порізал|урізали|зрізали)\p{L}*)`;
const ORIGIN_SEX_AGE = String.raw`(?:українк\p{L}*|українц\p{L}*|українець|іноземк\p{L}*|іноземець|іноземц\p{L}*|мігрант\p{L}*|приїждж\p{L}*|заробітчан\p{L}*|жінк(?:а|и|ою)${END}|жінок${END}|жіноч\p{L}*|пенсі\p{L}*|пенсійн\p{L}*|вік${END}|віку${END}|стар(?:ий|а|і|ша|ший)${END}|літн\p{L}*|(?:мені|йому|їй) (?:\S+ )?(?:за )?(?:5|6|7)\d)`;
const BECAUSE = String.raw`(?:через|бо|тому що|тому, що|оскільки|адже|лише тому що|за те,? що)`;
const GROUP_PAID = String.raw`(?:жінкам|жінки|мігрантам|мігранти|іноземцям|іноземці|українцям|українці|українкам|нам|старшим|літнім|пенсіонерам|пенсіонери)${END}`;
const OTHERS = String.raw`(?:ніж|як|від|за|порівняно з) (?:\S+ )?(?:чоловік\p{L}*|місцев\p{L}*|поляк\p{L}*|чех\p{L}*|нім\p{L}*|молод\p{L}*|інш\p{L}*|своїм|своїх)`;

// Burnt, smashed or cut, as promised (never as done: "сусід спалив листя").
const DAMAGE = String.raw`(?:спалю|спалить|спалять|спалимо|спалити|підпалю|підпалить|підпалять|підпалимо|підпалити|розіб'ю|розіб'є|розіб'ють|розіб'ємо|розбити|розтрощу|розтрощить|розтрощать|розтрощити|потрощу|потрощить|потрощать|поріжу|поріже|поріжуть|порізати|проколю|проколе|проколють|проколоти|поб'ю|поб'ють)`;
const OWNER = String.raw`(?:мо(?:ю|я|є|ї|їй|єї|їх|єму|їм)|мій|мені|тобі|тво(?:ю|я|є|ї)|твій|їй|йому|нам|вам|наш\p{L}*|ваш\p{L}*|її|його)`;
const PROPERTY = String.raw`(?:машин|авто|автівк|тачк|хат|будин|будинок|дім|дом|квартир|гараж|шин|колес|вікн|майн|реч|велосипед|мопед|дач|фур|вантажівк)\p{L}*`;

// A weapon, and what brings or keeps it at work.
const ARMS = String.raw`(?:сокир|топор|топір|мачете|тесак|кастет|кинджал|заточк|арматур|бит(?:а|у|ою)${END}|пістолет|рушниц|обріз|револьвер|ствол|травмат|гранат)\p{L}*`;
const KNIFE = String.raw`(?:ніж|ножа|ножем|ножі|ножик\p{L}*|ножиком|ножака|ножаку)${END}`;
const BRINGS = String.raw`(?:приніс|привіз|привезла|привозить|привозять|принесла|принесли|приносить|приносять|притягнув|притягла|притягнули|притаскав|притарабанив|прийшов|прийшла|прийшли|приходить|ходить|бігає|розгулює|носить|тримає|ховає|зберігає)\p{L}*`;
/** A task a blade or an axe is for ("ніж для картону", "сокиру, щоб порубати дрова"): no weapon then. */
export const UKRAINIAN_A_TASK_FOR_A_BLADE = String.raw`(?:щоб|аби|для|на|під) (?:\S+ )?(?:різа|розріза|поріза|нарізa|наріза|руба|поруба|коло|розкол|чисти|відкри|розпаков|розкрива|дров|короб|картон|пакет|мішк|мотуз|скотч|плівк|м'яс|хліб|овоч|торт|мангал|шашлик|ремонт|роботи з|кухн|пікнік|риболов|полюван|тренуванн|тир)\p{L}*`;

export const UKRAINIAN_FILMED_MESSAGED_UNDERPAID_AND_ARMED: Partial<Record<UrgencyCategory | 'weapon', string[]>> = {
  harassment: [
    // Filmed where people undress, either order: "знімає нас на телефон у туалеті", "у роздягальні знайшли сховану
    // камеру", "фотографує жінок, коли ми перевдягаємось".
    String.raw`${START}(?:${FILMS}|${HIDDEN})[^.!?\n]{0,60}?${START}(?:${UNDRESS_PLACE}|${UNDRESSING})|${START}(?:${UNDRESS_PLACE}|${UNDRESSING})[^.!?\n]{0,60}?${START}(?:${FILMS}|${HIDDEN})`,
    // Sexual messages or pictures sent, or asked for: "вночі пише мені інтимні повідомлення", "шле голі фото".
    String.raw`${START}${SENDS}[^.!?\n]{0,40}?${START}(?:${SEXUAL})|${START}(?:${SEXUAL})[^.!?\n]{0,20}?(?:повідомлен|смс|листи|листів|фото|відео|меседж)\p{L}*[^.!?\n]{0,30}?${START}(?:від (?:\S+ )?(?:шеф|начальник|майстр|бригадир|керівник|директор|менеджер|бос)|${SENDS})|${ASKS_PHOTOS}`,
    // Pestering, or hands on someone told object first: "майстер пристає до мене", "начальник мене мацає".
    String.raw`(?:пристає|пристають|приставав|приставала|приставали|чіпляється|чіплявся) (?:\S+ )?(?:до|на) (?:мене|нас|неї|дівчат|жінок|молодих|новеньк\p{L}*)(?! (?:\S+ )?з (?:питаннями|роботою|дурницями|проханням|звітом|розмовами))|(?:мене|нас|її|дівчат|жінок) (?:\S+ )?(?:мацає|мацав|мацають|лапає|лапав|лапають|обмацує|обмацав|чіпає|хапає за)`,
  ],
  discrimination: [
    // Paid less for origin, sex or age, either order: "мені платять менше, бо я українка", "урізали оплату через вік".
    String.raw`${START}${PAID_LESS}[^.!?\n]{0,60}?${START}${BECAUSE} (?:\S+ ){0,3}?${ORIGIN_SEX_AGE}|${START}${BECAUSE} (?:\S+ ){0,3}?${ORIGIN_SEX_AGE}[^.!?\n]{0,60}?${START}${PAID_LESS}`,
    // A group paid less than others: "жінкам платять менше ніж чоловікам", "нам, мігрантам, ставка нижча ніж місцевим".
    String.raw`${START}${GROUP_PAID}[^.!?\n]{0,40}?${START}${PAID_LESS}|${START}${PAID_LESS}[^.!?\n]{0,30}?${START}(?:${GROUP_PAID}|${OTHERS})|${START}(?:жінк|мігрант|іноземц|українц|українк|старш\p{L}* (?:працівник|колег)|літн|пенсіонер)\p{L}*[^.!?\n]{0,40}?${START}${PAID_LESS}`,
  ],
  threat: [
    // The writer's things to be burnt, smashed or cut: "спалить мою машину", "поріжуть шини на моїй машині".
    String.raw`${START}${DAMAGE} (?:\S+ ){0,2}?${OWNER} (?:\S+ )?${PROPERTY}|${START}${DAMAGE} (?:\S+ ){0,2}?${PROPERTY}[^.!?\n]{0,25}?${START}${OWNER}${END}`,
  ],
  weapon: [
    // A weapon brought or kept at work, or a knife with no work to do: "приніс сокиру в цех", "тримає в шафці мачете".
    String.raw`${START}${BRINGS}[^.!?\n]{0,40}?${START}(?:${ARMS}|${KNIFE})(?![^.!?\n]{0,60}?${START}${UKRAINIAN_A_TASK_FOR_A_BLADE})|(?:побачили|бачили|знайшли|помітили|виявили) (?:\S+ ){0,4}?${ARMS}`,
  ],
  'self-harm': [
    // "вкоротити собі віку", "наковтаюсь пігулок", "наложити на себе руки", "засну і не прокинусь", "ляжу під потяг".
    String.raw`вкоро(?:т|ч)\p{L}* (?:собі )?(?:віку|вік|життя)|наковта\p{L}* (?:\S+ )?(?:таблет|пігул|снодійн|ліків|колес|отрут|феназепам)\p{L}*|(?:нап'юся|нап'юсь|нажерусь|вип'ю|ковтну|з'їм) (?:\S+ )?(?:снодійн|отрут|оцт|феназепам|щурячої)\p{L}*|налож\p{L}* на себе руки|(?:засну|заснути|усну) (?:\S+ )?(?:і не прокинусь|й не прокинусь|та не прокинусь|назавжди|навіки|вічним сном)(?! (?:до|аж до|раніше) )|(?:щоб|аби) (?:\S+ )?не прокинут\p{L}*|(?:піду|ляжу|ляду|кинусь|кинуся|стану) під (?:\S+ )?(?:потяг|поїзд|електричк|машин|фур|колеса|трамва|вантажівк)\p{L}*|(?:краще б|щоб|аби) мене (?:\S+ )?не було`,
  ],
};
