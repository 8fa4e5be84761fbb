import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { tellsGasWiringOrLockedIn } from '../../../shared/analysis/urgency/gas-wiring-and-locks-zh-pl-uk-vi';
import { tellsKeptTraffickedOrPressed } from '../../../shared/analysis/urgency/kept-trafficked-and-pressed';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { tellsPayToWork } from '../../../shared/analysis/urgency/pay-to-work-in-other-languages';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * Urgent reports the att46 attack found calm or sent to the wrong owner (u48b; docs/escalations.md): money paid to a
 * foreman, recruiter, agent or broker to be hired or given shifts (fraud, never harassment), debt bondage told in
 * Chinese and trafficking told by its conditions (forced labour: harassment), sexual pressure in veiled words outside
 * English (harassment), hissing gas and charred wiring in Chinese, Polish and Ukrainian and workers locked in from
 * outside in Vietnamese and Chinese (safety), a firing promised in German to whoever calls the inspectorate
 * (harassment). Each pair is the kind the report must be read as, then the text. TUNED are the attacker's and were
 * tuned on; HELD_BACK were written before any rule and never tuned on (its count is asserted, the misses are named in
 * docs/escalations.md); CALM must stay calm.
 */
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
type Kind = 'harassment' | 'safety' | 'fraud' | 'calm';

const TUNED: [Kind, string][] = [
  // Pay-to-work bribes and recruitment fees.
  ['fraud', 'hay que pagarle al capataz 3000 pesos para que te den la plaza'],
  ['fraud', 'el reclutador nos cobró 800 dólares por el trabajo'],
  ['fraud', 'hay que darle mordida al supervisor para que te pongan en el turno de día'],
  ['fraud', 'brygadzista bierze 500 zł za to żeby cię przyjęli'],
  ['fraud', 'trzeba dać w łapę kierownikowi żeby cię przyjęli'],
  ['fraud', 'zapłaciłem pośrednikowi 3000 zł za pracę'],
  ['fraud', '要给组长塞红包才能排到班'],
  ['fraud', '要交五千块押金给中介才能进厂'],
  ['fraud', '我给中介交了一万块才进厂'],
  ['fraud', 'треба дати бригадиру 5000 гривень щоб взяли на роботу'],
  ['fraud', 'щоб отримати зміну треба заносити майстру гроші'],
  ['fraud', 'phải đưa tổ trưởng 2 triệu mới được nhận vào làm'],
  ['fraud', 'the agent took 3 months salary as placement fee before i could start'],
  ['fraud', 'a gente pagou 1000 reais pro gato pra conseguir a vaga'],
  ['fraud', 'i had to hand the foreman $300 cash before he let me on the crew'],
  // Debt bondage in Chinese; trafficking told by its conditions.
  ['harassment', '他们扣了我们的护照，说我们欠中介费，不还清不能走'],
  ['harassment', '老板把我们的证件扣了，不让走'],
  ['harassment', '欠中介的钱没还完，老板不让我们辞职'],
  [
    'harassment',
    'they bring new girls from the agency and they live above the shop, they cant go out and dont get paid',
  ],
  // Veiled sexual pressure outside English.
  ['harassment', 'o chefe insinuou que minha efetivação depende de um jantar a sós com ele'],
  ['harassment', 'sabi ni sir pag pumayag daw ako lumabas kasama niya, ire-regular niya ako'],
  ['harassment', 'il capo mi ha detto che se voglio il rinnovo devo essere più carina con lui dopo il lavoro'],
  ['harassment', 'kierownik dał do zrozumienia że umowa zależy od tego czy z nim pójdę do hotelu'],
  // Hissing gas, charred wiring; locked in from outside; firing for reporting.
  ['safety', '煤气管道有嘶嘶声'],
  ['safety', 'syczy rura od gazu w kotłowni'],
  ['safety', 'проводка в щитку обгоріла і пахне горілим'],
  ['safety', 'họ khóa cửa từ bên ngoài, chúng tôi không ra được'],
  ['safety', '晚上宿舍门从外面锁上了，我们出不去'],
  ['harassment', 'der Meister hat gesagt wer das Gewerbeaufsichtsamt anruft, fliegt raus'],
];

