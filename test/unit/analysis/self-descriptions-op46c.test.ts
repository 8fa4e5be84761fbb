import { beforeAll, describe, expect, it } from 'vitest';
import { singlesSomeoneOut } from '../../../shared/digest/quotes-singling-out';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op46c (after the op45 attack, 2026-12-07, class 5): self-descriptions the preview did not name, so the writer was
 * not warned and the weekly digest could quote them. The forms: the description first and "is me / c'est moi / soy yo
 * / sono io / das bin ich / là tôi / ako yun / це я" after it; how the writer looks (height, hair, beard, tattoos,
 * glasses, hijab, a hearing aid), in uk and vi too; an age or a time served given as a superlative ("I'm 67, oldest
 * one in the warehouse"); where the writer comes from, with "the only one" split off; a pregnancy, a treatment, a
 * meeting few go to, an event that happened to the writer. What a user notices: the preview names the words before
 * sending (`singledOut`), and the weekly digest never quotes the text (`singlesSomeoneOut` on the stored text).
 * General statements ("pregnant workers need breaks", "many of us are from Eritrea", "the oldest machine in the
 * warehouse", "is it me or is it hot") are named by nothing and stay quotable.
 */
const named = async (text: string) => {
  const { redactedText, singledOut } = await previewRedaction(text);
  return { named: singledOut.length > 0 && (await singlesSomeoneOut(redactedText)), singledOut, redactedText };
};

beforeAll(() => previewRedaction('I am the only one'), 120_000);

// Tuned on: the attack's texts, and the brief's other "it is me" words.
const TUNED = [
  'the redhead with the nose ring in returns is me',
  'the guy with one arm on the loading dock is me',
  "c'est moi la grande rousse de l'accueil",
  "c'est moi le seul avec un bras dans le plâtre",
  'cô bán hàng già nhất quầy 3 là tôi',
  'la chica alta de pelo rosa en la caja 3 soy yo',
  'quello con la barba in magazzino sono io',
  'der Große mit dem Bart im Lager, das bin ich',
  'yung matangkad na may tattoo sa bodega, ako yun',
  'високий рудий з бородою на складі це я',
  'я той високий рудий з татуюваннями на складі',
  'tôi là cô gái tóc ngắn đeo kính ở tổ may',
  "I'm the 6'6 guy with the red beard in shipping",
  'soy la que usa hiyab en empaque',
  "sono quello con l'apparecchio acustico",
  "I'm 67, oldest one in the warehouse",
  'ako yung pinakamatanda sa line 2, 64 na ako',
  'tôi đã làm ở đây 30 năm, lâu nhất',
  'ich bin seit 1998 hier, länger als alle anderen',
  "I'm from Eritrea, the only one here",
  'ich komme aus Eritrea, als einziger hier',
  'я переселенка з Маріуполя, єдина в нашому цеху',
  'estoy embarazada de 7 meses',
  "i'm pregnant, due in March",
  'estoy en tratamiento de quimio',
  'only one in the crew who goes to AA meetings',
  "I'm the guy who got stabbed in the parking lot in August",
  "I'm the one who came back from Ukraine last month",
  'ako lang ang may anak na may autismo',
];

// Held back: written with the tuned ones, before any rule changed, never run while tuning. Other words, other
// languages, other orders.
const HELD_BACK = [
  // The description first, "it is me" after.
  'the bald guy with glasses who drives the reach truck on nights is me',
  'la chica de las trenzas azules en caja 4 soy yo',
  'la signora con il velo al reparto spedizioni sono io',
  'der Typ mit dem Bart und der Brille im Lager, das bin ich',
  'a moça de cabelo rosa na expedição sou eu',
  'anh thợ hàn cao nhất xưởng 2 là tôi',
  'yung kalbo na may salamin sa receiving, ako yun',
  'висока жінка в окулярах на рампі — це я',
  'ten wysoki z tatuażem na magazynie to ja',
  'le grand barbu du quai de chargement, c’est moi',
  'c’est moi le petit chauve à lunettes de la compta',
  // Looks.
  "I'm the woman in the hijab at register 5",
  'soy el alto de barba roja del almacén',
  "je suis la petite avec le voile à l'emballage",
  'sou o alto de barba ruiva do armazém',
  'sono la ragazza con i capelli viola in magazzino',
  'jestem tym wysokim rudym z brodą na magazynie',
  'я та низенька в окулярах з бухгалтерії',
  'tôi là anh cao to có râu ở kho',
  'ako yung babaeng naka-hijab sa packing',
  // Age or time served as a superlative.
  "I've been here 31 years, longer than anyone on the dock",
  'tengo 66 años, el mayor de todo el almacén',
  "j'ai 64 ans, la plus âgée de l'atelier",
  'tenho 70 anos, o mais velho da fábrica',
  'ho 65 anni, il più anziano del reparto',
  'trabajo aquí desde 1991, más que nadie',
  'je suis là depuis 1989, plus longtemps que tout le monde',
  'tôi 65 tuổi, lớn tuổi nhất xưởng',
  'мені 66, я найстарша на складі',
  'ako ang pinakabata sa warehouse, 18 lang ako',
  // Origin first, "the only one" split off.
  "I'm from Somalia, the only one on my shift",
  'soy de Honduras, el único en el almacén',
  "je viens du Mali, le seul de l'équipe",
  'sou de Angola, a única aqui no turno',
  "vengo dal Senegal, l'unico in reparto",
  'jestem z Ukrainy, jedyna na zmianie',
  'я з Харкова, єдиний у нашій зміні',
  // Pregnancy, treatment, meetings, events.
  "I'm 6 months pregnant and they still put me on the freezer",
  "I'm expecting twins in April and nobody will cover my shifts",
  'je suis enceinte de 5 mois et on me fait porter des cartons',
  'ich bin schwanger, im vierten Monat, und muss trotzdem heben',
  'estou grávida de 6 meses e continuo no turno da noite',
  'sono incinta di sette mesi e mi fanno fare i turni di notte',
  'jestem w ciąży i nadal dźwigam palety',
  "I'm doing chemo right now and my manager won't change my hours",
  'je suis sous chimio depuis septembre',
  'ich mache gerade eine Chemotherapie und bekomme keine Schonzeit',
  "I'm on dialysis three times a week and they keep scheduling me on those days",
  "I'm the one who had a heart attack at the plant in May",
  'soy el que se cayó del andamio en julio',
  "je suis celle qui s'est fait agresser sur le parking en juin",
  'ich bin der, der im Juli vom Stapler angefahren wurde',
  "I'm the only one on the team who goes to NA meetings",
];

// Older name rules hide the telling word as a name here ("sou a [NAME] do turno da noite", "ich bin der [NAME] mit
// den [NAME]", "der [NAME] in der Halle": op45 class 7, helper op46b's), so the stored text does not hold it. Once
// that word is kept, the preview must name it: either way the detail is not read unwarned. [text, word] (tuned 1, held
// back 2).
const HIDDEN_AS_NAMES: [string, string][] = [
  ['sou a grávida do turno da noite', 'grávida'],
  ['ich bin der Lange mit den Tattoos in der Spedition', 'Tattoos'],
  ['ich bin 19, der Jüngste in der Halle', 'Jüngste'],
];

// Calm look-alikes: general statements, a thing's superlative, a look said of someone else, "is it me".
const CALM = [
  'pregnant workers need breaks',
  'many of us are from Eritrea',
  'the oldest machine in the warehouse',
  'is it me or is it hot in here',
  'is it just me or is the break room always dirty',
  'the forklift with the broken horn in bay 3 is the problem',
  'the guy with the red beard in shipping yells at everyone',
  'las embarazadas necesitan sillas',
  'die Schwangeren brauchen mehr Pausen',
  "les femmes enceintes doivent pouvoir s'asseoir",
  'as grávidas precisam de pausas',
  'le donne incinte hanno bisogno di pause',
  'kobiety w ciąży potrzebują przerw',
  'muchos somos de Honduras',
  'viele von uns kommen aus Eritrea',
  "c'est moi ou il fait froid ici ?",
  '¿soy yo o hace calor aquí?',
  'sono io o fa caldo?',
  'chemo patients should get flexible hours',
  'the oldest forklift on the line keeps breaking',
  'máy này là cũ nhất xưởng',
  'ang pinakamatandang makina sa line 2 sira na naman',
  'найстаріший навантажувач на складі знову зламався',
  'tôi là công nhân ca đêm, máy lạnh hỏng',
  "I'm from the night shift and the heater is broken",
  'the one who came back from vacation should clean the fridge',
  "that's not me, I never said that",
  'this plant is 60 years old, the oldest in the state',
  "I'm the new guy, where do I get gloves?",
  'the AA meeting flyers should not be in the break room',
];

describe('op46c: the preview names how the writer is described, and the digest never quotes it', () => {
  it.each(TUNED)('tuned: %j', async (text) => {
    const got = await named(text);
    expect(got.named, JSON.stringify(got)).toBe(true);
  });
  it.each(HELD_BACK)('held back: %j', async (text) => {
    const got = await named(text);
    expect(got.named, JSON.stringify(got)).toBe(true);
  });
  it.each(HIDDEN_AS_NAMES)('named, or hidden by the name rules: %j', async (text, word) => {
    const got = await named(text);
    expect(got.named || !got.redactedText.includes(word), JSON.stringify(got)).toBe(true);
  });
  it.each(CALM)('calm: %j', async (text) => {
    const got = await named(text);
    expect(got.singledOut, text).toEqual([]);
  });
});
