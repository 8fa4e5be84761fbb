import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Round 12, languages other than English, Spanish, French, German and Portuguese: the kinds English alone had rules
 * for (a partner or ex at work despite a court order, a resident with dementia or a small child gone out towards the
 * road, a minor pressed by an adult to meet alone, a death threat sent by message, a lone worker not checked in and
 * unreachable), Italian's missing words for round 11's pairs (someone not back out of a tank, sex demanded for the
 * job, a ceiling coming down, punished for reporting, dropped food about to ship), and Vietnamese "nó" (he, she),
 * which folds to English "no" and denied the report after it. Written apart from the rules, colloquial and without
 * accents. Each must read urgent alone and inside a calm ramble, where only the rules are left: before this round
 * 43 of the 53 read calm there, and 28 alone. Beside them, look-alikes that must stay calm: an outing with a carer, a teenager's visit, a small crack,
 * food dropped and thrown away, a cook's knife, a supplier who does not answer.
 */
const BEFORE =
  'Hi, just a few thoughts from the late shift this week. The new rota is mostly fine and the canteen coffee has improved, thanks to whoever sorted the machine. Parking is still tight on Mondays and the lockers by the side door stick a bit. ';
const AFTER =
  ' Anyway, the team has been good and the new starters are settling in well. It would be nice to have the quarterly meeting earlier in the day, and maybe more vegetarian options on Fridays. That is all for now, thanks for reading.';
const buried = (text: string) => `${BEFORE}${text}.${AFTER}`;

const URGENT: [string, string][] = [
  ['it', 'la mia ex moglie ha il divieto di avvicinamento ma si e presentata alla cassa'],
  ['it', 'il suo ex e arrivato al magazzino e la minacciava davanti a tutti'],
  ['it', "un ospite con l'alzheimer si e allontanato dalla rsa e non lo troviamo piu"],
  ['it', 'un bambino autistico e scappato dal cancello, e in mezzo alla strada'],
  ['it', 'il magazziniere manda messaggi a una stagista di 16 anni, vuole vederla da sola dopo il lavoro'],
  ['it', 'ho ricevuto un vocale: sei morto, ti vengo a prendere'],
  ['it', 'sono entrati in due nel serbatoio e uno non e ancora uscito'],
  ['it', 'il controsoffitto sta venendo giu nel corridoio'],
  ['it', 'da quando ho fatto la segnalazione mi hanno spostato ai turni peggiori'],
  ['it', 'mi ha detto che se non faccio sesso con lui non mi rinnova'],
  ['it', 'il pollo e caduto a terra e lo hanno rimesso sul nastro, va alle mense'],
  ['pl', 'jej byly maz ma zakaz zblizania a wlasnie wszedl do sklepu'],
  ['pl', 'moj chlopak przyszedl do magazynu pijany i mowi ze mnie zabije'],
  ['pl', 'pensjonariusz z alzheimerem uciekl z osrodka, nikt nie wie gdzie jest'],
  ['pl', 'maluch wybiegl z parkingu na ulice miedzy ciezarowki'],
  ['pl', 'kierowca wypisuje do dziewczyny ktora ma 14 lat, chce sie z nia spotkac sam po pracy'],
  ['pl', 'dostalem wiadomosc ze jestem trupem jak wyjde z pracy'],
  ['pl', 'chleb spadl na podloge a oni go pakuja, jutro trafia do przedszkoli'],
  ['pl', 'dzis w nocy ze soba skoncze, nie mam juz sily'],
  ['tl', 'may TPO siya laban sa dating asawa niya, andito yung lalaki sa gate ngayon'],
  ['tl', "yung pasyente na may alzheimer's nawawala, hindi namin makita sa buong building"],
  ['tl', 'yung batang anak ng customer tumakbo palabas, nasa highway na'],
  ['tl', 'chinachat ng driver yung 14 years old na helper, inaaya sa bahay niya'],
  ['tl', 'nag-message siya na patay ka na bukas'],
  ['tl', 'tatlo pumasok sa silo isa lang ang nakaahon'],
  ['tl', 'may bumabaril sa labas ng warehouse'],
  ['vi', 'ong cu bi alzheimer tron khoi vien duong lao, ca khoa tim khong thay'],
  ['vi', 'em be cua khach chay ra bai xe, xe nang dang chay'],
  ['vi', 'co lenh cam tiep xuc ma han van dung truoc cong ty'],
  ['vi', 'tai xe nhan tin cho con be 14 tuoi, ru ve nha anh ta'],
  ['vi', 'no inbox zalo noi biet nha em o dau'],
  ['vi', 'chi co mot nguoi len tu ham, nguoi kia van o duoi'],
  ['zh', '有保护令的那个前夫来了，就在门口'],
  ['zh', '有个阿尔茨海默的老人走失了，到处找不到'],
  ['zh', '小朋友溜出去跑到马路上了'],
  ['zh', '店长私信一个16岁的店员，约她去他家'],
  ['zh', '罐子里下去两个人，只有一个出来'],
  ['zh', '蛋糕掉地上了，捡起来照样发往门店'],
  ['zh', '仓库里有个男的拿着刀在晃'],
  ['ar', 'عندها قرار منع تعرض ضد طليقها وهو واقف برا الباب هلق'],
  ['ar', 'مريض الزهايمر هرب من القسم وما لقيناه'],
  ['ar', 'كتبلي على الواتس انك ميت يوم الخميس'],
  ['ar', 'الجدار عم يوقع والقطع تتساقط'],
  ['ar', 'الدجاج طاح على الارض ورجعوه، رح يروح للمحلات بكرا'],
  ['ar', 'الزبون بيلمس مؤخرتي كل ما مر'],
  // A lone worker who has not checked in and cannot be reached.
  ['it', 'il vigilante del turno di notte non ha fatto il check delle 3, cellulare spento, la sua auto e ancora qui'],
  ['pl', 'kierowca jest sam w trasie, nikt go nie widzial od rana i nie odbiera telefonu'],
  ['tl', 'yung solo na driver hindi pa nagparamdam simula kagabi, hindi sumasagot sa tawag'],
  ['vi', 'chi tap vu lam mot minh tang tren, khong ai thay chi ay tu trua, goi khong duoc'],
  ['zh', '仓库那个单独巡夜的同事没签到，电话打不通'],
  ['ar', 'العامل اللي لحاله بالمستودع ما رجع من ساعتين وجواله مطفي'],
  // Vietnamese "nó" (he, she) opening the report is no English "no".
  ['vi', 'no sam so em trong kho'],
  ['vi', 'nó quấy rối tình dục em'],
];

