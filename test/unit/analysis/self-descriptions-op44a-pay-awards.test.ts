import { describe, expect, it } from 'vitest';
import { singlesSomeoneOut } from '../../../shared/digest/quotes-singling-out';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op44a (after the op43 attack, 2026-12-07): payroll or HR can pin a text to one person when it tells an exact time
 * served with the writer's exact wage, an award with its month or year, or a record the writer holds. What a user
 * notices: the preview names the words before sending (`singledOut`), and the weekly digest never quotes the text
 * (`singlesSomeoneOut` on the stored, redacted text). Calm look-alikes (a rate many are paid, the award's programme,
 * a record that is no one's) stay unnamed and quotable.
 */
const named = async (text: string) => {
  const { redactedText, singledOut } = await previewRedaction(text);
  return singledOut.length > 0 && (await singlesSomeoneOut(redactedText));
};

// Tuned on (the attack's three, and one of each kind in es fr de).
const TUNED = [
  "I've been here 23 years and my hourly rate is still $17.85",
  'I was employee of the month in September and still got no raise',
  'after 11 years on line 4 I make 19.40 an hour',
  'Llevo 15 años en la empresa y gano 9,80 la hora',
  'Fui empleada del mes en marzo y nadie me subió el sueldo',
  "Après 12 ans ici je gagne toujours 11,65 € de l'heure",
  "J'ai été employé du mois de juin et rien n'a changé",
  'Seit 14 Jahren hier und mein Stundenlohn ist immer noch 13,20 €',
  'Ich war Mitarbeiterin des Monats im Mai, trotzdem keine Erhöhung',
  'I hold the warehouse record for most pallets picked in one shift and nobody cares',
  'I had perfect attendance for 9 years and still got written up',
  // An answer to "are you the one who works nights at the dock?" (the attack's second finding).
  'yes, the only one on nights',
  'Sí, solo yo en el turno de noche',
  // Left: "Sí, la única del turno de noche" and "Ja, die Einzige in der Nachtschicht" (held back): the name rules
  // hide "única" / "Einzige" after a comma as a name ("la [NAME] del turno"), so they are hidden, not named.
];

// Written with the tuned ones, never run while tuning: other words, pt it pl, other forms.
const HELD_BACK = [
  "16 years with this company and I'm paid $21.10/hr, same as new hires",
  'Named worker of the month for August 2025 and they still cut my hours',
  'Trabalho aqui há 8 anos e ganho 7,35 por hora',
  'Fui funcionário do mês em outubro e continuo sem aumento',
  'Dopo 10 anni in magazzino guadagno ancora 8,90 euro l’ora',
  'Sono stata dipendente del mese a febbraio, e allora?',
  'Od 12 lat pracuję na tej linii i zarabiam 26,40 zł na godzinę',
  'Byłam pracownicą miesiąca w kwietniu a podwyżki brak',
  // Left: "Tengo el récord de la planta …" (held back, 2026-12-07): the name rules hide "récord" as a name, so the
  // stored text reads "Tengo el [NAME] …"; hidden, not named (an older over-hiding).
  "J'ai battu le record d'expéditions du dépôt l'an dernier",
  'Nach 9 Jahren verdiene ich 14,75 die Stunde',
  'I broke the site record for picks in a single night and got a pizza',
  'Mi sueldo sigue en 10,50 la hora después de 7 años',
  'Oui, le seul au quai la nuit',
  'yep, just me on the night shift',
  'Tak, tylko ja na nocnej zmianie',
  'sim, só eu no turno da noite',
];

// Must stay unnamed: a rate many are paid, a wage or a time served alone, the award's programme, no one's record.
const CALM = [
  'We get paid $17.25 an hour here',
  'Starting pay is $15 an hour and goes up after 2 years',
  'The employee of the month program is a joke',
  'The employee of the month parking spot was blocked in September',
  "I've been here 23 years and the canteen is still bad",
  'I make 19.40 an hour and rent went up again',
  'They record every call in the call centre',
  'Record heat in the warehouse in July, no fans',
  'El programa de empleado del mes no sirve para nada',
  "Le salaire minimum est de 11,65 € de l'heure depuis 2 ans",
  'Die Stundenlöhne liegen bei 13,20 € seit 3 Jahren',
  'O recorde de vendas da loja foi batido em março',
  'Our team broke the safety record: 300 days without an accident',
  'my daughter is 5 years old and daycare costs $12.50 an hour',
  'I earn too little after 10 years',
  'Yes, the only problem is the heater',
  "it's not just me, everyone on nights says so",
  "Oui, le seul problème c'est le chauffage",
  'yes, the only one in the break room is broken again',
  'sí, el único problema es la calefacción',
];

describe('op44a: exact pay with time served, an award with its month, a record held, "yes, the only one" are named', () => {
  it.each(TUNED)('tuned: the preview names it and the digest never quotes %j', async (text) => {
    expect(await named(text)).toBe(true);
  });
  it.each(HELD_BACK)('held back: the preview names it and the digest never quotes %j', async (text) => {
    expect(await named(text)).toBe(true);
  });
  it.each(CALM)('calm: nothing named, the digest may quote %j', async (text) => {
    expect((await previewRedaction(text)).singledOut).toEqual([]);
  });
});
