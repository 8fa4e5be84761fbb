/*
 * The texts of test/unit/analysis/urgency-reported-speech.test.ts (dijo44), apart so that they can be counted
 * outside the test.
 */

// Tuned on (Spanish and French).
export const TUNED_CALM = [
  'Pedro Gómez me dijo que mañana no hay turno',
  'me dijo que no hay turno',
  'me dijeron que mañana llega el pedido',
  'mi supervisora me dijo que el viernes hay inventario',
  'No hay agua caliente, lo dijo Pedro Gómez.',
  'mi jefe me dijo que el lunes empiezo a las 8',
  'la encargada nos dijo que hay reunión el martes',
  'me comentaron que van a cambiar los horarios',
  'según Ana López, la cafetería cierra a las 5',
  'me han dicho que el uniforme nuevo llega la semana que viene',
  'el gerente dijo que la nómina sale el jueves',
  'me avisó que hoy salimos temprano',
  "mon chef m'a dit que demain il n'y a pas de poste",
  "ma responsable m'a dit que vendredi il y a l'inventaire",
  "Paul Martin m'a dit que la réunion est reportée",
  "on m'a dit que la livraison arrive lundi",
  'le gérant nous a dit que les plannings changent la semaine prochaine',
  'selon Marie Dubois, la cantine ferme à 14h',
  "elle m'a dit qu'il n'y a plus de café",
  "il m'a dit que je commence à 7h demain",
  'ils nous ont dit que la paie sera versée jeudi',
  "la cheffe m'a expliqué que les congés sont validés",
];

// Held back: written before the change, never read while tuning (pt de it pl, other speakers, verbs and tenses).
export const HELD_BACK_CALM = [
  'meu chefe me disse que amanhã não tem turno',
  'nos avisaram que a entrega chega segunda',
  'a supervisora falou que sexta tem inventário',
  'o gerente disse que o pagamento sai na quinta',
  'me contaram que vão mudar os horários',
  'segundo a Maria Souza, o refeitório fecha às 14h',
  'mein Chef hat mir gesagt, dass morgen keine Schicht ist',
  'er meinte, dass die Lieferung am Montag kommt',
  'die Schichtleiterin hat uns gesagt, dass Freitag Inventur ist',
  'man hat mir gesagt, dass die Kantine um 14 Uhr schließt',
  'laut Frau Becker beginnt die Besprechung um 9',
  'sie sagte, dass der Lohn am Donnerstag kommt',
  "il capo mi ha detto che domani non c'è turno",
  'mi hanno detto che la consegna arriva lunedì',
  "la responsabile ci ha detto che venerdì c'è inventario",
  'secondo Giulia Rossi la mensa chiude alle 14',
  'mi ha detto che domani inizio alle 7',
  'szef mi powiedział, że jutro nie ma zmiany',
  'powiedzieli nam, że dostawa przyjdzie w poniedziałek',
  'kierowniczka mówiła, że w piątek jest inwentaryzacja',
  'według Anny Nowak stołówka zamyka się o 14',
  'koleżanka mi napisała, że jutro zaczynamy o 7',
  'my supervisor told me there is no shift tomorrow',
  'sinabi ng supervisor ko na walang shift bukas',
];

// Reported threats and dangers: urgent before, urgent after.
export const REPORTED_DANGER = [
  'me dijo que me iba a matar',
  "m'a dit qu'il allait me casser la gueule",
  'hat gesagt, dass er mich umbringt, wenn ich rede',
  'mi ha detto che mi ammazza',
  'powiedział, że mnie zabije',
  'me dijo que me cuidara la espalda al salir',
  'disse que se eu falar eu apanho',
  'me dijeron que hay una fuga de gas en la bodega',
  "il m'a dit que Paul est tombé du toit",
  'mi jefe me dijo que si denuncio me va a partir la cara',
  'me avisaron que Juan se cayó del andamio y no se mueve',
  "on m'a dit qu'il y a de la fumée dans l'entrepôt",
  "elle m'a dit qu'il la touche tous les jours sans son accord",
  'o gerente disse que vai me matar se eu contar',
  'me disseram que tem um vazamento de gás na cozinha',
  'er meinte, dass er mich absticht, wenn ich zur Polizei gehe',
  'sie hat mir gesagt, dass es im Lager brennt',
  'mi hanno detto che Marco è caduto dalla scala e non respira',
  'il capo ha detto che mi spacca la faccia se parlo',
  'powiedzieli nam, że w magazynie jest pożar',
  'kierownik powiedział, że mnie pobije jak coś powiem',
  'según Pedro, el jefe trae una pistola al trabajo',
];

