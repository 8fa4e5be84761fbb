import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * att48 (u51b, F8): calm look-alikes outside English stop paging a sponsor, while the real reports beside them still
 * page (docs/escalations.md): a worker's own child visiting the plant or at play at night, a fire inside a film or a
 * series, a recipe that burns or blackens food, a chore's grudge said with a laugh or a "just kidding". TUNED are
 * att48's examples, tuned on; HELD_BACK were written before any change, in other words and languages, and never tuned
 * on; MUST_PAGE are the real reports next to them, each with the kind its owner must see.
 */
const TUNED = [
  'mi hijo vino a ver la planta en el día de puertas abiertas y le encantó la prensa',
  'meu filho visitou a fábrica comigo no dia da família',
  'mein Sohn war beim Familientag in der Halle und durfte auf den Stapler sitzen (ausgeschaltet)',
  'mi niña vino a la fábrica a traerme el almuerzo, todos la saludaron',
  'mein Sohn ist 13 und spielt nachts Fortnite',
  '我昨天看了一个电影，讲工厂着火，很好看',
  'xem phim về vụ cháy nhà máy hay lắm',
  'il y a un incendie dans le film',
  'receta: quemar los chiles en el fuego hasta que se pongan negros',
  'recipe for the potluck: set the oven on fire high, burn the peppers till charred, then peel',
  'voy a matar al de sistemas si me vuelve a cambiar la contraseña jaja',
  'ahahah il capo ci ammazza di lavoro ma si scherza',
  'vou matar o chefe se ele mandar mais uma planilha kkkk',
  "je vais tuer le service info s'ils changent encore le mot de passe mdr",
  'ich bring den Kollegen um, wenn er nochmal meinen Kaffee trinkt haha Spaß',
  'zabiję szefa jak jeszcze raz zmieni grafik, żartuję',
];

// Paged before the change: 12 of 16 tuned, 4 of 25 held back.
const HELD_BACK = [
  'my daughter came with me to the plant for bring your kid to work day and loved the big machines',
  "ma fille est venue voir l'usine pendant la journée portes ouvertes, elle a adoré les chariots élévateurs",
  "mio figlio è venuto in fabbrica a portarmi il pranzo, tutti l'hanno salutato",
  'mój syn odwiedził zakład w dzień otwarty i bardzo mu się podobała prasa',
  'mi hija tiene 11 años y juega videojuegos de noche los sábados',
  'minha filha veio trazer meu almoço na fábrica e conheceu a linha de produção',
  'meine Tochter hat mich in der Firma besucht und fand die Maschinen toll',
  'anoche vimos una serie sobre un incendio en una fábrica, buenísima',
  'ieri sera ho visto un film su un incendio in fabbrica, bellissimo',
  'gestern einen Film über einen Brand in einer Fabrik gesehen, echt gut',
  'assisti uma série sobre um incêndio numa fábrica, adorei',
  'oglądałem wczoraj serial o pożarze w magazynie, polecam',
  "le film d'hier soir montrait un incendie d'usine, j'ai adoré",
  'receita: queimar os pimentões no fogo até ficarem pretos, depois descascar',
  'recette : faire noircir les poivrons sur le feu puis les peler',
  'ricetta: bruciare i peperoni sul fuoco finché diventano neri',
  'Rezept: Paprika über offenem Feuer schwarz rösten, dann schälen',
  'char the peppers over the open flame until blackened, then peel them',
  'poner el comal a fuego alto y tatemar los tomates hasta que estén negros',
  'si me vuelven a poner turno el domingo mato a alguien jajaja',
  'vou matar o pessoal do RH se mudarem minha escala de novo kkkkk',
  "je vais étrangler l'imprimante du bureau si elle bourre encore mdr",
  'ich bringe meinen Chef um, wenn er noch eine Excel schickt, haha nur Spaß',
  'zabiję kolegę jak znowu zje mój jogurt haha żartuję',
  'giuro che ammazzo il collega se mi ruba ancora la penna ahah scherzo',
];

type Kind = 'safety' | 'threat' | 'discrimination';
const MUST_PAGE: [Kind, string][] = [
  ['safety', 'hay un niño de 12 años trabajando en la prensa de noche'],
  ['safety', 'tem um menino de 12 anos trabalhando à noite na prensa'],
  ['safety', 'mi hijo de 13 años trabaja de noche en la prensa porque el jefe lo obliga'],
  ['safety', 'ein 12-jähriger Junge arbeitet nachts am Stapler in Halle 3'],
  ['safety', 'mi hijo vino a la fábrica y se quemó la mano con la prensa'],
  ['safety', 'during the family day a kid got his hand caught in the press'],
  ['safety', 'meu filho veio comigo na fábrica e o encarregado mandou ele operar a empilhadeira'],
  ['safety', 'mi hija de 14 viene conmigo a la fábrica los sábados y la ponen a empacar'],
  ['safety', 'hay fuego en la fábrica, ayuda'],
  ['safety', "il y a un incendie dans l'atelier, tout le monde dehors"],
  ['safety', 'cháy nhà máy rồi, cứu với'],
  ['safety', '工厂着火了，快来人'],
  ['safety', 'there is a fire in the warehouse right now'],
  ['safety', 'the grill is on fire with the chicken on it, the whole kitchen is smoking'],
  ['discrimination', 'el supervisor le dijo negro de mierda a Juan delante de todos'],
  ['discrimination', 'o encarregado chamou o Pedro de macaco na frente de todos'],
  ['threat', 'te voy a matar jaja ya verás mañana en el estacionamiento con la navaja'],
  ['threat', 'vou te matar kkkk amanhã na saída com a faca'],
  ['threat', "je vais te tuer mdr attends ce soir au parking, j'ai un couteau"],
];

describe('Calm look-alikes att48 found paging a sponsor (u51b)', () => {
  it.each(TUNED)('Should page no one for %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each(HELD_BACK)('Should page no one for %j (held back)', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each(MUST_PAGE)('Should page whoever owns %s for %j', (kind, text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain(kind);
  });

  it('Should still page the writer who laughs but says they will harm themselves', () => {
    expect(detectUrgency('me voy a matar si me vuelve a pasar esto jaja').categories).toContain('self-harm');
  });
});
