import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost: the gravest reports said plainly were read calm ("there is a dead man in the
// bathroom", "a man is trapped in the silo", "kid fell into the baler", "alguien está atrapado en el silo"). Six kinds,
// each in English and in every language the detector reads, with typos, no accents and text-speak: a dead person or a
// body found at work, a person found hanging, a person trapped inside a place, a person fallen into a machine or pit,
// a person missing or not answering since going somewhere, a machine started or a lockout removed with someone inside.
// Their look-alikes stay calm: dead tired, a dead phone, hanging out, trapped in this job, stuck in traffic, missing
// the bus, a lift stuck with nobody in it, a body shop, a body found on a TV show, a death long ago with a plaque.

// The tester's reports, read calm before.
const REPORTED = [
  'there is a dead man in the bathroom',
  'someone died in the break room',
  "there's a body behind the dumpster",
  'I found a coworker hanging in the storeroom',
  'someone is hanging in the back stairwell',
  'a man is trapped in the silo',
  'someone is trapped in the elevator',
  'worker trapped in silo',
  'kid fell into the baler',
  'a guy is missing since last night',
  'Dev never came back from the yard and his phone is off',
  "we can't find the new guy, he went into the silo an hour ago",
  "Ana hasn't answered her radio since she went up the tower",
  'they turned the conveyor on with Dave still inside it',
  'someone removed the lockout lock while maintenance was inside the oven',
  'hay un hombre muerto en el baño',
  'alguien está atrapado en el silo',
  'encontré a un compañero ahorcado en el almacén',
  'nadie sabe dónde está Luis desde anoche',
  'il y a un mort dans les toilettes',
  "quelqu'un est coincé dans le silo",
];

const URGENT: Record<string, Record<string, string[]>> = {
  en: {
    dead: [
      "there's a dead guy in the loading bay",
      'theres a dead body in the freezer',
      'found a body out back of the warehouse behind the bins',
      'someone just died on line 4',
      'a worker is dead in the yard, please come',
      'we found him dead in the locker room',
      'a contractor has died on site',
    ],
    hanging: [
      'i just found my coworker hanging in the shed',
      "there's a man hanging from the rafters in the barn",
      'someone hanged in the storeroom',
      'found sum1 hanging in the stairwell omg',
      'the new guy is hanging from a beam in the warehouse',
    ],
    trapped: [
      "there's someone trapped in the freezer",
      'a guy is stuck in the lift between floors 2 and 3',
      'two workers trapped inside the grain bin',
      'my colleague is locked in the cold room and cant get out',
      'the elevator is stuck with people inside',
      'hes stuck in the tank',
    ],
    fellInto: [
      'a kid fell in the slurry pit',
      'the operator got pulled into the mixer',
      'worker fell into the vat',
      'someone has fallen down the manhole',
      'a temp slipped into the hopper',
    ],
    missing: [
      'the driver is missing since yesterday',
      'no one has seen Tom since this morning',
      'nobody knows where she is since last night, she was on the night shift',
      'he hasnt answered his radio for 2 hours',
      "kai hasn't picked up his phone since he went up the mast",
      'we cant find mark, he went into the tank at 10',
      'jess never came back from the roof and nobody knows where she is',
    ],
    energised: [
      'they started the mixer with the cleaner still inside',
      'someone took off the lockout while the fitter was inside the press',
      'they restarted the line while maintenance was working in it',
      'somebody switched the baler on with jay still in it',
      'the auger was turned on while a guy was inside the silo',
    ],
  },
  es: {
    dead: [
      'hay un muerto en el vestuario',
      'encontramos un cadaver detras del contenedor',
      'un compañero murio en la nave 2',
    ],
    hanging: ['hay un chico ahorcado en la bodega', 'se ahorco en el almacen'],
    trapped: ['hay gente encerrada en el ascensor', 'un operario quedo atrapado dentro de la tolva'],
    fellInto: ['un niño se cayo a la embaladora', 'el chico cayo dentro del silo'],
    missing: ['maria desaparecida desde ayer y su telefono apagado', 'no contesta la radio desde que subio'],
    energised: [
      'encendieron la cinta con pedro todavia dentro',
      'quitaron el candado de bloqueo mientras el mecanico estaba dentro del horno',
    ],
  },
  fr: {
    dead: ['y a un cadavre derriere le hangar', 'il y a un mort dans le vestiaire'],
    hanging: ['on a trouvé un collegue pendu dans la reserve', "il s'est pendu dans l'atelier"],
    trapped: ["deux collegues bloques dans l'ascenseur", 'quelqu’un est enfermé dans la chambre froide'],
    fellInto: ['un ouvrier est tombe dans le broyeur', 'le gamin est tombé dans la cuve'],
    missing: ['personne ne sait ou il est depuis hier soir', 'il ne repond plus a la radio'],
    energised: [
      'ils ont demarre le convoyeur avec marc encore dedans',
      'quelqu’un a allumé le four alors que le technicien était dedans',
    ],
  },
  de: {
    dead: ['da liegt eine Leiche im Lager', 'ich habe einen Toten im Pausenraum gefunden'],
    hanging: ['ein Kollege hat sich im Keller erhängt', 'er hängt am Balken in der Halle'],
    trapped: ['jemand ist im Aufzug eingeschlossen', 'ein Arbeiter steckt im Silo fest'],
    fellInto: ['er ist in den Schredder gefallen', 'ein Kollege ist in die Grube gestürzt'],
    missing: ['niemand weiss wo er ist seit gestern abend', 'er antwortet nicht mehr am Funk'],
    energised: [
      'sie haben das band eingeschaltet während er noch drin war',
      'die Presse wurde gestartet obwohl der Schlosser noch drin war',
      'sie haben die Maschine eingeschaltet, obwohl er noch drin war',
    ],
  },
  pt: {
    dead: ['tem um homem morto no banheiro', 'achamos um corpo atras da cacamba'],
    hanging: ['um colega se enforcou no deposito', 'achei o rapaz enforcado no galpao'],
    trapped: ['tem alguem preso no elevador', 'dois caras trancados na camara fria'],
    fellInto: ['o rapaz caiu dentro do silo', 'ele foi puxado pra dentro da prensa'],
    missing: ['ninguem sabe onde ele esta desde ontem a noite', 'ele nao responde o radio'],
    energised: [
      'ligaram a esteira com o joao la dentro',
      'tiraram o cadeado de bloqueio enquanto ele estava dentro do misturador',
    ],
  },
  it: {
    dead: ["c'è un morto nel bagno", 'abbiamo trovato un cadavere dietro il capannone'],
    hanging: ['ho trovato un collega impiccato nel magazzino', 'si è impiccato in officina'],
    trapped: ["qualcuno è bloccato nell'ascensore", 'un operaio intrappolato nel silo'],
    fellInto: ['un operaio è caduto nella tramoggia', 'il ragazzo è finito nella vasca'],
    missing: ['nessuno sa dove sia da ieri sera', 'non risponde alla radio'],
    energised: [
      'hanno acceso il nastro con luca ancora dentro',
      'hanno avviato la pressa mentre il manutentore era dentro',
    ],
  },
  pl: {
    dead: ['w magazynie lezy trup', 'znalezlismy zwloki za hala'],
    hanging: ['kolega powiesil sie w magazynie', 'znalazlem go powieszonego w piwnicy'],
    trapped: ['ktos utknal w windzie', 'pracownik uwieziony w silosie'],
    fellInto: ['pracownik wpadl do silosu', 'chlopak wpadl do zbiornika'],
    missing: ['nikt nie wie gdzie jest od wczoraj', 'nie odpowiada przez radio'],
    energised: ['wlaczyli tasme a on byl w srodku', 'uruchomili prase kiedy mechanik byl w srodku'],
  },
  tl: {
    dead: ['may patay na tao sa cr', 'may bangkay sa likod ng bodega'],
    hanging: ['nagbigti yung kasama namin sa bodega', 'nakabitin sa lubid si mang jose'],
    trapped: ['may na-trap sa elevator', 'naipit si jun sa loob ng tangke'],
    fellInto: ['nahulog siya sa baler', 'nahulog yung bata sa hukay'],
    missing: ['walang nakakaalam kung nasaan si jun mula kagabi', 'hindi sumasagot sa radyo si ben'],
    energised: [
      'pinaandar nila yung makina habang nasa loob pa si carlo',
      'tinanggal yung lockout habang nagtatrabaho pa siya sa loob',
    ],
  },
  vi: {
    dead: ['co nguoi chet trong nha ve sinh', 'phát hiện thi thể sau kho'],
    hanging: ['anh ay treo co trong kho', 'tìm thấy chị ấy treo cổ ở xưởng'],
    trapped: ['co nguoi bi mac ket trong thang may', 'công nhân bị kẹt trong bồn'],
    fellInto: ['cong nhan nga vao may nghien', 'anh ấy rơi xuống hố'],
    missing: ['khong ai biet anh ay o dau tu toi qua', 'anh ấy không trả lời bộ đàm'],
    energised: ['họ bật máy trong khi anh ấy vẫn còn ở trong', 'ho khoi dong bang tai khi anh ay van con o trong'],
  },
  zh: {
    dead: ['厕所里有个死人', '仓库后面发现一具尸体'],
    hanging: ['同事在仓库上吊了', '有人吊死在车间里'],
    trapped: ['有人被困在电梯里', '工人被关在冷库里出不来'],
    fellInto: ['工人掉进搅拌机里了', '小孩掉进坑里了'],
    missing: ['他从昨晚就联系不上了', '对讲机一直没人回'],
    energised: ['他们开了传送带,人还在里面', '有人摘了安全锁,里面还有人在检修'],
  },
  ar: {
    dead: ['في رجل ميت في الحمام', 'لقينا جثة ورا المخزن'],
    hanging: ['لقيت زميل مشنوق في المخزن', 'العامل شنق نفسه في الورشة'],
    trapped: ['في واحد عالق في المصعد', 'عامل محبوس داخل الثلاجة'],
    fellInto: ['عامل وقع في الخلاط', 'الولد سقط في الحفرة'],
    missing: ['محدش يعرف هو فين من امس', 'ما يرد على اللاسلكي'],
    energised: ['شغلوا الماكينة وهو لسه جواها', 'فكوا القفل والعامل داخل الخزان'],
  },
  tables: {
    dead: [
      'er ligt een lijk in de kantine',
      'kantinede bir ceset var',
      'vi hittade ett lik bakom lagret',
      'ada mayat di gudang',
      'am găsit un om mort în depozit',
      'в туалете лежит труп',
      'в туалеті лежить труп',
      'गोदाम में लाश पड़ी है',
      'bhai godown me laash padi hai',
      'トイレに死体がある',
      '화장실에 시체가 있어요',
      'جسد توی انبار پیدا کردیم',
    ],
    hanging: [
      'een collega heeft zich opgehangen in het magazijn',
      'en kollega har hangt sig i forradet',
      'рабочий повесился на складе',
      'он повесился в подсобке',
      'kendini asmis halde bulduk depoda',
      'pekerja gantung diri di gudang',
      'un coleg s-a spanzurat in depozit',
      'अपने साथी ने गोदाम में फांसी लगा ली',
    ],
    trapped: [
      'iemand zit vast in de lift',
      'birisi asansorde mahsur kaldi',
      'nagon ar instangd i hissen',
      'ada orang terjebak di dalam lift',
      'cineva e blocat in lift',
      'кто-то застрял в лифте',
      'хтось застряг в ліфті',
      'कोई लिफ्ट में फंस गया है',
      'koi lift me phas gaya hai',
      '誰かがエレベーターに閉じ込められています',
      '누가 엘리베이터에 갇혔어요',
      'یک نفر توی آسانسور گیر کرده',
      'hij zit opgesloten in de vriescel',
      'dia terjepit di dalam mesin press',
    ],
    fellInto: [
      'onze collega is in de pers getrokken',
      'isci makineye dustu',
      'pekerja jatuh ke dalam mesin',
      'рабочий упал в дробилку',
      'iemand is in de silo gevallen',
      'o adam presin icine dustu',
      'han ramlade ner i brunnen',
      'рабочего затянуло в пресс',
      '人が機械に巻き込まれた',
      '작업자가 기계에 말려 들어갔어요',
      'हमारा साथी मशीन में गिर गया',
    ],
    missing: [
      'Jan is sinds gisteravond vermist',
      'Ahmet dunden beri kayip, telefonu kapali',
      'Иван пропал со вчерашнего вечера, телефон выключен',
    ],
    energised: [
      'ze hebben de band aangezet terwijl hij er nog in zat',
      'они включили конвейер, когда он был внутри',
      'запустили дробилку пока слесарь еще внутри',
      'mereka nyalain mesin padahal dia masih di dalam',
      'au pornit banda cu el inca inauntru',
      'de startade maskinen medan han var kvar inne',
      '中に人がいるのに機械を動かした',
      '안에 사람이 있는데 기계를 가동했어요',
    ],
  },
};

const CALM = [
  // Dead, died, a body: tired, a device, stock, night, a shop, a show, long ago.
  "I'm dead tired",
  'the printer died again',
  'my phone is dead',
  'we have so much dead stock in the back',
  'in the dead of night the alarms go off for no reason',
  'the battery died in the forklift',
  'the deal is dead',
  "there's a dead man switch on the forklift",
  'there is a dead mans handle on the crane',
  'my brother works at a body shop',
  'the show where they find a body in the freezer was great',
  "someone died here in 1998, there's a plaque",
  "a worker died on this site years ago, there's a memorial",
  'I found him dead asleep on the couch',
  'i saw a dead body on the news',
  'a man died at the plant last year',
  // Hanging: out, a banner, in there.
  'I saw a guy hanging the banner in the lobby',
  'we were hanging out in the break room',
  'I was hanging the new banner in the lobby',
  'hang in there everyone',
  'hanging around the canteen waiting for the bus',
  // Trapped or stuck: a job, traffic, a task, a lift with nobody inside.
  'I feel trapped in this job',
  'stuck in traffic, will be late',
  "I'm stuck on this task",
  'stuck in a meeting all day',
  'the lift is stuck again',
  'the elevator is stuck on floor 3, nobody inside',
  // Missing: things, a bus, pay, a name on a rota, family.
  'missing tools in the van again',
  'I keep missing my bus',
  "missing a day's pay on my payslip",
  'he is missing from the rota',
  'she is missing her family',
  'we are missing two pallets since last week',
  'nobody has seen a pay rise since 2019',
  'they are missing after the update',
  'he fell into a pit of despair after the review',
  // The same look-alikes in the other languages.
  'estoy muerto de cansancio',
  'se murio la impresora',
  'mi movil esta muerto',
  'jugamos al ahorcado en el descanso',
  'me siento atrapado en este trabajo',
  'atascado en el trafico',
  'el ascensor esta averiado otra vez',
  'alguien murio aqui en 1998, hay una placa',
  'je suis mort de fatigue',
  'on joue au pendu',
  'bloque dans les bouchons',
  'mon telephone est mort',
  'ich bin todmüde',
  'der Drucker ist tot',
  'ich stecke im Stau',
  'to morto de cansaco',
  'me sinto preso nesse emprego',
  'preso no transito',
  'sono morto di stanchezza',
  'bloccato nel traffico',
  "giochiamo all'impiccato",
  'jestem martwy ze zmeczenia',
  'utknalem w korku',
  'patay na ang cellphone ko',
  'stuck ako sa traffic',
  'dien thoai cua toi chet roi',
  '累死了',
  '我的手机没电了',
  '电梯又坏了',
  'ميت من التعب',
  'ik ben doodmoe',
  'de lift is weer kapot',
  'лифт опять сломался',
  'mayat di film itu serem',
];

describe('the gravest reports said plainly are urgent', () => {
  for (const [language, kinds] of Object.entries(URGENT))
    for (const [kind, texts] of Object.entries(kinds))
      it.each(texts)(`${language}, ${kind}: %s`, (text) => {
        const result = detectUrgency(text);
        expect(result.urgent).toBe(true);
        expect(result.categories.length).toBeGreaterThan(0);
      });
});

describe('the reports the tester found calm are urgent', () => {
  it.each(REPORTED)('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('their look-alikes stay calm', () => {
  it.each(CALM)('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
