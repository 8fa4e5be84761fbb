import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Ukrainian reports a blind attacker (ra38b) found missed, 7 of 15 in Cyrillic, read by their class
// (other-languages/uk-violence-leaks-collapses-and-kickbacks.ts), in Cyrillic, in Latin letters and in surzhyk: killing,
// shooting, hacking, stabbing or bones broken promised, someone lain in wait for, a weapon to be brought (threat); a
// blow, a shove, a grab (threat); a gas, oxygen or chemical leak, no mask by a weld, a collapse with someone under it
// (safety); kickbacks, good stock written off or sold, a relative paid for no work, papers forged, cash from the till
// (fraud). The kind picks the executive who is emailed (docs/escalations.md). Look-alikes were written before the rules,
// half held back while they were written (docs/performance-log.md, "uku39"). Calm ones must page nobody.

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', 'пожежа на складі', 'ne hochu zhyty']) detectUrgency(text);
}, 120_000);

const readAs = (kind: string, text: string) => {
  const { urgent, categories } = detectUrgency(text);
  expect(urgent).toBe(true);
  expect(categories).toContain(kind);
};

describe('uku39, tuned: Ukrainian threats, blows, leaks, collapses and fraud in Cyrillic, Latin letters and surzhyk', () => {
  it.each([
    ['threat', 'Бригадир сказав, що принесе сокиру і порубає нас усіх у роздягальні'],
    ['threat', 'Він кричав, що застрелить директора, якщо той не підпише йому відпустку'],
    ['threat', 'Колега пообіцяв, що підстереже мене біля прохідної і поламає мені ребра'],
    ['threat', 'Механік сказав, що заріже майстра, якщо його ще раз оштрафують'],
    ['threat', 'Охоронець каже, що перестріляє всіх, хто прийде на збори'],
    ['threat', 'Сказав, що покалічить кладовщицю, якщо вона не мовчатиме'],
    ['threat', 'сказав шо убью тебе після зміни, а потом зарежу і твого бригадира'],
    ['threat', 'vin skazav shcho zastrelyt nachalnyka yakshcho toi ne vyplatyt hroshi'],
    ['threat', 'kolega skazav shcho porubaie sokyroiu vsikh z bukhhalterii'],
    ['threat', 'Начальник зміни схопив мене за горло і притиснув до стіни'],
    ['threat', 'Майстер штурхнув мене в спину, і я впала на підлогу'],
    ['threat', 'Бригадир при всіх дав мені ляпаса'],
    ['threat', 'Старший зміни жбурнув у мене ящик з інструментами'],
    ['threat', 'kerivnyk vchora shtovkhnuv mene na shodakh i ia vpala'],
    ['safety', 'Балон з пропаном у зварювальному цеху шипить і травить газ'],
    ['safety', 'Біля печі кисневий балон протікає, а поруч ріжуть болгаркою'],
    ['safety', 'Електрозварник варить без маски і без рукавиць, іскри летять на розчинник'],
    ['safety', 'На складі розлили кислоту, вона тече по підлозі, люди ходять без захисту'],
    ['safety', 'u tsekhu balon z atsetylenom teche i ponad nym pratsiuiut z vohnem'],
    ['safety', 'Ливарники працюють біля розплавленого металу без щитків і без захисного одягу'],
    ['safety', 'Обвалилась стеля в підсобці, під завалами залишився вантажник'],
    ['safety', 'Рухнуло риштування, під ним двоє робітників і вони не відповідають'],
    ['safety', 'Траншею засипало землею, там був хлопець з нашої бригади'],
    ['safety', 'Перекинувся навантажувач, водій під ним і не рухається'],
    ['safety', 'na budovi obvalylas stina, pid neiu liudyna i krychyt'],
    ['fraud', 'Начальник відділу закупівель бере відкати з кожного замовлення у постачальників'],
    ['fraud', 'Завгосп списує нові інструменти як зламані і продає їх на ринку'],
    ['fraud', 'Директор оформив свою тещу прибиральницею, але вона жодного дня тут не працювала'],
    ['fraud', 'Бухгалтерка підробляє підписи працівників у відомості на премію'],
    ['fraud', 'Касирка щовечора бере гроші з каси і записує як повернення'],
    ['fraud', 'menedzher bere vidkaty vid postachalnykiv za kozhnu zakupivliu'],
    ['fraud', 'Майстер виписує фіктивні наряди і отримує за них гроші'],
  ])('is urgent, read as %s: %s', readAs);
});

