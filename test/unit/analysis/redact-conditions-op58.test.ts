import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op58 (2026-12-08 night), from the blind operator attack op57 (its section 2 and its missing warnings). What the
 * writer says they are after "I'm" was stored as their name ("I'm transgender" → "I'm [NAME]", "Soy testigo de Jehová"
 * → "Soy [NAME]"), and the preview did not warn; the writer's own illness, treatment or medicine ("I have Crohn's",
 * "tengo diabetes tipo 1", "I'm doing IVF", "I had a miscarriage") was not named by the preview either. What a user now
 * gets: the operator reads what the writer said they are (it is what the report is about), the preview tells the
 * writer it may point to them; a real name after "I'm" stays hidden; someone else's illness, a "not", a first-aid kit
 * or an awareness day names nothing.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I have type 1 diabetes'), 120_000);

// Tuned on: op57's wordings and the task's.
const TUNED: RedactionCase[] = [
  ["I'm transgender and the supervisor keeps misgendering me", [], ['transgender'], true],
  ["I'm autistic and the noise is too much", [], ['autistic'], true],
  ["I'm bipolar and my manager told everyone", [], ['bipolar'], true],
  ['Soy testigo de Jehová y me obligan a trabajar el domingo', [], ['testigo de Jehová'], true],
  ['Ich bin HIV-positiv und der Chef weiß es', [], ['HIV-positiv'], true],
  ["I'm Priya from packing and the line is too fast", ['Priya'], ['packing'], null],
  ['Soy Marisol, del turno de noche', ['Marisol'], ['turno de noche'], null],
  ["I have Crohn's and need the toilet more often than breaks allow", [], ["Crohn's"], true],
  ['tengo diabetes tipo 1 y no me dejan comer en la línea', [], ['diabetes tipo 1'], true],
  ['I have type 1 diabetes and my supervisor mocks my snacks', [], ['type 1 diabetes'], true],
  ['I have PTSD from the army and the alarms set me off', [], ['PTSD'], true],
  ["I'm doing IVF and need time off for appointments", [], ['IVF'], true],
  ['I had a miscarriage last month and HR still wants a note', [], ['miscarriage'], true],
  ['I have endometriosis and the heavy lifting is hell', [], ['endometriosis'], true],
];

// Held back: other words and languages, never tuned on.
const HELD_BACK: RedactionCase[] = [
  ["I'm nonbinary and the form only has two boxes", [], ['nonbinary'], true],
  ['Je suis autiste et les néons me rendent malade', [], ['autiste'], true],
  ['Sou diabética e não me deixam parar para comer', [], ['diabética'], true],
  ['Ich bin Epileptiker und darf jetzt nicht mehr Stapler fahren', [], ['Epileptiker'], true],
  ['Sono bipolare e il capo lo ha detto a tutti', [], ['bipolare'], true],
  ["J'ai la maladie de Crohn et on me refuse les pauses", [], ['Crohn'], true],
  ['Tengo endometriosis y el encargado dice que exagero', [], ['endometriosis'], true],
  ['Ich habe Diabetes Typ 2 und muss Insulin spritzen', [], ['Diabetes'], true],
  ['Eu tenho esclerose múltipla e me puseram no turno da noite', [], ['esclerose múltipla'], true],
  ['Sufro de estrés postraumático desde el accidente', [], ['postraumático'], true],
  ["I'm Jonah from goods in and the dock door is broken", ['Jonah'], ['goods in'], null],
];

// Calm look-alikes: someone else's illness, a "not", a kit, a day, a group of people, a pallet.
const CALM = [
  'The first-aid kit has no insulin and no plasters.',
  'My dad has diabetes so I leave early on Fridays.',
  "I don't have PTSD, I just hate the alarm.",
  'Diabetes awareness day is on Friday in the canteen.',
  'El botiquín no tiene insulina.',
  'La journée du diabète est vendredi.',
  'The cancer research bake sale raised 200.',
  'Meine Mutter hat Krebs, deshalb brauche ich freie Tage.',
  'The trans-pallet in aisle 4 is broken.',
  // From the eval's reviews: Microsoft, a daughter's and a wife's illness.
  'While I was there MS used the stack ranking system.',
  'I perfected my MS Office skills here.',
  'So say my daughters with autism who could lose their therapy.',
  'My wife was diagnosed with lupus and spent weeks in hospital.',
];

describe("what the writer says they are, and their own illness, kept and named by the preview (op58, from op57's section 2)", () => {
  it.each(TUNED)('Should store %j as the writer needs (tuned)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK)('Should store %j as the writer needs (held back)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(CALM)('Should keep every word of %j and name nothing', async (text) => {
    expect(await preview(text)).toMatchObject({ redactedText: text, singledOut: [] });
  });
});

// rev59: the whole hidden span after "I am" was given back when its first word was a condition, the writer's name too.
describe('a name after what the writer says they are stays hidden (rev59)', () => {
  const CASES: RedactionCase[] = [
    ['I am Muslim Ahmed Khan from line 4 and they mock my prayers', ['Ahmed', 'Khan'], ['Muslim'], null],
    ["I'm Trans Jessica Moreno, HR ignores me", ['Jessica', 'Moreno'], [], null],
    ["Je suis Musulman Karim Benali de l'équipe B", ['Karim', 'Benali'], ['Musulman'], null],
    ['Ich bin HIV-positiv Dragan Ilić aus Halle 2', ['Dragan', 'Ilić'], ['HIV-positiv'], null],
  ];
  it('Should hide the name and keep what the writer is', async () => {
    const wrong = (await Promise.all(CASES.map(holds))).flat();
    expect(wrong).toEqual([]);
  });
});
