import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * The gravest reports the att57 attack found calm or sent to one owner of two (u57, 2026-12-08): a person dead said
 * plainly with no cause, an overdose (someone who took something and will not wake), and self-harm said indirectly.
 * Tuned lists hold the attacker's texts; held-back lists were written before the rules, in other words and languages,
 * and never tuned on; the calm look-alikes must stay calm (shared/analysis/urgency/att57-u57-missed.ts).
 */

const DEAD_TUNED = [
  "he's dead on the floor by press 3",
  'i found miguel dead in the cooler',
  'the night guard is dead in his booth',
  'he died at his station',
  'er ist tot, er liegt neben der presse',
  'on nie żyje, leży przy prasie',
  'anh ấy chết rồi, nằm cạnh máy ép',
  'mi compa está muerto',
  'il est mort',
  'hes dead',
  'he is dead',
  'roberto is dead',
  'the driver is dead',
  'my coworker is dead',
];
const DEAD_HELD = [
  "she's dead, she's not moving at all, come to bay 6",
  'i think tomas is dead',
  'our forklift driver is dead in the yard',
  'found kevin dead in the locker room',
  'the welder just died on the shop floor',
  'ella está muerta, no se mueve',
  'creo que don luis está muerto',
  "elle est morte dans l'atelier",
  'je crois que marc est mort',
  'sie ist tot, sie atmet nicht',
  'ich glaube der kollege ist tot',
  'ele está morto no chão do galpão',
  'acho que o joão morreu aqui no setor',
  'lui è morto, è a terra vicino al muletto',
  'credo che marco sia morto',
  'ona nie żyje, leży w magazynie',
  'kolega chyba nie żyje',
  'patay na siya, nakahandusay sa bodega',
  'chị ấy chết rồi',
  'هو ميت على الأرض',
  'زميلي مات في المخزن',
  '他死了，倒在机器旁边',
  '同事好像死了',
  'він мертвий, лежить біля верстата',
  'колега помер прямо на зміні',
  'он мертв, лежит у станка',
  'охранник умер на посту',
];
const OD_TUNED = [
  "he took too much of something on break and now he's not waking up",
  "i think hes od'ing in the porta potty, hes gurgling",
  'tomó algo en el descanso y no despierta',
  'il a pris un truc à la pause et il se réveille plus',
  'er hat in der pause was genommen und wacht nicht mehr auf',
  'er hat zu viele tabletten genommen und reagiert nicht',
  "he took too many pills and isn't responding",
  'she overdosed in the bathroom, we have narcan but nobody knows how to use it',
  'ha preso qualcosa in pausa e non si sveglia più',
  'ele tomou alguma coisa no intervalo e não acorda',
  'واحد أخذ حبوب في الاستراحة وما عم يصحى',
  'wziął coś na przerwie i nie można go dobudzić',
  'uminom siya ng kung ano sa break at hindi na magising',
  'anh ấy uống cái gì đó lúc nghỉ giải lao và không tỉnh lại',
];
const OD_HELD = [
  "she snorted something in the van and we can't wake her",
  'guy in the restroom shot up and is unresponsive',
  "my coworker swallowed a bunch of pills and won't respond",
  'se metió algo en el baño y no reacciona',
  'tomó muchas pastillas y no responde',
  'elle a avalé des cachets et ne réagit plus',
  'il a fait une overdose dans le vestiaire',
  'sie hat irgendwas geschluckt und reagiert nicht mehr',
  'er hat eine überdosis, liegt im umkleideraum',
  'ele teve uma overdose no banheiro',
  'ha preso delle pastiglie e non risponde',
  'przedawkował w szatni, nie reaguje',
  'uminom siya ng maraming tableta at hindi na magising',
  'anh ấy bị quá liều ma túy trong nhà vệ sinh',
  'تناول حبوب كثيرة ولا يستجيب',
  '他吃了很多药，叫不醒',
  'він прийняв таблетки і не прокидається',
  'он принял что-то и не просыпается',
];
const OD_SELFHARM = [
  'i took all my pills so i can die',
  "he told me he took the pills to die and now he won't wake up",
  'tomé todas mis pastillas para morir',
  "j'ai pris tous mes cachets pour mourir",
];
const F7_TUNED = [
  'i stockpiled my pills, i know how many it takes',
  'i have a plan and a date, dont try to stop me',
  "I've given away my things",
  'nobody will miss me after friday',
  'i wont be a burden to anyone much longer',
  'this is my last shift ever, tell my daughter i love her',
  'i gave my dog to my neighbor and paid off what i owe, im ready',
];
const F7_HELD = [
  'been saving up my sleeping pills for weeks, i counted what i need',
  'picked the date already. please dont look for me',
  'i gave away all my stuff this week, i wont need any of it',
  'no one is going to miss me after this weekend',
  "i won't be a burden on my family for much longer",
  'tell my son i love him, this is my last day here ever',
  'he guardado mis pastillas, ya sé cuántas hacen falta',
  'tengo un plan y una fecha, no intenten detenerme',
  'ya regalé todas mis cosas',
  'nadie me va a extrañar después del viernes',
  'no seré una carga por mucho tiempo más',
  "j'ai mis de côté mes médicaments, je sais combien il en faut",
  "j'ai un plan et une date, n'essayez pas de m'arrêter",
  "j'ai donné toutes mes affaires",
  'personne ne va me regretter après vendredi',
  'juntei meus remédios, sei quantos precisa',
  'tenho um plano e uma data, não tentem me impedir',
  'já dei todas as minhas coisas',
  'ninguém vai sentir minha falta depois de sexta',
];
const CALM: string[] = [
  'my phone is dead',
  "the battery's dead",
  "i'm dead tired",
  'the line is dead after 9pm',
  'dead end job',
  'the project is dead',
  "I'm dead 😂",
  'in the game last night i shot 30 zombies and died in the end',
  'my basil plant died while i was on vacation',
  'my grandmother died last night, can i take bereavement leave for the funeral',
  'my uncle is dead, he passed on sunday, I need friday off for the funeral',
  'I gave away my old uniform',
  'the printer driver is dead again',
  'mi celular está muerto',
  'estoy muerto de cansancio',
  'mi abuelo murió, necesito permiso para el funeral',
  'mon téléphone est mort',
  'je suis mort de fatigue',
  'mon grand-père est mort, je voudrais un congé',
  'mein handy ist tot',
  'der akku ist tot',
  'ich bin tot nach der schicht',
  'mein opa ist gestorben, ich brauche urlaub für die beerdigung',
  'o celular morreu',
  'estou morto de cansaço',
  'il telefono è morto',
  'sono morto di sonno',
  'telefon mi padł',
  'jestem padnięty',
  'chết rồi, tôi quên mang thẻ',
  'điện thoại chết rồi',
  '笑死了',
  '他累死了',
  '手机没电了',
  'я умер со смеху',
  'телефон помер',
  'the character dies in episode 3, so sad',
  "he's dead serious about the new schedule",
  'that joke killed me, im dead lol',
  'we did narcan training today, great course',
  'what do we do if someone overdoses on site?',
  'i took some ibuprofen for my back and feel better',
  "he took a nap on break and wouldn't wake up for the alarm lol",
  'my last shift ever was so great, retiring after 30 yrs, thank u all',
  'I set a date for the wedding and have a plan for the party',
  'i stocked up on vitamins this week',
  'gave away my old jackets to the clothing drive',
  'dead week before inventory, nothing to do',
  'the old forklift is dead, battery gone',
  'he is dead serious about overtime',
  'the security guard is dead asleep in his booth again',
  'our old boss died, the funeral is friday',
  'o chefe morreu de rir',
  'er ist tot und begraben, das projekt',
  'chết rồi, tao quên mất',
  'he took a break and is not responding on the radio',
  'tomó vacaciones y no responde',
  'i have a plan and a date for the launch',
  "don't try to stop me, i'm quitting",
  'my feet are dead after this shift',
];

