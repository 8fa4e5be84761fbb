import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { type EscalationMessage, routeToSponsor } from '../../../shared/domain/escalation';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { escalateUnread } from '../../support/unanalysable-escalation';

/*
 * att46 (a blind attack, 2026-12-07) found three classes of urgent report calm (u48a; docs/escalations.md):
 * - a machine that starts, moves or comes down by itself with someone in it, at it or cleaning it, in French, German,
 *   Italian, Polish, Vietnamese, Chinese, Arabic, Ukrainian and Russian (machines-starting-by-themselves-abroad.ts),
 *   and a robot that "hit the operator" read as a threat alone, a press with a hand "put in" (vi) as harassment;
 * - "man down", "worker down", "hombre caído", "hay un compañero tirado" said as the whole report
 *   (someone-down-said-alone.ts);
 * - the key noun misspelt in ways the last round did not reach ("fiar", "gunn", "knif", "scafold", "incendi",
 *   "fummée", "léchafaudage", "es brent", "gass", "scafale … crolato", "пожеж": key-nouns-misspelt.ts), and three said
 *   bare: "ist hier Rauch im Lager", "tulong po plss may usok sa stockroom", "emergancy in warehouse pls hlp"
 *   (gravest/smoke-and-emergencies-said-bare.ts).
 * TUNED are att46's own texts (the rules were tuned on them); HELD_BACK were written before any change, in other
 * words and languages, and never tuned on (their count is asserted, the miss is named in docs/escalations.md); CALM
 * are look-alikes that must stay calm.
 */
const TUNED = [
  // machines (att46)
  "la presse s'est mise en marche toute seule pendant que je changeais l'outil",
  'il nastro è partito da solo mentre pulivo i rulli',
  'máy tự chạy lúc anh ấy đang sửa bên trong',
  'المكينة اشتغلت لوحدها وهو يصلحها',
  'верстат сам увімкнувся коли він чистив',
  'la macchina si è avviata da sola con qualcuno dentro',
  'maszyna sama się uruchomiła z kimś w środku',
  'máy tự chạy khi có người bên trong',
  '机器自己启动了，里面有人',
  'машина сама запустилася коли всередині була людина',
  'die Presse ist plötzlich von alleine angegangen, Hand war noch drin',
  'la pressa si è accesa da sola mentre Marco aveva la mano dentro',
  'prasa sama ruszyła jak czyściłem',
  '传送带在维修的时候自己转起来了',
  'прес сам запустився коли в нього була рука всередині',
  'станок сам включился когда он был внутри',
  "la machine s'est allumée toute seule pendant le nettoyage",
  'la macchina è ripartita da sola durante la manutenzione',
  'cái băng chuyền tự chạy trong lúc đang bảo trì',
  'السير اشتغل لحاله وقت الصيانة',
  'конвеєр сам запустився під час ремонту',
  'the robot started moving on its own and hit the operator',
  'máy ép tự khởi động khi anh Nam đang thò tay vào',
  'the press cycled by itself with his hand under the die',
  'saw restarted on its own with no one touching it, the blade almost got tony',
  'a máquina ligou do nada enquanto eu limpava',
  // man down
  'man down',
  'worker down',
  'guy down in aisle 4',
  'hombre caído',
  'hay un compañero tirado',
  // misspelt
  'theres a fiar in the warehous',
  'somone has a gunn in the parkin lot',
  'a guy with a knif in the breakroom',
  'somone fell of the scafold and isnt moveing',
  'the scafold is wobling with 3 guys on it',
  "il y a un incendi dans l'atelier",
  'quelqun est tombé de léchafaudage',
  "il y a de la fummée dans l'entrepôt",
  'es brent in der halle hilfe',
  'es riecht nach gass in der Halle',
  'ist hier Rauch im Lager',
  'lo scafale è crolato su un operaio',
  "c'è una fuga di gass in cucina",
  'у цеху пожеж допоможіть',
  'emergancy in warehouse pls hlp',
  'tulong po plss may usok sa stockroom',
];

const HELD_BACK = [
  // machines, my own wording
  'le convoyeur a redémarré tout seul alors que Julien était dedans pour le nettoyer',
  "la scie s'est lancée toute seule quand il avait les doigts sous la lame",
  'die Walze lief plötzlich von selbst an, als Tom sie sauber machte',
  'das Förderband ist von allein losgelaufen, während ein Kollege drin stand',
  'il nastro trasportatore si è messo in moto da solo mentre Luca ci lavorava dentro',
  'la sega è partita da sola mentre facevo la pulizia',
  'taśmociąg sam się włączył, kiedy Marek go czyścił',
  'prasa włączyła się sama podczas konserwacji, a Adam miał tam rękę',
  'конвеєр увімкнувся сам, поки Іван його ремонтував',
  'прес сам запрацював, коли Оля його чистила',
  'пресс сам запустился, пока Саша его чистил',
  'băng tải tự khởi động trong khi chị Lan đang vệ sinh',
  'máy cắt tự chạy khi anh Tuấn đang thay dao',
  '搅拌机突然自己启动了，小王的手还在里面',
  '清理的时候冲床自己动了，差点夹到他的手',
  'المكنة دارت لوحدها وهو جواها',
  'the mixer fired up on its own and hit the guy cleaning it',
  'the robot arm started moving by itself and struck a worker',
  // man down
  'man down near the loading dock',
  'worker down at gate 2',
  'tenemos un hombre caído en el pasillo 3',
  'hay un trabajador tirado en el piso y no responde',
  'homem caído no corredor 5',
  // misspelt
  'some guy has a gunn at the front gate',
  'dude pulled a knif on me in the locker room',
  'somone fell from the scafolding and hes not moving',
  'big fiar in the paint shop',
  "un incendi s'est déclaré dans la cuisine",
  "il y a de la fumé partout dans l'atelier",
  'es brennt in der Küche',
  'hier ist Rauch in der Werkstatt',
  'es riecht nach gass im keller',
  "c'è odore di gass in magazzino",
  'пожеж на складі, рятуйте',
  'emergancy at dock 3 pls hlp',
  'tulong po pls may sunog sa bodega',
];