const CALM: [string, string][] = [
  // Only one half of a lone worker gone quiet.
  ['it', 'il cliente non risponde al telefono, riprovo domani'],
  ['it', "la sua auto e ancora qui perche l'ha lasciata per il tagliando"],
  ['zh', '供应商电话打不通，明天再打'],
  ['ar', 'المورد ما عم يرد، بحكيه بكرا'],
  ['it', "l'ospite con l'alzheimer e uscito in giardino con l'educatrice"],
  ['it', 'mia nipote ha 16 anni e vorrebbe vedere il magazzino con me'],
  ['it', 'mi ha scritto che sei il prossimo a scegliere le ferie'],
  ['it', 'la cisterna e stata pulita ieri dalla ditta'],
  ['it', "il prodotto caduto a terra l'abbiamo buttato come da procedura"],
  ['pl', 'pani z demencja wyszla na spacer z opiekunka'],
  ['pl', 'corka ma 16 lat, czy moze przyjsc zobaczyc magazyn w sobote'],
  ['pl', 'napisal ze jest nastepny w kolejce do urlopu'],
  ['pl', 'karton spadl na podloge ale nic sie nie stalo'],
  ['pl', 'towar ktory spadl na podloge wyrzucilismy zgodnie z procedura'],
  ['tl', 'yung lola na may dementia lumabas sa garden kasama ang caregiver'],
  ['tl', 'yung anak ko 16 years old gusto makita yung opisina, pwede ba sabado?'],
  ['tl', 'sabi ng tropa patay ka kay boss late ka na naman haha'],
  ['vi', 'tran nha co vet nut nho thoi'],
  ['vi', 'thung hang roi xuong san nhung khong ai sao'],
  ['vi', 'be gai 15 tuoi con cua chi lao cong den cong ty choi'],
  ['zh', '厨师拿着刀在切菜'],
  ['zh', '天花板有小裂纹，不急'],
  ['zh', '我女儿15岁，周六能来参观仓库吗'],
  ['zh', '掉到地上的货我们按流程扔掉了'],
  ['zh', '他说这个项目活不过今年'],
  ['ar', 'زوجي اجا ياخدني وضحكنا كتير'],
];

const named = (list: [string, string][]) => list.map(([language, text]) => [`${language}: ${text}`, text] as const);

// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency in other languages, round 12: urgent reports', { timeout: 120_000 }, () => {
  it.each(named(URGENT))('Should read %s as urgent alone', (_, text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(named(URGENT))('Should read %s as urgent inside a calm ramble', (_, text) => {
    expect(detectUrgency(buried(text)).urgent).toBe(true);
  });
});

describe('urgency in other languages, round 12: calm look-alikes', { timeout: 120_000 }, () => {
  it.each(named(CALM))('Should read %s as calm', (_, text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    // A real "no" still denies in Vietnamese text ("không" is Vietnamese's own).
    'no harassment here, moi nguoi tot lam',
    'khong ai quay roi em o day',
  ])('Should read %j as calm: a negation still denies', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
