import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

// Two kinds of report an attacker found analysed and never escalated: "There is a rifle in the back of a truck
// in the staff lot and the owner talks about payback" (a weapon at work and a score to settle) and "The supervisor
// locks us inside the building during night shifts with no way out" (workers locked in). Each is written here in
// other words, in every language the detector has rules for; the phrase rules alone must read them. Beside them,
// sentences with the same words that report nothing stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: a weapon and a grudge, workers locked in', { timeout: 60_000 }, () => {
  it.each([
    'There is a rifle in the back of a truck in the staff lot and the owner talks about payback',
    "He keeps a shotgun in his car at work. He keeps saying he'll get even with the managers.",
    "the new guy brought a knife and says it's revenge for what HR did",
    'Tiene un rifle en la camioneta del estacionamiento y habla de venganza',
    'Il a un fusil dans son coffre sur le parking et parle de se venger',
    'Er hat ein Gewehr im Kofferraum auf dem Parkplatz und redet von Rache',
    'Ha un fucile nel furgone nel parcheggio e parla di vendetta',
    'Ele tem uma arma no carro no estacionamento e fala em vingança',
    'Ma karabin w samochodzie na parkingu i mówi o zemście',
    'May baril siya sa kotse sa parking at sinasabi niyang maghihiganti siya',
    'Anh ta để súng trong xe ở bãi đỗ và nói sẽ trả thù',
    '他车里放着一把枪，还说要报复经理',
    'عنده بندقية في السيارة في موقف الموظفين ويقول راح ينتقم',
  ])('Should read a weapon at work beside a score to settle as a threat to everyone on site: %j', (text) => {
    expect(detectRuleUrgency(text)).toMatchObject({
      urgent: true,
      categories: expect.arrayContaining(['safety', 'threat']),
    });
  });

  it.each([
    'The supervisor locks us inside the building during night shifts with no way out',
    "they lock the doors on us during night shift, we can't get out",
    'we are locked inside the warehouse every night until 6am',
    "the manager chains the back doors while we're working",
    'El encargado nos encierra en la nave por la noche y no podemos salir',
    "Le chef nous enferme dans l'entrepôt la nuit, aucune sortie",
    'Der Schichtleiter sperrt uns nachts in der Halle ein',
    'Il capo ci chiude dentro il magazzino di notte',
    'O supervisor tranca a gente lá dentro no turno da noite',
    'Kierownik zamyka nas w hali na noc',
    'Ikinukulong kami ng supervisor sa bodega tuwing gabi',
    'Quản lý nhốt chúng tôi trong xưởng vào ban đêm',
    '主管晚上把我们锁在车间里出不去',
    'المشرف يقفل علينا الباب بالليل وما نقدر نطلع',
  ])('Should read workers locked in where they work as a danger to them: %j', (text) => {
    expect(detectRuleUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['safety']) });
  });

  it.each([
    'the gun safe in the armoury is locked',
    'we lock the building at night',
    'payback period of the investment',
    'the knives are locked in the drawer after the kitchen closes',
    'they locked us into a two year contract',
    'cerramos el edificio con llave por la noche',
    'la caja fuerte está cerrada con llave',
    'on ferme le bâtiment à clé la nuit',
    'Wir schließen das Gebäude nachts ab',
    "chiudiamo l'edificio di notte",
    'trancamos o prédio à noite',
    'zamykamy budynek na noc',
    '我们晚上锁大楼',
    'نقفل المبنى بالليل',
  ])('Should leave a locked building, a locked safe or a return on investment calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
