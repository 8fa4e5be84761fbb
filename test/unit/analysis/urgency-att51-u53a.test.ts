import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { UrgencyCategory } from '../../../shared/analysis/urgency/types';

/*
 * att51 (a blind attack, 2026-12-07) found reports that must reach the owner of their kind read calm or sent elsewhere
 * (u53a; docs/escalations.md): someone who cannot breathe; self-harm misspelt ("kil myself") or a coworker's plan in
 * Russian and Ukrainian, a jump from a bridge, "se quiere matar" in a mixed sentence; a machine started "on its own",
 * "outta nowhere" with someone in, under or at it (en ar ru hi zh and mixed); gas told by a hiss and the rotten-egg smell
 * in es fr pt it tl vi; a child of 10 to 15 working nights in vi zh ar uk ru; debt bondage told by its conditions.
 * TUNED are att51's own texts; HELD_BACK were written before any change, in other words and languages, never tuned on;
 * CALM are look-alikes that must stay calm. Each report must reach the owner of its kind, as urgent.
 */
const TUNED: [string, UrgencyCategory][] = [
  ['cant breathe', 'safety'],
  ['cant breathe in the paint booth mask is broken', 'safety'],
  ['no puedo respirar hay mucho humo', 'safety'],
  ['im gonna kil myself after shift i cant do this', 'self-harm'],
  ['коллега сказал что покончит с собой после смены', 'self-harm'],
  ['коллега пишет что повесится сегодня', 'self-harm'],
  ['мій колега сказав що покінчить з собою сьогодні', 'self-harm'],
  ['mi compañero dice que se va a aventar del puente cuando salga', 'self-harm'],
  ['my buddy on nights said hes gonna drive off the bridge after his shift, im scared', 'self-harm'],
  ['my coworker dijo que se quiere matar después del turno', 'self-harm'],
  ['the compactor started on its own and theres a guy inside', 'safety'],
  ['the saw came on on its own with dave right there', 'safety'],
  ['the belt just started up outta nowhere while kev was under it', 'safety'],
  ['الآلة بدأت تعمل وحدها أثناء تنظيف أحمد لها', 'safety'],
  ['الماكينة اشتغلت لوحدها وزميلي كان يصلحها', 'safety'],
  ['المكنة دارت بروحها وفيه واحد داخلها', 'safety'],
  ['конвейер сам запустился, рабочий был на ленте', 'safety'],
  ['मशीन अपने आप चालू हो गई और रमेश का हाथ अंदर था', 'safety'],
  ['bro la maquina started solita and el chavo still had his hand in there', 'safety'],
  ['la machine a start toute seule avec le gars dedans wtf', 'safety'],
  ['se prendió the conveyor by itself con gente arriba', 'safety'],
  ['el torno se encendió solo y le agarró la manga a pedro', 'safety'],
  ['传送带自己动了，有个工人还在上面', 'safety'],
  ['huele a huevo podrido en la cocina y se escucha un silbido en el tubo', 'safety'],
  ['huele a huevo podrido por todo el taller y a varios les duele la cabeza', 'safety'],
  ["ça sent l'œuf pourri près de la chaudière et ça siffle", 'safety'],
  ["il y a un sifflement dans le tuyau et une odeur d'oeufs pourris dans l'atelier", 'safety'],
  ['cheira a ovo podre na cozinha e tem um chiado no cano', 'safety'],
  ["c'è puzza di uova marce vicino alla caldaia e sibila il tubo", 'safety'],
  ['amoy bulok na itlog sa kusina at may sumisitsit sa tubo', 'safety'],
  ['có mùi trứng thối trong bếp và ống kêu xì xì', 'safety'],
  ['we work 7 days 14 hours, they lock the dorm at night and say we owe them for the visa', 'threat'],
  ['con trai tôi 13 tuổi làm ca đêm cùng tôi ở xưởng', 'safety'],
  ['我儿子才13岁，跟我一起上夜班', 'safety'],
  ['ابني عمره ١٣ سنة ويشتغل معي بالليل في المصنع', 'safety'],
  ['мій син 14 років працює зі мною в нічну зміну', 'safety'],
  ['моему сыну 13 лет, он работает со мной в ночную смену', 'safety'],
];

