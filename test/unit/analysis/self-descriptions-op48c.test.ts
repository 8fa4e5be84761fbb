import { beforeAll, describe, expect, it } from 'vitest';
import { singlesSomeoneOut } from '../../../shared/digest/quotes-singling-out';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op48c (after the op47 attack, 2026-12-07, class 9, and op46c's leftovers): self-descriptions the preview did not
 * name, so the writer was not warned and the weekly digest could quote them: a recovery from alcohol or drugs outside
 * English ("Alcolisti Anonimi", "Anonyme Alkoholiker", "soy alcohólico en recuperación"), "I'm in AA", "I'm a
 * recovering alcoholic"; where the writer comes from with "the only one" in Italian and Ukrainian ("Vengo dal
 * Bangladesh e sono l'unico", "Я з Нігерії і я тут єдиний такий"); a health matter told of oneself (chemo, a cochlear
 * implant, epilepsy or seizures, a wheelchair, dialysis, "my being pregnant"). Some of those words were hidden as a
 * name ("going through [NAME]", "agli [NAME]", "mit dem [NAME]"), so the preview read nothing and the sentence lost its
 * sense. What a user notices: the preview names the words before sending (`singledOut`), the stored text keeps the
 * word, and the weekly digest never quotes the text. The same words said of people in general, or a policy ask, are
 * named by nothing and stay quotable.
 */
const named = async (text: string) => {
  const { redactedText, singledOut } = await previewRedaction(text);
  return { named: singledOut.length > 0 && (await singlesSomeoneOut(redactedText)), singledOut, redactedText };
};

beforeAll(() => previewRedaction('I am the only one'), 120_000);

// Tuned on: the attack's texts and a few of the brief's words.
const TUNED = [
  "I'm in AA and my sponsor calls me at work, my boss mocks me for it.",
  "I'm a recovering alcoholic and my supervisor tells everyone at lunch.",
  'Chodzę na mityngi AA i kierownik wszystkim o tym powiedział.',
  "Vado agli Alcolisti Anonimi e il capo l'ha detto a tutti.",
  "Je vais aux Alcooliques anonymes et mon chef l'a dit à tout le monde.",
  'Vengo dal Bangladesh e sono l’unico, mi chiamano con soprannomi.',
  'Я з Нігерії і я тут єдиний такий.',
  "I'm going through chemo and they refused to change my shift.",
  'Die Frau mit dem Rollstuhl im Versand, das bin ich.',
  "I have epilepsy and my manager won't let me drive the forklift.",
  'I have a cochlear implant and nobody faces me when they talk.',
  'My being pregnant was the reason they cut my hours.',
];

// Held back: written with the tuned ones, before any rule changed, never run while tuning. Other words, other
// languages, other orders.
const HELD_BACK = [
  // Recovery.
  'Soy alcohólico en recuperación y mi jefe se burla de mí.',
  'Voy a Alcohólicos Anónimos los jueves y el encargado lo contó a todos.',
  'Je suis un alcoolique en rétablissement et le chef en parle devant tout le monde.',
  'Sou alcoólatra em recuperação e o gerente espalhou isso.',
  'Frequento os Alcoólicos Anônimos e o supervisor contou a todos.',
  'Ich bin trockener Alkoholiker und der Schichtleiter erzählt es allen.',
  'Ich gehe seit zwei Jahren zu den Anonymen Alkoholikern.',
  'Sono un alcolista in recupero e il caporeparto lo dice a tutti.',
  'Jestem alkoholikiem, nie piję od trzech lat, a brygadzista się śmieje.',
  'Należę do Anonimowych Alkoholików i szef o tym mówi.',
  'Я ходжу на збори Анонімних алкоголіків, а бригадир сміється.',
  "I'm an alcoholic in recovery and HR told my whole team.",
  'As a recovering addict I need Thursday evenings off for my NA group.',
  // Origin, then "the only one".
  'Sono nigeriana e qui sono l’unica, nessuno mi parla.',
  'Я з Грузії, і тут я єдина така.',
  'Jestem z Ukrainy i jestem tu jedyna taka.',
  'Ich komme aus Syrien und bin hier der Einzige.',
  'Sou de Angola e aqui sou o único.',
  // Health told of oneself.
  'I had a seizure at my station last week, I have epilepsy.',
  'I get seizures sometimes and my lead told the whole crew.',
  'I wear a cochlear implant and the radio headsets hurt.',
  'Tengo epilepsia y el supervisor me puso en la prensa.',
  "J'ai un implant cochléaire et personne ne me regarde quand on me parle.",
  'Ich habe Epilepsie und darf trotzdem keinen Stapler fahren.',
  'Ho l’epilessia e il capo mi mette sul muletto.',
  'Mam padaczkę i kierownik kazał mi pracować na wysokości.',
  'У мене епілепсія, а мене ставлять на висоту.',
  'Sono in chemio e mi hanno negato il part-time.',
  'Me being pregnant is why they moved me to the back.',
  'Wegen meiner Schwangerschaft wurde ich ins Lager versetzt.',
];

