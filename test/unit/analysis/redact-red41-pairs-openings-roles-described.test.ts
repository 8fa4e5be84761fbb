import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { selfDescriptions } from '../../../shared/analysis/self-descriptions';

/*
 * red41 (att41's blind attack; promise 2: nobody can tell who said what): what a user now reads, and what the
 * preview's warning names, for the classes att41 found. Look-alikes of our own, written before the rules in English,
 * Spanish, French, German and Polish, slang and typos: tuned (run while the rules were written), held back (run once
 * before and once after), and a set written after the rules and run once. Then what must stay: places, offices, teams,
 * firms, shifts and departments, and things described as a role would be. What is still wrong is written under "left"
 * as it comes out, so that a change to it is seen.
 */

describe('people named each with their unit, in a comma list, or opening a sentence before what they do to the writer', () => {
  it.each([
    // tuned
    [
      'Austin from payroll and Phoenix in logistics keep lying about overtime',
      '[NAME] from payroll and [NAME] in logistics keep lying about overtime',
    ],
    [
      'Jordan in sales and Savannah from marketing both take credit for my work',
      '[NAME] in sales and [NAME] from marketing both take credit for my work',
    ],
    ['Marta z księgowości i Róża z magazynu nas obgadują', '[NAME] z księgowości i [NAME] z magazynu nas obgadują'],
    [
      'Paloma de contabilidad y Rocío de almacén se burlan de mí',
      '[NAME] de contabilidad y [NAME] de almacén se burlan de mí',
    ],
    [
      "Claire de la compta et Rose de la logistique m'insultent tous les jours",
      "[NAME] de la compta et [NAME] de la logistique m'insultent tous les jours",
    ],
    ['Rio, Fen, Dallas always skip the cleaning rota', '[NAME], [NAME], [NAME] always skip the cleaning rota'],
    [
      'Georgia from HR, Brooklyn in finance and Cairo from IT laugh at the interns',
      '[NAME] from HR, [NAME] in finance and [NAME] from IT laugh at the interns',
    ],
    ['jordan frm shipping n sydney in IT keep mocking me', '[NAME] frm shipping n [NAME] in IT keep mocking me'],
    ["Dallas said we can't take breaks anymore", "[NAME] said we can't take breaks anymore"],
    ['Paris yelled at me in front of everyone', '[NAME] yelled at me in front of everyone'],
    [
      'Sydney keeps touching my hair even after I told her to stop',
      '[NAME] keeps touching my hair even after I told her to stop',
    ],
    ['Chelsea grabbed my arm in the stockroom', '[NAME] grabbed my arm in the stockroom'],
    ['Paz me gritó delante de todos', '[NAME] me gritó delante de todos'],
    ["Rose m'a insultée devant les clients.", "[NAME] m'a insultée devant les clients."],
    [
      'Unser Schichtleiter Jürgen aus der Frühschicht schreit ständig rum.',
      'Unser Schichtleiter [NAME] aus der Frühschicht schreit ständig rum.',
    ],
    [
      'Die Vorarbeiterin Anke aus der Spätschicht lacht uns aus.',
      'Die Vorarbeiterin [NAME] aus der Spätschicht lacht uns aus.',
    ],
    [
      'Otto aus der Buchhaltung und Wolf aus dem Versand schikanieren die Azubis',
      '[NAME] aus der Buchhaltung und [NAME] aus dem Versand schikanieren die Azubis',
    ],
    [
      'Florian aus der Montage und Berta aus dem Lager lachen über uns',
      '[NAME] aus der Montage und [NAME] aus dem Lager lachen über uns',
    ],
    ['Phoenix asked me out three times after I said no', '[NAME] asked me out three times after I said no'],
    // held back
    [
      'Sydney in accounts and Cleveland from dispatch keep harassing new hires',
      '[NAME] in accounts and [NAME] from dispatch keep harassing new hires',
    ],
    [
      'Madison from reception and Denver in the warehouse made racist jokes',
      '[NAME] from reception and [NAME] in the warehouse made racist jokes',
    ],
    [
      'Lola de cocina y Alba de limpieza nos roban las propinas',
      '[NAME] de cocina y [NAME] de limpieza nos roban las propinas',
    ],
    [
      "Aurore du service paie et Victoire de l'accueil me harcèlent",
      "[NAME] du service paie et [NAME] de l'accueil me harcèlent",
    ],
    ['Memphis, Lyon, Sky keep taking the best shifts', '[NAME], [NAME], [NAME] keep taking the best shifts'],
    [
      'Frank aus dem Einkauf und Heide aus dem Lager schikanieren die Azubis',
      '[NAME] aus dem Einkauf und [NAME] aus dem Lager schikanieren die Azubis',
    ],
    ['chelsea in payroll an brooklyn frm IT keep bullying ppl', '[NAME] in payroll an [NAME] frm IT keep bullying ppl'],
    [
      'Wiesia z kadr, Nadzieja z produkcji i Bożena z magazynu kradną paliwo',
      '[NAME] z kadr, [NAME] z produkcji i [NAME] z magazynu kradną paliwo',
    ],
    ["Phoenix told me I'd be fired if I complained", "[NAME] told me I'd be fired if I complained"],
    ['Georgia grabbed my phone and read my messages', '[NAME] grabbed my phone and read my messages'],
    ['Austin yelled at the new guy until he cried', '[NAME] yelled at the new guy until he cried'],
    ['Brooklyn keeps calling me sweetie and touching my back', '[NAME] keeps calling me sweetie and touching my back'],
    ['Savannah threatened to cut my hours if I went to HR', '[NAME] threatened to cut my hours if I went to HR'],
    ['Lourdes nos insulta cada mañana', '[NAME] nos insulta cada mañana'],
    ["Florence m'a poussée contre le mur", "[NAME] m'a poussée contre le mur"],
    ['Rio pushed me into the shelf lol', '[NAME] pushed me into the shelf lol'],
    [
      'Schichtführer Dieter aus der Nachtschicht trinkt im Dienst.',
      'Schichtführer [NAME] aus der Nachtschicht trinkt im Dienst.',
    ],
    ['Teamleiterin Sabine aus dem Vertrieb mobbt die Neuen.', 'Teamleiterin [NAME] aus dem Vertrieb mobbt die Neuen.'],
    // held back, written after the rules
    [
      'Carolina from billing and Virginia in procurement spread rumours about me',
      '[NAME] from billing and [NAME] in procurement spread rumours about me',
    ],
    [
      'Marisol del almacén y Luz de recepción me quitan las propinas',
      '[NAME] del almacén y [NAME] de recepción me quitan las propinas',
    ],
    [
      'Océane de la paie et Capucine du standard se moquent de moi',
      '[NAME] de la paie et [NAME] du standard se moquent de moi',
    ],
    ['Aga z produkcji i Wiosna z kadr obgadują nowych', '[NAME] z produkcji i [NAME] z kadr obgadują nowych'],
    [
      'Kai, Storm, Brooklyn never clean the fryer and blame us',
      '[NAME], [NAME], [NAME] never clean the fryer and blame us',
    ],
    ['Alabama keeps grabbing my waist when I pass', '[NAME] keeps grabbing my waist when I pass'],
    ['Valencia nos grita cada turno', '[NAME] nos grita cada turno'],
    ['Florence hat mich vor allen angeschrien', '[NAME] hat mich vor allen angeschrien'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('roles, shifts, departments, places and firms stay visible', () => {
  it.each([
    // tuned
    [
      "our ceo's son who works in the mailroom threatens people",
      "our ceo's son who works in the mailroom threatens people",
    ],
    [
      'our head of HR for the Lisbon office is sleeping with an intern',
      'our head of HR for the Lisbon office is sleeping with an intern',
    ],
    ["the CTO's wife keeps bullying the interns", "the CTO's wife keeps bullying the interns"],
    [
      'our head of security for the Leeds depot sleeps on shift',
      'our head of security for the Leeds depot sleeps on shift',
    ],
    [
      'Sales in London and support in Dublin both missed their targets',
      'Sales in London and support in Dublin both missed their targets',
    ],
    ['La oficina de Madrid y la de Sevilla están cerradas', 'La oficina de Madrid y la de Sevilla están cerradas'],
    ['Berlin, Hamburg, München haben neue Kantinen', 'Berlin, Hamburg, München haben neue Kantinen'],
    ['Paris is expensive for the team trip', 'Paris is expensive for the team trip'],
    ['Sydney keeps growing, we need more staff there', 'Sydney keeps growing, we need more staff there'],
    ['Chelsea won again on Saturday', 'Chelsea won again on Saturday'],
    ['Dallas announced layoffs yesterday', 'Dallas announced layoffs yesterday'],
    ["Amazon told me they'd refund it", "Amazon told me they'd refund it"],
    ['Google keeps asking me to log in again', 'Google keeps asking me to log in again'],
    ['Mom told me to quit this job', 'Mom told me to quit this job'],
    ['HR told us to wait another week', 'HR told us to wait another week'],
    ['Madrid me encanta, pero el sueldo no', 'Madrid me encanta, pero el sueldo no'],
    ['Dallas said the rota was fixed', 'Dallas said the rota was fixed'],
    ['London, Paris, Berlin keep cutting jobs', 'London, Paris, Berlin keep cutting jobs'],
    ['Monday, Tuesday, Friday always run late', 'Monday, Tuesday, Friday always run late'],
    ['Sales from Madrid and orders in Lisbon are up', 'Sales from Madrid and orders in Lisbon are up'],
    // held back
    [
      "the vp's daughter skips every shift and nobody says anything",
      "the vp's daughter skips every shift and nobody says anything",
    ],
    ['our head of IT for the Dublin site yells at everyone', 'our head of IT for the Dublin site yells at everyone'],
    [
      "the cfo's cousin in payroll steals from the petty cash",
      "the cfo's cousin in payroll steals from the petty cash",
    ],
    ["the coo's nephew got the job without an interview", "the coo's nephew got the job without an interview"],
    [
      'Orders from Paris and returns in Sydney keep piling up',
      'Orders from Paris and returns in Sydney keep piling up',
    ],
    ['Le bureau de Lyon et celui de Nantes ferment en août', 'Le bureau de Lyon et celui de Nantes ferment en août'],
    ['Rio, Lima, Bogotá are our best markets this quarter', 'Rio, Lima, Bogotá are our best markets this quarter'],
    ['Milan beat Inter last night', 'Milan beat Inter last night'],
    ['Denver grabbed the lead in the third quarter', 'Denver grabbed the lead in the third quarter'],
    ['Lyon a gagné hier soir', 'Lyon a gagné hier soir'],
    // held back, written after the rules
    [
      'Tokyo, Seoul, Manila all report higher sales this quarter',
      'Tokyo, Seoul, Manila all report higher sales this quarter',
    ],
    [
      'Returns from Berlin and invoices in Madrid are late again',
      'Returns from Berlin and invoices in Madrid are late again',
    ],
    ['Valencia me encanta para vivir', 'Valencia me encanta para vivir'],
    ['Chicago said the shipment would be late', 'Chicago said the shipment would be late'],
    ['Die Kollegin Sonja aus der Spätschicht ist krank', 'Die Kollegin [NAME] aus der Spätschicht ist krank'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('the preview warns of a role with a description that singles its holder out', () => {
  it.each([
    // tuned
    ["The CFO's assistant, the tall redhead, reads everyone's email.", ["The CFO's assistant, the tall redhead"]],
    [
      'Our plant manager (the one who came from Toyota last spring) fakes the safety logs.',
      ['Our plant manager (the one who came from Toyota last spring)'],
    ],
    ['la nueva de caja, la pelirroja de Oaxaca, roba propinas', ['la pelirroja de Oaxaca']],
    [
      'the only forklift trainer at plant 2 has been drunk on shift three times this month',
      ['the only forklift trainer at plant 2'],
    ],
    ['la seule infirmière de nuit du bâtiment C vole les médicaments', ['la seule infirmière de nuit du bâtiment C']],
    ['der einzige Gabelstaplerfahrer in Halle 4 ist immer betrunken', ['der einzige Gabelstaplerfahrer in Halle 4']],
    [
      'The warehouse manager, the bald guy with the neck tattoo, screams at us',
      ['The warehouse manager, the bald guy with the neck tattoo'],
    ],
    ['el supervisor de turno, el gordito de Monterrey, nos acosa', ['el supervisor de turno, el gordito de Monterrey']],
    // held back
    [
      'our HR director (the one who transferred from Berlin in March) ignores complaints',
      ['our HR director (the one who transferred from Berlin in March)'],
    ],
    [
      'the night supervisor, the short blonde from Poland, yells at us',
      ['the night supervisor, the short blonde from Poland'],
    ],
    ['the sole safety trainer in building 3 sleeps on the job', ['the sole safety trainer in building 3']],
    ['le seul cariste du quai 5 boit au travail', ['le seul cariste du quai 5']],
    ['die einzige Krankenschwester auf Station 7 ist immer betrunken', ['die einzige Krankenschwester auf Station']],
    ['la única enfermera de noche del pabellón B roba medicinas', ['la única enfermera de noche del pabellón B']],
    ['the only crane operator at site 4 is drunk every day', ['the only crane operator at site 4']],
    [
      'Le responsable du magasin, le grand roux de Lille, nous insulte',
      ['Le responsable du magasin, le grand roux de Lille'],
    ],
    // held back, written after the rules
    [
      'our payroll manager, the skinny guy from Leeds, never answers emails',
      ['our payroll manager, the skinny guy from Leeds'],
    ],
    [
      'the dispatcher (the one who joined from DHL in May) shouts at drivers',
      ['the dispatcher (the one who joined from DHL in May)'],
    ],
    ['la encargada de caja, la alta de Puebla, nos grita', ['la encargada de caja, la alta de Puebla']],
    [
      'der Lagerleiter, der große Blonde aus Hamburg, schreit uns an',
      ['der Lagerleiter, der große Blonde aus Hamburg'],
    ],
  ])('%s', (text, expected) => {
    expect(selfDescriptions(redact(text))).toEqual(expected);
  });
});

describe('a thing described, or a role with no description of one person, is not warned about', () => {
  it.each([
    // tuned
    ['the only microwave in building C is broken', []],
    ['The Paris office coffee machine is broken again.', []],
    ['la seule machine à café du bâtiment C est en panne', []],
    ['The new canteen, the one near gate 2, is great', []],
    ['Our plant manager (who is great) fixed the heating fast', []],
    // held back
    ['der einzige Aufzug in Halle 4 ist kaputt', []],
    ['the only option is to close gate 5', []],
    ['The manager, as usual, forgot the meeting.', []],
    ['our supervisors, the ones on nights, are fair', []],
    ['the only thing that works in Halle 4 is the coffee machine', []],
    // held back, written after the rules
    ['The break room, the one by dock 3, needs cleaning', []],
    ['Our supervisor, as always, was late today', []],
  ])('%s', (text, expected) => {
    expect(selfDescriptions(redact(text))).toEqual(expected);
  });
});

describe('left, as it comes out', () => {
  it.each([
    // "Jersey" is an English word and no place or name the lists hold: read as a word.
    // "Paris me manque" (I miss Paris) and "receiving in Austin": hidden by older rules, before and after this change.
    [
      'Shipping in Dallas and receiving in Austin both need more staff',
      'Shipping in Dallas and receiving in [NAME] both need more staff',
    ],
    ['Paris me manque depuis que je suis ici', '[NAME] me manque depuis que je suis ici'],
    ['Jersey told me to keep my mouth shut', 'Jersey told me to keep my mouth shut'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