// Written before any rule, in other words and languages; read while the rules were written (22/42 before, 42/42 after).
const WRITTEN_FIRST: [Kind, string][] = [
  // Pay-to-work, other words and languages.
  ['fraud', 'the broker wanted two months of wages up front or no job for me'],
  ['fraud', 'we each paid the labour contractor 1500 dollars before they let us start'],
  ['fraud', 'el enganchador nos cobró 500 dólares para meternos a trabajar en el rancho'],
  ['fraud', 'tuve que darle 2000 pesos al jefe de cuadrilla para que me diera turno'],
  ['fraud', 'paguei 500 reais ao encarregado para me colocarem no turno da manhã'],
  ['fraud', 'o agenciador cobrou dois salários para arrumar o emprego'],
  ['fraud', 'musiałem zapłacić kierownikowi 1000 zł żeby dostać etat'],
  ['fraud', 'agencja wzięła ode mnie 2000 zł za załatwienie pracy'],
  ['fraud', '想上白班得先给班长送钱'],
  ['fraud', '中介收了我八千块介绍费才让我上岗'],
  ['fraud', 'бригадир бере по 1000 гривень з кожного за зміну'],
  ['fraud', 'агент взяв з мене 500 доларів за працевлаштування'],
  ['fraud', 'phải đóng 5 triệu cho cai để được vào xưởng'],
  ['fraud', 'muốn làm ca ngày thì phải chung tiền cho quản đốc'],
  ['fraud', "il faut payer 200 euros au chef d'équipe pour avoir des heures"],
  ['fraud', 'man muss dem Vorarbeiter 300 Euro zahlen, damit man eingestellt wird'],
  ['fraud', 'bisogna dare 500 euro al caporale per lavorare nei campi'],
  ['fraud', 'لازم تدفع للمشرف ٢٠٠ دينار عشان يشغلك'],
  ['fraud', 'kailangan magbayad ng 5000 sa foreman para matanggap ka'],
  // Debt bondage in Chinese; trafficking by its conditions.
  ['harassment', '我们的身份证被工头收走了，说欠的钱还完才还给我们'],
  ['harassment', '中介说我们还欠他两万，干满两年才能走'],
  [
    'harassment',
    "the new guys the contractor brought sleep in the warehouse, they're never allowed out and nobody pays them",
  ],
  ['harassment', 'traen muchachas nuevas de la agencia, viven arriba del local, no las dejan salir y no les pagan'],
  [
    'harassment',
    "les nouvelles filles de l'agence dorment au-dessus du restaurant, elles ne peuvent pas sortir et ne sont pas payées",
  ],
  ['harassment', 'as meninas novas da agência moram em cima da loja, não podem sair e não recebem salário'],
  // Veiled pressure.
  ['harassment', 'el gerente me dio a entender que si salgo a cenar con él a solas me hace fija'],
  ['harassment', "le chef m'a fait comprendre que mon CDI dépend d'un dîner en tête-à-tête avec lui"],
  ['harassment', 'der Chef hat angedeutet, dass ich die Festanstellung bekomme, wenn ich mit ihm allein essen gehe'],
  ['harassment', 'o gerente falou que se eu for pro motel com ele eu ganho a promoção'],
  ['harassment', 'il responsabile mi ha fatto capire che il contratto dipende da una cena da soli con lui'],
  ['harassment', 'szef sugeruje że dostanę awans jak pójdę z nim na kolację sam na sam'],
  ['harassment', 'sabi ng manager kung sasama ako sa kanya sa hotel, ipo-promote niya ako'],
  // Gas and wiring; locked in; firing for reporting.
  ['safety', '厨房的电线烧焦了，有糊味'],
  ['safety', '锅炉房的燃气管一直滋滋响'],
  ['safety', 'w piwnicy czuć gaz i coś syczy przy liczniku'],
  ['safety', 'kable w rozdzielni są nadpalone'],
  ['safety', 'в котельні шипить газова труба'],
  ['safety', 'розетка оплавилась і іскрить'],
  ['safety', 'quản lý khóa cổng ký túc xá ban đêm, không ai ra ngoài được'],
  ['safety', '老板把车间的门反锁了，我们出不去'],
  ['harassment', 'der Chef droht: wer zur Berufsgenossenschaft geht, ist seinen Job los'],
  ['harassment', 'wer beim Zoll anruft, wird gefeuert, hat der Schichtleiter gesagt'],
];