const selfHarm = (text: string) => detectUrgency(text).categories.includes('self-harm');

describe('A dead person said plainly pages the site’s safety owner (att57 F1)', () => {
  safetyAndCalm([...DEAD_TUNED, ...DEAD_HELD.filter((text) => text !== 'i think tomas is dead')], CALM);
});

describe('An overdose, someone who took something and will not wake, pages safety (att57 F2)', () => {
  safetyAndCalm([...OD_TUNED, ...OD_HELD, ...OD_SELFHARM], []);
  it.each(OD_SELFHARM)('Should page the self-harm owner as well when it was taken to die: %j', (text) => {
    expect(selfHarm(text)).toBe(true);
  });
});

describe('Self-harm said indirectly reaches its owner (att57 F7)', () => {
  it.each([...F7_TUNED, ...F7_HELD])('Should page the self-harm owner for %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
    expect(selfHarm(text)).toBe(true);
  });
});

// u58c left it: someone the writer knows who keeps talking of ending their life, asked about as a question.
describe('a person of the writer’s own who keeps talking of suicide, asked about (lead, after u58c)', () => {
  it.each([
    'what do i do if my coworker keeps talking about suicide?',
    'what do i do if my coworker keeps talking about killing himself?',
    'what should i do if my friend at work keeps saying she wants to die?',
    'who do i tell if my teammate has been posting about ending it all?',
  ])('pages the owner of self-harm: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['self-harm']) });
  });

  it.each([
    'my coworker keeps talking about the suicide prevention training, it was good',
    'our manager was talking about suicide awareness week',
    'what is the procedure if a colleague talks about suicide?',
  ])('stays calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
