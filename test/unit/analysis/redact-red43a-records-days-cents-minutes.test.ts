import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op42 (2026-12-07): a row of the employer's own records about the writer passed untouched and unwarned: a pay run to
 * the cent with its date ("short $212.37 on 11/20": payroll finds the one employee), a punch or a message to HR to the
 * minute with its day ("clocked out at 10:47pm on Nov 28"), a doctor's note or leave paperwork with its day. Now the
 * day, the cents and the minutes are hidden (the month, the whole amount and the hour stay, so the reader still learns
 * what is wrong), and the preview names the sentence. Look-alikes of our own in en es fr pt de it pl, written before
 * the rules: a tuned half, a half held back, and a set written after the rules (the attacker's own wordings among
 * them); calm look-alikes stay untouched and unwarned.
 */
const preview = (text: string) => previewRedaction(text);

describe('pay runs, punches, messages to HR and paperwork lose their day, cents and minutes, and are warned of', () => {
  // What is stored, exactly: the rest of the sentence is what the reader needs.
  it.each([
    ['They shorted me $148.62 on my Dec 5 paycheck again', 'They shorted me $148.[ID] on my Dec [ID] paycheck again'],
    [
      'Mi nómina del 15 de octubre llegó con 96,40 € de menos',
      'Mi nómina del [ID] de octubre llegó con 96,[ID] € de menos',
    ],
    [
      'Meine Lohnabrechnung vom 28. Oktober hat 143,27 Euro zu wenig',
      'Meine Lohnabrechnung vom [ID]. Oktober hat 143,[ID] Euro zu wenig',
    ],
    ['my check on 11/13 was $63.18 short smh', 'my check on [ID] was $63.[ID] short smh'],
    [
      'I punched in at 5:52am on Nov 12 and they still wrote me up',
      'I punched in at 5:[ID]am on Nov [ID] and they still wrote me up',
    ],
    [
      'Fiché à 14h07 le 3 décembre, et on me compte une absence',
      'Fiché à 14h[ID] le [ID] décembre, et on me compte une absence',
    ],
    ["My doctor's note from Nov 9 was rejected by HR", "My doctor's note from Nov [ID] was rejected by HR"],
    ['my maternity leave request was approved on 9/14', 'my maternity leave request was approved on [ID]'],
    // Held back, and written after the rules (the attacker's wordings among them).
    ['mein Gehalt am 15.11. war um 212,40 € zu niedrig', 'mein Gehalt am [ID]. war um 212,[ID] € zu niedrig'],
    [
      'My timesheet shows I clocked out at 9:00 but I left at 10:47pm on Nov 28',
      'My timesheet shows I clocked out at 9:00 but I left at 10:[ID]pm on Nov [ID]',
    ],
    ['I sent an email to HR on Oct 3 at 8:14am', 'I sent an email to HR on Oct [ID] at 8:[ID]am'],
    [
      'Mi doctor me dio una nota el 14 de noviembre por mi embarazo',
      'Mi doctor me dio una nota el [ID] de noviembre por mi embarazo',
    ],
  ])('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  const tuned = [
    'They shorted me $148.62 on my Dec 5 paycheck again',
    'Mi nómina del 15 de octubre llegó con 96,40 € de menos',
    'Sur ma fiche de paie du 30 septembre il manque 187,55 €',
    'Meine Lohnabrechnung vom 28. Oktober hat 143,27 Euro zu wenig',
    'no meu holerite de 5 de novembro faltaram R$ 312,80',
    'lo stipendio del 10 novembre era di 87,15 euro in meno',
    'moja wypłata z 10 listopada była mniejsza o 254,30 zł',
    'my check on 11/13 was $63.18 short smh',
    'I punched in at 5:52am on Nov 12 and they still wrote me up for being late',
    'Fiché à 14h07 le 3 décembre, et on me compte une absence',
    'El 8 de noviembre marqué salida a las 23:41 pero me pagaron hasta las 22:00',
    'Am 4. Dezember habe ich um 6:53 gestempelt und trotzdem eine Abmahnung bekommen',
    'le mandé un correo a recursos humanos el 2 de diciembre a las 7:38',
    'bati o ponto às 18:22 no dia 9 de novembro',
    "My doctor's note from Nov 9 was rejected by HR",
    'Entregué mi justificante médico el 12 de octubre y me siguen descontando',
    "Mon arrêt maladie du 18 octobre n'a jamais été transmis",
    'Meine Krankmeldung vom 21. November wurde nicht angenommen',
    'my maternity leave request was approved on 9/14',
    'zwolnienie lekarskie od 7 listopada nie zostało uwzględnione',
  ];
  const heldBack = [
    'got underpaid 327.45 on the oct 30 check',
    'me descontaron $1,204.50 del cheque del 22 de noviembre sin explicación',
    'il me manque 58,90 € sur mon salaire du 1er décembre',
    'mein Gehalt am 15.11. war um 212,40 € zu niedrig',
    'meu pagamento do dia 20/11 veio com 145,67 reais a menos',
    'nella busta paga del 27 ottobre mi mancano 76,35 €',
    'brakuje mi 189,99 zł w pensji za 31 października',
    'My paystub from Nov. 14th shows $2,318.04 net, it should be way more',
    'i clocked out 11:53pm on 11/27 but timesheet says 10',
    'ho timbrato alle 7:04 il 2 dicembre e risulto assente',
    'odbiłem kartę o 21:47 dnia 5 listopada',
    "J'ai envoyé un mail aux RH le 6 novembre à 9h12",
    'texted my supervisor at 4:51am on Dec 1 that I was sick',
    'Mandei e-mail pro RH no dia 3 de dezembro às 8:26',
    'Il mio certificato medico del 16 novembre è sparito',
    'Meu atestado de 4 de novembro foi recusado',
    'Me dieron la incapacidad por embarazo el 3 de noviembre',
    'my FMLA forms were signed 10/07 and nobody filed them',
    'Ich habe am 2. Dezember meinen Antrag auf Elternzeit abgegeben',
    "j'ai déposé ma demande de congé parental le 15 octobre",
  ];
  const writtenAfter = [
    'My paycheck on 11/20 was short $212.37',
    'Mi cheque del 20 de noviembre vino con 212,37 dólares de menos',
    'My timesheet shows I clocked out at 9:00 but I left at 10:47pm on Nov 28',
    'I sent an email to HR on Oct 3 at 8:14am',
    'Mi doctor me dio una nota el 14 de noviembre por mi embarazo',
    'My FMLA paperwork was approved on 10/02',
    'Depuis mon retour de congé maladie le 2 novembre',
    'the direct deposit on Nov 27 was $318.44 less than it should be',
    'me pagaron 1.432,18 pesos el 30 de noviembre en vez de 1.600',
    'Am 29.11. hab ich um 22:13 ausgestempelt, bezahlt wurde bis 21 Uhr',
    'ricevuto bonifico di 1.204,33 € il 27 novembre, mancano gli straordinari',
    'Zgłosiłam ciążę kadrom 14 października',
    'i called out sick on monday at 5:12am and my lead still marked me no call no show',
    'A minha licença maternidade foi aprovada em 02/10',
    'Mon chèque de paie du 15 novembre: 1 243,18 € au lieu de 1 400',
  ];
  it.each([...tuned, ...heldBack, ...writtenAfter])('Should hide the exact part of %j and warn of it', async (text) => {
    const { redactedText, singledOut } = await preview(text);
    expect(redactedText).not.toBe(text);
    expect(redactedText).toContain('[ID]');
    expect(singledOut.length, redactedText).toBeGreaterThan(0);
  });

  it.each([
    'the vending machine charges $1.25 for water',
    'shift starts at 6:00 and ends at 14:30',
    'payday is the 15th',
    'the meeting on Nov 28 was useful',
    'La cafetería abre a las 7:15 y cierra a las 15:45',
    'le menu coûte 4,50 € à la cantine',
    'Die Kantine hat am 3. Dezember geschlossen',
    'we get paid $17.25 an hour which is below market',
    'o refeitório fecha às 14:00',
    'Our paychecks on 11/20 were late for everyone',
    'a coffee is €2.40 in the canteen now',
    'the bus at 6:47 is always late',
    'il turno inizia alle 6:00',
    'stawka to 27,50 zł za godzinę',
    'the Christmas party is on Dec 19 at 7:30pm',
    'Los pagos son el 15 y el 30 de cada mes',
    'The parking permit costs $45.50 a month',
    'the fire drill on Nov 12 at 10:42 took forever',
    'la réunion du 4 décembre à 14h10 a été annulée',
    'Die Frist für die Steuerformulare ist der 15. Januar',
    'Overtime pays $22.50 an hour here',
    'the store closes at 9:45 on Sundays',
    'our union meeting is on Dec 3 at 6pm',
    'La máquina de café cuesta 0,80 €',
    'Der Bus fährt um 5:47 ab',
    'I think payday should be on the 1st',
    'The new break room opened on November 14',
    'Les tickets resto sont à 9,25 € par jour',
  ])('Should keep %j as written, and name nothing', async (text) => {
    const { redactedText, singledOut } = await preview(text);
    expect(redactedText).toBe(text);
    expect(singledOut).toEqual([]);
  });
});
