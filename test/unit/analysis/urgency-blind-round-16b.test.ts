import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/**
 * Blind round 16, second pass: the kinds the tester still found calm (or urgent) on the tree of 2026-12-03 evening,
 * each as a class in its language and the project's neighbouring ones, with fresh wordings (typos, no accents, other
 * word orders) and look-alikes that must stay calm.
 */
const CLASSES: { name: string; urgent: string[]; calm: string[] }[] = [
  {
    name: 'someone in care barely responding, or left without water (en)',
    urgent: [
      "Resident in room 12 hasn't had anything to drink since yesterday and the night carer said to leave her be. She's barely responding now.",
      'mr patel in bay 4 hasnt eaten or drunk anything for two days and hes hardly responding',
      'The lady in room 7 is barely responsive this morning and staff just left her in bed',
      'patient on ward 3 hasnt had a drink since friday, very drowsy',
      'he is barely conscious and the nurse says leave him till morning',
      'resident in 14 not been given any water all day, her lips are cracked',
    ],
    calm: [
      'the new manager is barely responding to my emails',
      'residents barely responded to the survey about the menu',
      'the app is barely responding since the update',
      "I haven't had anything to drink since yesterday lol, dry january",
    ],
  },
  {
    name: 'belongings given away with a goodbye (en)',
    urgent: [
      'i dont think i can do another week. been giving my stuff away to people on the line. sorry to whoever reads this',
      'gave all my tools away to the lads today. sorry to whoever finds this',
      'been handing my things out to people at work. sorry for everything',
      'sorry to whoever reads this. i gave my stuff away, wont need it anymore',
      'giving my stuff away at work this week, im done. sorry to whoever has to deal with it',
    ],
    calm: [
      'been giving my stuff away on freecycle since we are moving house',
      'sorry to whoever reads this, its a long rant about the rota',
      'giving away my old uniform to the new starter, it doesnt fit me',
    ],
  },
  {
    name: 'an old person fallen with a bleeding head (zh)',
    urgent: [
      '三楼的老人从床上摔下来了，头在流血，护工说等明天再说',
      '奶奶在养老院摔倒了，头一直在流血，没人管',
      '有个老人从楼梯上摔下来，头部出血，护士说明天再看',
      '二床的老爷爷摔了一跤，头上流了很多血',
      '長者從床上摔下來，頭在流血，護工說明天再說',
    ],
    calm: ['我去年从自行车上摔下来，头流血了，现在早就好了', '电视剧里老人摔倒头流血的情节太假了'],
  },
  {
    name: 'a resident with dementia gone (nl, de, sv)',
    urgent: [
      'Mevrouw de Vries van kamer 3 is weg, de tuindeur stond open. Ze heeft dementie en het wordt donker',
      'meneer van kamer 5 heeft alzheimer en is niet meer op zijn kamer, de voordeur stond open',
      'een bewoner met dementie is weg, we kunnen hem nergens vinden',
      'bewoonster is dement en is sinds het eten weg',
      'Herr Krause aus Zimmer 4 hat Demenz und ist weg, die Gartentür stand offen',
      'Fru Berg i rum 3 har demens och är borta, altandörren stod öppen',
    ],
    calm: [
      'we hebben een training over dementie gehad, wat te doen als een bewoner weg is?',
      'mijn oma had dementie, ze is vorig jaar overleden',
    ],
  },
  {
    name: 'a limb caught in a machine (sv, nl, de)',
    urgent: [
      'En kollega har fastnat med armen i pressen, han skriker, kom fort',
      'handen har fastnat i valsen, hon skriker',
      'kollegan sitter fast med handen i maskinen',
      'hans arm fastnade i bandet, ring ambulans',
      'en kollega fastnade med fingrarna i pressen',
      'zijn arm zit vast in de pers, hij schreeuwt',
      'Seine Hand steckt in der Presse fest, er schreit',
    ],
    calm: [
      'jag har fastnat i trafiken, kommer sent',
      'han satt fast i ett möte hela dagen',
      'ik zit vast in de file, ben later',
    ],
  },
  {
    name: 'a confined space entered and no word since, in every language read',
    urgent: [
      'Ahmed har inte hörts av sedan han gick in i silon för en timme sedan',
      'han klattrade ner i tanken och har inte kommit upp',
      'hon gick in i cisternen och svarar inte',
      'ingen har hort nagot fran honom sedan han gick ner i brunnen',
      'Un coleg a intrat in bazinul de la statia de epurare si nu mai iese, nu raspunde',
      'a coborat in rezervor acum o ora si nu a mai iesit',
      'colegul a intrat în siloz și nu mai răspunde',
      'hij is de tank in gegaan en komt er niet meer uit',
      'collega zit al een uur in de silo en reageert niet',
      'он залез в цистерну час назад и не выходит, не отвечает',
      'колега спустився в резервуар і не відповідає',
      'dia masuk ke tangki sejam lalu dan belum keluar, tidak menjawab',
      'tanka girdi bir saattir cikmadi, cevap vermiyor',
      'Er ist vor einer Stunde in den Silo gestiegen und antwortet nicht',
      'entro en el tanque hace una hora y no sale',
      'Il est descendu dans la cuve il y a une heure et ne répond plus',
      "È entrato nella cisterna un'ora fa e non esce, non risponde",
      'Wszedł do zbiornika godzinę temu i nie wychodzi, nie odpowiada',
      'Ele entrou no tanque há uma hora e não saiu, não responde',
      'Pumasok siya sa tangke isang oras na ang nakalipas at hindi pa lumalabas',
      'Anh ấy xuống bồn chứa một tiếng rồi vẫn chưa ra, không trả lời',
      '他一个小时前下到罐里，一直没出来，也没人回',
      'دخل الخزان من ساعة وما طلع، ما يرد',
      'वह एक घंटे पहले टैंक में गया और अभी तक बाहर नहीं आया, जवाब नहीं दे रहा',
      'woh tank mein gaya tha ek ghante pehle, abhi tak bahar nahi aaya',
      'او یک ساعت پیش وارد مخزن شد و هنوز بیرون نیامده، جواب نمی‌دهد',
      '동료가 맨홀로 내려갔는데 대답이 없어요',
    ],
    calm: [
      'han gick in i tanken igar for inspektion och allt gick bra',
      'a intrat in bazin ieri pentru inspectie si a iesit fara probleme',
      'de tank is leeg, we moeten nieuwe bestellen',
      'вчера залез в цистерну на проверку, всё нормально, вылез',
      'kal tank mein gaya tha inspection ke liye, sab theek tha',
      'वह कल टैंक में गया था जांच के लिए, सब ठीक था',
    ],
  },
  {
    name: 'touching told with reduplication written with a 2 (id, ms)',
    urgent: [
      'mandor pegang2 aku terus tiap shift malam, katanya kalo nolak dipecat',
      'bos suka raba2 aku di gudang',
      'supervisor colek2 pantat aku tiap hari',
      'penyelia pegang2 badan saya, kalau lapor kena buang kerja',
      'dia raba-raba aku terus di pantry',
    ],
    calm: ['anak2 main di taman', 'kita jalan2 ke mall abis shift', 'hati2 di jalan ya'],
  },
  {
    name: 'a strong smell of gas and people dizzy (ms, id)',
    urgent: [
      'bau gas kuat sangat kat dapur, ramai dah pening',
      'ada bau gas kuat kat stor, pekerja pening dan muntah',
      'tercium bau gas di gudang, dua orang pusing',
      'bau gas sgt kuat dekat kilang',
      'baunya kaya gas di dapur, banyak yang pusing',
    ],
    calm: ['gas habis kat dapur, kena tukar tong baru', 'pening kepala sebab kerja banyak sangat'],
  },
  {
    name: 'a drunk driver of a forklift or truck at work (ru, uk)',
    urgent: [
      'Бригадир пьяный сел за погрузчик и чуть не задавил Колю, сейчас опять катается',
      'водитель погрузчика пьяный, ездит по складу',
      'мастер пьяный за рулем погрузчика, чуть не сбил человека',
      'бригадир п’яний сів за навантажувач і мало не збив колегу',
      'водій навантажувача пʼяний, досі їздить по складу',
    ],
    calm: [
      'вчера на корпоративе все были пьяные, но уехали на такси',
      'вчора на святі бригадир був п’яний, але додому поїхав на таксі',
    ],
  },
  {
    name: 'someone gone with the phone off (uk, ru)',
    urgent: [
      'Оксана зникла після нічної зміни, телефон вимкнений, вдома її немає',
      'колега не вийшла на зміну, телефон вимкнений, ніхто не знає де вона',
      'Андрій пропав після зміни, не бере трубку',
      'Оксана пропала после ночной смены, телефон выключен, дома её нет',
      'Сергей не пришёл на смену, телефон выключен, дома никого',
    ],
    calm: ['мой телефон выключен, пишите на почту', 'телефон вимкнений на нараді, передзвоню'],
  },
  {
    name: 'someone gone with the phone off, in the other languages',
    urgent: [
      'Ana desapareció después del turno de noche, el teléfono está apagado y no está en casa',
      "Marie a disparu après le service de nuit, son téléphone est éteint, elle n'est pas chez elle",
      'A Joana desapareceu depois do turno da noite, o telefone está desligado e ela não está em casa',
      'Sanne is na de nachtdienst verdwenen, haar telefoon staat uit en ze is niet thuis',
      'Lisa försvann efter nattskiftet, telefonen är avstängd och hon är inte hemma',
      'Ayşe gece vardiyasından sonra kayboldu, telefonu kapalı, evde de yok',
      'Maria a disparut după tura de noapte, telefonul e închis și nu e acasă',
      'Siti hilang lepas syif malam, telefon dia tutup, tak ada kat rumah',
      '민수가 야간 근무 후에 사라졌어요, 전화기가 꺼져 있고 집에도 없어요',
      '田中さんが夜勤のあと行方がわからない、電話の電源が切れていて家にもいない',
      '동료가 탱크 안에 들어갔는데 한 시간째 안 나와요, 대답이 없어요',
    ],
    calm: [
      'el teléfono está apagado porque estoy de vacaciones',
      'mon téléphone est éteint pendant la réunion, je rappelle',
      'mijn telefoon staat uit tijdens de vergadering',
      '전화기가 꺼져 있어요, 회의 중이에요',
      'telefonul e închis, sunt în concediu',
    ],
  },
  {
    name: 'a knife and a threat to kill everyone (ko, ja)',
    urgent: [
      '반장이 칼 들고 다 죽여버리겠다고 소리치고 있어요',
      '과장이 다 죽여버린다고 소리질러요',
      '손님이 칼을 들고 죽이겠다고 해요',
      '팀장이 너 죽여버릴거야라고 했어요',
      '班長が包丁を持って全員殺してやると叫んでいる',
    ],
    calm: ['배고파 죽겠어요', '이 게임에서 보스를 죽여버렸어', '暑くて死にそう'],
  },
  {
    name: 'a named person hitting the writer (en)',
    urgent: [
      'John hit me in the break room',
      'Dave hit me at the loading bay today',
      'Priya slapped me in front of everyone',
      'steve punched me after the meeting',
      'mark hit me again this morning',
    ],
    calm: [
      'John hit me up about covering his shift',
      'Sarah hit me with a load of paperwork',
      "Tom hit me with the news that we're moving",
      'it hit me in the break room that I need a new job',
    ],
  },
];