describe('uku39, held back while the rules were written', () => {
  it.each([
    ['threat', 'Водій погрожує, що пирне ножем диспетчера, якщо той знову поставить йому нічну'],
    ['threat', 'Слюсар каже, що проломить голову бригадиру монтуванням'],
    ['threat', 'він обіцяв що покалечу тебе і всю твою бригаду, я боюсь'],
    ['threat', "zaviduvach skazav shcho vb'ie kozhnoho khto pide na strajk"],
    ['threat', 'Сказав, що задушить офіціантку, якщо вона ще раз переплутає замовлення'],
    ['threat', 'Менеджер смикнув мене за волосся і вдарив по обличчю'],
    ['threat', 'Кухар кинув у мене гарячу сковорідку'],
    ['threat', 'Шеф схопив офіціантку за руку і відштовхнув її на стіл'],
    ['threat', 'brygadyr vdaryv kolehu po holovi i shtovkhnuv yoho na zemliu'],
    ['safety', 'Витікає аміак у холодильній камері, вже всі кашляють і очі ріжуть'],
    ['safety', 'Газовий балон біля мангалу на кухні пропускає, пахне пропаном'],
    ['safety', 'Хлопці зварюють без окулярів і без вогнегасника поруч з фарбою'],
    ['safety', 'v tsekhu teche kysen z balona a poriad zvariuiut'],
    ['safety', 'Пролилась хімія з бочки біля печі, смердить і очі печуть'],
    ['safety', 'Впав стелаж з палетами, під ним людина'],
    ['safety', 'Обрушилась плита перекриття, вантажника придавило'],
    ['safety', 'Під завалом після обвалу стіни лежить колега і стогне'],
    ['safety', 'Звалилась гора мішків, там під мішками наша прибиральниця'],
    ['fraud', 'Начальник тримає в штаті свого племінника, той живе в Польщі, а зарплату отримує дядько'],
    ['fraud', 'Постачальник платить нашому закупівельнику відкат за кожну машину'],
    ['fraud', 'Бригадир підробляє табелі і ставить години людям, яких не було'],
    ['fraud', 'Адміністраторка забирає готівку з каси собі в кишеню'],
    ['fraud', 'zavskladu spysuie normalnyi tovar yak brak i prodaie'],
    ['fraud', 'Майстер бере хабарі з новеньких за те, що ставить їх на кращі зміни'],
    ['threat', 'Прораб пообіцяв зарубати сокирою того, хто візьме його інструмент'],
    ['threat', 'Після сварки електрик сказав, що пристрелить нашого майстра з мисливської рушниці'],
    ['threat', 'skazav shcho pidsterezhe mene pislia zminy i perelamaie ruky'],
    ['safety', 'Компресорна: шланг з киснем тріснув і шипить, а поруч гаряча піч'],
    ['safety', 'pid zavalom pislia obvalu pokrivli lezhyt robitnyk'],
    ['threat', 'Заступник директора штовхнув прибиральницю, і вона вдарилась головою'],
    ['fraud', 'Завідувачка оформила свою доньку на півставки, а та ні разу не приходила на роботу'],
  ])('is urgent, read as %s: %s', readAs);
});

