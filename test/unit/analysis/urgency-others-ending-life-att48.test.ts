import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * A coworker (or the writer) telling how they will end their life, read calm by att48 (2026-12-07): "my coworker said
 * hes going to jump off the parking garage tonight" (a parking garage was not among the heights), "he says he wants
 * to jump in front of a train", Spanish in the third person ("un compañero dice que se va a colgar en su casa hoy"
 * went to the owner of threats through the learned model; "se quiere tirar del puente" was calm). The rules: en.ts
 * and es.ts, "a jump from a height" and "un método para quitarse la vida".
 */

// Tuned on: att48's texts and their first neighbours.
const TUNED = [
  'my coworker said hes going to jump off the parking garage tonight',
  "i'm going to jump off the parking garage tonight",
  'he says he wants to jump in front of a train',
  'un compañero dice que se va a colgar en su casa hoy',
  'se quiere tirar del puente',
];

// Written after the rules, never tuned on.
const HELD_BACK = [
  "she told me she'll jump off the parking structure after her shift, i'm scared",
  'i want to throw myself in front of a truck',
  "my lead said he's thinking of jumping under a train",
  'mi compañera me escribió que se va a tirar de la azotea esta noche',
  'el chavo del turno de noche dice que se quiere colgar',
];

// A parking garage, a bus queue, the idiom of taking the blame, things hung up.
const CALM = [
  'we parked on the top of the parking garage',
  'the kid jumped in front of the bus queue lol',
  'he threw himself under the bus for the team at the meeting',
  'se va a colgar la medalla en la entrada',
  'voy a colgar el cuadro en la oficina',
  'se va a colgar el cartel mañana',
  'se tira del trampolín en la piscina los domingos',
];

