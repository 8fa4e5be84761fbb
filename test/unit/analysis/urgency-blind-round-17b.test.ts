import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/**
 * Blind round 17, the misses left after the first fixes (an outside tester's round on main of 2026-12-04), each fixed
 * as a class in its language and its neighbours, with fresh wordings (word order, typos, no accents) and calm
 * near-misses that must stay calm. Each row names what a user would notice: the report escalated, or left alone.
 */
const URGENT: Record<string, string[]> = {
  // A small child on their own and in distress at work.
  'a child alone and crying': [
    'theres a little kid alone in the break room, been crying for 30 min no parent around',
    'a small child is alone in the canteen crying, nobody knows whose she is',
    'toddler wandering around the staff room by himself, crying for his mum',
    'found a little boy on his own in reception crying, no adult with him',
    'little girl crying alone in the break room for half an hour',
    'a 4 year old is sitting alone by the tills screaming for his mum',
    'kid crying in the toilets, no parents around',
  ],
  // Someone in care left on the floor for hours.
  'a resident left on the floor': [
    'elderly resident in room 14 has been left on the floor since last night, night staff said not their problem',
    'mrs jones was left lying on the floor all night, nobody picked her up',
    "resident found on the floor this morning, she'd been there since 2am and no one helped",
    'they left the old man on the bathroom floor overnight',
    "the patient in bed 6 has been lying on the floor for 3 hours, staff won't lift him",
    'grandma smith has been lying on the floor of her room since yesterday, night staff too busy',
  ],
  // The means made ready for a time, with no word of death.
  'pills made ready': [
    'im so tired of everything, i have the pills ready for tonight',
    'ive got my tablets lined up for tonight, then its over',
    'the pills are ready, tonight is the night',
    "i've got enough sleeping pills saved up for when i finally do it",
    'all my meds are counted out for tonight, nobody will miss me',
  ],
  // A driver taken ill with the vehicle still moving.
  'a driver taken ill, the vehicle moving': [
    'driver of the yard truck had a seizure and its still rolling towards the gate',
    'the lorry driver had a seizure at the wheel, truck rolling toward the loading bay',
    'forklift operator passed out and the forklift is still moving down aisle 3',
    'the bus driver collapsed, bus still in gear rolling across the yard',
    'driver slumped over the wheel, van rolling back down the ramp, we cant stop it',
  ],
  // A chemical in someone's eyes (pt, es, it, fr).
  'a chemical in the eyes': [
    'vazou produto quimico no laboratorio, duas pessoas com os olhos queimando',
    'espirrou soda cáustica no olho do meu colega, ele não consegue ver',
    'caiu ácido nos olhos dela na limpeza',
    'derramou cloro e o colega esta com os olhos ardendo',
    'o desengordurante saltou para os olhos do Rui',
    'estava sem óculos de proteção e caiu ácido nos olhos',
    'le saltó lejía a los ojos a una compañera',
    'se derramó un producto químico en el laboratorio, dos compañeros con los ojos ardiendo',
    'al compañero le cayó sosa en el ojo y no puede ver',
    "gli è schizzato dell'acido negli occhi",
    'è uscito un prodotto chimico in laboratorio, due colleghi con gli occhi che bruciano',
    'il a reçu de la soude dans les yeux',
    "de la javel a giclé dans l'oeil d'une collègue",
  ],
  // Short Dutch reports whose words look German ("er", "de"): the Dutch table reads them.
  'a short Dutch report': [
    'er is brand in de kantine, overal rook',
    'brand in de kantine!',
    'er is brand op de werkvloer',
    'brand op de werkvloer, overal rook',
    'er is brand in het kantoor',
    'de fabriek staat in brand',
    'es brennt in der Kantine, überall Rauch',
  ],
  // Someone missing whose last message said goodbye (tr, and its neighbours).
  'missing after a farewell': [
    'arkadasim 2 gundur yok, telefonu kapali, son mesajinda herkese veda etti',
    'iş arkadaşım dünden beri yok, telefonu kapalı, gruba "hoşçakalın" yazdı',
    'Mehmet abi kayboldu, son mesajında herkesten helallik istedi',
    'herkese veda etti ve 3 gündür ortada yok',
    'ustabasi ulasilamiyor, gece herkese veda mesaji atmis',
    'mijn collega is al twee dagen weg, telefoon staat uit, in zijn laatste bericht nam hij afscheid van iedereen',
    'my coworker hasnt been seen for 2 days, phone off, his last message said goodbye to everyone',
  ],
  // Groping told with "raba" (ms, id).
  'groping (raba)': [
    'supervisor selalu raba saya masa takde orang, saya takut nak datang kerja',
    'bos saya raba paha saya waktu di gudang',
    'penyelia asyik raba-raba badan aku bila syif malam',
    'atasan sering meraba punggung saya di pantry',
    'mandor itu grepe-grepe saya tiap hari',
    'dia selalu gerayangi aku waktu sepi',
  ],
  // A child locked in a car (ko, ja, zh).
  'a child locked in a car': [
    '주차장에서 애가 혼자 차 안에 갇혀서 울고 있어요',
    '아기가 차 안에 갇혔어요 빨리 와주세요',
    '차 안에 아이가 혼자 있는데 문이 잠겨 있어요',
    '어린이가 통학차 안에 혼자 남겨져 있어요',
    '子供が車の中に閉じ込められて泣いている',
    '孩子被锁在车里一个人在哭',
  ],
  // A vehicle that ran over or nearly ran over someone (sv, en, de).
  'a vehicle nearly running someone over': [
    'en truck backar utan att titta, nästan körde över en kille, chefen bryr sig inte',
    'gaffeltrucken backade på en kollega i lagret idag',
    'lastbilen höll på att köra över en fotgängare vid lastkajen',
    'föraren backade nästan på mig, han tittar aldrig bakåt',
    'en kille blev påkörd av en truck vid port 3',
    'forklift reversing without looking, almost ran over a guy, manager doesnt care',
    'the van almost backed over a kid in the car park',
    'der Stapler fährt rückwärts ohne zu schauen, hätte fast einen Kollegen überfahren',
  ],
  // A drunk driver of a work vehicle (ja, ko, zh).
  'a drunk driver of a work vehicle': [
    'フォークリフトの運転手が酔っ払ってて、さっき人をひきそうになった',
    'トラックの運転手が酒臭い、今から配送に出るらしい',
    '酔っ払ったままフォークリフトを運転してる人がいる',
    '倉庫でリーチリフトに人がひかれそうになった',
    '重機のオペレーターが泥酔状態で作業している',
    '지게차 기사가 술에 취해서 사람을 칠 뻔했어요',
    '트럭 운전기사가 음주 상태로 출발하려고 해요',
    '叉车司机喝醉了，差点撞到人',
  ],
};

