import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * spot39 (ra38b, blind): the number of a post one worker is assigned to (a door, a gate, a table, a chair, a pump, a
 * bed, a desk, a booth, a press, a machine, a "Platz", a "posto", a "mesa", a "kahera") is hidden where a person is
 * placed at it, as sp37 hid a till's or a route's; the writer's own post too. The same post said of no one, a place
 * many share (a bay, an aisle, a ward, a building), a count or a time keeps its number. Each class holds look-alikes
 * written for it: tuned (run while the rules were written), held back (written with them, run once before and once
 * after), and a second held-back set written after the tables were, never tuned on. A wording still wrong is written
 * as it comes out under "left", so that a change to it is seen.
 */

describe('the number of a post a person is placed at is hidden', () => {
  it.each([
    // ra38b's texts
    [
      'the guy who works dock door 14 alone every night is being bullied',
      'the guy who works dock door [ID] alone every night is being bullied',
    ],
    ['the guard at gate 5 on nights drinks on duty', 'the guard at gate [ID] on nights drinks on duty'],
    ['the dealer on table 11 on graveyard gets groped', 'the dealer on table [ID] on graveyard gets groped'],
    [
      'die Kollegin am Platz 17 in der Näherei wird angeschrien',
      'die Kollegin am Platz [ID] in der Näherei wird angeschrien',
    ],
    ["I'm the carer assigned to bed 14 on ward 3", "I'm the carer assigned to bed [ID] on ward [ID]"],
    ['the toll collector in booth 3', 'the toll collector in booth [ID]'],
    ['the stylist at chair 2', 'the stylist at chair [ID]'],
    ['whoever runs pump 7 in the mornings', 'whoever runs pump [ID] in the mornings'],
    ['the pharmacist at counter 3', 'the pharmacist at counter [ID]'],
    ["l'operaia al posto 9 della linea", "l'operaia al posto [ID] della linea"],
    ['yung nasa kahera 2', 'yung nasa kahera [ID]'],
    ['el mesero de la mesa 5', 'el mesero de la mesa [ID]'],
    // tuned
    [
      'the receptionist at desk 2 cries every shift because of how the manager talks to her',
      'the receptionist at desk [ID] cries every shift because of how the manager talks to her',
    ],
    [
      'the attendant on gate 12 gets screamed at by drivers every night',
      'the attendant on gate [ID] gets screamed at by drivers every night',
    ],
    [
      'whoever works door 9 on the dock is getting bullied by the lead',
      'whoever works door [ID] on the dock is getting bullied by the lead',
    ],
    [
      'the croupier on table 6 gets grabbed by drunk customers',
      'the [NAME] on table [ID] gets grabbed by drunk customers',
    ],
    ['the barber at chair 4 keeps making racist jokes', 'the barber at chair [ID] keeps making racist jokes'],
    [
      'the nurse assigned to bed 22 was slapped by a visitor',
      'the nurse assigned to bed [ID] was slapped by a visitor',
    ],
    ['teh guy at pump 4 steals from the till', 'teh guy at pump [ID] steals from the till'],
    [
      'the operator on press 11 lost a finger last week and nobody reported it',
      'the operator on press [ID] lost a finger last week and nobody reported it',
    ],
    ['el guardia de la puerta 7 se duerme en el turno', 'el guardia de la puerta [ID] se duerme en el turno'],
    ['la mesera de la mesa 12 sufre acoso del encargado', 'la mesera de la mesa [ID] sufre acoso del encargado'],
    [
      'el que atiende el surtidor 5 fuma junto a la gasolina',
      'el que atiende el surtidor [ID] fuma junto a la gasolina',
    ],
    ['o frentista da bomba 6 bebe no servico', 'o frentista da bomba [ID] bebe no servico'],
    ['a moça do portão 2 é assediada pelo supervisor', 'a moça do portão [ID] é assediada pelo supervisor'],
    [
      'le serveur de la table 8 se fait insulter par le chef',
      'le serveur de la table [ID] se fait insulter par le chef',
    ],
    ['la caissière au poste 4 se fait harceler', 'la caissière au poste [ID] se fait harceler'],
    ['der Wachmann am Tor 3 trinkt im Dienst', 'der Wachmann am Tor [ID] trinkt im Dienst'],
    ['die Kellnerin an Tisch 9 wird ständig begrapscht', 'die Kellnerin an Tisch [ID] wird ständig begrapscht'],
    ['il cameriere al tavolo 7 viene insultato ogni sera', 'il cameriere al tavolo [ID] viene insultato ogni sera'],
    ['la ragazza alla pompa 3 fuma sempre', 'la ragazza alla pompa [ID] fuma sempre'],
    ['pani z bramki 4 pije w pracy', 'pani z bramki [ID] pije w pracy'],
    ['kelnerka przy stoliku 8 jest molestowana', 'kelnerka przy stoliku [ID] jest molestowana'],
    ["охоронець на воротах 2 п'є на зміні", "охоронець на воротах [ID] п'є на зміні"],
    ['yung guard sa gate 5 laging lasing', 'yung guard sa gate [ID] laging lasing'],
    ['gad ki nan pòt 3 la bwè sou travay', 'gad ki nan pòt [ID] la bwè sou travay'],
    [
      'the machinist on lathe 2 has been working 16 hour shifts',
      'the machinist on lathe [ID] has been working 16 hour shifts',
    ],
    [
      'the dude who runs the grill station 3 gropes the new cooks',
      'the dude who runs the grill station [ID] gropes the new cooks',
    ],
    ['the gate 5 guard sleeps in his car', 'the gate [ID] guard sleeps in his car'],
    [
      'the table 11 dealer is being harassed by the pit boss',
      'the table [ID] dealer is being harassed by the pit boss',
    ],
    // held back
    [
      'the dispatcher at console 4 gets yelled at constantly',
      'the dispatcher at console [ID] gets yelled at constantly',
    ],
    ['the cleaner assigned to room 14 was locked in', 'the cleaner assigned to room [ID] was locked in'],
    [
      'the ticket agent at counter 7 is being harassed by her supervisor',
      'the ticket agent at counter [ID] is being harassed by her supervisor',
    ],
    ['the welder in booth 5 has no mask', 'the welder in booth [ID] has no mask'],
    ['the girl on register twelve gets hit on by customers', 'the girl on register [ID] gets hit on by customers'],
    ['the masseuse in cabin 3 is being pressured', 'the masseuse in cabin [ID] is being pressured'],
    ['the security officer posted at entrance 2 is drunk', 'the security officer posted at entrance [ID] is drunk'],
    ['the crane operator on crane 4 is on pills', 'the crane operator on crane [ID] is on pills'],
    [
      'el operario de la prensa 9 trabaja sin guantes porque no le dan',
      'el operario de la prensa [ID] trabaja sin guantes porque no le dan',
    ],
    ['la enfermera de la cama 11 nos grita', 'la enfermera de la cama [ID] nos grita'],
    ['el recepcionista del puesto 2 recibe amenazas', 'el recepcionista del puesto [ID] recibe amenazas'],
    ['o garçom da mesa 4 é humilhado pelo gerente', 'o garçom da mesa [ID] é humilhado pelo gerente'],
    ['a enfermeira do leito 16 foi agredida', 'a enfermeira do leito [ID] foi agredida'],
    ["l'agent à la porte 6 boit pendant le service", "l'agent à la porte [ID] boit pendant le service"],
    ['la coiffeuse au fauteuil 3 se fait crier dessus', 'la coiffeuse au fauteuil [ID] se fait crier dessus'],
    ['der Tankwart an Säule 4 wird bedroht', 'der Tankwart an Säule [ID] wird bedroht'],
    ['die Pflegerin von Bett 12 wird vom Arzt angeschrien', 'die Pflegerin von Bett [ID] wird vom Arzt angeschrien'],
    ["l'infermiere del letto 5 è sempre ubriaco", "l'infermiere del letto [ID] è sempre ubriaco"],
    ['il barista al bancone 2 viene molestato', 'il barista al bancone [ID] viene molestato'],
    ['operator prasy 7 nie ma rękawic', 'operator prasy [ID] nie ma rękawic'],
    ['офіціантка за столиком 6 плаче щодня', 'офіціантка за столиком [ID] плаче щодня'],
    ['si ate na nasa counter 4 laging pinapagalitan', 'si ate na nasa counter [ID] laging pinapagalitan'],
    ['fanm ki nan tab 5 la ap pran presyon', 'fanm ki nan tab [ID] la ap pran presyon'],
    // held back, second set (written after the tables)
    ['the projectionist in booth 2 drinks on shift', 'the projectionist in booth [ID] drinks on shift'],
    ['the valet at podium 2 keeps pocketing tips', 'the valet at podium [ID] keeps pocketing tips'],
    ['the porter at bed 9 lifts patients alone', 'the porter at bed [ID] lifts patients alone'],
    ['the pit boss watching table 14 grabs the dealers', 'the pit boss watching table [ID] grabs the dealers'],
    ['the security lady at entrance 4 is being stalked', 'the security lady at entrance [ID] is being stalked'],
    ['el chavo de la bomba 8 vende droga', 'el chavo de la bomba [ID] vende droga'],
    ['el velador de la caseta 3 duerme toda la noche', 'el velador de la caseta [ID] duerme toda la noche'],
    ['a recepcionista da mesa 3 sofre assédio', 'a recepcionista da mesa [ID] sofre assédio'],
    ['o rapaz da bomba 4 fuma perto do tanque', 'o rapaz da bomba [ID] fuma perto do tanque'],
    ["le vigile de l'entrée 2 boit", "le vigile de l'entrée [ID] boit"],
    ['der Typ an der Zapfsäule 6 raucht', 'der Typ an der Zapfsäule [ID] raucht'],
    ['die Frau an Platz 4 in der Montage wird gemobbt', 'die Frau an Platz [ID] in der Montage wird gemobbt'],
    ['il ragazzo al cancello 2 dorme sempre', 'il ragazzo al cancello [ID] dorme sempre'],
    ['la commessa al banco 5 viene insultata', 'la commessa al banco [ID] viene insultata'],
    ['facet z bramy 3 pije', 'facet z [NAME] [ID] pije'],
    ['ochroniarz przy wejściu 2 śpi', 'ochroniarz przy wejściu [ID] śpi'],
    ["хлопець на посту 4 п'є", "хлопець на посту [ID] п'є"],
    ['yung kuya sa pump 3 laging bastos', 'yung kuya sa pump [ID] laging bastos'],
    ['nèg ki nan baryè 2 a toujou sou', 'nèg ki nan baryè [ID] a toujou sou'],
    [
      "whoever's on door 3 tonight lets people in without checking",
      "whoever's on door [ID] tonight lets people in without checking",
    ],
    ['the bellman at desk 2 steals from guests', 'the bellman at desk [ID] steals from guests'],
    // tuned after the held-back runs: more people, posts and languages
    ['the bartender at bar 3 keeps groping the barbacks', 'the bartender at bar [ID] keeps groping the barbacks'],
    ['the girl at the front desk 2 cries every day', 'the girl at the front desk [ID] cries every day'],
    ['the attendant at pump number seven smokes', 'the attendant at pump number [ID] smokes'],
    [
      'the dude in seat 14B snores through the safety briefing',
      'the dude in seat [ID] snores through the safety briefing',
    ],
    ['la chica del módulo 3 sufre acoso', 'la chica del módulo [ID] sufre acoso'],
    ['el de la garita 2 duerme', 'el de la garita [ID] duerme'],
    ['le mec de la pompe 4 boit', 'le mec de la pompe [ID] boit'],
    ['o cara da cadeira 3 é assediado', 'o cara da cadeira [ID] é assediado'],
    ['der an Säule 4 raucht', 'der an Säule [ID] raucht'],
    ['quello al tavolo 5 ruba le mance', 'quello al tavolo [ID] ruba le mance'],
    ['ta z kabiny 3 płacze', 'ta z kabiny [ID] płacze'],
    ["той з воріт 2 п'є", "той з воріт [ID] п'є"],
    ['yung nasa pinto 3 lasing', 'yung nasa pinto [ID] lasing'],
    ['msye ki sou ponp 4 la bwè', 'msye ki sou ponp [ID] la bwè'],
    ['our greeter at entrance 1 was assaulted', 'our greeter at entrance [ID] was assaulted'],
    ['the lady working register 6 gets yelled at', 'the lady working register [ID] gets yelled at'],
    ['the one on till 4', 'the one on till [ID]'],
    ['the gal at window 3 is rude', 'the gal at window [ID] is rude'],
    ['whoever had bench 12 last night left the guard off', 'whoever had bench [ID] last night left the guard off'],
    ['the cook on grill 2 burns himself every shift', 'the cook on grill [ID] burns himself every shift'],
    // a name in quotes after the post: both hidden (round 31's quoted surname reads past the hidden number)
    ['the cleaner at gate 2 "Oyelaran" steals', 'the cleaner at gate [ID] "[NAME]" steals'],
    ['der Kollege am Tor 2 "Okafor" klaut', 'der Kollege am Tor [ID] "[NAME]" klaut'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe("the number of the writer's own post is hidden", () => {
  it.each([
    // tuned
    ['I work dock door 14 alone and the lead screams at me', 'I work dock door [ID] alone and the lead screams at me'],
    ['yo trabajo en la puerta 7 y me acosan', 'yo trabajo en la puerta [ID] y me acosan'],
    ['ich arbeite an Tor 3 und werde angeschrien', 'ich arbeite an Tor [ID] und werde angeschrien'],
    ['lavoro al tavolo 7 e il capo mi urla', 'lavoro al tavolo [ID] e il capo mi urla'],
    ['pracuję przy stoliku 8 i szef na mnie krzyczy', 'pracuję przy stoliku [ID] i szef na mnie krzyczy'],
    ['nasa kahera 2 ako at lagi akong sinisigawan', 'nasa kahera [ID] ako at lagi akong sinisigawan'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('a post said of no one, a place many share, a count or a time keeps its number', () => {
  it.each([
    // tuned
    ['the exit at gate 5 is blocked again', 'the exit at gate 5 is blocked again'],
    ["bay 3's forklift has no horn", "bay 3's forklift has no horn"],
    ['aisle 7 is wet and nobody put a sign', 'aisle 7 is wet and nobody put a sign'],
    ['dock door 14 is jammed open all night', 'dock door 14 is jammed open all night'],
    ['pump 7 leaks diesel', 'pump 7 leaks diesel'],
    ['table 11 is broken and wobbles', 'table 11 is broken and wobbles'],
    ['we were 5 at the table and 3 got written up', 'we were 5 at the table and 3 got written up'],
    ['the heater in booth 3 is broken', 'the heater in booth 3 is broken'],
    ['the printer at desk 4 keeps jamming', 'the printer at desk 4 keeps jamming'],
    ['the nurses on ward 3 need more staff', 'the nurses on ward 3 need more staff'],
    ['la puerta 7 no cierra', 'la puerta 7 no cierra'],
    ['la mesa 5 está rota', 'la mesa 5 está rota'],
    ['die Zapfsäule 4 ist defekt', 'die Zapfsäule 4 ist defekt'],
    ['il tavolo 7 è rotto', 'il tavolo 7 è rotto'],
    ['a bomba 6 está vazando', 'a bomba 6 está vazando'],
    ['la porte 6 est bloquée', 'la porte 6 est bloquée'],
    [
      'we had 3 guards at gate 2 last night and none of us got a break',
      'we had 3 guards at gate 2 last night and none of us got a break',
    ],
    ['the checklist at station 4 is missing', 'the checklist at station 4 is missing'],
    ['the ottoman in booth 2 is ripped', 'the ottoman in booth 2 is ripped'],
    ['the median wait at gate 3 is an hour', 'the median wait at gate 3 is an hour'],
    ['the German machine 4 keeps overheating', 'the German machine 4 keeps overheating'],
    ['a technician came to fix press 4 twice', 'a technician came to fix press 4 twice'],
    ['send a mechanic to machine 4 please', 'send a mechanic to machine 4 please'],
    [
      'the electrician who repairs press 4 says the guard is missing',
      'the electrician who repairs press 4 says the guard is missing',
    ],
    ['the guy who fixed pump 7 left oil everywhere', 'the guy who fixed pump 7 left oil everywhere'],
    ['el cliente de la mesa 5 no pagó', 'el cliente de la mesa 5 no pagó'],
    ['the sign at gate 5 says no entry', 'the sign at gate 5 says no entry'],
    ['the spill by pump 2 has not been cleaned', 'the spill by pump 2 has not been cleaned'],
    ['we queue at door 3 every morning for 20 minutes', 'we queue at door 3 every morning for 20 minutes'],
    ['the stylist chairs 2 and 3 are broken', 'the stylist chairs 2 and 3 are broken'],
    ['the door 3 alarm goes off all night', 'the door 3 alarm goes off all night'],
    ['I work till 5 on weekdays', 'I work till 5 on weekdays'],
    ['el trabajo en la caja 4 es duro', 'el trabajo en la caja 4 es duro'],
    ['il lavoro al tavolo 7 è pesante', 'il lavoro al tavolo 7 è pesante'],
    ['the recycling bin in booth 3 is full', 'the recycling bin in booth 3 is full'],
    // held back
    ['the scanner at counter 3 keeps freezing', 'the scanner at counter 3 keeps freezing'],
    ['chair 2 in the break room is broken', 'chair 2 in the break room is broken'],
    ['the water at pump 4 tastes of fuel', 'the water at pump 4 tastes of fuel'],
    ['the customers at table 8 left without paying', 'the customers at table 8 left without paying'],
    ['la puerta del muelle 4 está rota', 'la puerta del muelle 4 está rota'],
    ['the trucks queue at gate 9 for 3 hours', 'the trucks queue at gate 9 for 3 hours'],
    ['el surtidor 2 no funciona desde el lunes', 'el surtidor 2 no funciona desde el lunes'],
    ['der Tisch 5 wackelt', 'der Tisch 5 wackelt'],
    ['il cancello 3 resta aperto di notte', 'il cancello 3 resta aperto di notte'],
    ['the fire at machine 4 was put out', 'the fire at machine 4 was put out'],
    ['the floor at door 2 is icy', 'the floor at door 2 is icy'],
    ['the wifi at table 6 never works', 'the wifi at table 6 never works'],
    ['o portão 2 fica aberto a noite toda', 'o portão 2 fica aberto a noite toda'],
    ['beds 14 and 15 have no call buttons', 'beds 14 and 15 have no call buttons'],
    ['la pompe 3 fuit', 'la pompe 3 fuit'],
    ['stanowisko 5 nie ma osłony', 'stanowisko 5 nie ma osłony'],
    ['the ladder at post 9 is broken', 'the ladder at post 9 is broken'],
    ['the lights over gate 4 went out on the night shift', 'the lights over gate 4 went out on the night shift'],
    // held back, second set
    ['gate 3 has been broken for a week', 'gate 3 has been broken for a week'],
    ['the nail station 6 has no ventilation', 'the nail station 6 has no ventilation'],
    ['booth 2 smells of smoke', 'booth 2 smells of smoke'],
    ['the chairs at table 4 are broken', 'the chairs at table 4 are broken'],
    ['the pump 8 hose is cracked', 'the pump 8 hose is cracked'],
    ['la bomba 4 gotea', 'la bomba 4 gotea'],
    ["l'entrée 2 est fermée à clé", "l'entrée 2 est fermée à clé"],
    ['die Zapfsäule 6 tropft', 'die Zapfsäule 6 tropft'],
    ['il cancello 2 non si chiude', 'il cancello 2 non si chiude'],
    ['the doctor said bed 9 needs a new mattress', 'the doctor said bed 9 needs a new mattress'],
    ['the door 3 alarm goes off every hour', 'the door 3 alarm goes off every hour'],
    ['the manager wants 4 people at gate 2 tomorrow', 'the manager wants 4 people at gate 2 tomorrow'],
    ['the fridge by table 5 leaks', 'the fridge by table 5 leaks'],
    ['my manager moved the queue to door 5', 'my manager moved the queue to door 5'],
    ['the guard dog at gate 6 bit someone', 'the guard dog at gate 6 bit someone'],
    ['the customers queue at counter 2 for an hour', 'the customers queue at counter 2 for an hour'],
    // an eval row (a grade many hold), a count of nights, a floor
    ['I am Position 5 (only 4 to 8 hrs a week)', 'I am Position 5 (only 4 to 8 hrs a week)'],
    ['I work door 2 nights a week', 'I work door 2 nights a week'],
    ['the guy at the bar 2 nights a week drinks', 'the guy at the bar 2 nights a week drinks'],
    ['the housekeeper on floor 3 is being harassed', 'the housekeeper on floor 3 is being harassed'],
    // a word for a worker that is a thing at a machine: a press's guard, a dust collector, a floor cleaner
    ['Frank removed the guard on press 4', '[NAME] removed the guard on press 4'],
    ['the press 4 guard is missing', 'the press 4 guard is missing'],
    ['the dust collector on machine 4 is clogged', 'the dust collector on machine 4 is clogged'],
    ['the guard on pump 3 is broken', 'the guard on pump 3 is broken'],
    ['the floor cleaner at door 2 is toxic', 'the floor cleaner at door 2 is toxic'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('left: still wrong, as it comes out (a tower; older misreadings)', () => {
  it.each([
    ['the lifeguard on tower 3 was assaulted by a swimmer', 'the lifeguard on tower 3 was assaulted by a swimmer'],
    // the number kept, but older rules: a Polish gate opening a text read as a name, a desk read as one's own
    ['brama 4 jest zepsuta', '[NAME] 4 jest zepsuta'],
    ['brama 3 się nie zamyka', '[NAME] 3 się nie zamyka'],
    ['the printer at desk 7 is out of toner', 'the printer at desk [ID] is out of toner'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('left by this round, hidden since red40 (a typo, a job between the person and the post, the security)', () => {
  it.each([
    ['the cashier at chekout 3 gets bullied', 'the cashier at chekout [ID] gets bullied'],
    ['the girl who does nails at station 6 gets harassed', 'the girl who does nails at station [ID] gets harassed'],
    ['teh nures at bed 5 yells at pts', 'teh nures at bed [ID] yells at pts'],
    [
      'the woman who cleans room 214 is being harassed by a guest',
      'the woman who cleans room [ID] is being harassed by a guest',
    ],
    ['the kid who does carts at door 2', 'the kid who does carts at door [ID]'],
    ['the security at gate 7 is drunk', 'the security at gate [ID] is drunk'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});
