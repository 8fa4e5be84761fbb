import { beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * op48b (2026-12-07), from the blind operator attack op47 (classes 3, 4, 6 and 8), in vi pl en it uk ru bg tl es de fr.
 * What is stored: a coworker's name written small or misspelt (Vietnamese without its accents after "thằng", "anh",
 * "chị"; Polish in the accusative or genitive; English and Italian misspelt; Ukrainian feminine genitive after "в"/"у");
 * a plate typed in Cyrillic letters; the writer's locker in Vietnamese or Tagalog with its number set apart. What is no
 * longer hidden: ordinary words ("люди", "urodziła", "chemo", "Rollstuhl", "Alcolisti Anonimi", "anh hùng" …).
 *
 * Each case: the text, words that must not be stored, words that must be.
 */
beforeAll(() => redact('warm up'), 120_000);

type Case = [text: string, hidden: string[], kept: string[]];

// Tuned on (op47's finds and the brief's examples).
const TUNED: Case[] = [
  ['thằng hung ca dem cứ chửi tụi em.', ['hung'], ['ca dem cứ chửi tụi em']],
  ['thằng bao ca dem hay ngu gat.', ['bao'], ['ca dem hay ngu gat']],
  ['con thao ben kho lay do cua toi.', ['thao'], ['ben kho lay do cua toi']],
  ['thằng tuan kho lạnh cứ đẩy tôi.', ['tuan'], ['kho lạnh cứ đẩy tôi']],
  ['anh hung ca dem hay chui em', ['hung'], ['ca dem hay chui em']],
  ['chi lan ben kho lay do cua em', ['lan'], ['ben kho lay do cua em']],
  ['thang tuan kho lanh cu day toi', ['tuan'], ['kho lanh cu day toi']],
  ['zapytajcie grażynę z kadr.', ['grażynę'], ['zapytajcie', 'z kadr']],
  ['zapytaj mariolę z magazynu, ona widziała.', ['mariolę'], ['zapytaj', 'z magazynu, ona widziała']],
  ['widziałem Kasię przy taśmie, płakała.', ['Kasię'], ['widziałem', 'przy taśmie']],
  ['zapytaj Tomka z nocnej zmiany', ['Tomka'], ['zapytaj', 'z nocnej zmiany']],
  ['kevn from recieving pushed me.', ['kevn'], ['from recieving pushed me']],
  ['mohamad from the wearhouse pushed me.', ['mohamad'], ['from the wearhouse pushed me']],
  ['the lead jenifer keeps yeling at us.', ['jenifer'], ['keeps yeling at us']],
  ['Chiedete a gianluka del turno B, ha visto tutto.', ['gianluka'], ['Chiedete a', 'ha visto tutto']],
  ['Спитайте в Оксани з бухгалтерії.', ['Оксани'], ['Спитайте в', 'з бухгалтерії']],
  ['Спитайте в Марини, вона знає графік.', ['Марини'], ['Спитайте в', 'вона знає графік']],
  ['Спитайте у Наталки, вона бачила.', ['Наталки'], ['Спитайте у', 'вона бачила']],
  ['Його машина КА 7781 ВІ стоїть на місці для інвалідів.', ['7781'], ['Його машина', 'стоїть на місці']],
  ['Його машина АА 1234 ВС стоїть на тротуарі.', ['1234'], ['Його машина', 'стоїть на тротуарі']],
  ['Номер машини директора — ВН4521АО, він паркується на газоні.', ['4521'], ['Номер машини директора']],
  ['Його авто з номером КА1234ВІ стоїть на тротуарі.', ['1234'], ['стоїть на тротуарі']],
  ['Номер його авто АІ 5566 КМ, він завжди тут.', ['5566'], ['Номер його авто']],
  ['Його бус ВС 0931 НХ заблокував вихід.', ['0931'], ['заблокував вихід']],
  ['Tủ đồ số 47 của tôi bị cạy mở.', ['47'], ['của tôi bị cạy mở']],
  ['Tu do so 47 cua toi bi cay mo.', ['47'], ['cua toi bi cay mo']],
  ['Tủ số 47 là của tôi, bị cạy hai lần rồi.', ['47'], ['là của tôi', 'bị cạy hai lần rồi']],
  ['tủ đồ của tôi số 37 bị mất khóa', ['37'], ['tủ đồ của tôi', 'bị mất khóa']],
  ['thằng ở tủ 88 hay ăn cắp.', ['88'], ['hay ăn cắp']],
  ['Binuksan ang locker ko, number 52, kahapon.', ['52'], ['Binuksan ang locker ko']],
  ['Ninakaw ang cellphone sa locker ko, yung 41.', ['41'], ['Ninakaw ang cellphone sa locker ko']],
  ['binuksan nila ang locker ko yung 37', ['37'], ['binuksan nila ang locker ko']],
  ['Люди втомилися від понаднормових.', [], ['Люди втомилися від понаднормових.']],
  ['Дякую, люди в нашій зміні чудові.', [], ['Дякую, люди в нашій зміні чудові.']],
  ['Мені казали люди, що премії не буде.', [], ['Мені казали люди, що премії не буде.']],
  ['Mój syn urodził się w marcu i nie dostałem wolnego.', [], ['Mój syn urodził się w marcu']],
  ['Moja córka urodziła się w szpitalu.', [], ['Moja córka urodziła się w szpitalu.']],
  ["I'm going through chemo and they refused my shift change.", [], ['going through chemo and they refused']],
  ['Die Frau mit dem Rollstuhl im Versand kommt nicht rein.', [], ['mit dem Rollstuhl im Versand']],
  ['Vado agli Alcolisti Anonimi il martedì.', [], ['agli Alcolisti Anonimi']],
  ['Il parcheggio per gli Alcolisti Anonimi è chiuso.', [], ['gli Alcolisti Anonimi è chiuso']],
  ['Je vais aux Alcooliques anonymes le soir.', [], ['aux Alcooliques anonymes']],
  ['Los jefes me dicen cosas feas.', [], ['me dicen cosas feas']],
  ['Anh ấy bị sàm sỡ ở kho.', [], ['bị sàm sỡ ở kho']],
  ['Tôi bị mất đồ hai lần rồi.', [], ['bị mất đồ hai lần rồi']],
  ['Maynila ng traffic ay grabe tuwing Lunes', [], ['Maynila']],
  ['Jestem z Nigerii i jestem tu jedyny.', [], ['Jestem z Nigerii']],
  ['Я з Нігерії і я тут єдиний такий.', [], ['Я з Нігерії']],
  ['Chị ấy là anh hùng của ca đêm.', [], ['là anh hùng của ca đêm']],
  ['Слава Україні! Дякую всім за підтримку.', [], ['Слава Україні!']],
];