// Written once the first rules read the list above: 16/28 before, 21/28 with those rules, then tuned on (28/28).
const WRITTEN_SECOND: [Kind, string][] = [
  ['fraud', 'my cousin had to give the hiring guy 400 bucks under the table to get on at the plant'],
  ['fraud', "the staffing agency deducted a $900 'processing fee' from my first checks before I was allowed to work"],
  ['fraud', 'el mayordomo cobra 100 pesos por cabeza para dejarnos entrar a la cosecha'],
  ['fraud', 'o encarregado pede 200 reais de cada um pra colocar no turno do dia'],
  ['fraud', 'majster chce 300 zł od każdego nowego, inaczej nie ma roboty'],
  ['fraud', '工头说每人要交两千块才能上工'],
  ['fraud', 'посередник вимагав 300 євро за місце на заводі'],
  ['fraud', 'muốn vào làm phải nộp 3 triệu cho môi giới'],
  ['fraud', 'il caporale si prende 5 euro al giorno da ognuno per farci lavorare'],
  ['fraud', "l'agent recruteur nous a fait payer 1500 euros pour obtenir le contrat"],
  ['harassment', '厂里把我们的护照收走了，说要干满三年才还'],
  ['harassment', '我们欠工头路费，他说不还清就不准回老家'],
  [
    'harassment',
    "the women the boss brought over sleep in the back room, they're not allowed outside and get no wages",
  ],
  [
    'harassment',
    'los trabajadores que trajo el contratista duermen en la bodega, no los dejan salir y no les pagan nada',
  ],
  ['harassment', 'o chefe disse que se eu sair com ele no sábado ele me efetiva'],
  ['harassment', 'il direttore mi ha fatto capire che se vado a cena da sola con lui mi promuove'],
  ['harassment', 'kierownik powiedział że dostanę umowę na stałe jak spędzę z nim weekend w hotelu'],
  ['harassment', 'sabi ng supervisor, kung makikipag-date ako sa kanya, ire-renew niya ang contract ko'],
  ['harassment', 'el supervisor me insinuó que si voy a su casa me dan la base'],
  ['harassment', 'wer die Berufsgenossenschaft informiert, wird sofort entlassen, sagt der Chef'],
  ['safety', '仓库里的煤气罐一直在漏气'],
  ['safety', '配电箱冒火花了'],
  ['safety', 'z gniazdka leci iskra i czuć spaleniznę'],
  ['safety', 'butla z gazem syczy na zapleczu'],
  ['safety', 'в цеху розетка димиться'],
  ['safety', 'газова труба свистить у підвалі'],
  ['safety', 'họ khóa chúng tôi trong xưởng, không ai thoát ra được'],
  ['safety', '宿舍晚上被反锁，工人出不来'],
];

