import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * att48 (a blind attack, 2026-12-07) found two classes u48a had read only in fixed words (u50a; docs/escalations.md):
 * - a machine started by itself said with the common verbs, someone in, on or at it ("arrancó sola", "se activó sola",
 *   "ist einfach angesprungen", "von allein losgefahren", "lief von selbst an", "è ripartita da sola", "ligou do nada",
 *   "сам спрацював/сработал", "اشتغلت لوحدها وأحمد جوا", "started up on its own", "cycled anyway");
 * - someone down ("man down", "hombre caído", "homme à terre", "uomo a terra", "有人倒地", "رجل واقع على الأرض") with a
 *   place or a state after it (machines-and-people-down-said-commonly.ts).
 * TUNED are att48's own texts; HELD_BACK were written before any change, in other words and languages, and never tuned
 * on (their count is asserted, the miss is named in docs/escalations.md); CALM are look-alikes that must stay calm.
 */
const TUNED = [
  'la prensa arrancó sola con mi compañero adentro ayuda',
  'die Maschine ist einfach angesprungen und der Azubi war noch drinne',
  'der Roboter ist von allein losgefahren, Kollege war in der Zelle',
  'Förderband lief plötzlich von selbst an mit Mitarbeiter drauf',
  'la pressa è ripartita da sola col collega dentro',
  'a esteira ligou do nada com o colega em cima dela',
  'конвеєр сам запустився а Іван ще був на ньому',
  'пресс сам сработал когда у Коли рука была внутри',
  'الماكينة اشتغلت لوحدها وأحمد جوا',
  'conveyor just started up on its own n tony was in there fixing the belt wtf',
  'lockout was on but the press cycled anyway with deb at the die',
  'hombre caído en la bodega 2 no responde',
  'trabajador caído en la zona de carga no se mueve',
  'homme à terre près du quai 5',
  'homme à terre il bouge plus',
  'uomo a terra vicino alla pressa',
  '有人倒地不动了',
  'man down man down pallet area',
  'man down sa warehouse tulong',
  'someone is down in aisle 3 not moving',
  'رجل واقع على الأرض ما يتحرك',
  'رجل مرمي على الأرض بالحمام ما عم يرد',
];

const HELD_BACK = [
  'la máquina se activó sola y Pedro estaba metido adentro limpiando',
  'la cortadora arrancó solita con el muchacho encima',
  'die Säge lief von selbst an, der Kollege hatte die Hand noch dran',
  'der Mischer ist auf einmal angesprungen, Jens stand noch drin',
  'il nastro è ripartito da solo con Paolo sopra',
  'a máquina arrancou do nada com o menino lá dentro',
  'верстат сам спрацював, а в ньому була людина',
  'конвейер сам заработал а Петя ещё стоял на нём',
  'المكنة اشتغلت لحالها وفيه عامل جواها',
  'the saw fired up on its own with mike still at the blade',
  'LOTO was on and the press still cycled with her hands in the die',
  'tagged out and the mixer turned on anyway, someone was in it',
  'maszyna ruszyła sama a Tomek był na niej',
  'hombre caído junto a la línea 4, no contesta',
  'compañero caído en el almacén no se mueve',
  "homme à terre dans l'entrepôt, il répond pas",
  'operaio a terra in magazzino non si muove',
  'uomo a terra nel reparto verniciatura',
  'man down by the forklift not breathing',
  'worker down near the compactor, unresponsive',
  'guy down guy down freezer',
  "someone's down in bay 6 and not responding",
  'homem caído perto da doca 2 não responde',
  'Mann am Boden in Halle 3, reagiert nicht',
  'man down sa loading area tulong po',
  'عامل واقع على الأرض في المخزن ما يرد',
];

const CALM = [
  'man down the hall said hi',
  "we're a man down today, can someone cover",
  'down in aisle 3 restocking',
  'the man down the street sells tacos',
  'hombre caído del cielo, así es mi novio',
  'la máquina de café arrancó sola jaja',
  'el carro arrancó solo en la mañana',
  'die Heizung ist von selbst angesprungen',
  'the generator started up on its own during the outage',
  'the printer cycled anyway even though I cancelled the job',
  'o computador ligou do nada',
  'is anyone down for pizza in the break room',
  'feeling down in aisle 3 today lol',
  'the fan started up on its own with nobody in the room',
  'il motore è ripartito da solo, tutto ok',
  'الراديو اشتغل لوحده وأحمد جوا البيت',
  // added after the first version read a colleague described by where he sits (urgency-att46-u48a.test.ts)
  'the guy down in accounting fixed my laptop',
];

// Each must reach the site's safety owner as urgent.
const pagesSafety = (text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  return urgent && categories.includes('safety');
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', '有人倒地', 'الماكينة اشتغلت', 'man down']) detectUrgency(text);
}, 180_000);

describe('reports att48 found calm reach the safety owner as urgent (u50a)', () => {
  it.each(TUNED)('Should page the safety owner for %j', (text) => {
    expect(pagesSafety(text)).toBe(true);
  });

  it('Should read the held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(pagesSafety);
    // 25 of 26: "der Mischer ist auf einmal angesprungen, Jens stand noch drin" (a name, no colleague) is left.
    expect(read.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('someone down told as a threat or a machine as fraud goes to the safety owner alone (u50a)', () => {
  it.each([
    ['رجل واقع على الأرض ما يتحرك', ['safety']],
    ['Förderband lief plötzlich von selbst an mit Mitarbeiter drauf', ['safety']],
  ] as const)('%j reads as %j', (text, kinds) => {
    expect(detectUrgency(text).categories).toEqual(kinds);
  });
});
