import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Hours taken off the clock, money skimmed, safety records written false and children at work, in every language
 * whose full rules or table we read (shared/analysis/urgency/pay-records-and-child-work-tables.ts). The blind attack
 * ra35 found these caught mostly in English only. Each urgent report below read calm before (or as the wrong kind);
 * each calm look-alike stays calm. A false safety record is fraud and safety; a child at work is safety.
 */
const clock = { now: () => new Date('2026-12-06T10:00:00Z') };
const read = (text: string) => detectUrgency(text, clock);

describe('urgency: hours taken off the clock, in every language we read', () => {
  it.each([
    'my supervisor deletes our overtime hours from the system before payroll runs',
    'they round our punches down to the quarter hour every time, never up, we lose like 2 hrs a week',
    'lunch gets automatically deducted even tho we work straight through it',
    'boss makes us clock out at 5 and then keep working til 7 for free',
    'el encargado nos borra las horas extras del sistema',
    'le responsable efface nos heures supplémentaires dans le logiciel de pointage',
    'o gerente apaga as nossas horas extras do ponto todo mes',
    'kierownik usuwa nam nadgodziny z ewidencji',
    'der Schichtleiter streicht uns die Überstunden aus dem Stundenzettel',
    'il capo ci cancella gli straordinari dal cartellino',
    'начальник стирає нам понаднормові години з табеля',
    'sipèvizè a efase lè siplemantè nou yo',
    'binubura ng supervisor ang overtime namin sa timesheet',
  ])('urgent, fraud: %s', (text) => {
    const urgency = read(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('fraud');
  });
  it.each([
    'we round to the nearest quarter hour per company policy, is that right?',
    'how do i fix a missed punch on my timecard',
    'my manager approved my overtime for next week',
    'the lunch break is 30 minutes and it is unpaid as per contract',
    'la empresa redondea al cuarto de hora más cercano según la política',
    'j ai oublié de pointer ce matin, qui dois-je contacter',
    'they cut my hours this week because sales are slow',
    'wie trage ich meine Überstunden im System ein?',
  ])('calm: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe('urgency: tips, till and payroll skimmed, in every language we read', () => {
  it.each([
    'the shift manager pockets cash from the register every night after close',
    // Counting after it was taken is no cash-up: "b4 we count it" is when, not what.
    'boss keeps takin $$ from the till b4 we count up',
    'mgr keeps helpin himself to the tip jar when we aint lookin',
    'our boss takes half the tips for himself and tells us they were low',
    'two guys on payroll dont even exist, the foreman cashes their paychecks',
    'el gerente se lleva plata de la caja todas las noches',
    'la patronne garde une partie des pourboires des serveurs',
    'o supervisor pega dinheiro do caixa e ninguém fala nada',
    'kierowniczka zabiera nam część napiwków',
    'der Filialleiter nimmt Geld aus der Kasse',
    'il titolare si prende metà delle mance',
    'керівник бере гроші з каси кожного вечора',
    'bòs la vòlè lajan nan kès la',
    'kinukuha ng manager ang tip namin',
  ])('urgent, fraud: %s', (text) => {
    const urgency = read(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('fraud');
  });
  it.each([
    'the tips are split evenly at the end of each shift',
    'can the manager count the till with us at close please',
    'las propinas se reparten entre todos al final del turno',
    'we did the stock count today and the numbers matched',
    'how are tips taxed on our payslip?',
    'the manager takes the takings to the bank every morning',
    'die Trinkgelder werden fair geteilt',
  ])('calm: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe('urgency: safety records written false, in every language we read', () => {
  it.each([
    'the forklift checklist gets ticked every morning but nobody actually checks the forks',
    // Polish says nobody twice ("nikt nie"): the "nie" is part of the wording, not a denial of it.
    'w rejestrze kontroli jest wpis, ale nikt nie sprawdzał drabin',
    'supervisor signs the fire extinguisher log without ever looking at them',
    'they forged my signature on the lockout training record, i never had the training',
    'the fridge temperature sheet is made up, the manager just writes 3 degrees for every day',
    'el registro dice que se revisaron los arneses pero nadie los ha revisado',
    'le registre indique que les extincteurs ont été vérifiés mais personne ne les a vérifiés',
    'o chefe assina a lista de verificação sem olhar nada',
    'kierownik podpisuje listę kontrolną bez sprawdzania',
    'im Prüfprotokoll steht geprüft, aber niemand hat die Leitern geprüft',
    'il preposto firma il registro delle verifiche senza controllare niente',
    'майстер підписує журнал перевірок, а нічого не перевіряє',
    'sipèvizè a siyen fèy enspeksyon an san li pa tcheke anyen',
    'pinipirmahan ng foreman ang safety checklist kahit hindi niya tinitingnan',
  ])('urgent, fraud: %s', (text) => {
    const urgency = read(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('fraud');
  });
  it.each([
    'the extinguishers were checked today and the log is signed',
    'I sign the forklift checklist after I check each item',
    'el registro de inspección está al día',
    'where do I find the training record for my forklift course?',
    'les extincteurs ont été vérifiés hier, tout est en ordre',
    'nobody likes filling in the daily checklist but we do it',
  ])('calm: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe('urgency: children at work, in every language we read', () => {
  it.each([
    'there are kids maybe 12 or 13 packing boxes in the back on school nights',
    'the owner has his 13 year old son running the meat slicer',
    'they hire underage kids and pay them cash so they are not on the books',
    'a 14yo is working the night shift on the line til 2am',
    'hay niños de 12 años trabajando en la bodega de noche',
    'il y a des gamins de 14 ans qui travaillent sur les machines',
    'tem menores de 13 anos trabalhando no turno da noite',
    'w magazynie pracują dzieci, mają po 13 lat',
    'hier arbeiten Kinder von 12 Jahren an den Maschinen',
    'ci sono ragazzini di 13 anni che lavorano in nero nel magazzino',
    'у цеху працюють діти по 13 років',
    'gen timoun 13 an k ap travay nan izin nan',
    'may mga menor de edad na nagtatrabaho sa planta sa gabi',
  ])('urgent, safety: %s', (text) => {
    const urgency = read(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain('safety');
  });
  it.each([
    'my kids are 12 and 14, I need more flexible hours',
    'we had a bring your kid to work day, the children loved it',
    'mis hijos de 10 y 12 años están de vacaciones',
    'the 16 year olds have summer jobs here with permits, all legal',
    'les enfants de 12 ans peuvent venir à la fête du personnel',
    'can my 15 year old do work experience here next summer?',
    'meus filhos de 11 e 13 anos estudam de manhã',
    'our childcare benefit covers kids under 12',
  ])('calm: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});
