import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Urgent reports a blind attacker (att42) found read calm or as the wrong kind, by class (miss42): a danger after a calm
// sentence or at the end of a long text, violence told plainly, a weapon's name alone, an oblique threat, someone else's
// suicide risk, a threat to come back and leave nobody alive. Look-alikes were written before the rules in en es fr de
// it pt pl uk tl ht, tuned on half; the held-back half is in docs/escalations.md ("miss42"). Each asserts what the
// sponsor sees: urgent, and the kind that picks who is emailed.

const kinds = (text: string) => detectUrgency(text);

describe('someone shut inside a freezer or cold room and silent, wherever it stands: safety', () => {
  it.each([
    [
      'marco has been shut inside the walk in freezer for about an hour and he is not answering when we knock',
      ['safety'],
    ],
    [
      'The canteen is out of bread. marco has been shut inside the walk in freezer for about an hour and he is not answering when we knock',
      ['safety'],
    ],
    ['parking is full again. someone is trapped in the blast chiller, we can hear banging', ['safety']],
    ['La máquina de café no funciona. Luis se quedó encerrado en el congelador y no contesta', ['safety']],
    ["Il n'y a plus de café. Paulo est resté enfermé dans le congélateur et il ne répond pas", ['safety']],
    ['Der Automat ist leer. Tomasz ist im Gefrierraum eingeschlossen und meldet sich nicht', ['safety']],
    ['Il caffè è finito. Luca è rimasto chiuso nel congelatore e non risponde', ['safety']],
    ['Acabou o café. o Pedro ficou preso no freezer e não responde', ['safety']],
    ['Nie ma kawy. Marek został zamknięty w mroźni i nie odpowiada', ['safety']],
    ['Walang kape. si Jun ay nakulong sa loob ng freezer at hindi sumasagot', ['safety']],
    ['Кава закінчилась. Петро зачинений у морозильній камері і не відповідає', ['safety']],
    ['Pa gen kafe. Jan fèmen anndan frizè a epi li pa reponn', ['safety']],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe('a danger at the end of a long calm text (over 1,500 characters) is read with its own kind', () => {
  it.each([
    [
      "Hi, a few things from the night crew. The canteen has been out of hot food after 10pm for three weeks now and the vending machine only takes coins. The parking lot lights by the east gate are still out, people are using their phone torches. The new rota came out late again and half of us found out on Sunday night. The lockers in the men's room have no hooks. The microwave in the break room is dirty all the time. We asked twice for more gloves in size L and still nothing. The radio in bay 4 plays the same station all night and it is driving everyone mad. The coffee is cold by 2am. Overtime was paid a week late last month. The printer by the office is out of paper and toner. The new scanners are slow to charge. The toilets on the mezzanine were not cleaned on Saturday. The break room chairs are broken, two of them wobble. Shift handover notes are not filled in by the day team. We would like a water cooler near dock 7. The schedule for christmas is not out yet and people need to book travel. The canteen staff are friendly though, thanks to them. Hi, a few things from the night crew. The canteen has been out of hot food after 10pm for three weeks now and the vending machine only takes coins. The parking lot lights by the east gate are still out, people are using their phone torches. The new rota came out late again and half of us found out on Sunday night. The lockers in the men's room have no hooks. The microwave in the break room is dirty all the time. We asked twice for more gloves in size L and still nothing. The radio in bay 4 plays the same station all night and it is driving everyone mad. The coffee is cold by 2am. Overtime was paid a week late last month. The printer by the office is out of paper and toner. The new scanners aoh and marco has been shut inside the walk in freezer for about an hour and he is not answering when we knock",
      ['safety'],
    ],
    [
      'Hola, unas cosas del turno de noche. La cafetería no tiene comida caliente después de las 10 desde hace tres semanas y la máquina solo acepta monedas. Las luces del estacionamiento junto a la puerta este siguen apagadas. El nuevo horario salió tarde otra vez y la mitad nos enteramos el domingo en la noche. Los casilleros no tienen ganchos. El microondas del comedor siempre está sucio. Pedimos dos veces guantes talla L y nada. La radio de la bahía 4 pone la misma estación toda la noche. El café está frío a las 2. Las horas extra se pagaron una semana tarde el mes pasado. La impresora de la oficina no tiene papel. Los escáneres nuevos tardan en cargar. Los baños del entrepiso no se limpiaron el sábado. Las sillas del comedor están rotas, dos se mueven. Las notas de cambio de turno no las llena el turno de día. Queremos un dispensador de agua cerca del muelle 7. El horario de navidad no ha salido y la gente necesita comprar boletos. El personal de la cafetería es amable, gracias a ellos. Hola, unas cosas del turno de noche. La cafetería no tiene comida caliente después de las 10 desde hace tres semanas y la máquina solo acepta monedas. Las luces del estacionamiento junto a la puerta este siguen apagadas. El nuevo horario salió tarde otra vez y la mitad nos enteramos el domingo en la noche. Los casilleros no tienen ganchos. El microondas del comedor siempre está sucio. Pedimos dos veces guantes talla L y nada. La radio de la bahía 4 pone la misma estación toda la noche. El café está frío a las 2. Las horas extra se pagaron una semana tarde el mes pasado. La impresora de la oficina no tiene papel. Los escáneres nuevos tardan en cargar. Los baños del entrepiso no se limpiaron ey a la señora de limpieza la encerraron en la cámara fría hace una hora y no responde',
      ['safety'],
    ],
    [
      "Bonjour, quelques points de l'équipe de nuit. La cantine n'a plus de repas chauds après 22h depuis trois semaines et le distributeur ne prend que les pièces. Les lampes du parking près de la porte est sont toujours éteintes. Le nouveau planning est sorti en retard et la moitié d'entre nous l'a appris dimanche soir. Les casiers n'ont pas de crochets. Le micro-ondes de la salle de pause est toujours sale. On a demandé deux fois des gants taille L, toujours rien. La radio du quai 4 passe la même station toute la nuit. Le café est froid à 2h. Les heures sup ont été payées avec une semaine de retard le mois dernier. L'imprimante du bureau n'a plus de papier. Les nouveaux scanners chargent lentement. Les toilettes de la mezzanine n'ont pas été nettoyées samedi. Les chaises de la salle de pause sont cassées. Les notes de relève ne sont pas remplies par l'équipe de jour. On voudrait une fontaine à eau près du quai 7. Le planning de Noël n'est pas sorti et les gens doivent réserver leurs billets. Le personnel de la cantine est sympa, merci à eux. Bonjour, quelques points de l'équipe de nuit. La cantine n'a plus de repas chauds après 22h depuis trois semaines et le distributeur ne prend que les pièces. Les lampes du parking près de la porte est sont toujours éteintes. Le nouveau planning est sorti en retard et la moitié d'entre nous l'a appris dimanche soir. Les casiers n'ont pas de crochets. Le micro-ondes de la salle de pause est toujours sale. On a demandé deux fois des gants taille L, toujours rien. La radio du quai 4 passe la même station toute la nuit. Le café est froid à 2h. Les heures sup ont été payées avec une semaine de retard le mois dernier. L'imprimante du bureau n'a plus de papier. Les nouveaux scanners chargent lentemeet il a dit que s'il est viré il reviendra et que personne ne sortira vivant",
      ['threat'],
    ],
    [
      'Hallo, ein paar Punkte von der Nachtschicht. Die Kantine hat seit drei Wochen nach 22 Uhr kein warmes Essen mehr und der Automat nimmt nur Münzen. Die Lampen auf dem Parkplatz am Osttor sind immer noch aus. Der neue Schichtplan kam wieder zu spät und die Hälfte von uns hat es erst am Sonntagabend erfahren. Die Spinde haben keine Haken. Die Mikrowelle im Pausenraum ist ständig dreckig. Wir haben zweimal nach Handschuhen in Größe L gefragt und nichts bekommen. Das Radio an Tor 4 spielt die ganze Nacht denselben Sender. Der Kaffee ist um 2 Uhr kalt. Die Überstunden wurden letzten Monat eine Woche zu spät bezahlt. Der Drucker im Büro hat kein Papier. Die neuen Scanner laden langsam. Die Toiletten auf der Empore wurden am Samstag nicht geputzt. Die Stühle im Pausenraum sind kaputt. Die Übergabenotizen füllt die Tagschicht nicht aus. Wir hätten gern einen Wasserspender bei Rampe 7. Der Weihnachtsplan ist noch nicht da und die Leute müssen Reisen buchen. Das Kantinenpersonal ist aber nett, danke an sie. Hallo, ein paar Punkte von der Nachtschicht. Die Kantine hat seit drei Wochen nach 22 Uhr kein warmes Essen mehr und der Automat nimmt nur Münzen. Die Lampen auf dem Parkplatz am Osttor sind immer noch aus. Der neue Schichtplan kam wieder zu spät und die Hälfte von uns hat es erst am Sonntagabend erfahren. Die Spinde haben keine Haken. Die Mikrowelle im Pausenraum ist ständig dreckig. Wir haben zweimal nach Handschuhen in Größe L gefragt und nichts bekommen. Das Radio an Tor 4 spielt die ganze Nacht denselben Sender. Der Kaffee ist um 2 Uhr kalt. Die Überstunden wurden letzten Monat eine Woche zu spät bezahlt. Der Drucker im Büro hat kein Papier. Die neuen Scanner laden langsam. Die Toiletteund Jonas hat eine ganze Packung Tabletten geschluckt und reagiert nicht',
      ['self-harm'],
    ],
    [
      "Hi, a few things from the night crew. The canteen has been out of hot food after 10pm for three weeks now and the vending machine only takes coins. The parking lot lights by the east gate are still out, people are using their phone torches. The new rota came out late again and half of us found out on Sunday night. The lockers in the men's room have no hooks. The microwave in the break room is dirty all the time. We asked twice for more gloves in size L and still nothing. The radio in bay 4 plays the same station all night and it is driving everyone mad. The coffee is cold by 2am. Overtime was paid a week late last month. The printer by the office is out of paper and toner. The new scanners are slow to charge. The toilets on the mezzanine were not cleaned on Saturday. The break room chairs are broken, two of them wobble. Shift handover notes are not filled in by the day team. We would like a water cooler near dock 7. The schedule for christmas is not out yet and people need to book travel. The canteen staff are friendly though, thanks to them. Hi, a few things from the night crew. The canteen has been out of hot food after 10pm for three weeks now and the vending machine only takes coins. The parking lot lights by the east gate are still out, people are using their phone torches. The new rota came out late again and half of us found out on Sunday night. The lockers in the men's room have no hooks. The microwave in the break room is dirty all the time. We asked twice for more gloves in size L and still nothing. The radio in bay 4 plays the same station all night and it is driving everyone mad. The coffee is cold by 2am. Overtime was paid a week late last month. The printer by the office is out of paper and toner. The new scanners aFIGHT locker room line 3 pipe!!! come now",
      ['safety'],
    ],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe('violence told plainly: a fight with an object, a person run over, a child alone by machines, a gun at the door', () => {
  it.each([
    ['the two guys from line 3 are beating each other with a pipe in the locker room rn', ['safety', 'threat']],
    ['FIGHT locker room line 3 pipe!!! come now', ['safety', 'threat']],
    ['se están dando con un tubo en los vestidores', ['safety', 'threat']],
    ['ils se battent avec une barre dans le vestiaire', ['safety', 'threat']],
    ['zwei Kollegen prügeln sich mit einer Eisenstange in der Umkleide', ['safety', 'threat']],
    ['dois caras estão se batendo com um cano no vestiário', ['safety', 'threat']],
    ['Der LKW hat beim Rangieren einen Kollegen eingeklemmt', ['safety']],
    ['el monta cargas le paso por ensima al chavo y no se mueve', ['safety']],
    ["the forklift ran over a guy's foot in bay 2 and hes screaming", ['safety']],
    ['le camion a écrasé un collègue contre le quai', ['safety']],
    ['a empilhadeira passou por cima do pé do colega', ['safety']],
    ['Un enfant de 5 ans se promène seul près de la presse', ['safety']],
    ['hay un niño de 4 años solo junto a las máquinas', ['safety']],
    ['un bambino piccolo gira da solo vicino alla pressa', ['safety']],
    ['Gen yon nonm ak yon revolvè devan pòt la', ['safety', 'threat']],
    ['may lalaking may baril sa harap ng pinto', ['safety', 'threat']],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe('the shortest report: a weapon alone, help with only a place', () => {
  it.each([
    ['gun', ['safety', 'threat']],
    ['🔪', ['safety', 'threat']],
    ['knife!!', ['safety', 'threat']],
    ['help bay3', ['safety']],
    ['fuego', ['safety']],
    ['help!! bay 2', ['safety']],
    ['🔫 parking lot', ['safety', 'threat']],
    ['arma', ['safety', 'threat']],
    ['incendio', ['safety']],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe('an oblique threat: others will see what happens, the writer has nothing left to lose', () => {
  it.each([
    [
      'tomorrow everyone in shipping will find out what happens when you laugh at me. i know where the rack keys are kept and i have nothing left to lose',
      ['threat'],
    ],
    [
      'mañana todos en el almacén van a saber lo que pasa cuando se burlan de mí, ya no tengo nada que perder',
      ['threat'],
    ],
    [
      'morgen werdet ihr alle sehen, was passiert, wenn man mich auslacht. ich habe nichts mehr zu verlieren',
      ['threat'],
    ],
    ['amanhã vocês todos vão ver o que acontece quando riem de mim, não tenho mais nada a perder', ['threat']],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe("someone else's suicide risk or overdose is self-harm", () => {
  it.each([
    [
      'my coworker on nights keeps saying he wont be around for christmas and he bought rope, im scared for him',
      ['self-harm'],
    ],
    ['ha preso un flacone intero di pillole in bagno, non risponde', ['self-harm']],
    ['Marek mówi że nie dożyje wypłaty i pożegnał się z nami', ['self-harm']],
    ['se tomó un frasco entero de pastillas en el baño y no responde', ['self-harm']],
    ['il a avalé toute une boîte de cachets dans les toilettes, il ne répond plus', ['self-harm']],
    ['er hat eine ganze Packung Tabletten geschluckt und reagiert nicht', ['self-harm']],
    ['tomou um frasco inteiro de comprimidos no banheiro e não responde', ['self-harm']],
    ['she swallowed a whole bottle of pills in the bathroom and isnt responding', ['self-harm']],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe('a promise to come back and leave nobody alive is a threat of violence and safety', () => {
  it.each([
    [
      'he said if they fire him he will come back and nobody in this building will go home tonight',
      ['safety', 'threat'],
    ],
    ['er hat gesagt, wenn sie ihn feuern, kommt er zurück und keiner hier überlebt das', ['safety', 'threat']],
    ['dijo que si lo despiden va a volver y nadie sale vivo de aquí', ['safety', 'threat']],
    [
      'lui a dit que si on le licencie, il reviendra et que personne ne rentrera chez soi ce soir',
      ['safety', 'threat'],
    ],
    ['ha detto che se lo licenziano torna e qui nessuno torna a casa stasera', ['safety', 'threat']],
  ] as const)(
    '%s',
    (text, expected) => {
      const read = kinds(text);
      expect(read.urgent).toBe(true);
      for (const kind of expected) expect(read.categories).toContain(kind);
    },
    60_000,
  );
});

describe('calm look-alikes of these classes stay calm', () => {
  it.each([
    'we had a pipe burst in the locker room, water everywhere, plumber coming',
    'the pipe fitting class was great, we learned to bend copper',
    'Le camion a écrasé les prix cette semaine, super promo',
    "my kid's school trip to the factory was fun, the kids loved the machines",
    'they fight about the radio station every night lol',
    'se pelearon por el control de la tele jajaja',
    'gun it',
    'knife skills class',
    'help desk',
    '🔥🔥🔥 great team',
    'killing it',
    'gun it to finish the order',
    'tomorrow everyone will find out what happens when we win the contract, nothing left to lose by trying',
    'I have nothing left to lose by applying for the supervisor job',
    "find out what happens when you laugh at the new safety video, it's hilarious",
    'my coworker bought rope for the camping trip at christmas',
    'ha preso un flacone di sciroppo per la tosse, sta meglio',
    "he won't be around for christmas, he's visiting family in Poland",
    'Marek pożegnał się z nami, przechodzi na emeryturę',
    'if they fire him the whole team will quit, nobody wants to work here without him',
    'si lo despiden nadie va a querer hacer su turno',
    'The cold room door was shut all night so the meat stayed cold',
    'the ice cream got stuck in the freezer, lol, nobody is answering my emails about the order',
    'Me quedé encerrado en casa todo el fin de semana por la lluvia',
  ])(
    '%s',
    (text) => {
      expect(kinds(text).urgent).toBe(false);
    },
    60_000,
  );
});