// Calm look-alikes that already read calm and must stay so.
export const CALM_KEPT = [
  'no hay turno mañana',
  "demain il n'y a pas de poste",
  'morgen ist keine Schicht',
  'jutro nie ma zmiany',
  "domani non c'è turno",
  'amanhã não tem turno',
  'the manager said payroll is on Thursday',
  'she told us the canteen closes at 2',
  'la fisio me dijo que me cuidara la espalda al levantar cajas',
  'cuida tu espalda al cargar peso, dobla las rodillas',
  'se eu sair cedo apanho o autocarro das 6',
  'si hablo con el jefe me pega su resfriado jaja',
  "le kiné m'a dit de faire attention à mon dos en soulevant les cartons",
  'pass beim Heben auf deinen Rücken auf',
  'il medico mi ha detto di stare attento alla schiena',
  'Paul est tombé amoureux de la nouvelle',
  'le prix du café est tombé',
  'Marie est tombée sur un bon article',
  'lo que dijo el cliente fue muy gracioso',
  'nadie me dijo nada del cambio de turno',
  "elle m'a dit merci pour le gâteau",
];

// Reported threats the rules now read (the model read them from the frame alone): warned to watch one's back, beaten
// or worse if the writer speaks, a named person fallen from a height (French). Tuned on es and fr.
export const WARNED_TUNED = [
  'me dijo que me cuidara la espalda al salir',
  'me advirtieron que más vale que me cuide las espaldas',
  'el encargado me mandó un mensaje: cuídate la espalda',
  "il m'a dit de surveiller mes arrières ce soir",
  "on m'a prévenu que je ferais mieux de surveiller mes arrières",
  'si hablo me pegan',
  'me dijo que si denuncio me parten la cara',
  'disse que se eu falar eu apanho',
  'se eu contar pro RH eu levo porrada',
  'si je parle je me fais tabasser',
  "il m'a dit que si je porte plainte ils vont me casser la gueule",
  'Paul est tombé du toit',
  "il m'a dit que Paul est tombé du toit",
  "Sophie est tombée de l'échafaudage",
];

// Held back: written before those rules, never read while writing them.
export const WARNED_HELD_BACK = [
  'o supervisor falou pra eu cuidar das costas quando sair',
  'me avisaram que é melhor eu olhar as costas',
  'er meinte, ich soll auf meinen Rücken aufpassen, wenn ich heute rausgehe',
  'mi hanno detto di guardarmi le spalle quando esco',
  'il capo mi ha detto che farei meglio a guardarmi le spalle',
  'powiedział, żebym pilnował pleców po pracy',
  'wenn ich was sage, krieg ich Prügel',
  'se parlo con il sindacato le prendo',
  'jak powiem szefowi to dostanę wpierdol',
  'if i tell hr they said i will get beaten up',
  'Karim est tombé de la nacelle ce matin',
  'Lucas a fait une chute depuis le quai',
];

const GIVEN = ['Pedro', 'María', 'José', 'Ana', 'Luis', 'Carmen', 'Jorge', 'Lucía', 'Miguel', 'Sofía'];
const FAMILY = ['Gómez', 'Pérez', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Díaz', 'Torres', 'Ruiz'];
export const NAMES = GIVEN.flatMap((given) => FAMILY.map((family) => `${given} ${family}`));
export const NAMED_FRAMES = [
  (name: string) => `${name} me dijo que mañana no hay turno`,
  (name: string) => `No hay agua caliente, lo dijo ${name}.`,
  (name: string) => `${name} me dijo que el viernes hay inventario`,
  (name: string) => `según ${name}, mañana cerramos temprano`,
  (name: string) => `${name} m'a dit que demain il n'y a pas de poste`,
  (name: string) => `${name} hat mir gesagt, dass morgen keine Schicht ist`,
  (name: string) => `${name} mi ha detto che domani non c'è turno`,
  (name: string) => `${name} me disse que amanhã não tem turno`,
  (name: string) => `${name} powiedział mi, że jutro nie ma zmiany`,
];