describe("uku39, the outside attacker's reports", () => {
  it.each([
    ['threat', 'Колега сказав, що прийде з сокирою і порубає всіх з відділу кадрів'],
    ['threat', 'Він сказав, що застрелить бухгалтерку, якщо вона не виплатить йому премію'],
    ['threat', 'Сусід по цеху сказав, що підстереже майстра після зміни і переламає йому ноги'],
    ['safety', 'Зварник працює без маски, а поруч стоять балони з киснем, що течуть'],
    ['safety', 'na skladi obvalylysia stelazhi, khlopets pid nymy i ne rukhaietsia'],
    ['threat', 'nachalnyk postiino mene matiukaie pry vsikh i vchora shturhnuv mene v spynu'],
    ['fraud', 'Завскладу списує нормальний товар як брак і продає'],
    ['fraud', 'бере відкати від постачальника'],
  ])('is urgent, read as %s: %s', readAs);
});

describe('uku39, calm look-alikes: a film, firewood, a training on gas or fraud, a heat that "kills", an idea pushed, stock written off and disposed of', () => {
  it.each([
    'Вчора дивились фільм, де бандит застрелив бухгалтера, дуже напружено',
    'На вихідних рубав дрова сокирою на дачі, руки болять',
    'Мій хобі порубати капусту на зиму з мамою',
    'Сьогодні був тренінг з витоку газу, показали як перекривати балони',
    'Вбиває мене ця спека, в цеху дуже жарко',
    "Ця зміна мене вб'є, стільки замовлень",
    'Був корисний тренінг про запобігання шахрайству і відкатам',
    'Провели навчання, як розпізнати підроблені підписи на документах',
    'Списали прострочений товар і утилізували за актом',
    "Списали старі комп'ютери і здали на переробку",
    'Після оновлення програми зробили відкат до старої версії',
    'Я штовхнув візок з палетою до рампи',
    'Колега штовхнув цікаву ідею на нараді',
    'Вдарили морози, на парковці слизько',
    'Стелаж впав уночі, на складі нікого не було, ніхто не постраждав',
    'Під стелажем знайшла свої ключі',
    'Балони з киснем привезли і поставили у окрему кімнату, все за правилами',
    'Зварник працює в масці і рукавицях, все як треба',
    'Бригадир матюкається на погоду, але до нас нормальний',
    'У книзі про війну героя поранили ножем',
    'Новий бухгалтер з родини директора, але працює чесно кожен день',
    'Мій племінник теж тут працює, на складі, дуже задоволений',
    'Касирка щовечора рахує гроші в касі і здає в сейф',
    'Ми йдемо грати в пейнтбол, я всіх перестріляю',
    'na vykhidnykh rubav drova na dachi',
    'vbyvaie mene tsia speka',
    'buv treninh pro vytik hazu, duzhe korysno',
    'Майстер навчив, як правильно різати метал болгаркою в окулярах',
    'У серіалі обвалилась шахта і під завалами залишились шахтарі',
    'Директор розповів про нову політику проти хабарів',
    'Купили нові маски для зварників, дякую керівництву',
    "Бригадир сказав, що поб'є рекорд з продажу цього місяця",
    'Шеф сказав, що заріже премію, якщо план не виконаємо',
    "Директор сказав, що вб'є двох зайців одним пострілом",
    'Кухар сказав, що поріже цибулю на салат',
    'Балон з газом на кухні замінили, тепер нічого не тече',
    'Вчора в цеху перевіряли балони з киснем на витік, все в нормі',
    'Бухгалтерка бере гроші з каси на розмін',
    'Списали зіпсований товар, нормальний залишили на продаж',
    'Оформили дочку директора на ставку, вона працює в бухгалтерії щодня',
    'Теща оформила мене на ставку, і я ніколи не шкодував',
    'Менеджер отримує бонус від постачальника за обсяг, це прописано в договорі',
    "Він кричав, що вб'є цей принтер",
    'nachalnyk bere vidpustku v serpni',
    'Після обвалу цін на метал хлопці під тиском',
    'Я штовхнув двері плечем, бо вони заїли',
    'На курсах зварювання вчили, що без маски варити не можна',
  ])('pages nobody: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
