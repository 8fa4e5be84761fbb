import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { UrgencyCategory } from '../../../shared/analysis/urgency/types';

/*
 * att52 (a blind attack, 2026-12-07) found reports that must reach the owner of their kind read calm or sent elsewhere
 * (u56b; docs/escalations.md): a coworker's self-harm plan in Russian and Ukrainian and self-harm misspelt; sexual
 * pressure in Russian (a demand, a sauna, photos asked for); someone who cannot breathe told by colour, choking or
 * gasping; a fee asked before the first day; debt bondage told by its conditions in Russian, Ukrainian and Vietnamese.
 * TUNED are att52's own texts; HELD_BACK were written before any change, in other words and languages, never tuned on;
 * CALM are look-alikes that must stay calm. Each report must reach the owner of its kind, as urgent.
 */
const TUNED: [string, UrgencyCategory][] = [
  ['коллега Саша сказал что в пятницу после смены прыгнет с крыши склада, он раздал свои вещи', 'self-harm'],
  ['напарник сказал что хочет наложить на себя руки, уже написал записку', 'self-harm'],
  ['колега написав що більше не хоче жити і купив мотузку', 'self-harm'],
  ['напарник каже що в неділю стрибне з мосту, вже роздав речі', 'self-harm'],
  ['mi compa dise q ya tiene las pastillas pa matarse el sabado', 'self-harm'],
  ['me kiero suisidar ya no aguanto', 'self-harm'],
  ['kiero matarme', 'self-harm'],
  ['хочу покончить с сабой', 'self-harm'],
  ['thinking about killin myself after shift tbh nobody would notice', 'self-harm'],
  ['начальник требует чтобы я с ним спала иначе уволит', 'harassment'],
  ['шеф сказал либо спишь со мной либо увольняйся', 'harassment'],
  ['начальник зовет в баню и говорит что от этого зависит моя зарплата', 'harassment'],
  ['бригадир шлёт мне голые фото и требует в ответ мои', 'harassment'],
  ['старший смены заставляет меня целовать его в подсобке', 'harassment'],
  ['бригадир сказал что продлит контракт только если я буду с ним ласкова', 'harassment'],
  ['she cant catch her breath and her lips r turning blue pls send someone to line 2', 'safety'],
  ['guy in bay 4 is gasping for air after the tank cleaning', 'safety'],
  ['shes wheezing real bad and cant talk, her inhaler is empty, front office', 'safety'],
  ['коллега не может дышать в цеху помогите', 'safety'],
  ['он задыхается в столовой', 'safety'],
  ['колега не може дихати посинів допоможіть', 'safety'],
  ['він задихається у їдальні допоможіть', 'safety'],
  ['同事喘不上气了脸都紫了', 'safety'],
  ['elle étouffe, elle peut plus respirer', 'safety'],
  ['nabibilaukan si kuya sa canteen', 'safety'],
  ['pediram 500 reais antes de começar pra garantir a vaga', 'fraud'],
  ['el contratista pide 1500 de "inscripcion" antes del primer dia', 'fraud'],
  ['die Agentur will 400 Euro, bevor ich anfangen darf', 'fraud'],
  ['they want me to pay for the training and the uniform, 350, before my first day or i dont get the job', 'fraud'],
  ['бригадир требует 10 тысяч до выхода на работу', 'fraud'],
  ['вимагають 300 доларів перед першим робочим днем за оформлення', 'fraud'],
  ['говорят что я должен за билет и жилье, забирают всю зарплату и не отпускают домой', 'harassment'],
  ['кажуть що я винен за дорогу і житло, забирають всю зарплату і не відпускають', 'harassment'],
  ['công ty môi giới giữ lương của tôi để trả nợ phí, không cho về nước', 'harassment'],
];

