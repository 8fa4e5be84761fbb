import { beforeAll, describe, expect, it } from 'vitest';
import { singlesSomeoneOut } from '../../../shared/digest/quotes-singling-out';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op50b (after the op49 blind attack, 2026-12-07, class 9 and the over-hiding of "sobrio"): self-descriptions the
 * preview did not name, so the writer was not warned and the weekly digest could quote them: a recovery said with
 * a verb of being or going ("I've been in recovery", "Frequento os AA", "Seit drei Jahren bin ich trocken", "Tôi đang
 * cai rượu"), a cochlear implant or deafness in es pt it vi, "being pregnant" in en fr pt de it, a wheelchair told
 * with a verb (pt "Sou cadeirante", pl "Poruszam się na wózku", uk "Я на візку"), and where the writer comes from
 * followed by "the only Pole" in Ukrainian or Polish. What a user notices: the preview names the words before sending
 * (`singledOut`), and the weekly digest never quotes the text. The same words of others, or of things, stay quotable.
 */
const named = async (text: string) => {
  const { redactedText, singledOut } = await previewRedaction(text);
  return { named: singledOut.length > 0 && (await singlesSomeoneOut(redactedText)), singledOut, redactedText };
};

beforeAll(() => previewRedaction('I am the only one'), 120_000);

// Tuned on: the attack's texts.
const TUNED = [
  "I've been in recovery for two years and need Thursdays off.",
  'Estoy en recuperación del alcohol y necesito salir temprano.',
  'Frequento os AA e preciso sair às 18h.',
  'Nasa recovery ako sa alak at pumupunta ako sa AA',
  'Tôi đang cai rượu và đi họp AA',
  'abstinent depuis deux ans grâce aux Alcooliques Anonymes',
  'Seit drei Jahren bin ich trocken',
  'Sono sobrio da tre anni',
  'Tengo un implante coclear',
  'Tenho implante coclear',
  'Ho un impianto cocleare',
  'Có cấy ốc tai điện tử',
  'Being pregnant, I was taken off overtime',
  'Le fait que je sois enceinte',
  'Por eu estar grávida',
  'Weil ich schwanger bin',
  'Il mio essere incinta',
  'Sou cadeirante',
  'Poruszam się na wózku inwalidzkim',
  'Я на візку',
  'Я з Польщі і єдиний поляк у цеху',
  'Я з Харкова, і я тут єдиний переселенець',
];

// Held back: written before any rule changed, never run while tuning. Other words, other languages.
const HELD_BACK = [
  'I am in recovery from drugs and my lead keeps offering me beers after shift.',
  'Llevo tres años sobrio y el jefe me invita a beber cada viernes.',
  'Vou às reuniões dos AA toda quarta e o chefe reclama.',
  'Je suis sobre depuis un an et le chef se moque de moi.',
  'Ich bin seit einem Jahr clean und der Vorarbeiter bietet mir Bier an.',
  'Sono pulito da due anni e il capoturno mi offre da bere.',
  'Em đang cai nghiện và quản lý biết chuyện.',
  'Jestem trzeźwy od pięciu lat, a kierownik wciąż żartuje z tego.',
  'Uso un implante coclear y nadie me mira cuando habla.',
  'Porto un impianto cocleare e il capo parla sempre di spalle.',
  'Soy sorda y el encargado me grita igual.',
  'Sou surdo e ninguém usa o quadro para me avisar.',
  'Since I became pregnant they moved me to the night desk.',
  'Depuis que je suis tombée enceinte, on me refuse les heures sup.',
  'Desde que fiquei grávida me tiraram das horas extras.',
  'Seit ich schwanger bin, darf ich keine Nachtschicht mehr machen.',
  'Essendo incinta, mi hanno tolto gli straordinari.',
  'Jeżdżę na wózku i nie ma windy do szatni.',
  'Я пересуваюся на візку, а ліфт у цеху не працює.',
  'Jestem z Ukrainy i jedyny Ukrainiec na zmianie, szef się śmieje.',
];

// Calm look-alikes: nothing of the writer, or a thing; nothing named, every word kept.
const CALM = [
  'The recovery of the server took two hours.',
  'Estoy en la reunión hasta las tres.',
  'Frequento o refeitório todos os dias.',
  'Seit drei Jahren bin ich im Versand.',
  'Sono sobrio nel vestire, dice il capo, e va bene.',
  'The AA batteries in the scanner are dead again.',
  'Tengo un problema con el horario.',
  'Being late, I missed the bus.',
  'Weil ich müde bin, gehe ich früher.',
  'Il mio essere puntuale non conta niente.',
  'Sou cozinheiro no turno da noite.',
  'Poruszam się tramwajem do pracy.',
  'Я на зміні до восьмої.',
  'Я з Польщі і працюю тут два роки.',
  'Jestem na wózku widłowym cały dzień.',
  'Có cấy lúa ở quê không?',
];

const share = async (texts: readonly string[]) => {
  let n = 0;
  for (const t of texts) if ((await named(t)).named) n++;
  return n;
};

describe('op50b: self-descriptions op49 found unnamed are named in the preview', () => {
  it('counts (for the report)', async () => {
    let calm = 0;
    for (const t of CALM) if (!(await named(t)).named && (await previewRedaction(t)).redactedText === t) calm++;
    console.log(
      `op50b counts: tuned ${await share(TUNED)}/${TUNED.length}, held back ${await share(HELD_BACK)}/${HELD_BACK.length}, calm kept ${calm}/${CALM.length}`,
    );
  }, 120_000);
  it('names each tuned text', async () => {
    for (const t of TUNED) expect((await named(t)).named, t).toBe(true);
  }, 120_000);
  it('names most held-back texts', async () => {
    expect(await share(HELD_BACK)).toBeGreaterThanOrEqual(HELD_BACK.length - 2);
  }, 120_000);
  it('names no calm look-alike and keeps every word', async () => {
    for (const t of CALM) {
      const r = await named(t);
      expect(r.named, t).toBe(false);
      expect(r.redactedText, t).toBe(t);
    }
  }, 120_000);
  it('keeps "sobrio" as written, not hidden as a name', async () => {
    expect((await previewRedaction('Sono sobrio da tre anni')).redactedText).toBe('Sono sobrio da tre anni');
  }, 120_000);
});

/*
 * Over-hiding and marks (op49's "over-hiding" and classes 1 and 3): what the operator reads, exactly. A row with its
 * letter, a town after a Tagalog word of going, "anh hùng" before a title, a Polish "I saw / I asked" before a name
 * stay as written; a plate of the Ukrainian format in Latin capitals and a locker said in words are hidden.
 */
const STORED_TUNED: [string, string][] = [
  ['Nakaparada ako sa hanay B kanina.', 'Nakaparada ako sa hanay B kanina.'],
  ['May bagong bus papuntang Maynila mula sa planta.', 'May bagong bus papuntang Maynila mula sa planta.'],
  ['Anh ấy nói anh hùng lao động là danh hiệu đẹp.', 'Anh ấy nói anh hùng lao động là danh hiệu đẹp.'],
  ['Widziałem Tomka wczoraj przy bramie.', 'Widziałem [NAME] wczoraj przy bramie.'],
  ['Pytałem Kasię o grafik.', 'Pytałem [NAME] o grafik.'],
  ['BC 1234 AB is my car plate', '[PLATE] is my car plate'],
  ['tủ số mười bốn của tôi bị phá', 'tủ số [ID] của tôi bị phá'],
  ['numero katorse ang locker ko', 'numero [ID] ang locker ko'],
];
const STORED_HELD_BACK: [string, string][] = [
  ['Ang makina sa hilera C ay sira na naman.', 'Ang makina sa hilera C ay sira na naman.'],
  ['Sumakay ako ng jeep patungong Cebu kahapon.', 'Sumakay ako ng jeep patungong Cebu kahapon.'],
  ['Ông ấy là anh hùng dân tộc của làng.', 'Ông ấy là anh hùng dân tộc của làng.'],
  ['Dzwoniłem Markowi, ale nie odebrał.', 'Dzwoniłem [NAME], ale nie odebrał.'],
  ['Le camion immatriculé KA 4321 HO bloque la sortie.', 'Le camion immatriculé [PLATE] bloque la sortie.'],
  ['El coche con matrícula AX 9090 EM está en mi plaza.', 'El coche con matrícula [PLATE] está en mi plaza.'],
  ['Tủ đựng đồ thứ hai mươi ba của em bị cạy.', 'Tủ đựng đồ thứ [ID] của em bị cạy.'],
  ['Yung locker ko ay labing-isa, sinira nila.', 'Yung locker ko ay [ID], sinira nila.'],
];
const STORED_CALM = [
  'tủ hai cánh trong kho bị hỏng',
  'numero uno ang locker room natin',
  'ISO 9001 certified since 2019',
  'Sira ang aircon sa canteen.',
  'Những anh hùng trong ca đêm không ai khen.',
  'Jestem z Polski i pracuję tu od roku.',
];

describe('op50b: what the operator reads of rows, towns, heroes, verbs, plates and lockers', () => {
  it('counts (for the report)', async () => {
    const ok = async (pairs: [string, string][]) => {
      let n = 0;
      for (const [t, want] of pairs) if ((await previewRedaction(t)).redactedText === want) n++;
      return n;
    };
    let calm = 0;
    for (const t of STORED_CALM) if ((await previewRedaction(t)).redactedText === t) calm++;
    console.log(
      `op50b stored: tuned ${await ok(STORED_TUNED)}/${STORED_TUNED.length}, held back ${await ok(STORED_HELD_BACK)}/${STORED_HELD_BACK.length}, calm kept ${calm}/${STORED_CALM.length}`,
    );
  }, 120_000);
  it('stores each tuned text as expected', async () => {
    for (const [t, want] of STORED_TUNED) expect((await previewRedaction(t)).redactedText, t).toBe(want);
  }, 120_000);
  it('stores most held-back texts as expected', async () => {
    let n = 0;
    for (const [t, want] of STORED_HELD_BACK) if ((await previewRedaction(t)).redactedText === want) n++;
    expect(n).toBeGreaterThanOrEqual(STORED_HELD_BACK.length - 1);
  }, 120_000);
  it('keeps every calm word', async () => {
    for (const t of STORED_CALM) expect((await previewRedaction(t)).redactedText, t).toBe(t);
  }, 120_000);
});
