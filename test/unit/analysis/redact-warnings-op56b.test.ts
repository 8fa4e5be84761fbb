import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op56b (2026-12-08 night), from the blind operator attack op54 (classes 6 and 7): the preview named no
 * self-description in leaving rehab or not drinking for a span in es fr pt it pl tl uk vi ("salí de rehabilitación",
 * "wyszedłem z odwyku", "tôi mới ra trại cai nghiện"), nor a pregnancy in a conditional or the past in en es fr pt it
 * ("when I was expecting, …", "si je tombais enceinte", "se rimanessi incinta"). What a user now gets: the preview
 * names them, the text keeps them (the employee chooses). Someone else's rehab, coffee not drunk and a delivery
 * expected are not named.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
beforeAll(() => previewRedaction('salí de rehabilitación'), 120_000);

// Tuned on: op54's wordings.
const TUNED: RedactionCase[] = [
  ['salí de rehabilitación', [], ['rehabilitación'], true],
  ['saí da clínica de reabilitação mês passado', [], ['reabilitação'], true],
  ['sono appena uscito dalla riabilitazione', [], ['riabilitazione'], true],
  ['wyszedłem z odwyku', [], ['odwyku'], true],
  ["je sors d'une cure de désintoxication", [], ['désintoxication'], true],
  ['anim na buwan na akong hindi umiinom', [], ['umiinom'], true],
  ['я щойно вийшов з реабілітаційного центру', [], ['реабілітаційного'], true],
  ['tôi mới ra trại cai nghiện', [], ['cai nghiện'], true],
  ['tôi đi họp nhóm AA vào thứ Ba', [], ['AA'], true],
  ['when I was expecting, the manager made me lift boxes', [], ['expecting'], true],
  ['si je tombais enceinte ils me vireraient', [], ['enceinte'], true],
  ['se eu engravidasse me mandariam embora', [], ['engravidasse'], true],
  ['se rimanessi incinta mi licenzierebbero', [], ['incinta'], true],
  ['estaba esperando gemelos el año pasado', [], ['gemelos'], true],
];

// Held back: written before any change, never tuned on; other words and languages.
const HELD_BACK: RedactionCase[] = [
  ['acabo de terminar un programa de desintoxicación', [], ['desintoxicación'], true],
  ['llevo ocho meses sin beber', [], ['sin beber'], true],
  ['estuve internado en rehabilitación por el alcohol', [], ['rehabilitación'], true],
  ["j'ai fait une cure de désintox l'an dernier", [], ['désintox'], true],
  ['je ne bois plus une goutte depuis un an', [], ['bois plus'], true],
  ['fiz tratamento de reabilitação no ano passado', [], ['reabilitação'], true],
  ['estou há oito meses sem beber', [], ['sem beber'], true],
  ['sono stato in comunità di recupero per due anni', [], ['recupero'], true],
  ['non bevo più da otto mesi', [], ['non bevo'], true],
  ['byłam na odwyku w zeszłym roku', [], ['odwyku'], true],
  ['nie piję od ośmiu miesięcy', [], ['nie piję'], true],
  ['galing ako sa rehab noong isang taon', [], ['rehab'], true],
  ['я пройшов курс реабілітації від алкоголізму', [], ['реабілітації'], true],
  ['tôi đã cai rượu được tám tháng', [], ['cai rượu'], true],
  ['when I was pregnant last year they cut my hours', [], ['pregnant'], true],
  ['while I was expecting my son, nobody helped me', [], ['expecting'], true],
  ['cuando estaba embarazada me pusieron en el turno de noche', [], ['embarazada'], true],
  ["quand j'étais enceinte on m'a mise de nuit", [], ['enceinte'], true],
  ['quando eu estava grávida me colocaram no turno da noite', [], ['grávida'], true],
  ['quando ero incinta mi hanno messo di notte', [], ['incinta'], true],
  ['if I got pregnant they would fire me', [], ['pregnant'], true],
];

// Calm look-alikes: nothing of the writer's own recovery or pregnancy.
const CALM: RedactionCase[] = [
  ['salí de la reunión tarde', [], ['reunión'], false],
  ['mi hermano salió de rehabilitación', [], ['rehabilitación'], false],
  ['non bevo caffè', [], ['caffè'], false],
  ['je ne bois pas de café', [], ['café'], false],
  ['nie piję kawy', [], ['kawy'], false],
  ['hindi ako umiinom ng kape', [], ['kape'], false],
  ['la rehabilitación del edificio terminó', [], ['edificio'], false],
  ['when I was expecting the delivery, the truck was late', [], ['delivery'], false],
  ['si je tombais malade ils me vireraient', [], ['malade'], false],
  ['quando ero in ferie mi hanno chiamato', [], ['ferie'], false],
  ['tôi đi họp nhóm vào thứ Ba', [], ['họp nhóm'], false],
];

const failures = async (cases: RedactionCase[]) => (await Promise.all(cases.map(holds))).flat();

describe("the preview names a writer's rehab, sobriety and past or possible pregnancy (op54 classes 6–7)", () => {
  it('names the tuned wordings', async () => {
    expect(await failures(TUNED)).toEqual([]);
  });
  it('names the held-back wordings', async () => {
    expect(await failures(HELD_BACK)).toEqual([]);
  });
  it('names nothing in the calm look-alikes', async () => {
    expect(await failures(CALM)).toEqual([]);
  });
});