const CALM: Record<string, string[]> = {
  'a child alone and crying': [
    'my kid was crying in the break room when i picked her up',
    'the kids were alone in the break room playing cards during the party',
    'my kid is home alone and scared of the dark, can i leave early',
  ],
  'a resident left on the floor': [
    'the resident sleeps on a mattress on the floor by choice since last night',
    'residents left on the floor after the party, lots of crumbs',
    "they found her on the floor this morning after a fall, she's fine, we called the gp",
    'staff were sitting on the floor for hours during the team building',
  ],
  'pills made ready': [
    'i have the pills ready for the residents evening round',
    'got my tablets ready for tonight, i take them with dinner as prescribed',
  ],
  'a driver taken ill, the vehicle moving': [
    'the truck was still rolling when the driver jumped out to open the gate lol',
    "driver had a seizure last year, he's fine now and drives again",
  ],
  'a chemical in the eyes': [
    'meus olhos estão ardendo de tanto olhar pro computador',
    'o lava-olhos fica ao lado dos produtos químicos',
    'me arden los ojos de tanto mirar la pantalla',
    'mi bruciano gli occhi per lo schermo tutto il giorno',
    'in caso di acido negli occhi sciacquare',
    'en cas de produit chimique dans les yeux, rincer',
  ],
  'a short Dutch report': [
    'er was brand in de kantine, maar het is geblust en opgelost',
    'in de kantine is de brandoefening om 3 uur',
    'the brand new api is fire',
    'we had a brand meeting in the canteen over lunch',
  ],
  // A figure of speech about heat (nl, de, sv).
  'dying of the heat': [
    'ik ga dood van de hitte op kantoor, kan de airco aan?',
    'we gaan hier dood van de warmte in het magazijn, geen airco',
    'ik sterf van de hitte, doe de ramen open',
    'ik ga echt dood van de kou in de loods',
    'ga dood van de hitte hier lol',
    'ich sterbe vor Hitze im Büro, kann jemand die Klima anmachen?',
    'jag dör av värmen på kontoret, kan någon sätta på AC?',
  ],
  'missing after a farewell': [
    'emekli olan mudur herkese veda etti, pasta kestik',
    'arkadasim 2 gundur yok, izinde, dönünce görüşürüz',
    'onze teamleider nam vrijdag afscheid van iedereen, hij gaat met pensioen',
  ],
  'groping (raba)': ['saya raba dinding untuk cari suis lampu dalam gelap', 'dia meraba-raba poket cari kunci'],
  'a child locked in a car': ['아이가 차 안에서 자고 있어요, 엄마가 옆에 있어요', '애가 차에 타서 신났어요'],
  'a vehicle nearly running someone over': [
    'chefen körde över mig på mötet igen, ingen lyssnar',
    'jag körde över budgeten den här månaden',
  ],
  'a drunk driver of a work vehicle': [
    '忘年会で運転手以外みんな酔っ払ってた、楽しかった',
    '運転手さんは酔っ払っていない、ちゃんと確認した',
    '회식에서 기사님도 술에 취해서 재밌었어요',
    '지게차 기사가 술에 취하지 않았어요',
  ],
  // Praise: targets smashed, killer work.
  praise: [
    'we smashed our targets this quarter, absolute killer work team',
    'smashed it, great work',
    'the team hammered the quarter goals at work, legends',
    'we absolutely smashed the deadline at work this week',
    'wasted the whole day at work in meetings',
  ],
  // A guard that was missing and has been put back (en, es, pt, fr, de, it).
  'a guard put back': [
    'the guard on press 3 was missing but maintenance refitted it this morning, all good',
    "the machine guard was removed yesterday but it's been put back on now",
    'guard on the bandsaw was missing, maintenance reinstalled it at 10',
    'the safety guard was taken off the press but they bolted it back on this afternoon',
    'interlock was bypassed but the engineer reattached it',
    'la protección de la sierra faltaba pero ya la volvieron a poner',
    'a proteção da prensa estava faltando mas já foi recolocada',
    'le carter de la presse manquait mais il a été remis en place ce matin',
    'die Schutzhaube an der Presse fehlte, wurde aber heute wieder angebracht',
    'il carter della pressa mancava ma è stato rimontato stamattina',
  ],
  // Things locked in a safe, a drawer or a locker.
  'things locked away': [
    'i locked them in the safe before leaving, the keys i mean',
    'the laptops? we locked them in the cabinet overnight',
    'locked them inside the drawer, keys are with me',
    "they're locked in the safe now, dont worry about the passports",
    'we lock them in our lockers at night, the tablets',
    'he locks them in the cash box every evening',
  ],
  // Stuck in the machine of a company: a figure for a job.
  'the machine of a company': [
    "i'm stuck in the machine of this company",
    'feel stuck in the machine of this company, nobody listens',
    "we're all trapped in the machinery of this corporation",
    'im stuck in the corporate machine and going nowhere',
    'just another cog caught in the machine of this place',
    'been ground down by the machine of this bureaucracy for years',
  ],
};

