import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Missed by the rules until this session's outside attacker (f32), written as classes before the rules: someone drunk
 * at a machine or a wheel (Spanish, French, as English already read it); waste or chemicals dumped into a drain, a
 * river or the ground, an environmental crime read as safety (English, Spanish, French); a boss who shoves people or
 * swears at them daily, or tells someone to die (Korean, Japanese).
 */
const URGENT: [string, string][] = [
  ['el montacarguista anda borracho desde la manana', 'safety'],
  ['el operador de la grua sigue pedo desde el almuerzo', 'safety'],
  ['el chofer del camion llego bien tomado hoy y esta manejando', 'safety'],
  ['anda bien pedo manejando el montacargas en el anden 3', 'safety'],
  ['le cariste est complètement bourré depuis ce matin', 'safety'],
  ['they are dumping the waste solvent in the storm drain at night', 'safety'],
  ['the night crew pours used oil down the drain behind building 4', 'safety'],
  ['maintenance is dumping drums of coolant into the creek behind the plant', 'safety'],
  ['they flushed the paint thinners down the storm drain again', 'safety'],
  ['tiran los solventes al drenaje cuando nadie ve', 'safety'],
  ['vierten el aceite usado en el rio detras de la planta', 'safety'],
  ['ils déversent les solvants dans les égouts la nuit', 'safety'],
  ['반장이 매일 욕하고 어제는 동료를 밀쳐서 넘어뜨렸어요', 'harassment'],
  ['팀장이 어제 신입을 밀쳤어요', 'threat'],
  ['과장이 맨날 폭언을 해요', 'harassment'],
  ['上司に毎日死ねと言われています。もう限界です', 'harassment'],
  ['先輩に役立たずって怒鳴られる毎日です', 'harassment'],
];

// The same words about nothing wrong: a tired driver, a blocked drain, coffee down the sink, a boss who buys coffee.
const CALM: string[] = [
  'el borracho de la pelicula era muy gracioso',
  'el montacarguista anda cansado desde la manana',
  'el chofer llego temprano hoy',
  'anda bien contento manejando el montacargas nuevo',
  'le cariste est super content de sa nouvelle machine',
  'please dump the old files in the recycling bin',
  'the storm drain by gate 2 is blocked with leaves again',
  'we poured the cold coffee down the sink',
  'they recycle the waste solvent through the new still',
  'tiran la basura al contenedor a las 5',
  'la pintura nueva del drenaje quedo bonita',
  'ils jettent les cartons dans la benne',
  '반장이 매일 커피를 사줘요',
  '팀장이 문을 밀었어요',
  '上司に毎日頑張れと言われています',
  '死ねばいいのにと思うほど暑い',
];

describe('dangers told in other words now escalate to their owner', () => {
  it.each(URGENT)('%s is %s', (text, kind) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain(kind);
  });
});

describe('their look-alikes stay calm', () => {
  it.each(CALM)('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