// Held back: written before any rule was changed, other wordings and languages, never tuned on.
const HELD_BACK: Case[] = [
  ['thằng long ca sang hay chửi tụi em', ['long'], ['ca sang hay chửi tụi em']],
  ['con trang ca dem lay do cua em', ['trang'], ['ca dem lay do cua em']],
  ['chi hoa ke toan giu luong cua em', ['hoa'], ['ke toan giu luong cua em']],
  ['anh dung bao ve hay quat em', ['dung'], ['bao ve hay quat em']],
  ['powiedz bożence z księgowości, że się spóźnię', ['bożence'], ['z księgowości']],
  ['widziałam Agnieszkę przy rampie, płakała', ['Agnieszkę'], ['widziałam', 'przy rampie']],
  ['zapytajcie Krzyśka z nocki, on wie', ['Krzyśka'], ['zapytajcie', 'z nocki']],
  ['rozmawiałam z kasią z kadr i nic', ['kasią'], ['z kadr i nic']],
  ['stephanei from shipping yelled at me', ['stephanei'], ['from shipping yelled at me']],
  ['ashely in packing pushed me', ['ashely'], ['in packing pushed me']],
  ['the supervisor cristopher keeps cursing at us', ['cristopher'], ['keeps cursing at us']],
  ['chiedete a francesko del magazzino', ['francesko'], ['chiedete a', 'del magazzino']],
  ['parlate con giusepe del turno di notte', ['giusepe'], ['parlate con', 'del turno di notte']],
  ['Запитайте у Галини з каси, вона знає', ['Галини'], ['Запитайте у', 'з каси']],
  ['Візьміть ключі в Тетяни зі складу', ['Тетяни'], ['зі складу']],
  ['Спросите у Натальи из бухгалтерии', ['Натальи'], ['Спросите у', 'из бухгалтерии']],
  ['Машина начальника АХ 3344 КМ стоїть на газоні', ['3344'], ['Машина начальника', 'стоїть на газоні']],
  ['у бригадира номер ВІ0077НА, паркується біля входу', ['0077'], ['паркується біля входу']],
  ['Его машина А123ВС 77 стоит у входа', ['123'], ['Его машина', 'стоит у входа']],
  ['Колата му СА 1234 ВК е на мястото за инвалиди', ['1234'], ['Колата му', 'на мястото за инвалиди']],
  ['Ai đó mở tủ của tôi, số 52, lấy mất ví', ['52'], ['Ai đó mở tủ của tôi', 'lấy mất ví']],
  ['tủ cá nhân số 19 của mình bị phá khóa', ['19'], ['bị phá khóa']],
  ['tu cua toi so 23 bi mat khoa', ['23'], ['tu cua toi so', 'bi mat khoa']],
  ['Yung locker ko, 64, binuksan ulit', ['64'], ['Yung locker ko', 'binuksan ulit']],
  ['Nawala ang wallet ko sa locker ko na number 29', ['29'], ['Nawala ang wallet ko sa locker ko']],
  ['Нам потрібні люди на складі.', [], ['Нам потрібні люди на складі.']],
  ['Люди не отримали премію за листопад.', [], ['Люди не отримали премію']],
  ['Дякуємо, колеги, за допомогу.', [], ['Дякуємо, колеги, за допомогу.']],
  ['Żona urodziła syna w październiku.', [], ['Żona urodziła syna']],
  ['after my chemo they put me on nights', [], ['after my chemo they put me on nights']],
  ['Frequento gli Alcolisti Anonimi da un anno.', [], ['gli Alcolisti Anonimi da un anno']],
  ['Voy a Alcohólicos Anónimos los martes.', [], ['Alcohólicos Anónimos los martes']],
  ['Der Kollege mit dem Rollator braucht eine Rampe.', [], ['mit dem Rollator braucht eine Rampe']],
  ['Nos dicen mentiras cada semana.', [], ['Nos dicen mentiras cada semana.']],
  ['Sa Maynila ang training namin sa Lunes.', [], ['Sa Maynila ang training namin']],
  ['Anh ấy là một anh hùng thật sự.', [], ['một anh hùng thật sự']],
];

