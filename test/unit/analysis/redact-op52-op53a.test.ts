import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op53a (2026-12-07 night), from the blind operator attack op52 (its classes F1 leave ranges, F2 a child's birth, F3
 * hire dates, F8 self-descriptions said with a verb). What a user now gets: the writer's own holiday or leave days, a
 * child's birth or due date and a German hire date are not stored; "I'm expecting", recovery said another way,
 * epilepsy and a wheelchair said shortly make the preview warn. A plant's closure, a policy, everyday waiting keep
 * every word and name nothing.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it (null: not
 * checked, as a hire date many share).
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I hurt my back on October 12'), 120_000);

type Case = RedactionCase;

// Tuned on: op52's wordings.
const TUNED: Case[] = [
  // Leave ranges for any leave, dashes, half-hidden ones.
  ['Estuve de vacaciones del 3 al 17 de marzo.', ['3 al', 'al 17'], ['vacaciones'], true],
  ['Sono stato in ferie dal 3 al 17 marzo.', ['3 al', 'al 17'], ['ferie'], true],
  ['Byłem na urlopie od 3 do 17 marca.', ['3 do', 'do 17'], ['urlopie'], true],
  ['Estive de licença de 3 a 17 de março e cortaram o meu bónus.', ['3 a', 'a 17'], ['bónus'], true],
  ['I took vacation 10/3-10/17 and came back to no job.', ['10/3', '10/17'], ['vacation'], true],
  ['I was off Mar 3–17 with the flu and they marked me AWOL.', ['3–', '17'], ['AWOL'], true],
  ['My leave ran Mar 3rd - 17th and HR lost the form.', ['3rd', '17th'], ['HR'], true],
  ['Ich hatte vom 03.03.–17.03. Urlaub.', ['03.03', '17.03'], ['Urlaub'], true],
  ['Ich war vom 3. bis zum 17. im Krankenstand.', ['3. bis', 'zum 17'], ['Krankenstand'], true],
  // A child's birth.
  ['È nato mio figlio il 3 novembre.', ['3 novembre'], ['figlio'], true],
  ['Notre fille est arrivée le 14/03.', ['14/03'], ['fille'], true],
  ['I became a dad on 14.03. and my lead laughed.', ['14.03'], ['dad'], true],
  ['My wife gave birth on the fourteenth and I got a warning.', ['fourteenth'], ['birth'], true],
  ['My wife is due on 12/19 and they denied my leave.', ['12/19'], ['due'], true],
  ['Mi esposa sale de cuentas el 19 de diciembre.', ['19 de diciembre'], ['cuentas'], true],
  ["La date prévue d'accouchement de ma femme est le 19 décembre.", ['19 décembre'], ['accouchement'], true],
  ['Meine Frau hat am 12.09. unser Kind bekommen.', ['12.09'], ['bekommen'], true],
  // Hire dates.
  ['Ich wurde am 3.3.2019 eingestellt.', ['3.3.'], ['2019', 'eingestellt'], null],
  ['Seit 01.04.2015 arbeite ich hier als Staplerfahrer.', ['01.04'], ['2015', 'Staplerfahrer'], null],
  ['Ich bin am 3. März 2019 eingestellt worden.', ['3. März'], ['2019'], null],
  ['I was hired 3-Mar-2019.', ['3-Mar'], ['2019'], null],
  ['Empecé a trabajar aquí el tres de marzo de 2019.', ['tres de marzo'], ['2019'], null],
  // Self-descriptions said with a verb.
  ["I'm expecting in April and my lead keeps giving me the heavy lifts.", [], ['expecting'], true],
  ['Ich erwarte ein Kind und muss trotzdem Nachtschicht machen.', [], ['erwarte'], true],
  ['Estoy esperando un bebé y me siguen mandando a cargar cajas.', [], ['esperando'], true],
  ["J'attends un enfant et on me met toujours au quai.", [], ['enfant'], true],
  ['Aspetto un bambino e mi fanno ancora alzare pesi.', [], ['bambino'], true],
  ['Spodziewam się dziecka w kwietniu, a kierownik każe mi dźwigać.', [], ['dziecka'], true],
  ['Estou esperando um bebê e continuo no turno da noite.', [], ['bebê'], true],
  ["I've been sober 18 months and the supervisor still jokes about the bottle.", [], ['sober'], true],
  ['Ich war in der Entzugsklinik und jetzt redet die ganze Schicht darüber.', [], ['Entzugsklinik'], true],
  ['Jestem w trakcie terapii odwykowej i szef o tym wie.', [], ['odwykowej'], true],
  ['Я в завʼязці вже два роки, а бригадир усім розповідає.', [], ['бригадир'], true],
  ['Choruję na padaczkę i kierownik każe mi pracować na wysokości.', [], ['padaczkę'], true],
  ['Je me déplace en fauteuil et la rampe est toujours bloquée.', [], ['fauteuil'], true],
  // Found missing in the second held-back set below, then tuned on: pt with the verb first, fr "des jumeaux".
  ['Nasceu o nosso filho no dia 2 de junho.', ['2 de junho'], ['filho'], true],
  ["J'attends des jumeaux et je porte toujours des caisses.", [], ['jumeaux'], true],
];