// Written last and never tuned on: 20/40 before, 33/40 after (the misses are named in docs/escalations.md).
const HELD_BACK: [Kind, string][] = [
  ['fraud', 'you gotta pay the temp agency guy 250 up front just to get put on the warehouse list'],
  ['fraud', 'the labor broker charged each of us two weeks pay for the job at the farm'],
  ['fraud', 'nos pidió el contratista 1500 pesos a cada uno para darnos trabajo en la obra'],
  ['fraud', 'el capataz cobra 50 dólares por semana para que no te quite los turnos'],
  ['fraud', 'tivemos que pagar 800 reais ao aliciador pra arrumar serviço na fazenda'],
  ['fraud', 'o supervisor cobra 100 reais por mês de quem quer ficar no turno do dia'],
  ['fraud', 'pośrednik zażądał 1500 zł za załatwienie pracy w magazynie'],
  ['fraud', 'brygadzista kasuje 200 zł od każdego za dobre zmiany'],
  ['fraud', '招工的收了我们每人三千块才让进厂'],
  ['fraud', '想上好班得给线长塞钱'],
  ['fraud', 'майстер вимагає по 500 гривень щоб дати нормальні зміни'],
  ['fraud', 'довелося заплатити посереднику 400 доларів за роботу на складі'],
  ['fraud', 'phải nộp cho môi giới 10 triệu mới được sang làm việc'],
  ['fraud', 'tổ trưởng đòi mỗi người 500 nghìn mới xếp ca ngày'],
  ['fraud', "le recruteur m'a pris 800 euros pour me trouver le poste"],
  ['fraud', 'der Vermittler hat 1000 Euro von mir verlangt, damit ich die Stelle bekomme'],
  ['fraud', 'il caposquadra vuole 100 euro a testa per darci i turni di giorno'],
  ['fraud', 'المكتب أخذ مني ٣٠٠٠ ريال عشان يجيب لي الشغل'],
  ['fraud', 'nagbayad ako ng 20000 sa agency para makaalis at makapagtrabaho'],
  ['harassment', '老板收着我们的身份证，说欠的介绍费不还完就别想走'],
  ['harassment', '我们都欠工头钱，他不让任何人辞工'],
  [
    'harassment',
    "they keep the new women from the agency in a room over the restaurant, they're locked in at night and get nothing for their work",
  ],
  ['harassment', 'os rapazes que o gato trouxe dormem no galpão, não deixam eles sair e não recebem nada'],
  [
    'harassment',
    "les ouvriers amenés par le passeur dorment dans l'atelier, on ne les laisse jamais sortir et on ne les paie pas",
  ],
  ['harassment', 'a chefe deu a entender que minha promoção depende de eu ir ao hotel com ele'],
  ['harassment', 'il capo dice che se esco a cena con lui da sola il contratto me lo rinnova'],
  ['harassment', 'szef zasugerował że awans dostanę jeśli pojadę z nim do hotelu'],
  ['harassment', 'sabi ng boss kung lalabas ako kasama niya mamayang gabi, ire-regular niya ako agad'],
  ['harassment', 'mi jefe me dijo que si ceno a solas con él me renueva el contrato'],
  ['harassment', "le responsable m'a dit que mon contrat serait renouvelé si je dîne seule avec lui"],
  ['harassment', 'der Schichtleiter meinte, die Übernahme bekomme ich nur, wenn ich mit ihm ins Hotel gehe'],
  ['harassment', 'wer beim Gewerbeaufsichtsamt meldet, ist raus, sagt der Vorarbeiter'],
  ['safety', '食堂的液化气罐在漏气，有嘶嘶的声音'],
  ['safety', '车间插座冒烟了，有一股焦味'],
  ['safety', 'przewody w hali są osmalone i iskrzą'],
  ['safety', 'w kuchni syczy butla z gazem'],
  ['safety', 'у підвалі шипить газ'],
  ['safety', 'кабель у щитку оплавився'],
  ['safety', 'quản lý khóa cửa xưởng từ bên ngoài, không ai ra được'],
  ['safety', '工厂的门被锁住了，工人出不去'],
];

