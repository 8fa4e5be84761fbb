import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * An electric shock from a machine, a table or a rail, told by what it does to whoever touches it (attack att43,
 * 2026-12-07): read by nothing, or as harassment alone when a boss said to keep working, so the site's safety owner
 * was never told. Now safety, which picks the safety owner, in en es fr pt de it pl (shocks-from-gear.ts). Being
 * shocked by news or pay, static from a carpet, shock absorbers and a training stay calm.
 */
const shocks = [
  'I get a shock every time I touch the metal casing of the mixer, it buzzes, the supervisor says wrap it in tape and keep going',
  'the mixer casing is live, it shocked me twice today, supervisor says keep working',
  'my hand tingles every time I touch the metal housing of the mixer',
  'the metal table in prep buzzes and bites you when you touch it with wet hands',
  'the panel door on line 2 zaps you if you lean on it',
  'la mesa de metal da toques cuando la tocas con las manos mojadas',
  'la maquina da corriente cuando la tocas, ya me dio dos veces',
  'je prends des décharges à chaque fois que je touche la machine, le chef dit de continuer',
  'a caixa da máquina está dando choque quando a gente encosta',
  'die Maschine steht unter Strom, ich habe beim Anfassen einen Schlag bekommen',
  'la carcassa della macchina dà la scossa quando la tocchi',
  'obudowa maszyny kopie prądem jak się jej dotknie',
  "every time you plug in the fryer there's a spark and you feel a jolt up your arm",
  'got zapped again off the conveyor rail this morning, 3rd time this week',
  'the cooler door handle gives you a shock when its wet, everyone gets bitten by it',
  'el tablero de la linea 3 esta electrificado, a mi compañero le dio un calambre fuerte al tocarlo',
  'on se prend des coups de jus en touchant la rambarde près du moteur',
  'o fio da lixadeira está descascado e levei um choque ao ligar na tomada',
  'ich kriege jedes Mal einen gewischt, wenn ich das Geländer an der Presse berühre',
  'ho preso la scossa toccando il quadro elettrico del reparto, è la seconda volta',
  'mnie poraziło prądem przy szafie sterowniczej, kabel jest goły',
  'the washer in the laundry room shocks people when they touch the lid',
  'careful with the ice machine, it shocks you if you touch the side while standing in the water',
  'the light switch in the locker room gives people a jolt, someone got thrown back yesterday',
  'la freidora da toques cuando la agarras, ya le pasó a tres compañeros',
  'la rampe du quai est électrisée, on sent le courant quand on la touche',
  'a esteira dá choque quando encosta no metal, todo mundo já levou',
  'der Griff vom Kühlraum gibt einem jedes Mal einen Schlag, wenn man nasse Hände hat',
  "il tavolo d'acciaio prende la scossa quando lo tocchi con le mani bagnate",
];

const notShocks = [
  'I was shocked by how rude the new manager was to us',
  'it shocked me how little they pay the night shift',
  'we got a shock when we saw the new schedule',
  'culture shock was real when I moved from the Dallas plant',
  'I get static shocks from the carpet in the office, kind of funny',
  'the shock absorbers on the pallet truck were replaced, it rides smooth now',
  'the electrical safety training about shocks was really useful',
  'the casing on the mixer used to shock people but the electrician fixed it last week',
  'me dio un calambre en la pierna de tanto estar parado',
  'la noticia nos dio un golpe, todos en shock',
  'levei um choque quando vi o salário',
  'das war ein Schock für alle, die Kündigungen',
  'è stato uno shock per tutti il licenziamento',
  'to był szok dla całej zmiany',
  'the live stream of the all-hands was great',
  'the new line went live today, congrats team',
];

describe('an electric shock from work gear', () => {
  it.each(shocks)('Should send %j to the safety owner', async (text) => {
    expect((await detectUrgency(text))?.categories ?? []).toContain('safety');
  });

  it.each(notShocks)('Should keep %j calm', async (text) => {
    expect((await detectUrgency(text))?.categories ?? []).toEqual([]);
  });
});