describe('Someone telling how they will end their life (att48)', () => {
  it.each([...TUNED, ...HELD_BACK])('Should page whoever owns self-harm for %j', (text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain('self-harm');
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

/*
 * A fire with only where it is, said as the whole message (att48: "fire upstairs" was calm while "fire" and "fire
 * upstairs in the offices" paged). The rule: en.ts, "a whole message that is only a cry for help".
 */
const FIRE_WHERE = ['fire upstairs', 'fire downstairs!!', 'FIRE IN HERE', 'smoke out back', 'fire up top, help'];
const FIRE_CALM = ['fire upstairs management lol', 'they are going to fire upstairs management'];

describe('A fire said with only where it is (att48)', () => {
  safetyAndCalm(FIRE_WHERE, FIRE_CALM);
});

/*
 * A person run over or struck by a vehicle, and someone bleeding, in Ukrainian and Russian (att48: "навантажувач
 * переїхав працівника він кровить" was calm). The rules: other-languages/uk-ru-run-over-and-bleeding.ts.
 */
const RUN_OVER = [
  'навантажувач переїхав працівника він кровить',
  'погрузчик переехал рабочего',
  'вантажівка наїхала на хлопця біля воріт',
  'машина збила мене на парковці',
  'штабелер придавив колегу до стіни',
  'у колеги тече кров з руки, допоможіть',
];
const RUN_OVER_CALM = [
  'кар переїхав палету',
  'я переїхав у нове місто',
  'у мене тече кров з носа',
  'погрузчик сбил коробки',
];

describe('Run over, in Ukrainian and Russian (att48)', () => {
  safetyAndCalm(RUN_OVER, RUN_OVER_CALM);
});

/*
 * A recruitment fee taken back out of wages (att48: calm in en, vi, zh). The rules:
 * recruitment-fees-repaid-from-wages.ts; fraud, and harassment too where the worker may not leave until it is repaid.
 */
const FEES = [
  'we all paid 4000 dollars recruitment fee in nepal and now they take it from our salary',
  'agency in dhaka charged us 5 lakh and now the company cuts 30% of pay every month to repay it',
  'the labour broker takes half our wages as fee',
  'phải trả phí môi giới 8000 đô, giờ công ty trừ lương hàng tháng',
  '中介费三万块要从工资里扣，还不完不能走',
  'la agencia nos cobró 2000 dólares y ahora nos lo descuentan del sueldo',
];
const FEES_CALM = [
  'the company paid the agency fee, not us',
  'union dues are taken from our pay',
  'they take parking fees from our paychecks',
  'i asked for a loan and they take it from my pay',
  'the agency takes care of our pay slips',
];

describe('Recruitment fees taken from wages (att48)', () => {
  it.each(FEES)('Should page whoever owns fraud for %j', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });

  it('Should also page whoever owns harassment when the worker may not leave until it is repaid', () => {
    expect(detectUrgency('中介费三万块要从工资里扣，还不完不能走').categories).toContain('harassment');
  });

  it.each(FEES_CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

/*
 * Gas told without the word, by a hiss and the smell of rotten eggs, in Chinese, Polish, Ukrainian and Russian (att48;
 * English read it already). The rules: gas-wiring-and-locks-zh-pl-uk-vi.ts.
 */
describe('Gas told by a hiss and rotten eggs (att48)', () => {
  safetyAndCalm(
    [
      '锅炉房的管子一直嘶嘶响，有股臭鸡蛋味',
      'coś syczy w kotłowni śmierdzi zgniłymi jajami',
      'щось шипить біля плити тхне тухлими яйцями',
      'что-то шипит в котельной, воняет тухлыми яйцами',
    ],
    [
      '煎蛋在锅里滋滋响',
      'jajecznica syczy na patelni',
      'яйця шиплять на сковороді',
      'cała kuchnia śmierdzi zgniłymi jajami po obiedzie',
    ],
  );
});

/*
 * Key nouns misspelt in haste (att48): a warehouse on fire, a forklift tipped or running over a colleague, in English,
 * German and Italian. The corrections: key-nouns-misspelt.ts (a correction only adds a reading).
 */
describe('Key nouns misspelt in haste (att48)', () => {
  safetyAndCalm(
    [
      'the wharehouse is on fier',
      'the forkift tiped over on sum1',
      'Gabelstabler hat einen Kolegen überfahren',
      'il mulettto ha investito un colega',
    ],
    ['je suis fier de mon équipe', 'mi colega del trabajo es muy buena', 'i tiped the waiter well'],
  );
});

/*
 * Sexual pressure in veiled words sent to the wrong owner or missed (att48): a night or being "nice to him" for a
 * contract or a bonus in Polish, a hotel or "pleasing him" for a raise or the day shift in Vietnamese, a night with
 * him for a raise in Chinese. The rules: kept-trafficked-and-pressed.ts; whoever owns harassment must be told.
 */
const PRESSED = [
  'kierownik powiedział że jak pojadę z nim na noc to dostanę umowę na stałe',
  'mój kierownik sugeruje że premia będzie jeśli będę dla niego miła po godzinach',
  'quản lý nói nếu muốn tăng lương thì tối nay đi khách sạn với anh ấy',
  'tổ trưởng bảo nếu tôi chiều anh ta thì sẽ được làm ca ngày',
  '领班暗示我陪他过夜就给我加工资',
];
const NOT_PRESSED = [
  'nếu làm ca chiều anh ta sẽ được tăng lương, sếp nói',
  'sếp nói nếu ở lại khách sạn công tác thì được tăng lương',
  '老板说年底在酒店聚餐，表现好的发奖金',
];

describe('Veiled sexual pressure in Polish, Vietnamese and Chinese (att48)', () => {
  it.each(PRESSED)('Should page whoever owns harassment for %j', (text) => {
    expect(detectUrgency(text).categories).toContain('harassment');
  });

  it.each(NOT_PRESSED)('Should not read %j as pressure', (text) => {
    expect(detectUrgency(text).categories).not.toContain('harassment');
  });
});