// Calm look-alikes: every word kept.
const CALM: Case[] = [
  ['Спитайте в бухгалтерії.', [], ['Спитайте в бухгалтерії.']],
  ['Візьміть чек у каси.', [], ['Візьміть чек у каси.']],
  ['Ціна 1234 грн за зміну.', [], ['Ціна 1234 грн']],
  ['Старий ВАЗ 2107 стоїть у дворі.', [], ['ВАЗ 2107']],
  ['zapytaj kierownika zmiany o urlop', [], ['zapytaj kierownika zmiany o urlop']],
  ['widziałem kasę fiskalną zepsutą', [], ['widziałem kasę fiskalną zepsutą']],
  ['zapytaj mamę, czy może', [], ['zapytaj mamę, czy może']],
  ['someone from recieving pushed me.', [], ['someone from recieving pushed me']],
  ['the lead keeps yeling at us.', [], ['the lead keeps yeling at us']],
  ['chiedete a chiunque del turno B', [], ['chiedete a chiunque del turno B']],
  ['thằng bé ca dem bị ốm', [], ['thằng bé ca dem bị ốm']],
  ['Con chó của bảo vệ cắn em', [], ['Con chó của bảo vệ cắn em']],
  ['dì ở quê gửi đồ lên', [], ['dì ở quê gửi đồ lên']],
  ['chi phi ca dem tang qua', [], ['chi phi ca dem tang qua']],
  ['tủ lạnh số 2 bị hỏng', [], ['tủ lạnh số 2 bị hỏng']],
  ['tủ đồ số 12 ở hành lang bị hỏng khóa', [], ['tủ đồ số 12 ở hành lang']],
  ['ang locker room ay marumi', [], ['ang locker room ay marumi']],
  ['Dalawang beses binuksan ang locker ko, 3 beses na ngayong buwan', [], ['locker ko, 3 beses']],
  ['Rose bushes by the gate need water', [], ['Rose bushes by the gate']],
  ['AA batteries for the scanners are out', [], ['AA batteries']],
  ["Chemo patients' parking is full", [], ["Chemo patients' parking"]],
  ['Rollstuhl-Zugang fehlt am Tor 2', [], ['Rollstuhl-Zugang fehlt']],
  ['Mark the fire exits please', [], ['Mark the fire exits']],
];

function check([text, hidden, kept]: Case): void {
  const stored = redact(text);
  for (const part of hidden) expect(stored, text).not.toContain(part);
  for (const part of kept) expect(stored, text).toContain(part);
}

describe('op48b: names written small, misspelt or declined, and Cyrillic plates and set-apart lockers are hidden; ordinary words are not', () => {
  it.each(TUNED)('tuned: %j', (...c) => check(c as Case));
  it.each(HELD_BACK)('held back: %j', (...c) => check(c as Case));
  it.each(CALM)('calm: %j', (...c) => check(c as Case));
});
