import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/**
 * Blind round 18 (a tester with the README only, on the tree of 2026-12-04): emergencies told by what the writer sees
 * rather than named (a stroke's or a heart attack's signs, someone found not moving and cold, people inside a stuck
 * lift, smoke "seen coming out", a fight with a tool, a scaffold swaying with workers on it, children in a machine
 * area, a farewell with no future in it), the same in the languages read by a table (Dutch, Swedish, Turkish,
 * Russian and Ukrainian) and in three read by none before (Norwegian and Danish, Russian typed in Latin letters,
 * Thai); and three false alarms (a question of what to do if it happens, a drill's scenario praised, a match won
 * 6-0). Each as a class, with fresh wordings and look-alikes that must stay calm.
 */
const CLASSES: { name: string; urgent: string[]; calm: string[] }[] = [
  {
    name: "a stroke's signs: slurring, a face drooping, one side weak (en)",
    urgent: [
      'my supervisor is slurring his words and his face looks droopy on one side',
      'one side of his face is drooping and he cant lift his right arm',
      "her speech is slurred and she's confused, she can't raise her left arm",
      'the driver in bay 2 is slurring his speech and his left arm is weak',
      "colleague's mouth is drooping on one side since lunch, he says he's ok",
      'his left side is numb and he is slurring his words',
    ],
    calm: [
      'he was slurring his words at the christmas party, so embarrassing lol',
      'the new banner in reception is drooping on one side',
      'the plants on my desk are drooping again',
    ],
  },
  {
    name: "a heart attack's signs: the chest clutched, sweating, breathless (en)",
    urgent: [
      'the forklift driver is clutching his chest and sweating buckets',
      'a customer grabbed her chest and went down by the tills',
      'he has chest pains and is clammy and grey, what do we do',
      "should I call an ambulance? my manager is holding his chest and can't breathe",
      'old guy at reception clutching at his chest, really pale',
    ],
    calm: ['he clutched his chest dramatically when he saw the bill lol', 'chest day at the gym tomorrow, who is in'],
  },
  {
    name: 'a person found not moving, cold, not waking (en)',
    urgent: [
      'found a cleaner not moving on the toilet floor, she is ice cold',
      'we found our night porter unresponsive in the boiler room',
      'found him in the cold store, not moving',
      'he is cold and not moving, please send someone to bay 7',
      "can't wake her up, she's in the rest room",
      'found one of the drivers motionless in his cab',
    ],
    calm: [
      'found the queue not moving at the canteen again',
      'found my coffee cold after the meeting, classic',
      "he's cold so can we turn the heating up",
    ],
  },
  {
    name: 'people inside a lift stuck between floors (en)',
    urgent: [
      'the lift is stuck between floors 2 and 3 with a wheelchair user inside',
      'goods elevator stopped between floors, 3 people are trapped',
      'elevator jammed at level 4 with someone inside and the alarm button does nothing',
      'lift broke down w/ two residents in it, they are panicking',
      'lift stuck for an hour now, 4 of us inside, nobody is answering the phone',
    ],
    calm: [
      'the lift got stuck between floors again this morning, it was empty',
      'elevator 2 is stuck between floors, nobody inside thankfully',
    ],
  },
  {
    name: 'a fire said in the passive: smoke seen, flames spotted (en)',
    urgent: [
      'flames were spotted behind the loading dock bins a few minutes ago',
      'smoke was seen pouring from the roof of unit 4',
      'Smoke has been noticed coming from the server room since 10',
      'sparks were seen coming out of the main panel',
      'smoke was just reported in the east stairwell',
    ],
    calm: [
      'in the drill scenario smoke was seen coming from the canteen',
      'flames were spotted on the bbq at the summer party, great fun',
    ],
  },
  {
    name: 'a fight with a tool for a weapon, or someone down (en)',
    urgent: [
      'two drivers are fighting by gate 3 with a crowbar',
      "some lads are brawling in the canteen and one guy's on the floor bleeding",
      'the pickers are fighting each other with box cutters',
      'two of the temps started fighting with a hammer in aisle 9',
      'they are fighting out back and one of them is knocked out',
    ],
    calm: [
      "I've been fighting with the printer all morning",
      'the two teams are fighting over the meeting room again',
      'the guys were fighting with a stubborn bolt and a wrench all morning',
    ],
  },
  {
    name: 'a farewell with no future in it (en, nl)',
    urgent: [
      "won't be needing my locker any more after tonight. take care of each other",
      'just so you know I wont be needing my shifts ever again. this is my goodbye',
      "this is goodbye. I won't be around after this week",
      "Goodbye everyone. you won't have to deal with me after friday, won't be needing my badge anymore",
      'Ik heb al mijn afscheidsbrieven geschreven, jullie zijn straks beter af zonder mij',
      'mijn spullen heb ik weggegeven. na dit weekend hebben jullie geen last meer van mij',
    ],
    calm: [
      "won't be needing my locker after friday as I'm retiring, this is goodbye and thanks",
      "last day today! I won't be needing my badge anymore, new job starts monday. goodbye everyone",
      'take care of yourselves over the holidays',
      'we schrijven een afscheidsbrief voor Jan die met pensioen gaat',
    ],
  },
  {
    name: 'a scaffold swaying or cracked with workers on it (pt, es, fr, it, de, en)',
    urgent: [
      'o andaime da fachada esta balancando muito e tem dois pintores em cima',
      'el andamio se esta tambaleando y hay tres albaniles encima todavia',
      "l'echafaudage penche et il y a encore deux gars dessus",
      'il ponteggio oscilla e ci sono ancora operai sopra',
      'das Gerüst wackelt und es sind noch zwei Arbeiter drauf',
      'the scaffolding on block C is swaying and there are still guys on it',
    ],
    calm: ['o andaime que rachou ontem ja foi trocado', 'the scaffold that cracked last month has been replaced'],
  },
  {
    name: 'children run into a machine area, no one watching (vi)',
    urgent: [
      'may dua be chay vao gan may ep, khong ai trong',
      'tre con dang choi canh bang chuyen',
      'hai dua tre leo vao khu may cat',
      'mấy đứa trẻ con chạy vào khu sản xuất, không ai trông',
      'con nit di lang thang o khu xe nang',
    ],
    calm: ['tre con den cong ty choi vui lam', 'cuoi tuan toi dua tre con di cong vien'],
  },
  {
    name: 'someone pinned under a forklift, or a farewell (nl)',
    urgent: [
      'een collega zit vastgeklemd onder de heftruck en roept om hulp',
      'collega zit klem onder een pallet en kan niet weg',
      'de heftruck heeft een uitzendkracht aangereden',
      'iemand ligt bekneld onder de stelling',
      'hij zit vast onder de vrachtwagen',
    ],
    calm: ['de heftruck staat klem tegen de muur, kan iemand hem verzetten', 'ik zit vast in de file, ben later'],
  },
  {
    name: 'a threat to kill said in the past (sv)',
    urgent: [
      'chefen hotade att doda mig om jag pratar med facket',
      'hon hotade att doda oss alla',
      'han har hotat med att knivhugga mig',
      'förmannen hotade att döda honom',
      'han hotade att skjuta mig efter skiftet',
    ],
    calm: ['hon hotade att sluta om hon inte fick semester', 'chefen hotade med att ställa in julfesten'],
  },
  {
    name: 'the gravest in Norwegian and Danish',
    urgent: [
      'Det lukter gass i hele kjelleren og to stykker har besvimt',
      'min kollega er faldet ned fra stilladset og bevæger sig ikke',
      'Det brenner i lageret, ring 112',
      'Kollegaen min er bevisstløs på gulvet',
      'han falt ned fra stigen og beveger seg ikke',
      'det lugter af gas i kælderen og en er besvimet',
      'min kollega puster ikke',
    ],
    calm: ['mobilen min er død igjen', 'brannøvelse på fredag klokka 10', 'vi ses i morgen på kontoret'],
  },
  {
    name: 'a worker hit by a vehicle, lying in blood (tr)',
    urgent: [
      'forklift soforu isciye carpti, adam yerde kanlar icinde yatiyor',
      'kamyon isciye carpti, adam kanlar icinde',
      'forklift ustayi ezdi, yerde yatiyor hareket etmiyor',
      'istif makinesi arkadasimiza carpti',
      'vinc bir isciyi sikistirdi',
    ],
    calm: ['kuyruk hareket etmiyor, kasada tek kisi var', 'forklift bakima gitti, yarin gelir'],
  },
  {
    name: 'Russian typed in Latin letters',
    urgent: [
      'kollega upal so stropil i ne dyshit, pomogite',
      'on upal s kryshi i ne dyshit',
      'pomogite, pozhar na sklade',
      'kollega bez soznaniya v tsehe',
      'pahnet gazom v podvale, vyzovite skoruyu',
    ],
    calm: ['ne dyshit li server? proverte', 'privet, kak dela na smene'],
  },
  {
    name: 'fallen into a pit and not answering (uk, ru)',
    urgent: [
      'колега впав у яму біля конвеєра і не відповідає',
      'він впав у колодязь і не рухається',
      'рабочий упал в яму и не отвечает',
      'напарник провалился в люк и молчит',
      'вона впала в траншею і не відповідає',
    ],
    calm: ['очередь не двигается уже час', 'телефон упал в яму, ну и ладно'],
  },
  {
    name: 'the gravest in Thai: unconscious, not breathing, trapped, fire',
    urgent: [
      'เพื่อนร่วมงานหมดสติในห้องหม้อไอน้ำ ไม่หายใจ',
      'ไฟไหม้ที่โกดัง มีคนติดอยู่ข้างใน',
      'เพื่อนหมดสติอยู่ในห้องน้ำ',
      'มีคนติดอยู่ในลิฟต์',
      'ช่วยด้วย ไฟไหม้ที่โรงงาน',
    ],
    calm: ['พรุ่งนี้ซ้อมหนีไฟตอนบ่ายสองโมง', 'ดูหนังเรื่องไฟไหม้ตึกเมื่อคืน สนุกมาก'],
  },
  {
    name: 'a question of what to do if it happens, asked only (en, fr, es)',
    urgent: [
      'there is a gas smell in the kitchen, what is the procedure?',
      'what is the procedure if someone smells gas? because I smell it right now in bay 3',
    ],
    calm: [
      "What is the procedure if someone smells gas? I couldn't find it in the handbook",
      'What should we do if someone smells gas in the kitchen? It is not in the handbook',
      'what is the procedure if there is a chemical spill? just curious',
      'Question : quelle est la procedure si on trouve un produit chimique renverse ? je demande juste pour savoir',
      'que faut-il faire en cas de fuite de gaz ? juste pour savoir',
      '¿qué hay que hacer si huele a gas? solo pregunto',
      'Question : que faire si on trouve un produit renverse ? par curiosite',
    ],
  },
  {
    name: "a drill's scenario praised (en, fr)",
    urgent: [
      'The gas leak scenario in the exercise was realistic. Today there is a real gas smell in the kitchen and two people feel dizzy',
    ],
    calm: [
      "The gas leak scenario in yesterday's emergency exercise was realistic, good job safety team",
      'the fire scenario in the evacuation drill was very realistic, well done',
      "le scenario de fuite de gaz de l'exercice etait tres realiste",
    ],
  },
  {
    name: 'a match won with its score (tr, en, de)',
    urgent: ['we won 3-1 at five-a-side and then he punched me in the car park'],
    calm: [
      'Dunku hali saha macinda muhasebeyi ezdik gectik, 6-0 kazandik',
      'hali saha macinda satis ekibini ezdik, 5-1 kazandik',
      'we crushed the warehouse team 4-0 in the five-a-side final',
      'gestern haben wir die Buchhaltung 3:0 im Spiel vernichtet',
    ],
  },
];

describe('urgency, blind round 18', () => {
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
});
