import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1, calm41 (session 41, from the att40 attack): urgency read right both ways.
 * - A threat to punish whoever speaks up, said as an idiom ("el jefe me mata si hablo con el sindicato", "he said I'm
 *   dead if I report the injury", "si vas a RH te corro") is retaliation: harassment, the sponsor who owns harassment,
 *   not a threat to life sent to the owner of safety (urgency/retaliation-said-as-an-idiom.ts, kind-of-wrong.ts). Where
 *   an injury or accident is named, safety is read beside it.
 * - A limit on hiring said plainly ("no hires over 45", "solo contratamos menores de 30", "keine Bewerber über 50") is
 *   discrimination (urgency/hiring-limits.ts).
 * - A fire said of a rush ("pożar w garach :)", "w kuchni pożar bo sobota") and an extinguisher past its date ("the
 *   kitchen fire extinguisher expired") are calm (urgency/busy-as-a-fire.ts, safety-gear-due-for-service.ts); a real
 *   fire, an empty or missing extinguisher, stay urgent.
 * Look-alikes written before the rules, half held back: retaliation tuned 4 -> 16 of 16, held back 4 -> 10 of 12 (the
 * two held-back misses are not here); hiring limits tuned 5 -> 12 of 12, held back 7 -> 10 of 10; the fire class,
 * rows right tuned 15 -> 28 of 28, held back 17 -> 22 of 22, a third set
 * written after the rules 16 -> 18 of 18. On main every retaliation and hiring row below was read calm or as the wrong
 * kind, and the extinguisher and rush rows as safety.
 */

// Retaliation said as an idiom: harassment, never a threat to life.
const RETALIATION = [
  'si vas a RH te corro',
  'my foreman said im toast if i go to HR about the overtime',
  "boss told us we're dead meat if anyone calls osha",
  'la encargada dijo que me funde si pongo una queja',
  'si le dices algo a recursos humanos te vas a la calle mañana',
  'le chef a dit que je suis mort si je vais voir les RH',
  "si tu parles au syndicat t'es grillé ici",
  'o gerente disse que eu tô morto se falar com o sindicato',
  'se for no RH tá na rua, disse o encarregado',
  'der Chef sagt, ich bin tot, wenn ich zum Betriebsrat gehe',
  'wer sich beschwert, fliegt raus, hat der Vorarbeiter gesagt',
  'il capo ha detto che se vado dal sindacato sono morto',
  'kierownik powiedział że jak pójdę do związków to mnie wywali',
  "manager said we're finished here if we join the union",
  'si me quejo con la inspección el patrón me corre',
  "se parlo con l'ispettorato il capo mi butta fuori",
  'brygadzista mówi że jak zgłoszę to wylatuję',
];

// The same, with an injury or accident named: harassment, and safety beside it where the rules read the injury.
const RETALIATION_FOR_REPORTING_AN_INJURY = [
  "he said I'm dead if I report the injury",
  "supervisor says i'm a dead man if i tell anyone about the accident",
  'me dijo el supervisor que si reporto el accidente me despiden ese mismo día',
  "le contremaître m'a dit que si je signale l'accident je dégage",
  'wer den Unfall meldet, ist raus, sagt der Meister',
];

// Words of killing: the retaliation read, and a threat the other rules read kept beside it (older rounds read "he'll
// kill me if I tell HR" as a threat, and it may be meant).
const RETALIATION_WITH_KILLING_WORDS = [
  'el jefe me mata si hablo con el sindicato',
  'o chefe me mata se eu denunciar o acidente',
  'szef mnie zabije jak zgłoszę wypadek do BHP',
  "il responsabile mi ammazza se segnalo l'infortunio",
];

// A limit on hiring: discrimination.
const HIRING_LIMITS = [
  'no hires over 45',
  'solo contratamos menores de 30',
  'keine Bewerber über 50',
  'HR told us not to interview anyone older than 50',
  "we only hire under 35s for the floor, manager's rule",
  'no contratamos a nadie mayor de 45 años',
  "on n'embauche personne de plus de 45 ans, c'est la consigne",
  'só contratamos gente com menos de 30 anos',
  'wir stellen niemanden über 45 ein',
  'non assumiamo nessuno sopra i 40 anni',
  'nie zatrudniamy nikogo po 50',
  'we dont hire women for the warehouse, boss says',
  'manager binned every CV from applicants over 50',
  'told the agency: no candidates older than 40',
  'no contratar mayores de 40, dijo el gerente',
  'la directrice a dit pas de candidats de plus de 50 ans',
  'não contratar ninguém acima de 45, ordem do chefe',
  'Bewerbungen von Leuten über 55 gleich wegwerfen, sagt die Chefin',
  'assumiamo solo under 30, ha detto il direttore',
  'szefowa kazała nie przyjmować kandydatów powyżej 45 lat',
  'no hiring ppl over 40 thats the rule here',
  'no contratamos mujeres en el almacén',
];

// A fire said of a rush, an extinguisher due for its service, a place called a zoo: calm.
const CALM_FIRES = [
  'the kitchen fire extinguisher expired',
  'pożar w garach :)',
  'w kuchni pożar bo sobota',
  "we're on fire today",
  'this place is a zoo, total chaos',
  'fire extinguisher in the canteen is out of date, can someone get it serviced',
  'the extinguisher by bay 2 is overdue for its annual inspection',
  'el extintor de la cocina está caducado, hay que recargarlo',
  "l'extincteur du couloir est périmé depuis mars",
  'o extintor da copa está vencido, alguém precisa trocar',
  'der Feuerlöscher in der Küche ist abgelaufen',
  "l'estintore in magazzino è scaduto, va revisionato",
  'gaśnica w kuchni jest po terminie',
  'the kitchen is on fire tonight, 300 covers and counting 😅',
  'dispatch is a dumpster fire today, three drivers called out',
  'la cocina está que arde, sábado a tope :)',
  "c'est le feu en cuisine ce soir, 200 couverts",
  'a cozinha tá pegando fogo hoje, sábado lotado kkk',
  'in der Küche brennt heute die Hütte, Samstag halt',
  'in cucina è un inferno stasera, sabato pieno',
  'na sali pożar, piątek wieczór :D',
  'esto es un zoológico, un caos total',
  "c'est la jungle au dépôt aujourd'hui, le bordel total",
  'extinguisher tags in the warehouse all expired last month',
  'the fire extinguishers are past their service date, please book the check',
  'los extintores del almacén están vencidos desde enero',
  "les extincteurs de l'atelier sont à réviser, date dépassée",
  'os extintores do depósito estão fora da validade',
  'Feuerlöscher im Lager sind überfällig für die Prüfung',
  'gli estintori in officina sono scaduti da due mesi',
  'gaśnice na hali są przeterminowane',
  'sales team is on fire this quarter',
  'total madhouse at the tills, black friday lol',
  'hoy fue un incendio la barra, no paramos, viernes',
  'w magazynie pożar bo inwentaryzacja :D',
  'em casa de ferreiro... hoje o salão virou um zoológico, caos total kkk',
  'bei uns brennt die Luft, Inventur',
  'qui è uno zoo, caos totale, sabato',
  'the bar was on fire tonight, record takings',
  'estintori scaduti in reparto, chi li fa revisionare?',
  'the extinguishers need servicing, the tags say march',
  'el restaurante fue un incendio hoy, 200 cubiertos jaja',
  'die Bude brennt heute, Ansturm ohne Ende',
  'o restaurante tá pegando fogo, fila na porta kkk',
  'kuchnia w ogniu bo piątek :)',
];

// Real fires, and extinguishers empty, missing or beside a fire: safety.
const REAL_FIRES = [
  'the extinguisher is empty and the fryer is on fire',
  'the kitchen is on fire, everyone out',
  'pożar w kuchni, dym wszędzie',
  'la cocina está en llamas, salgan',
  'il y a le feu en cuisine, la friteuse brûle',
  "the extinguisher is out of date and there's a fire in the bin by dock 2",
  'the bar is on fire, smoke everywhere',
  'w magazynie pożar, ludzie w środku',
  'a cozinha está pegando fogo, tem gente lá dentro',
  'in der Küche brennt es, die Fritteuse steht in Flammen',
  "c'è un incendio in cucina, la friggitrice brucia",
  'fire in the kitchen during the saturday rush',
  'pożar w magazynie, sobota rano',
  'la bodega está en llamas, viernes noche',
  'the warehouse is on fire lol no joke get out',
  'incendio en la cocina porque es sábado y nadie limpió la campana, hay humo',
  'in der Halle brennt es, Samstag, alle raus',
  "c'è un incendio in magazzino",
  'the extinguisher is empty',
  "l'extincteur est vide",
  'fire extinguishers have been taken from the first floor',
  'der Feuerlöscher fehlt und es brennt im Lager',
  'the kitchen fire extinguisher expired and the fryer caught fire',
];

// Look-alikes of the idiom and the limit that name no protected act or no hiring limit: calm.
const CALM = [
  'my mom is gonna kill me if i miss dinner again',
  'el jefe me mata si llego tarde otra vez jaja',
  "I'm dead tired after the double shift",
  'si vas a RH pregunta por la nueva política de vacaciones',
  'wer zum Betriebsrat geht, bekommt dort Infos zur Wahl',
  'o gerente disse que tô morto de cansaço',
  'HR said we can talk to the union any time, no consequences',
  'you must be over 18 to apply for the forklift job',
  'we hired over 45 people this year, great growth',
  'no hires until january, budget freeze',
  'solo contratamos mayores de 18 por ley',
  'keine Bewerber über Zeitarbeitsfirmen bitte',
  'on embauche plus de 45 saisonniers cet été',
  'contratamos mais de 30 pessoas este mês',
  'nie zatrudniamy nikogo poniżej 18 lat',
  'the youth scheme pays for apprentices under 25',
];

describe('urgency read right both ways (calm41)', { timeout: 120_000 }, () => {
  it.each(RETALIATION)('reads %s as retaliation, for the owner of harassment', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: true, categories: ['harassment'] });
  });
  it.each(RETALIATION_FOR_REPORTING_AN_INJURY)('reads %s as retaliation, never as a threat to life', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
    expect(categories).not.toContain('threat');
  });
  it.each(RETALIATION_WITH_KILLING_WORDS)('reads %s as retaliation, for the owner of harassment', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
  });
  it.each(HIRING_LIMITS)('reads %s as discrimination', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: true, categories: ['discrimination'] });
  });
  it.each(CALM_FIRES)('leaves %s calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
  it.each(REAL_FIRES)('reads %s as a danger to safety', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });
  it.each(CALM)('leaves %s calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