const CALM: [Kind, string][] = [
  ['calm', "the recruiter's fee was paid by the company, not by us"],
  ['calm', 'I paid for my own safety boots'],
  ['calm', 'we gave the pizza guy a tip'],
  ['calm', 'union dues come out of every paycheck'],
  ['calm', 'we have to pay for parking at the plant'],
  ['calm', 'la empresa le paga al reclutador su comisión'],
  ['calm', 'zapłaciłem za parking 20 zł'],
  ['calm', '公司给中介付了服务费'],
  ['calm', 'я заплатив за свої черевики'],
  ['calm', 'paguei a mensalidade do sindicato'],
  ['calm', 'tôi đóng tiền gửi xe mỗi tháng'],
  ['calm', '我欠朋友五百块，下周还'],
  ['calm', '公司复印了我的身份证办工资卡'],
  ['calm', 'the new girls from the agency live in company housing and go out on weekends'],
  ['calm', 'las chicas nuevas viven arriba de la tienda y salen los domingos'],
  ['calm', 'o chefe me convidou para o jantar da equipe, todos vão'],
  ['calm', '煎牛排的时候锅里嘶嘶响'],
  ['calm', 'czajnik syczy, herbata gotowa'],
  ['calm', 'проводку в офісі замінили, все нове'],
  ['calm', '电线换好了'],
  ['calm', 'bảo vệ khóa cửa sau khi mọi người về hết'],
  ['calm', '下班后保安把门锁上了'],
  ['calm', 'wer das Gewerbeaufsichtsamt anruft, bekommt eine Antwort in zwei Wochen'],
  // A second set, written with the second held-back set.
  ['calm', "the temp agency charges the company a fee for each worker, we don't pay anything"],
  ['calm', 'I paid 50 dollars for my forklift certification class'],
  ['calm', 'le di propina al repartidor'],
  ['calm', 'szef dał nam premię za nadgodziny'],
  ['calm', '老板过年给大家发红包'],
  ['calm', 'бригадир дав мені зміну на вихідних'],
  ['calm', 'o chefe me deu uma carona para o trabalho'],
  ['calm', '我欠银行房贷，还要还十年'],
  ['calm', 'gazownik sprawdził instalację, wszystko szczelne'],
  ['calm', 'електрик замінив обгорілу розетку, тепер все добре'],
  ['calm', '下班了我把办公室门锁上了'],
  ['calm', 'nag-dinner kami ng team kasama si sir para sa promotion ko'],
  ['calm', 'the girls from the agency live above the shop and get paid every friday'],
  // A third set, written with the last held-back set ('le dimos propina al mesero' read as fraud before: below).
  ['calm', "the recruitment agency's fee is paid by the employer, not the worker"],
  ['calm', 'i paid 30 bucks for new work gloves'],
  ['calm', 'paguei o estacionamento da fábrica'],
  ['calm', 'płacę składkę związkową co miesiąc'],
  ['calm', '老板给我们发了奖金'],
  ['calm', 'я заплатив за проїзд до роботи'],
  ['calm', 'tôi trả tiền ăn trưa ở căng tin'],
  ['calm', '我欠同事一顿饭'],
  ['calm', 'the new hires from the agency live in the company dorm and get paid weekly'],
  ['calm', 'o chefe convidou a equipe toda para um jantar de fim de ano'],
  ['calm', 'szef zaprosił cały zespół na kolację firmową'],
  ['calm', '燃气灶修好了，没有漏气'],
  ['calm', 'zamknąłem magazyn i poszedłem do domu'],
  ['calm', '我下班把仓库锁上了'],
];

// Calm texts the rules already alarmed before u48b (reported speech, a tip; other classes): the new readers must add
// nothing to them.
const ALREADY_ALARMED = [
  'il capo ha detto che il rinnovo dipende dalle vendite',
  'szef powiedział że przedłuży mi umowę jak skończę szkolenie',
  'sabi ni sir ire-regular niya ako pag pumasa ako sa evaluation',
  'el gerente nos invitó a todos a cenar por el cierre del año',
  'quản đốc cho tôi làm ca ngày tuần sau',
  'tôi khóa cửa kho rồi về nhà',
  'le dimos propina al mesero',
];

// Whether the report reaches its owner as urgent: the kind is read, and a harassment or safety report goes to the topic
// that owns it.
const reachesItsOwner = (kind: Kind, text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  if (kind === 'calm') return !urgent;
  if (!urgent || !categories.includes(kind)) return false;
  const topics = topicsForUrgency(config.topics, categories, []);
  return kind === 'harassment' || kind === 'safety' ? topics.includes(kind) : true;
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', '中介', 'бригадир', 'brygadzista', 'tổ trưởng']) detectUrgency(text);
}, 180_000);

describe('reports att46 found calm or misrouted reach the owner of their kind (u48b)', () => {
  it.each([...TUNED, ...WRITTEN_FIRST, ...WRITTEN_SECOND])('Should read as %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should read most held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(([kind, text]) => reachesItsOwner(kind, text)).length;
    expect(read).toBeGreaterThanOrEqual(33);
  });

  it('Should read a bribe to a supervisor for the day shift as fraud, not as harassment alone', () => {
    expect(
      detectUrgency('hay que darle mordida al supervisor para que te pongan en el turno de día').categories,
    ).toEqual(['fraud']);
  });

  it.each(ALREADY_ALARMED)('Should add no new reading to a calm text already alarmed: %j', (text) => {
    const folded = fold(text);
    expect([tellsPayToWork(folded), tellsKeptTraffickedOrPressed(folded), tellsGasWiringOrLockedIn(folded)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it.each(CALM)('Should keep %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });
});
