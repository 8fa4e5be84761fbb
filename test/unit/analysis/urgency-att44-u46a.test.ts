import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * Urgent reports the att44 attack found calm or sent to the wrong owner (u46a; docs/escalations.md): children put to
 * work, a machine starting by itself on someone or nearly taking a hand, gas hissing and wiring charred, the key noun
 * misspelt ("fyr", "trapt", "4klift", "porfa"), a beating told in Chinese, a killing threat told with a slur (the
 * threat stays beside the discrimination), and a blow or a touch that was also read as fraud.
 * TUNED are att44's own texts; HELD_BACK were written before any rule, in other words and languages, and never tuned
 * on (their count is asserted, the misses are named in docs/escalations.md); CALM must stay as they were.
 */
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
type Reading =
  | 'safety'
  | 'threat'
  | 'threat-and-discrimination'
  | 'urgent-not-fraud'
  | 'discrimination-not-threat'
  | 'fraud'
  | 'calm';

const TUNED: [Reading, string][] = [
  ['safety', 'child labor in the warehouse pls check'],
  ['safety', "the owner's using child labour in the sewing room"],
  ['safety', 'theres kids working in the back, like 13 yrs old'],
  ['safety', 'they hired some high school kids who are like 14 to run the dish machine until midnight'],
  ['safety', 'có trẻ em 13 tuổi làm việc trong xưởng'],
  ['safety', '工厂里有十三四岁的童工'],
  ['safety', 'the mixer starts up on its own with the lid open'],
  ['safety', 'the conveyor restarted while i was clearing a jam, i barely pulled my hand out'],
  ['safety', 'the press came down while my hand was still in it, i got it out just in time'],
  ['safety', 'the auger turns on by itself and they send guys in to clean the bin'],
  ['safety', 'la banda arranco sola mientras yo limpiaba adentro, casi me jala el brazo'],
  ['safety', 'المكنة اشتغلت لحالها وأنا بنظفها وكانت رح تسحب إيدي'],
  ['safety', 'propane tank in the back is hissing'],
  ['safety', 'you can hear gas hissing from the forklift tank swap area'],
  ['safety', 'the fryer wiring is black and it crackles when its on'],
  ['safety', 'harness anchor on the roof is rusted through'],
  ['safety', 'theres a fyre in the paint booth'],
  ['safety', 'fyr in kitchn!!! hlp'],
  ['safety', 'smoek coming from the paenl'],
  ['safety', 'ppl r trapt in the frezer'],
  ['safety', '4klift hit sum1 in aisle 9'],
  ['safety', 'se esta quemando la cosina'],
  ['safety', 'my sunog s bodega'],
  ['safety', 'ayuda porfa'],
  ['threat', '班长把工人打得头破血流'],
  ['threat-and-discrimination', "he said he'd slit my throat you stupid wetback"],
  ['threat-and-discrimination', 'the note said die n*gger and there was a noose drawn on it'],
  ['threat-and-discrimination', 'he told me im dead meat after shift, f*ggot'],
  ['urgent-not-fraud', 'the supervisor slaps the temps'],
  ['urgent-not-fraud', 'he put his hand on my thigh under the table'],
];

