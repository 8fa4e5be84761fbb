import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Words of violence said of no blow (u31, urgency/figures-of-violence.ts): each class below in English and at least
 * three other languages, with the reports that look like them and must still escalate.
 */
describe('a thing that will hit someone is a figure', () => {
  it.each([
    'it will hit me hard',
    'the bill will hit me',
    'the rent rise is going to hit us hard',
    'that tax bill will hit me like a truck',
    'the cuts are gonna hit us in the pocket',
    'reality will hit him soon enough',
    "the overtime ban will hit everyone's pay",
    'inflation is going to hit us all',
    'the new fees will hit me hard this month',
    'the deadline is gonna hit us like a train',
    'it hit me hard when she left the team',
    'the news hit me hard',
    'la factura me va a golpear fuerte este mes',
    'la subida del alquiler nos va a pegar duro',
    'cette facture va me frapper fort',
    'la hausse des prix va nous frapper de plein fouet',
    'die Rechnung wird mich hart treffen',
    'die Kürzungen werden uns alle hart treffen',
    'a conta vai me pegar em cheio',
    'o aumento vai atingir-nos a todos',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'the bill, he hit me',
    'Dave said he will hit me',
    'he will hit me if I report it',
    'a box fell off the racking and hit me on the head',
    'the driver is going to hit me if I stay in the lane',
    'la factura no importa, Juan me va a pegar',
    'il va me frapper si je parle',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('something thrown that is no object is a figure', () => {
  it.each([
    'Dave threw shade at me',
    'she threw shade at me in the meeting',
    'the boss threw a curveball at us today',
    'Dave threw a lot of work at me this week',
    'they threw a surprise party at the office',
    "he threw a question at me I couldn't answer",
    'she keeps throwing shade at the new guy',
    'the client threw money at the problem',
    'my lead threw a compliment at me finally',
    'he threw a funny look at me',
    'Dave me lanzó una indirecta en la reunión',
    "il m'a lancé une pique devant tout le monde",
    'er hat mir einen Seitenhieb verpasst',
    'ele jogou uma indireta pra mim na reunião',
    'he threw a new project at me',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'Dave threw a chair at me',
    'he threw a box at me',
    'she threw hot coffee at me',
    'me lanzó una silla',
    "il m'a lancé une chaise",
    'ele jogou uma cadeira em mim',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('something grabbed for someone is a favour', () => {
  it.each([
    'Dave grabbed me a coffee',
    'she grabbed me a sandwich on her break',
    'can you grab me a chair',
    'he grabbed us some lunch',
    'my lead grabbed me a spot in the car park',
    'Dave grabbed me a ticket for the game',
    'she always grabs me a tea in the morning',
    'he grabbed me two boxes from the top shelf',
    'grabbing me a drink, want one?',
    'he grabbed me one of the new headsets',
    'Dave me agarró un café',
    "il m'a pris un café en passant",
    'er hat mir einen Kaffee geholt',
    'ele me pegou um café',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'he grabbed me by the arm',
    'Dave grabbed me in the stockroom',
    'he grabbed me from behind',
    'Dave grabbed me the other day',
    'he grabbed me a few times at the party',
    'he grabbed me a second time after I said no',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('senses assaulted by a smell, a noise or lights are a figure', () => {
  it.each([
    'got assaulted by the smell of the bins',
    'my nose was assaulted by the fish counter',
    'I got assaulted by the noise in the warehouse',
    'we were assaulted by the music at the party',
    'my ears were assaulted by the new alarm tone',
    'got attacked by the smell of the canteen curry',
    'I was assaulted by adverts all day',
    'my eyes got assaulted by the new bright lights',
    'assaulted by the stench from the drains again',
    'we got attacked by mosquitoes on the loading dock',
    'me agredió el olor de la basura',
    "j'ai été agressé par l'odeur des poubelles",
    'ich wurde vom Gestank der Mülltonnen überfallen',
    'fui atacado pelo cheiro do lixo',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'I got assaulted by a customer',
    'got assaulted by the driver in the yard',
    "I was attacked by a customer's dog",
    'fui agredida por un cliente',
    "j'ai été agressé par un client",
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('a report denied as never said is no report', () => {
  it.each([
    'I never said he pushed me',
    "I didn't say he hit me",
    'I never claimed she touched me',
    'I never said that Dave punched anyone',
    'I did not say the manager slapped me',
    'I never accused him of hitting me',
    'I never said he pushed me, I said he shouted',
    'nobody said he hit her, stop spreading rumours',
    'I never wrote that he grabbed me',

    'yo nunca dije que él me empujó',
    "je n'ai jamais dit qu'il m'avait poussé",
    'ich habe nie gesagt, dass er mich geschlagen hat',
    'eu nunca disse que ele me empurrou',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'I never said anything but he pushed me',
    'I never told anyone he pushed me',
    'I never said a word but he hit me',
    'I never said anything to him and he punched me',
    "I didn't say anything, he just slapped me",
    'I never told HR that he grabbed me',
    'I never reported that he assaulted me because I was scared',
    'I never said he pushed me, he punched me',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('a blow that did not happen, said with what would follow, is no report', () => {
  it.each([
    'if Dave pushed me I would quit',
    "if he ever hit me I'd report him",
    'if anyone touched me like that I would scream',
    'if a customer punched me would I get paid leave',
    'what would happen if someone grabbed me on shift',
    'if my boss slapped me I would go straight to HR',
    'if she pushed me I would push back',
    "if they attacked me I'd call the police",
    "even if he shoved me I wouldn't say anything",
    'if someone threatened me would the company help',
    'si Dave me empujara renunciaría',
    'si alguien me pegara lo denunciaría',
    "s'il me frappait je démissionnerais",
    'wenn er mich schlagen würde, würde ich kündigen',
    'se ele me batesse eu pedia demissão',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    "if he hits me again I'm calling the police, he already did twice",
    'he pushed me and if he does it again I will quit',
    'si me vuelve a pegar lo denuncio, ya me pegó ayer',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe("a slap on the back and a push out of harm's way", () => {
  it.each([
    'he slapped me on the back haha, good game',
    'my lead slapped me on the back after the audit',
    'she patted me on the back for the numbers',
    'she pushed me out of the way of the forklift',
    'he pushed me out of the way of the falling boxes',
    'he keeps yanking my chain about the rota',
    'he pulled my leg about the new uniform',
    'he scratched my car in the car park',
    'ele me deu um toque sobre o horário',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'he slapped me on the back so hard I fell',
    'she pushed me out of the way and laughed',
    'he pushed me into the racking',
    'ele me deu um toque na bunda',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