// Words the name rules took for a name: the stored text keeps them as written.
const KEPT_AS_WRITTEN: [string, string][] = [
  ["I'm going through chemo and they refused to change my shift.", 'chemo'],
  ["Vado agli Alcolisti Anonimi e il capo l'ha detto a tutti.", 'Alcolisti Anonimi'],
  ["Je vais aux Alcooliques anonymes et mon chef l'a dit à tout le monde.", 'Alcooliques anonymes'],
  ['Die Frau mit dem Rollstuhl im Versand, das bin ich.', 'Rollstuhl'],
  ['Voy a Alcohólicos Anónimos los jueves y el encargado lo contó a todos.', 'Alcohólicos Anónimos'],
  ['Należę do Anonimowych Alkoholików i szef o tym mówi.', 'Anonimowych Alkoholików'],
  ['Я ходжу на збори Анонімних алкоголіків, а бригадир сміється.', 'Анонімних алкоголіків'],
];

// Calm look-alikes: the same words about people in general, a thing, a policy ask.
const CALM = [
  'AA meetings should be allowed on paid time.',
  'The AA batteries for the scanners run out every shift.',
  'Il parcheggio per gli Alcolisti Anonimi del giovedì è chiuso.',
  "Chemo patients' parking near the clinic entrance is always full of company trucks.",
  'Der Rollstuhl-Zugang zur Kantine fehlt.',
  'People with epilepsy should not be put on forklifts.',
  'Las personas con epilepsia necesitan otro turno.',
  'Workers on dialysis should get flexible shifts.',
  'The wheelchair ramp at gate 2 is blocked again.',
  'Die Rampe für Rollstühle ist zugestellt.',
  'We need a policy for employees in recovery.',
  'The cochlear implant info session is on Monday.',
  'Seizure first aid training should be mandatory for leads.',
  'Pregnancy leave rules need to be clearer.',
  'Il nostro reparto è l’unico senza aria condizionata.',
  'Я з другої зміни, і тут дуже холодно.',
  'Vengo dal turno di notte e sono stanco morto.',
  'Ich komme aus der Spätschicht und bin müde.',
  'Sou de Lisboa e aqui o único problema é o calor.',
  'Gli Alcolisti Anonimi si riuniscono nella sala del comune.',
  'Anonimowi Alkoholicy mają spotkania w domu kultury.',
  'Les personnes épileptiques devraient avoir un autre poste.',
];

describe('op48c: the preview names a recovery, an origin with "the only one" and a health matter told of oneself', () => {
  it.each(TUNED)('tuned: %j', async (text) => {
    const got = await named(text);
    expect(got.named, JSON.stringify(got)).toBe(true);
  });
  it.each(HELD_BACK)('held back: %j', async (text) => {
    const got = await named(text);
    expect(got.named, JSON.stringify(got)).toBe(true);
  });
  it.each(KEPT_AS_WRITTEN)('kept as written: %j keeps %j', async (text, words) => {
    const got = await named(text);
    expect(got.redactedText, JSON.stringify(got)).toContain(words);
  });
  it.each(CALM)('calm: %j', async (text) => {
    const got = await named(text);
    expect(got.singledOut, text).toEqual([]);
  });
});