const HELD_BACK: [string, UrgencyCategory][] = [
  ['моя коллега говорит что не хочет больше жить, копит таблетки', 'self-harm'],
  ['сменщик сказал что сбросится с моста в субботу', 'self-harm'],
  ['подруга з роботи каже що наковтається таблеток після зміни', 'self-harm'],
  ['колега сказала що стрибне з даху в понеділок', 'self-harm'],
  ['mi compañera dijo que ya compró una soga para ahorcarse', 'self-harm'],
  ['kero matarme despues del turno', 'self-harm'],
  ['been thinkin bout killin myself every night after work', 'self-harm'],
  ['o colega disse que vai pular da ponte no sábado, já deu as coisas dele', 'self-harm'],
  ["mon collègue dit qu'il va sauter du toit samedi, il a donné ses affaires", 'self-harm'],
  ['mein Kollege sagt, er springt am Samstag von der Brücke, er hat seine Sachen verschenkt', 'self-harm'],
  ['директор требует интимные фото, иначе не подпишет договор', 'harassment'],
  ['начальник сказав що або я з ним сплю, або мене звільнять', 'harassment'],
  ['керівник кличе мене в сауну і каже що від цього залежить моя зарплата', 'harassment'],
  ['бригадир просить мої фото без одягу', 'harassment'],
  ['начальник заставляет меня обнимать его в кабинете каждый день', 'harassment'],
  ['менеджер сказал что оставит меня после испытательного только если я с ним пересплю', 'harassment'],
  ['мастер требует чтобы я приходила к нему в сауну после смены', 'harassment'],
  ['his lips are blue and hes not breathing right, dock 3', 'safety'],
  ['se está poniendo morado y no puede respirar, ayuda', 'safety'],
  ['se está ahogando con la comida en el comedor, ayuda', 'safety'],
  ["he's choking on something in the break room, help", 'safety'],
  ["il s'étouffe à la cantine, venez vite", 'safety'],
  ['ela está sem ar e ficando roxa, socorro', 'safety'],
  ['er ringt nach Luft und seine Lippen sind blau', 'safety'],
  ['si sta soffocando in mensa, aiuto', 'safety'],
  ['она задыхается, губы синие, помогите', 'safety'],
  ['він не може дихати, губи сині', 'safety'],
  ['dławi się w stołówce, pomocy', 'safety'],
  ['他呼吸困难，嘴唇发紫', 'safety'],
  ['a agência cobrou 300 euros para eu poder começar na segunda', 'fraud'],
  ['me piden 200 dólares para darme el puesto antes de empezar', 'fraud'],
  ['ich soll 250 Euro Gebühr zahlen, bevor ich den ersten Tag arbeiten darf', 'fraud'],
  ['с меня хотят 5000 рублей за трудоустройство перед первой сменой', 'fraud'],
  ['агент просить 200 євро, щоб я міг почати працювати', 'fraud'],
  ['kaam shuru karne se pehle 3000 rupaye dene honge bola supervisor ne', 'fraud'],
  ['they said i gotta pay 200 bucks upfront before i can start', 'fraud'],
  ['on me demande 300 euros avant de commencer le travail', 'fraud'],
  ['хозяин говорит что мы должны ему за дорогу, пока не отработаем уехать нельзя', 'harassment'],
  ['бригадир каже що ми винні за квитки, і не випускає нас з гуртожитку', 'harassment'],
  ['chủ nói tôi nợ tiền vé máy bay, không trả lương và không cho nghỉ việc', 'harassment'],
  ['họ bắt chúng tôi làm để trả nợ môi giới, không được ra ngoài', 'harassment'],
];

const CALM: string[] = [
  'я чуть не умер от смеха на собрании',
  'коллега прыгнул с парашютом в выходные, было круто',
  'колега купив мотузку для намету на рибалку',
  'me muero de risa con este jefe',
  'killing it at work today, thinking about a raise',
  'he jumped off the roof in the video game lol',
  'напарник роздав цукерки всім на день народження',
  'после смены всей бригадой идём в баню',
  'a sauna after work with the team is great',
  'начальник требует отчёт до пятницы иначе будет выговор',
  'начальник попросил фото склада для отчёта',
  'я плохо спала, начальник требует выходить в ночь',
  'бригадир продлит контракт только если сдам экзамен по технике безопасности',
  'колега надіслав фото з відпустки',
  'I choked on the presentation today, so embarrassing',
  'a bit wheezy today, left my inhaler at home',
  'gasping for air after the 5k run',
  'кот прыгнул с крыши',
  'сбросили с крыши снег',
  'начальник должен нам за два месяца, не платят',
  'я должен сдать паспорт в отдел кадров',
  'мы с ним спали в одной комнате на смене',
  'I have to pay 50 for parking before I start my shift',
  'the team choked in the final again',
  'я задыхаюсь от работы, столько отчётов',
  'gasped when I saw the bonus, so happy',
  'me ahogo en papeles esta semana',
  'she was wheezing with laughter at the party',
  'the course costs 200 before the first lesson',
  'my gym membership fee is 40 a month',
  'I took a loan from the bank for my car',
  'la inscripción al curso de inglés cuesta 50 euros antes de empezar',
  'precisei pagar 100 reais pelas botas antes de começar, e a empresa reembolsou',
  'абонемент в спортзал стоит 3000 в месяц',
  'взяв кредит у банку на ремонт',
  'die Anmeldung für den Kurs kostet 50 Euro, bevor er anfängt',
  'я взял кредит в банке, половину зарплаты забирает ипотека',
  'я должен другу за билет на концерт',
  'я винен банку за кредит, плачу щомісяця',
  'tôi vay ngân hàng để mua xe, trả nợ hàng tháng',
];

// The first text compiles the detector's expressions, which takes a minute on a loaded machine.
describe('att52: reports read calm or sent to the wrong owner reach the owner of their kind (u56b)', {
  timeout: 120_000,
}, () => {
  it.each([...TUNED, ...HELD_BACK])('Should page the owner of %j as %s', (text, kind) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain(kind);
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
