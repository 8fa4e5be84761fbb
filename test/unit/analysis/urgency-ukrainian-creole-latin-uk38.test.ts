import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { OTHER_LANGUAGES, otherLanguageCategories } from '../../../shared/analysis/urgency/other-languages';
import {
  ukrainianSkeletonOfLatin,
  ukrainianSkeletonOfPattern,
} from '../../../shared/analysis/urgency/other-languages/uk-latin';

// Classes an outside attacker still found missed after fx37uk (ra37's harder probes), and Ukrainian typed in Latin
// letters, read by nothing before (uk38): other-languages/uk-latin.ts, uk-filmed-messaged-underpaid-and-armed.ts,
// ht-photos-nights-and-vanishing.ts. The kind picks the executive who is emailed (docs/escalations.md), so each report
// must be read with its kind. Look-alikes were written before the rules, half held back while they were written
// (docs/performance-log.md, "uk38"); the ones still missed are left out and listed there. Calm ones must page nobody.

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', 'пожежа на складі', 'ne hochu zhyty', 'mwen vle mouri']) detectUrgency(text);
}, 120_000);

describe('uk38, tuned: Ukrainian filmed, messaged, underpaid, threatened, armed, self-harm; Kreyòl photos, nights, age, vanishing; Ukrainian in Latin letters', () => {
  it.each([
    ['harassment', 'у жіночій роздягальні знайшли сховану камеру'],
    ['harassment', 'охоронець знімає нас на телефон у туалеті через щілину'],
    ['harassment', 'бригадир поставив прихований телефон у душовій і записує дівчат'],
    ['harassment', 'хтось таємно фотографує жінок, коли ми перевдягаємось'],
    ['harassment', 'начальник вночі пише мені інтимні повідомлення'],
    ['harassment', 'майстер шле мені голі фото о другій ночі'],
    ['harassment', 'керівник щоночі надсилає мені листи сексуального змісту'],
    ['harassment', 'шеф пише мені пошлості у вайбері після опівночі і просить мої фото'],
    ['discrimination', 'мені платять менше, бо я українка'],
    ['discrimination', 'жінкам на складі платять менше ніж чоловікам за ту саму роботу'],
    ['discrimination', 'як мені виповнилось 60, зарплату зрізали, бо я пенсіонер'],
    ['discrimination', 'нам, мігрантам, ставка нижча ніж місцевим'],
    ['threat', 'він сказав, що спалить мою машину'],
    ['threat', 'бригадир погрожує розбити мені авто, якщо не вийду в суботу'],
    ['threat', 'колега пообіцяв підпалити мені хату'],
    ['threat', 'сказали, що поріжуть шини на моїй машині'],
    ['safety', 'він приніс сокиру в цех і ходить з нею'],
    ['safety', 'новий працівник прийшов на зміну з ножем за поясом'],
    ['safety', 'колега тримає в шафці мачете'],
    ['safety', 'в роздягальні у водія побачили пістолет'],
    ['self-harm', 'я скоро вкорочу собі віку'],
    ['self-harm', 'наковтаюсь пігулок і засну назавжди'],
    ['self-harm', 'думаю наложити на себе руки'],
    ['self-harm', 'краще б мене не було, піду під потяг'],
    ['harassment', 'sipèvizè a pran foto m toutouni nan twalèt la'],
    ['harassment', 'yo fè foto ni mwen an pase nan tout telefòn travayè yo'],
    ['harassment', 'bos la voye foto fanm yo toutouni bay tout ekip la'],
    ['harassment', 'li kache yon kamera nan chanm kote fanm yo chanje rad'],
    ['discrimination', 'travayè nwa yo toujou rete sou shift lannwit, blan yo jou'],
    ['discrimination', 'yo pa anboche pèsonn ki gen plis pase 50 an'],
    ['discrimination', 'manadjè a mete tout moun nwa yo nan nwit'],
    ['discrimination', 'depi ou gen 55 an yo pa vle w ankò'],
    ['self-harm', 'mwen vle disparèt, m pa ka ankò'],
    ['self-harm', 'm anvi ale dòmi pou m pa janm leve'],
    ['self-harm', 'pito m pa egziste ankò'],
    ['self-harm', 'map fini ak tout bagay aswè a, m pa ka sipòte'],
    ['safety', 'na skladi pozhezha, dym vsiudy, ludy vseredyni'],
    ['safety', 'v cehu horyt, tam shche zalyshylys hlopci'],
    ['safety', 'kolega vpav z rystuvannia i ne dykhaie'],
    ['safety', 'pakhne hazom u kotelni, dopomozhit'],
    ['self-harm', 'ne hochu zhyty bilshe'],
    ['self-harm', 'ya vyrishyla pokinchyty z soboiu'],
    ['self-harm', 'khochu vmerty, vse nabrydlo'],
    ['harassment', 'maister pryistaie do mene kozhen den'],
    ['harassment', 'nachalnyk lapaie divchat na skladi'],
    ['harassment', 'bryhadyr torkaietsia moikh hrudei'],
    ['threat', 'vin skazav shcho vbie mene pislia zminy'],
    ['threat', 'yakshcho poskarzhusia, mene pobyut'],
    ['threat', 'bryhadyr pohrozhuie mene vbyty'],
    ['threat', 'vin skazav shcho spalyt moiu mashynu'],
    ['discrimination', 'mene zvilnyly bo ya vahitna'],
    ['discrimination', 'meni platiat menshe bo ya zhinka'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
});

describe('uk38, held back while the rules were written', () => {
  it.each([
    ['harassment', 'в душі на складі виявили маленьку камеру, яка знімала жінок'],
    ['harassment', 'менеджер підглядає і знімає на відео, як дівчата переодягаються'],
    ['harassment', 'у вбиральні під раковиною була захована камера, записувала все'],
    ['harassment', 'колега фоткає нас у роздягалці без дозволу і скидає в чат'],
    ['harassment', 'бос уночі надсилає мені повідомлення про секс'],
    ['harassment', 'директор о третій ночі пише, що хоче мене і просить фото в білизні'],
    ['harassment', 'щоночі від шефа інтимні смс, я боюся йти на роботу'],
    ['harassment', 'бригадир скидає мені відео інтимного характеру вночі'],
    ['discrimination', 'мені зменшили зарплату, бо я вже на пенсії'],
    ['discrimination', 'нам платять менше, бо ми українці'],
    ['discrimination', 'за ту саму роботу жінкам дають меншу ставку'],
    ['discrimination', 'старшим працівникам урізали оплату через вік'],
    ['threat', 'майстер сказав, що підпалить мій будинок, якщо я піду'],
    ['threat', 'погрожують спалити мою машину біля заводу'],
    ['threat', "сказав що розіб'є мені машину битою"],
    ['threat', "обіцяв спалити хату моїй сім'ї"],
    ['safety', 'хлопець приніс на роботу ніж і погрожує ним'],
    ['safety', 'охоронець притягнув сокиру в підсобку'],
    ['safety', 'колега приходить на роботу з кастетом і ножем'],
    ['self-harm', 'хочу вкоротити собі віку'],
    ['self-harm', 'наковтаюся таблеток і все закінчиться'],
    ['self-harm', 'мабуть накладу на себе руки цієї ночі'],
    ['self-harm', "нап'юся снодійного і не прокинусь"],
    ['harassment', 'yon koleg pran foto m toutouni nan vestyè a epi li voye l bay lòt yo'],
    ['harassment', 'foto toutouni mwen ap sikile nan travay la'],
    ['harassment', 'bòs la fè kamera nan twalèt fanm yo'],
    ['harassment', 'sipèvizè a voye foto pati li ban m chak swa'],
    ['discrimination', 'moun nwa yo se sèlman nwit yo ba yo travay'],
    ['discrimination', 'si w gen plis pase 50 an yo pap anboche w'],
    ['discrimination', 'patwon an di li pa vle granmoun nan travay la'],
    ['discrimination', 'yo kenbe ayisyen yo nan lannwit toutan'],
    ['self-harm', 'mwen ta renmen disparèt nèt'],
    ['self-harm', 'mwen pa wè rezon pou m viv ankò'],
    ['self-harm', 'nanpwen sans pou m kontinye, m ap bwè tout grenn yo'],
    ['safety', 'u tsekhu pozhezha, liudy ne mozhut vyity'],
    ['safety', 'lyudyna lezhyt bez svidomosti, vyklychte shvydku'],
    ['safety', 'horyt sklad, dym i ludy vseredyni!!'],
    ['self-harm', 'ne hochu bilshe zhyty, vse'],
    ['self-harm', 'khochu pokinchyty z soboyu'],
    ['self-harm', 'vypiu vsi tabletky sohodni vvecheri'],
    ['self-harm', 'dumaiu pro samohubstvo'],
    ['harassment', 'maister do mene chipliaietsia kozhnu zminu'],
    ['harassment', 'nachalnyk mene maciaie na skladi'],
    ['harassment', 'shef obitsiaie pidvyshchennia za seks'],
    ['harassment', 'bryhadyr lapaie mene'],
    ['threat', 'vin pohrozhuie mene vbyty'],
    ['threat', 'yakshcho skazhu komus, mene vbiut'],
    ['threat', 'vin mene pobyv pislia zminy'],
    ['discrimination', 'ne pidvyshchyly cherez vik'],
    ['discrimination', 'mene ne vzialy na robotu bo ya romka'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
});

describe('uk38, calm look-alikes in Ukrainian, Kreyòl, Ukrainian in Latin letters, Polish, Tagalog and English slang', () => {
  it.each([
    'я вбита після зміни',
    'завтра навчальна пожежна тривога о десятій',
    'візьми ніж, щоб розрізати коробки',
    'у роздягальні поставили нові шафки і камеру на вході для безпеки',
    'начальник написав увечері, що завтра зміна з восьмої',
    'платять менше, бо зараз мало замовлень',
    'сусід спалив листя на городі',
    'приніс сокиру, щоб порубати дрова для мангалу на корпоративі',
    'm mouri ri ak blag li yo',
    'yo fè foto ekip la pou jounal la',
    'mwen travay nwit paske m pito sa',
    'm vle disparèt nan vakans pou yon semèn',
    'ya vbyta pislia zminy',
    'zavtra navchalna tryvoha o desiatii',
    'vozmy nizh shchob rozrizaty korobky',
    'hochu pity dodomu, duzhe vtomylas',
    'я в шоці від нового графіку, вбили мене цим',
    'камера на вході не працює, треба полагодити',
    'ніж для картону затупився',
    "на пенсію виходить наш майстер, проводжаємо у п'ятницю",
    'li voye foto pitit li ban nou',
    'travayè yo ki pi granmoun yo gen plis eksperyans',
    'ya duzhe vtomylas, ale vse dobre',
    'ne hochu pratsiuvaty v subotu',
    'записує зміни в журнал у роздягальні',
    'прийшов з ножем для картону',
    'засну і не прокинусь до обіду',
    'пристає до мене з питаннями про звіт',
    'зарплату урізали всім через кризу',
    'спалю ці старі папери',
    'yo pran foto ekip la nan vestyè a',
    'm pral fini ak tout bagay travay la',
    'pito m mouri pase m manje sa',
    'li fè nwa lannwit la',
    'maister pryishov z nozhem dlia korobok',
    'na magazynie jest dym z papierosa',
    'ang dami ng tao sa loob',
    'dym is crazy lol',
  ])('pages nobody: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

// Kreyòl is texted with its accents or without ("kreyol"): folding reads both alike, and speaking it is a reason a boss
// may hold against a worker (ht-reports-in-other-words.ts).
describe('Kreyòl with and without its accents', () => {
  it.each([
    ['discrimination', 'yo refize m paske m pale kreyòl'],
    ['discrimination', 'yo refize m paske m pale kreyol'],
    ['discrimination', 'moun ki pale kreyòl pa janm jwenn pwomosyon'],
    ['discrimination', 'moun ki pale kreyol pa janm jwenn pwomosyon'],
    ['discrimination', 'manadje a joure nou paske nou pale kreyol'],
    ['harassment', 'sipeveze a pran foto m toutouni nan twalet la'],
    ['self-harm', 'mwen vle disparet, m pa ka anko'],
    ['discrimination', 'travaye nwa yo toujou rete sou shift lannwit'],
  ])('is urgent, read as %s: %s', (kind, text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
  it.each([
    'li joure m paske m te an reta',
    'm pa janm jwenn pwomosyon paske m pa t travay ase',
    'm vle disparet nan vakans pou yon semen',
  ])('pages nobody: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('Ukrainian in Latin letters (uk-latin.ts)', () => {
  it('spells the text and the phrases to one skeleton, whatever the texter chose', () => {
    for (const spelling of ['ludy', 'liudy', 'lyudy', 'ljudy'])
      expect(ukrainianSkeletonOfLatin(spelling)).toBe(ukrainianSkeletonOfLatin('ludy'));
    expect(ukrainianSkeletonOfLatin('khochu')).toBe(ukrainianSkeletonOfLatin('hochu'));
    expect(new RegExp(ukrainianSkeletonOfPattern('пристає'), 'u').test(ukrainianSkeletonOfLatin('pryistaie'))).toBe(
      true,
    );
    expect(
      new RegExp(ukrainianSkeletonOfPattern('чіпляється'), 'u').test(ukrainianSkeletonOfLatin('chipliaietsia')),
    ).toBe(true);
  });

  it('reads its own table: "ne hochu zhyty" is self-harm', () => {
    expect(OTHER_LANGUAGES.some((language) => language.code === 'uk-Latn')).toBe(true);
    expect(otherLanguageCategories(fold('ne hochu zhyty'))).toEqual(['self-harm']);
  });

  it('is not read on Polish, whose words it shares ("dym", "na", "majster"), nor on Tagalog', () => {
    expect(otherLanguageCategories(fold('na magazynie jest dym z papierosa'))).toEqual([]);
    expect(otherLanguageCategories(fold('majster znowu kazał wchodzić na dach hali bez szelek i liny'))).toEqual([]);
    expect(otherLanguageCategories(fold('ang dami ng tao sa loob ng bodega'))).toEqual([]);
  });
});
