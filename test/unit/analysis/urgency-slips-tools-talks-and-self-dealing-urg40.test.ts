import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Classes left from the ra38b attack, decided on 2026-12-06 (late night, urg40; docs/escalations.md):
 * - "will kill me" said of the writer's own lateness or slip, or laughed off about a relative, is calm in every
 *   language read (killed-for-a-small-failure.ts, other-languages/uk-killed-for-a-small-failure.ts); killed if the
 *   writer tells, reports or goes to the police stays a threat;
 * - a tool or a safeguard damaged and used anyway is safety in the Ukrainian and Kreyol tables too
 *   (other-languages/uk-ht-damaged-tools-used-anyway.ts);
 * - a talk, a training or a meeting about a harm is calm whatever verb says it ("covered", "a abordé", "ging es um"),
 *   a report beside it stays read (talks-about-a-harm.ts, rehearsal.ts);
 * - fake orders booked for a bonus and work given to a relative's firm are fraud (fraud-without-the-word.ts).
 * What a reader sees: whether an executive is emailed, and as what kind.
 */

beforeAll(() => {
  for (const text of ['warm up', 'пожежа на складі', 'gen dife nan depo a']) detectUrgency(text);
}, 120_000);

const readAs = (kind: string, text: string) => {
  const { urgent, categories } = detectUrgency(text);
  expect(urgent).toBe(true);
  expect(categories).toContain(kind);
};
const calm = (text: string) => expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });

describe('"will kill me" for the writer\'s own slip, or laughed off, emails nobody', () => {
  it.each([
    ["начальник мене вб'є, якщо запізнюсь"],
    ["мама сказала що вб'є мене ха-ха"],
    ['mama mene vbye yakshcho zapiznius'],
    ['жена меня убьёт, если опять опоздаю'],
    ['my mom is gonna kill me lol'],
    ["my boss is going to kill me if I'm late again haha"],
    ['mi jefe me mata si llego tarde'],
    ['mi mamá me va a matar si no llego a la cena jaja'],
    ['o chefe vai me matar se eu atrasar'],
    ['mon chef va me tuer si je suis en retard demain'],
    ['mein Chef bringt mich um, wenn ich wieder zu spät komme'],
    ['il capo mi uccide se arrivo in ritardo'],
    ['szef mnie zabije jak się spóźnię'],
    ['papatayin ako ng nanay ko pag late ako umuwi haha'],
  ])('Should stay calm: %s', (text) => calm(text));

  it.each([
    ["he said he'll kill me if I tell HR"],
    ["мене вб'ють якщо я розповім"],
    ["бригадир сказав, що вб'є мене, якщо я поскаржусь"],
    ['me dijo que me mata si hablo con recursos humanos'],
    ['er hat gesagt, er bringt mich um, wenn ich zum Betriebsrat gehe'],
    ["he said he'd kill me if i don't pay him back"],
    ['my ex said he will kill me if I leave him'],
    ["my manager said he's gonna kill me if i'm late again and he showed me his knife"],
    ["мама мене вб'є якщо я скажу в поліції ха-ха"],
  ])('Should still escalate as a threat: %s', (text) => readAs('threat', text));
});

describe('a tool damaged and used anyway, in the Ukrainian and Kreyol tables', () => {
  it.each([
    ['диск на болгарці тріснув, а ми все одно ним працюємо'],
    ['у пилки знятий захист і майстер каже працювати далі'],
    ['блокування на пресі відключили і всі так і працюють'],
    ['disk na bolgartsi trisnuv ale my vse odno nym pratsiuiemo'],
    ['disk meule la fann men nou kontinye sèvi avè l'],
    ['yo retire pwoteksyon si a epi yo toujou ap itilize l'],
  ])('Should escalate as safety: %s', (text) => readAs('safety', text));

  it.each([
    ['диск тріснув, ми його викинули і поставили новий'],
    ['екран мого телефону тріснув, але я все одно ним користуюсь'],
    ['meul la te fann, yo jete l epi yo mete yon lòt'],
    ['telefòn mwen an fann men mwen toujou ap itilize l'],
  ])('Should stay calm: %s', (text) => calm(text));
});

describe('a talk about a harm is calm, a report beside it is not', () => {
  it.each([
    ['the town hall covered age discrimination'],
    ['the webinar dealt with workplace violence, really useful'],
    ["la réunion d'équipe a abordé la discrimination liée à l'âge"],
    ['la charla de hoy fue sobre prevención del suicidio'],
    ['im Workshop ging es um Betrug und Korruption'],
    ['il corso di formazione trattava le molestie sessuali'],
    ['a palestra abordou a violência no trabalho'],
    ['szkolenie dotyczyło mobbingu'],
    ['na zebraniu mówiono o dyskryminacji ze względu na wiek'],
  ])('Should stay calm: %s', (text) => calm(text));

  it.each([
    ['harassment', 'the training covered harassment, but my supervisor still grabs me every shift'],
    ['harassment', 'die Schulung ging um Belästigung, aber mein Vorgesetzter fasst mich immer noch an'],
    ['safety', 'the safety talk covered gas leaks and right now I smell gas in bay 2'],
    ['discrimination', 'the town hall covered age discrimination, then my manager said he only hires people under 30'],
  ])('Should escalate as %s: %s', (kind, text) => readAs(kind, text));
});

describe('fake orders for a bonus and a relative paid are fraud', () => {
  it.each([
    ['he books fake orders to hit his bonus'],
    ['the manager enters bogus sales every month end so he gets the bonus'],
    ['il saisit de fausses commandes pour toucher sa prime'],
    ['il capo registra ordini finti per raggiungere il premio'],
    ['il responsabile acquisti paga una società del fratello'],
    ['el gerente le da todos los contratos a la empresa de su cuñado'],
  ])('Should escalate as fraud: %s', (text) => readAs('fraud', text));

  it.each([
    ["my brother's company catered the party, great food"],
    ['he booked orders all day and hit his bonus, well done'],
    ['we entered fake orders in the training system to practice'],
    ['the pay cut will hit my bonus hard'],
  ])('Should stay calm: %s', (text) => calm(text));
});
