import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1, u43b (session 43, from the att42 attack): urgency said in slang, read with the kind that picks who is
 * emailed.
 * - A fight told with a slang or everyday verb ("dwóch gości leje się rurą", "throwing hands", "se agarraron a golpes",
 *   "se bastonnent", "saindo na mão", "kloppen sich", "si stanno menando", "nagsusuntukan"): threat and safety, the
 *   safety owner (urgency/fights-said-in-slang.ts).
 * - Deaths or violence promised on a firing ("si la corren … aquí no queda nadie vivo"): threat and safety, even where
 *   the firing also reads as a threat to the job (urgency/violence-promised-if-fired.ts, kind-of-wrong.ts).
 * - A harm promised to whoever tells, in texting slang ("ur gone if u snitch", "vas a ver si hablas", "się doigrasz
 *   jak doniesiesz"): harassment (retaliation, the owner of harassment) and a threat (urgency/threats-to-whoever-tells.ts).
 * Look-alikes written before the rules in en es fr pt de it pl tl (uk, ht too, left to their tables), tuned on the
 * half below; the held-back half and the figures are in docs/escalations.md ("u43b"). On main each row below was calm
 * or of the wrong kind.
 */

const FIGHTS = [
  'two dudes are throwing hands in the break room rn',
  'jimmy and the new guy are scrapping in the parking lot, whole shift watching',
  'theres a full on brawl on line 2 right now',
  'a bunch of them ganged up on tony and are kicking him by the bins',
  'se agarraron a golpes en el comedor, todos mirando',
  'dos compas se estan partiendo la madre en el estacionamiento',
  'se armo un zafarrancho en la linea 3, hay sangre',
  'deux gars se bastonnent sur le parking',
  'ça se fout sur la gueule dans les vestiaires',
  'les mecs se castagnent a la cantine devant tout le monde',
  'os caras tao saindo na mao no vestiario',
  'tao espancando o rapaz da limpeza la atras',
  'os dois se atracaram no pátio com uma barra de ferro',
  'die hauen sich gerade in der Umkleide die Fresse ein',
  'die haben den Neuen zu dritt vermöbelt',
  'Massenschlägerei in der Kantine, kommt schnell',
  'si è menato con quello del turno di notte davanti a tutti',
  'stanno pestando il ragazzo nuovo dietro il capannone',
  'si stanno scazzottando nel parcheggio',
  'bijatyka w szatni, jeden krwawi',
  'tłuką się w stołówce, wszyscy patrzą',
  'dwaj goście biją się łomem na hali',
  'binugbog nila yung bagong guard sa likod',
  'nagsasapakan sila sa canteen ngayon',
];

const VIOLENCE_PROMISED_ON_A_FIRING = [
  'if they fire her nobody in here is walking out alive',
  'fire jay and everyone here will pay, mark my words, with blood',
  'if they can me ima come in blasting',
  'si lo despiden aqui se muere alguien',
  'si la echan me los cargo a todos',
  'si me despiden vengo con la pistola y ya veran',
  "s'ils me licencient je descends tout le monde",
  'se demitirem ela ninguem sai vivo daqui',
  'se mandarem ele embora vou meter bala em todo mundo',
  'wenn die mich feuern knall ich alle ab',
  'se la licenziano qui non resta vivo nessuno',
  'se lo cacciano la pagherete tutti col sangue',
  'jak mnie wywalą to wszystkich powystrzelam',
];

const WHOEVER_TELLS_THREATENED = [
  'ur gone if u snitch',
  'u tell hr and ur done for, i mean it',
  'say a word to the boss and watch what happens to u',
  'talk to osha and u wont make it home',
  'vas a ver si hablas',
  'si le dices a recursos humanos te las vas a ver conmigo',
  'fais gaffe si tu parles',
  'si tu vas aux rh tu vas le regretter',
  'se abrir o bico ja era pra voce',
  'se for falar com o rh vai ver o que acontece',
  'wer petzt ist fällig',
  'se fai la spia te la vedi con me',
  'se vai dal sindacato te ne penti',
  'jak zakablujesz to pożałujesz',
  'pag nagsumbong ka patay ka',
];

// Calm look-alikes: a match won, a laugh, a game called snitch, a party, a buffet, a film, quitting in protest.
const CALM = [
  'we beat them at football last night 3-0',
  'the guys were fighting over the last donut lol',
  'we played snitch at lunch, great card game',
  'that party killed it, best night ever',
  'in the movie if they fire her nobody gets out alive, great film',
  'if they fire her I will quit, nobody wants to work here anymore',
  'my team beat the night shift at pool again',
  'vas a ver si hablas con el, es muy amable',
  'fais gaffe si tu parles au client, il est un peu susceptible',
  'dzieci lały się wodą z węża na festynie',
  'if you snitch about the surprise party I will be sad lol',
  'ur gone for the weekend if u finish early',
  'the kids were beating each other with pillows at the sleepover',
  'we jumped on the offer before it ended',
  'se nos murio el servidor si la demanda sube, nadie vivo jaja',
  'o time deu uma porrada de gols no domingo',
  'gramy w snitcha na przerwie',
  'the two teams were throwing hands in the game we watched',
  'if they fire him the whole team will walk out',
  'nag-away sila tungkol sa schedule pero ok na',
  'they had a heated argument about the rota but shook hands',
  'the boys were scrapping over who gets the window seat haha',
  'dead if u tell my mom i ate her cake lol',
  'se hablas con lui vedrai che è simpatico',
];

describe('urgency said in slang (u43b)', { timeout: 120_000 }, () => {
  it.each(FIGHTS)('reads the fight in %s as a threat for the safety owner', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toEqual(expect.arrayContaining(['safety', 'threat']));
  });
  it.each(VIOLENCE_PROMISED_ON_A_FIRING)('reads %s as violence promised to everyone on site', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toEqual(expect.arrayContaining(['safety', 'threat']));
  });
  it.each(WHOEVER_TELLS_THREATENED)('reads %s as retaliation with a threat, for the owner of harassment', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toEqual(expect.arrayContaining(['harassment', 'threat']));
  });
  it.each(CALM)('keeps %s calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