const HELD_BACK: [Reading, string][] = [
  ['safety', 'there are children working the packing line, some look about 12'],
  ['safety', 'they got little kids sorting bottles in the recycling shed'],
  ['safety', 'manager hires 13 and 14 yo kids for cash to wash dishes after 11pm'],
  ['safety', 'child workers on the night shift at the bottling plant'],
  ['safety', 'they use kids as young as 12 in the fields'],
  ['safety', 'hay niños de 12 años trabajando en la empacadora'],
  ['safety', 'công ty thuê trẻ em dưới 15 tuổi làm ca đêm'],
  ['safety', 'có mấy đứa nhỏ 12 tuổi đứng máy may'],
  ['safety', '车间里有童工在干活'],
  ['safety', '老板雇了十二岁的孩子上夜班'],
  ['safety', 'may mga batang 12 taong gulang na nagtatrabaho sa pabrika'],
  ['safety', "il y a des enfants de 13 ans qui travaillent à l'entrepôt"],
  ['safety', 'in der Halle arbeiten Kinder, vielleicht 13 Jahre alt'],
  ['safety', 'tem criança de 12 anos trabalhando na obra'],
  ['safety', 'ci sono bambini di 13 anni che lavorano in magazzino'],
  ['safety', 'w magazynie pracują dzieci, mają może 13 lat'],
  ['safety', 'the blender kicked on by itself while my fingers were near the blade'],
  ['safety', 'the belt started moving on its own while Jose was reaching under it'],
  ['safety', 'the saw switched itself on while i was changing the blade'],
  ['safety', 'the roller grabbed my sleeve and almost pulled my arm in'],
  ['safety', 'the lathe caught my glove and nearly took my hand off'],
  ['safety', 'the compactor cycled while dave was still inside clearing it'],
  ['safety', 'la máquina se prendió sola mientras le cambiaba la cuchilla'],
  ['safety', 'a esteira ligou sozinha enquanto eu limpava e quase puxou meu braço'],
  ['safety', "la presse s'est mise en marche toute seule pendant que je nettoyais"],
  ['safety', 'die Maschine ist von selbst angelaufen, als ich die Hand drin hatte'],
  ['safety', 'il nastro è partito da solo mentre pulivo, quasi mi prendeva il braccio'],
  ['safety', 'maszyna sama się włączyła kiedy czyściłem wałki, prawie wciągnęła mi rękę'],
  ['safety', 'máy tự chạy khi tôi đang lau, suýt kéo tay tôi vào'],
  ['safety', '机器自己启动了，差点把我的手卷进去'],
  ['safety', 'biglang umandar mag-isa ang makina habang naglilinis ako, muntik mahila ang kamay ko'],
  ['safety', 'الماكينة اشتغلت لوحدها وانا بنظفها وكادت تسحب يدي'],
  ['safety', "there's a hissing sound from the propane line behind the kitchen"],
  ['safety', 'the gas bottle on the grill hisses nonstop'],
  ['safety', 'outlet by the sink is scorched and sparks when you plug in the kettle'],
  ['safety', 'the cable behind the oven is melted and smells burnt'],
  ['safety', 'the breaker panel crackles and the wires are charred'],
  ['safety', 'the anchor point for the lanyard on the roof is corroded through'],
  ['safety', 'se oye el tanque de gas chiflando en la cocina'],
  ['safety', 'la bouteille de propane siffle dans la réserve'],
  ['safety', 'die Gasflasche zischt im Lager'],
  ['safety', 'o botijão de gás tá chiando na cozinha'],
  ['safety', 'la bombola del gas fischia nel retro'],
  ['safety', 'butla z gazem syczy na zapleczu'],
  ['safety', 'fier in the loading dock!!'],
  ['safety', 'ther is smok in the hallway'],
  ['safety', 'gaz leek in boiler rm'],
  ['safety', 'frklift ran ovr his foot'],
  ['safety', 'emergancy in warehouse pls hlp'],
  ['safety', 'ppl stuk in the elevater'],
  ['safety', 'fiyah in da kitchin'],
  ['safety', 'ayuden porfavor hay umo en la bodega'],
  ['safety', 'auxilio porfa'],
  ['safety', 'socorro pfv tem fogo na cosinha'],
  ['safety', "au secour il y a du feux dans l'entrepo"],
  ['safety', 'tulong po plss may usok sa stockroom'],
  ['threat', '主管把他打得鼻青脸肿'],
  ['threat', '经理用棍子打工人'],
  ['threat', '组长打了我一巴掌，还踢我'],
  ['threat-and-discrimination', "he said he's gonna shoot me, fucking spic"],
  ['threat-and-discrimination', "told me he'd kill me and called me a towelhead"],
  ['threat-and-discrimination', "you're dead tomorrow you dirty mexican, he yelled at me"],
  ['threat-and-discrimination', 'me dijo que me va a matar, pinche indio'],
  ['urgent-not-fraud', 'the manager punches the new guys'],
  ['urgent-not-fraud', 'the lead hits the agency workers'],
  ['urgent-not-fraud', 'he put his hand on my knee in the truck'],
  ['urgent-not-fraud', 'he rubbed my leg under the desk during the meeting'],
];

