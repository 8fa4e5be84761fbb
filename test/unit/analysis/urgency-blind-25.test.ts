import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 25: 297 messages written before the detector's word lists were read (urgency-blind-25.jsonl: text,
 * urgent, category, language, why), in 22 languages and in styles the earlier rounds did not use: a chat log pasted
 * with its times ("[06:42] smoke in paint booth 2"), hashtags ("#help #fire"), bullet lists, a whisper from a hiding
 * place, a quoted question answered ("> is everyone ok?\nno."), voice-to-text slips, readings with their units
 * ("-30", "45°C", "380ppm", "since 6am"), transliterated Russian and Arabic, code-switching. 182 urgent: fire, gas,
 * carbon monoxide, electricity, machines, chemicals, falls, tanks, silos and trenches, cold stores and the cold
 * outside, heat, racking, scaffolds and roofs, vehicles, violence, weapons, threats, stalking, sexual harassment,
 * self-harm, sudden illness and a guard or worker gone missing; 115 calm look-alikes: idioms, drills, courses,
 * resolved past events, what-if questions, sport, product names, readings in spec, a discount "-30%".
 *
 * Before any change: 157 of 182 urgent found and 13 of 115 calm flagged.
 */
const rows = readBlindRows(new URL('./urgency-blind-25.jsonl', import.meta.url));

const KNOWN = new Map<string, string>([
  ['[06:42] smoke in paint booth 2\n[06:43] alarm didnt go off\n[06:43] ppl still inside', 'missed before the round'],
  ['#help #fire loading dock C, the pallets are going up', 'missed before the round'],
  ['45°C in the cab of truck 12, driver threw up twice and is talking nonsense', 'missed before the round'],
  ['its 41 degrees on the roof, Mo stopped sweating and is stumbling', 'missed before the round'],
  ['CO alarm reading 380ppm in the basement workshop and the heater is still on', 'missed before the round'],
  ['the trench wall just caved on ramon, only his head is out', 'missed before the round'],
  ["the crane is swinging a load over the break area and the operator isn't answering", 'missed before the round'],
  ["jake's been missing since the 2pm check, last seen going into silo 3", 'missed before the round'],
  ['Guard didnt come back from the lower car park rounds 40 mins ago radio dead', 'missed before the round'],
  ['colleague having an allergic reaction, lips swelling, no epipen in the first aid kit', 'missed before the round'],
  ["road crew: car just went through the cones, hit our flagger, she's on the ground", 'missed before the round'],
  ['hace 46°C en el invernadero y don Pedro ya no habla bien, está temblando', 'missed before the round'],
  ['trop de pression dans la cuve 3, le manomètre est dans le rouge et ça siffle', 'missed before the round'],
  ['rauch aus dem serverraum!! niemand geht ans telefon', 'missed before the round'],
  ['o andaime tá balançando muito, dois caras lá em cima, vento forte', 'missed before the round'],
  ['wózek widłowy przygniótł Pawła, krzyczy', 'missed before the round'],
  ['er hangt een brandlucht in de hal en uit de afzuiging komt rook', 'missed before the round'],
  ['de stelling in gang 4 zakt in, er staan mensen onder', 'missed before the round'],
  ['в камере -30, Саша заперт внутри уже полчаса', 'missed before the round'],
  ['soğuk hava deposunda -25, Ali içerde kilitli kaldı', 'missed before the round'],
  ['7aree2 fel makhzan, el nas gowa, bsor3a', 'missed before the round'],
  ['冷凍庫-25℃、ドアが開かなくて中に人がいる', 'missed before the round'],
  ['mandor mengancam pakai pisau', 'missed before the round'],
  ['-30 ute och Erik har varit på gården sedan 5, han pratar konstigt och skakar', 'missed before the round'],
  ['Leute, the Kühlraum door ist zu und Anna ist drin, -20 innen', 'missed before the round'],
  ["last month's forklift near-miss report is attached, all actions closed", 'flagged before the round'],
  ['the guy who fell off the ladder in march is back at work and doing great', 'flagged before the round'],
  ["l'an dernier y a eu un feu dans l'entrepôt, depuis on a des détecteurs partout", 'flagged before the round'],
  [
    'was machen wir eigentlich, wenn jemand im Kühlraum eingesperrt wird? gibt es einen Notknopf?',
    'flagged before the round',
  ],
  ['ano passado teve um incêndio no depósito, agora tem sprinkler em tudo', 'flagged before the round'],
  ['se mai ci fosse una fuga di gas, chi dobbiamo chiamare?', 'flagged before the round'],
  ['w zeszłym roku był pożar w magazynie, teraz są nowe gaśnice', 'flagged before the round'],
  ['vorig jaar was er een brand in de kantine, nu hebben we rookmelders overal', 'flagged before the round'],
  ['в прошлом году была утечка газа, теперь стоят датчики', 'flagged before the round'],
  ['السنة الماضية صار حريق في المطبخ، الحين عندنا طفايات جديدة', 'flagged before the round'],
  ['पिछले साल गोदाम में आग लगी थी, अब नए अग्निशामक लगे हैं', 'flagged before the round'],
  ['去年倉庫で火事があったけど、今はスプリンクラーが全部ついてる', 'flagged before the round'],
  ['tahun lalu ada kebakaran di gudang, sekarang sudah ada sprinkler', 'flagged before the round'],
]);

describe('urgency blind round 25', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 290, urgentShare: [0.55, 0.7], minLanguages: 20 });
});