/** A past accident put right since ("since then we have lifts and all is fine") is no emergency; a fresh one is. */
const PAST_PUT_RIGHT = {
  calm: [
    'Vor drei Jahren ist hier mal einer von der Leiter gefallen, seitdem haben wir Hubbühnen und alles ist gut',
    'Vor zwei Jahren hat sich hier jemand an der Säge verletzt, seitdem gibt es Schutzhauben und es ist nichts mehr passiert',
    'Letztes Jahr ist ein Kollege vom Gerüst gestürzt, seitdem gibt es überall Geländer',
    "Three years ago someone fell off a ladder here, since then we use scissor lifts and it's all good",
    'Hace tres años alguien se cayó de una escalera, desde entonces usamos plataformas y todo bien',
  ],
  urgent: [
    'Vor drei Minuten ist einer von der Leiter gefallen und blutet',
    'Vor drei Jahren ist einer von der Leiter gefallen, und heute ist wieder einer gestürzt und bewegt sich nicht',
  ],
};

describe('urgency, blind round 16 (second pass)', () => {
  for (const { name, urgent, calm } of CLASSES) {
    describe(name, () => {
      it.each(urgent)('Should escalate "%s"', (text) => {
        expect(detectUrgency(text).urgent).toBe(true);
      });
      it.each(calm)('Should keep "%s" calm', (text) => {
        expect(detectUrgency(text).urgent).toBe(false);
      });
    });
  }
  describe('a past accident put right since', () => {
    it.each(PAST_PUT_RIGHT.calm)('Should keep "%s" calm', (text) => {
      expect(detectUrgency(text).urgent).toBe(false);
    });
    it.each(PAST_PUT_RIGHT.urgent)('Should escalate "%s"', (text) => {
      expect(detectUrgency(text).urgent).toBe(true);
    });
  });
});