const CALM = [
  'my laptop started on its own last night',
  "l'imprimante s'est allumée toute seule ce matin",
  'die Kaffeemaschine geht von alleine an, voll praktisch',
  'il robot aspirapolvere è partito da solo alle 3 di notte haha',
  'radio w aucie sama się włącza, śmieszne',
  'ноутбук сам увімкнувся вночі',
  'máy tính tự khởi động lại để cập nhật',
  '电脑自己重启了，好烦',
  'التلفزيون اشتغل لحاله الصبح ههه',
  'the dishwasher started on its own at 3am lol',
  'the machine starts by itself sometimes lol its haunted',
  "la machine s'est mise en marche toute seule, personne n'était à côté heureusement",
  'die Anlage ist von alleine angelaufen, aber niemand war in der Nähe',
  'the robot vacuum started on its own and scared the cat',
  'the car radio turns itself on, so annoying',
  'la cafetera se prende sola jaja',
  'man down the hall said hi',
  'the guy down the street sells tacos',
  'man, down to 2 people on the line again',
  'man down, we lost the match',
  "we're a man down today, can someone cover",
  'the guy down in accounting fixed my laptop',
  'my new fiat is red',
  'brent crude is up again',
  'the gun show on tv was boring',
  'knife skills class was fun',
  'brent from accounts says hi',
  'fier de mon équipe',
  'gli incendi in California sono terribili',
  'статистика пожеж за рік покращилася',
  'das Gas ist teurer geworden',
  'emergency contact form pls update',
  // added after the first version read a radio as a machine (never urgent before this change)
  "la radio s'est allumée toute seule pendant que je nettoyais la cuisine",
  'il televisore si è acceso da solo mentre pulivo',
  'ist hier Rauchen erlaubt?',
  'may usok sa kusina galing sa ihawan',
  'emergency in the kitchen drill, help the new guys',
  'no emergency in warehouse, thanks for the help',
  'man down today',
];

// Each must reach the site's safety owner as urgent.
const pagesSafety = (text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  return urgent && categories.includes('safety');
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', '机器自己启动了', 'المكينة اشتغلت', 'man down']) detectUrgency(text);
}, 180_000);

describe('reports att46 found calm reach the safety owner as urgent (u48a)', () => {
  it.each(TUNED)('Should page the safety owner for %j', (text) => {
    expect(pagesSafety(text)).toBe(true);
  });

  it('Should read the held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(pagesSafety);
    // 35 of 36: "un incendi s'est déclaré dans la cuisine" is calm spelled right too (docs/escalations.md).
    expect(read.length).toBeGreaterThanOrEqual(35);
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('the kind is the one the rules give the report spelled right (u48a)', () => {
  it.each([
    // A machine's own words read as a touch or a blow: the machine is the safety owner's alone.
    ['máy ép tự khởi động khi anh Nam đang thò tay vào', ['safety']],
    ['the robot started moving on its own and hit the operator', ['safety']],
    // A weapon misspelt is a weapon: safety and a threat, as "gun" and "knife" are.
    ['somone has a gunn in the parkin lot', ['safety', 'threat']],
    ['a guy with a knif in the breakroom', ['safety', 'threat']],
  ] as const)('%j reads as %j', (text, kinds) => {
    expect(detectUrgency(text).categories).toEqual(kinds);
  });
});

/** The escalation the analyze stage raises for a report, with the real detector, and the sponsor it goes to. */
async function ownerOf(text: string, site = 'hq'): Promise<string> {
  const { escalated, queued } = await escalateUnread(exampleConfig, analysisMessage({ channel: 'sms', site, text }));
  expect(escalated).toBe(true);
  const escalation: EscalationMessage = queued[0]!;
  return routeToSponsor(exampleConfig, site, escalation.topics).id;
}

describe('they reach the site’s safety owner through the analyze stage (u48a)', { timeout: 300_000 }, () => {
  it.each([
    'máy ép tự khởi động khi anh Nam đang thò tay vào',
    'die Presse ist plötzlich von alleine angegangen, Hand war noch drin',
    'man down',
    'es brent in der halle hilfe',
  ])('%j reaches the COO at headquarters and the general manager at Plant 2', async (text) => {
    expect(await ownerOf(text)).toBe('coo');
    expect(await ownerOf(text, 'plant2')).toBe('plant2-gm');
  });
});