const HELD_BACK: [string, UrgencyCategory][] = [
  ['i cant breath, too much dust in the silo', 'safety'],
  ["can't breathe in here the ammonia is everywhere", 'safety'],
  ['he cant breathe hes turning blue', 'safety'],
  ['no puedo respirar, la mascarilla no sirve y hay polvo', 'safety'],
  ["je n'arrive plus à respirer, il y a trop de fumée dans l'atelier", 'safety'],
  ['não consigo respirar aqui dentro, tem muita fumaça', 'safety'],
  ['ich kann nicht atmen, überall Rauch in der Halle', 'safety'],
  ["non riesco a respirare, c'è troppo fumo nel magazzino", 'safety'],
  ['my coworker said hes gonna kil himself tonight', 'self-harm'],
  ['i wanna kms after this shift fr', 'self-harm'],
  ['gonna kms tonight nobody would even care', 'self-harm'],
  ['сосед по смене сказал, что повесится, если его уволят', 'self-harm'],
  ['напарник каже що покінчить з собою завтра', 'self-harm'],
  ['mi compa dijo que se va a tirar del puente saliendo del turno', 'self-harm'],
  ["mon collègue a dit qu'il va se jeter du pont ce soir", 'self-harm'],
  ["she told me she's going to drive her car off a cliff after work", 'self-harm'],
  ['my friend at work said que se quiere matar tonight', 'self-harm'],
  ['the press came on by its own while maria was clearing a jam', 'safety'],
  ["mixer started up on its own with a guy's arm in it", 'safety'],
  ['the conveyor turned on out of nowhere while tom was underneath', 'safety'],
  ['la cinta arrancó sola con un compañero encima', 'safety'],
  ['станок сам заработал, а слесарь был под ним', 'safety'],
  ['конвеєр сам увімкнувся, коли робітник був на стрічці', 'safety'],
  ['المكينة اشتغلت بروحها وايد العامل داخلها', 'safety'],
  ['मशीन अचानक अपने आप चल पड़ी, मज़दूर अंदर था', 'safety'],
  ['la prensa turned on sola while juan was cleaning it', 'safety'],
  ['huele como a huevos podridos cerca del boiler y se oye un silbido', 'safety'],
  ['tem um chiado na tubulação e cheiro de ovo podre na cozinha', 'safety'],
  ['sento odore di uova marce in cucina e un fischio dal tubo', 'safety'],
  ['may amoy bulok na itlog sa bodega at sumisitsit yung tubo', 'safety'],
  ['ống dẫn kêu xì xì và có mùi trứng thối ở kho', 'safety'],
  ['ça sent les œufs pourris dans la cuisine, le tuyau siffle', 'safety'],
  ['they say we owe 3000 for the flight, we work 16 hours every day and the gate is locked at night', 'threat'],
  ['con gái tôi 12 tuổi phải làm ca đêm ở nhà máy', 'safety'],
  ['我女儿才十二岁，每天晚上跟我上夜班', 'safety'],
  ['بنتي عمرها ١٢ سنة وتشتغل بالليل معي في المزرعة', 'safety'],
  ['моя донька 12 років працює вночі зі мною на складі', 'safety'],
  ['моей дочке 12 лет, она работает по ночам на складе', 'safety'],
  ['не могу дышать, в цеху дым', 'safety'],
  ['не можу дихати, тут повно пилу', 'safety'],
  ['مش قادر اتنفس في دخان كثير', 'safety'],
  ['车间里全是烟，喘不过气', 'safety'],
];

const CALM = [
  'не могу дышать от такого количества работы',
  '工作压力大得喘不过气',
  'ما اقدر اتنفس من الضحك',
  '打扫卫生灰尘太多了，我快喘不过气了哈哈',
  "I can't breathe with this workload",
  'give me room to breathe',
  'no puedo respirar con tanto trabajo jaja',
  'finally I can breathe again, the audit is over',
  "this deadline, i literally can't breathe lol",
  "I laughed so hard I couldn't breathe",
  'коллега сказал что покончит с отчётом после смены',
  'mi compañero se va a aventar un partido de fútbol el sábado',
  'the printer started on its own at midnight lol',
  'the coffee machine came on on its own, nobody was there',
  'the heater came on on its own this morning, nice and warm',
  'la radio se prendió sola anoche',
  'конвейер сам запустился после обеда, всё работает нормально',
  'la ensalada de huevo huele a huevo podrido jaja',
  'la cafetera hace un silbido raro',
  'gracias por arreglar el tubo que silbaba, ya no huele a huevo podrido',
  "il bollitore fischia quando l'acqua bolle",
  'I owe my roommate for the pizza and I work 7 days this week',
  'con trai tôi 13 tuổi đến thăm tôi ở xưởng',
  '我儿子13岁，今天来公司参观',
  'моему сыну 13 лет, он учится в школе',
  "i can't breathe in these tight jeans",
  'no puedo respirar de la risa jaja',
  'the forklift came on on its own, nobody was on it',
  "la machine a démarré toute seule mais personne n'était dedans",
  'huele a huevo podrido, alguien trajo ensalada de huevo',
  'the dorm gate is locked at night and we owe rent',
  'мой сын 14 лет играет ночью в игры',
  'коллега сказал что покончит с этим проектом',
  "can't breathe through my nose, got a cold",
];

describe('att51: what must reach its owner as urgent (u53a)', () => {
  it.each([...TUNED, ...HELD_BACK])('Should send %j to the owner of %s as urgent', (text, kind) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain(kind);
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