// Beside each calm class, what must still escalate.
const STILL_URGENT: Record<string, string[]> = {
  praise: [
    'he was smashed at work again, driving the forklift',
    'the forklift driver is hammered, stumbling around the warehouse',
    'she turned up to work wasted and is operating the crane',
  ],
  'a guard put back': [
    'the guard was refitted last week but its missing again',
    'the guard on press 3 was removed and nobody put it back',
  ],
  'things locked away': [
    'they locked them in the cold room as a joke and they couldnt get out',
    'manager locks us in the warehouse at night',
    'someone locked the kid in the car',
  ],
  'the machine of a company': [
    'he is stuck in the machine, his arm is caught, help',
    'im stuck in the machine on line 4 please help',
    'her hand got caught in the machine of the bakery line',
  ],
  'dying of the heat': ['ik wil dood, ik kan niet meer', 'het is zo heet dat iemand flauwgevallen is in de loods'],
};

const rows = (table: Record<string, string[]>) =>
  Object.entries(table).flatMap(([kind, texts]) => texts.map((text) => [kind, text] as const));

describe('blind round 17b: the round-17 misses as classes, in their languages and neighbours', () => {
  it.each(rows(URGENT))('Should escalate %s: "%s"', (_kind, text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(rows(CALM))('Should keep %s calm: "%s"', (_kind, text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each(rows(STILL_URGENT))('Should still escalate beside %s: "%s"', (_kind, text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