const CALM: [Reading, string][] = [
  ['calm', 'my kids are 13 and 14, can i get weekends off for their games'],
  ['calm', "we're hiring high school students for the summer, 16 and up"],
  ['calm', 'the daycare next door has kids aged 3 to 5'],
  ['calm', 'we watched a documentary about child labour in the 1800s, very moving'],
  ['calm', 'con tôi 13 tuổi đang đi học'],
  ['calm', '我儿子十三岁了，在上初中'],
  ['calm', 'the coffee machine turns on by itself at 6am, nice to have it ready'],
  ['calm', 'the lights turn on by themselves when you walk in'],
  ['calm', 'the robot vacuum starts on its own every night'],
  ['calm', 'the new printer restarted itself after the update'],
  ['calm', 'the conveyor restarted after the jam was cleared and we caught up on orders'],
  ['calm', 'la cafetera se prende sola a las 7, muy práctico'],
  ['calm', 'the kettle hisses when it boils'],
  ['calm', 'the espresso machine hisses and crackles, makes great coffee'],
  ['calm', 'the fireplace crackles nicely in the lobby'],
  ['calm', 'the new black cable covers in the office look great'],
  ['calm', 'rusty old sign at the entrance should be repainted'],
  ['calm', 'the Fyre festival documentary was hilarious'],
  ['calm', 'ppl r happy w the new frezer'],
  ['calm', '4klift training was good'],
  ['calm', 'ayuda con mi horario porfa'],
  ['calm', 'the smoke break area needs a bench'],
  ['calm', 'sunog na yung kanin lol'],
  ['calm', '我们中午去打篮球'],
  ['calm', '记得下班打卡'],
  ['calm', '他打电话给我说明天开会'],
  ['discrimination-not-threat', 'he called me a wetback in front of everyone'],
  ['fraud', 'we get paid cash under the table'],
  ['calm', 'the temps get paid less than us for the same work'],
];

// Whether the report reaches whom it should: safety reaches the owner of safety; a threat told with a slur reaches the
// owners of both; a blow or a touch is urgent and never the owner of fraud's; calm stays calm.
const readsAs = (reading: Reading, text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  if (reading === 'calm') return !urgent;
  if (!urgent) return false;
  switch (reading) {
    case 'safety':
      return topicsForUrgency(config.topics, categories, []).includes('safety');
    case 'threat':
      return categories.includes('threat');
    case 'threat-and-discrimination':
      return (
        categories.includes('threat') && topicsForUrgency(config.topics, categories, []).includes('discrimination')
      );
    case 'urgent-not-fraud':
      return !categories.includes('fraud');
    case 'discrimination-not-threat':
      return categories.includes('discrimination') && !categories.includes('threat');
    case 'fraud':
      return categories.includes('fraud');
  }
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', '工厂里有童工', 'có trẻ em', 'المكنة اشتغلت']) detectUrgency(text);
}, 180_000);

describe('reports att44 found calm reach their sponsor as urgent (u46a)', () => {
  it.each(TUNED)('Should read as %s: %j', (reading, text) => {
    expect(readsAs(reading, text)).toBe(true);
  });

  it('Should read most held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(([reading, text]) => readsAs(reading, text)).length;
    expect(read).toBeGreaterThanOrEqual(61);
  });

  it.each(CALM)('Should keep %s: %j', (reading, text) => {
    expect(readsAs(reading, text)).toBe(true);
  });
});