// Held back: written before any change, never tuned on; other words and languages.
const HELD_BACK: Case[] = [
  ['Tomé mis vacaciones del 5 al 19 de agosto y al volver me cambiaron de turno.', ['5 al', 'al 19'], ['turno'], true],
  ["J'étais en congés du 5 au 19 octobre et on a donné mon poste.", ['5 au', 'au 19'], ['poste'], true],
  ['Ich war vom 5. bis 19. Oktober im Urlaub und danach war alles weg.', ['5. bis', 'bis 19'], ['Urlaub'], true],
  ['Ero in ferie 5-19 ottobre e mi hanno tolto il premio.', ['5-19'], ['premio'], true],
  ['Wziąłem urlop 5.10–19.10 i kierownik się wściekł.', ['5.10', '19.10'], ['kierownik'], true],
  ['Tirei férias de 5 a 19 de outubro e perdi o prémio.', ['5 a', 'a 19'], ['prémio'], true],
  ['I was on holiday Oct 5 – 19 and came back to a written warning.', ['5 –', '– 19'], ['warning'], true],
  ['Tôi nghỉ phép từ 5/10 đến 19/10 và bị trừ lương.', ['5/10', '19/10'], ['lương'], true],
  ["Est née notre fille le 5 octobre et je n'ai pas eu de congé.", ['5 octobre'], ['fille'], true],
  ['I became a father on 5.10. and nobody said congrats.', ['5.10'], ['father'], true],
  ["My partner's due date is October 5th.", ['5th'], ['due date'], true],
  ['Meine Frau hat am 5.10. unsere Tochter bekommen.', ['5.10'], ['bekommen'], true],
  ['La fecha de parto de mi mujer es el 5 de octubre.', ['5 de octubre'], ['parto'], true],
  ['Mia moglie deve partorire il 5 ottobre e non mi danno il permesso.', ['5 ottobre'], ['permesso'], true],
  ['Eingestellt wurde ich am 5. Oktober 2016.', ['5. Oktober'], ['2016'], null],
  ['Ich arbeite hier seit 05.10.2016 im Lager.', ['05.10'], ['2016', 'Lager'], null],
  ['Me contrataron el cinco de octubre de 2016.', ['cinco de octubre'], ['2016'], null],
  ['I got hired 5-Oct-2016 as a picker.', ['5-Oct'], ['2016', 'picker'], null],
  ["I'm expecting twins and I'm still on the heavy line.", [], ['twins'], true],
  ['Ich erwarte im Mai ein Baby und muss noch Paletten schleppen.', [], ['Baby'], true],
  ['Estoy esperando un hijo y nadie me cambia de puesto.', [], ['hijo'], true],
  ["J'attends un bébé et le chef me met au quai.", [], ['bébé'], true],
  ['Aspetto una bambina e il capo lo sa.', [], ['bambina'], true],
  ['Spodziewam się bliźniaków i nikt mnie nie przeniósł.', [], ['bliźniaków'], true],
  ['Estou à espera de um bebé e ninguém me muda de posto.', [], ['bebé'], true],
  ['I have been clean and sober for two years and my lead tells everyone.', [], ['sober'], true],
  ['Seit der Entzugsklinik setzt mich der Meister nur noch nachts ein.', [], ['Entzugsklinik'], true],
  ['Cierpię na padaczkę i nie mogę obsługiwać wózka.', [], ['padaczkę'], true],
  ['Je suis en fauteuil depuis deux ans et personne ne dégage la rampe.', [], ['fauteuil'], true],
];

// A second held-back set, written after the first change and run once, never tuned on (18 of 20 held; the two it
// missed are in TUNED above).
const HELD_BACK_2: Case[] = [
  ['Pedí permiso del 2 al 9 de junio y me descontaron el día.', ['2 al', 'al 9'], ['permiso'], true],
  ['Je suis parti en vacances du 2 au 9 juin, à mon retour plus de badge.', ['2 au', 'au 9'], ['vacances'], true],
  ['Ich hatte vom 2. bis 9. Juni Urlaub beantragt und trotzdem Schicht.', ['2. bis', 'bis 9'], ['Urlaub'], true],
  ['Sono andato in ferie dal 2 al 9 giugno e ho trovato il mio posto occupato.', ['2 al', 'al 9'], ['ferie'], true],
  ['Byłam na urlopie 2-9 czerwca i szef mnie zwyzywał.', ['2-9'], ['urlopie'], true],
  ['Tirei licença de 2 a 9 de junho.', ['2 a', 'a 9'], ['licença'], true],
  ['Took PTO Jun 2–9 and lost my overtime slot.', ['2–9'], ['PTO'], true],
  ['Our daughter arrived on 6/2 and I had no leave.', ['6/2'], ['daughter'], true],
  ['Sono diventato papà il 2 giugno.', ['2 giugno'], ['papà'], true],
  ["She's due on June 2 and I'm on nights.", ['June 2'], ['due'], true],
  ['Ich bin seit dem 2.6.2018 im Betrieb.', ['2.6.'], ['2018', 'Betrieb'], null],
  ['Entré a trabajar en la planta el dos de junio de 2018.', ['dos de junio'], ['2018'], null],
  ["I'm expecting our second baby and my hours got cut.", [], ['expecting'], true],
  ['Sto aspettando un bambino e faccio ancora i turni di notte.', [], ['bambino'], true],
  ['Estamos à espera de um bebé e o chefe sabe.', [], ['bebé'], true],
  ['Jestem na odwyku od maja i kierownik się śmieje.', [], ['odwyku'], true],
  ["I'm 2 years sober and they still call me the drunk.", [], ['sober'], true],
  ['Sufro de epilepsia y me ponen en la carretilla.', [], ['epilepsia'], true],
];

// Calm look-alikes: a plant's closure, a policy, everyday waiting, a delivery's day.
const CALM = [
  'The plant is closed from Dec 24 to Jan 2.',
  'Paternity leave went from 3 to 17 days this year, thank you.',
  'Las vacaciones de la planta son del 3 al 17 de agosto para todos.',
  'La fabbrica è chiusa per ferie dal 10 al 24 agosto.',
  'Urlop firmowy od 3 do 17 sierpnia dla wszystkich.',
  'Betriebsurlaub ist vom 3. bis 17. August.',
  'Holiday requests for Mar 3–17 must be in by Friday.',
  'Expecting the delivery on 10/17, the dock is closed.',
  "We're expecting rain all week.",
  'Estoy esperando el autobús desde las 6.',
  "J'attends le chef depuis une heure.",
  "Aspetto il mio turno da un'ora.",
  'Spodziewam się podwyżki w marcu.',
  'Ich erwarte eine Antwort von der Personalabteilung.',
  'The truck is due on March 3.',
  'The sober truth is nobody cleans the break room.',
  'Mettez le fauteuil dans la salle de réunion.',
  'Die Firma hat am 3.3.2019 neue Leute eingestellt.',
  'Estamos esperando los guantes nuevos desde marzo.',
  "J'attends des nouvelles du chef.",
];

describe("days and self-descriptions that single out the writer (op53a, from op52's F1 F2 F3 F8)", () => {
  it.each(TUNED)('Should hide or warn on %j (tuned)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK)('Should hide or warn on %j (held back)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK_2)('Should hide or warn on %j (held back, second set)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(CALM)('Should keep every word of %j and name nothing', async (text) => {
    expect(await preview(text)).toMatchObject({ redactedText: text, singledOut: [] });
  });
});
