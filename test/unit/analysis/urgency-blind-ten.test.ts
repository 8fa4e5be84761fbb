import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

// The kinds of report blind set 10 (eval/urgency/blind-10/, written before its writer read
// the rules) showed the rules missing, each in other words than the set's: smoke coming out
// of something, heavy bleeding, a hand or sleeve caught in a machine, a small child alone
// where vehicles move, a fall from a height, a guard "taken off", favours asked for
// shifts, "he knows where my kids go to school", wishing not to wake up, groping said in
// slang. The phrase rules alone must read them (the learned model is a second reader, not
// the one relied on). Beside them, everyday sentences with the same words stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: kinds of report blind set 10 showed missing', { timeout: 60_000 }, () => {
  it.each([
    'smoke is pouring out of the compressor room',
    'sale humo de la caja de fusibles',
    'de la fumée sort du compresseur',
    'aus dem Kompressor steigt Rauch',
    'está saindo fumaça do painel',
    'esce fumo dal motore del muletto',
    'z silnika leci dym',
    'umuusok yung motor ng conveyor',
    'khói bốc lên từ máy nén khí',
    'في دخان طالع من المكينة',
    '配电房在冒烟',
    'hes bleeding a lot from his head',
    'il saigne beaucoup de la tête',
    'er blutet stark am Kopf',
    'krwawi mocno z głowy',
    'ينزف بشدة من راسه',
    '他头上流了好多血',
    'her sleeve got pulled into the conveyor',
    'le quedó el brazo atrapado en la cinta',
    'Finger in der Walze eingeklemmt',
    'przycięło mu palce w maszynie',
    'naipit ang daliri niya sa makina',
    'انسحقت يده في المكينة',
    '他的手指被机器夹住了',
    'a toddler is alone in the car park between the reversing trucks',
    'un gamin tout seul traîne près des chariots élévateurs',
    'ein Kind läuft allein zwischen den Staplern herum',
    'có một em bé một mình gần xe nâng',
    '叉车旁边有个小孩一个人在玩',
    'er ist vom Gerüst gefallen und bewegt sich nicht',
    'è caduta dalla scala e non si muove',
    '他从梯子上摔下来了',
    'they pulled the light curtain off the press',
  ])('Should read a danger happening now as safety: %j', (text) => {
    expect(detectRuleUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['safety']) });
  });

  it.each([
    ['my shifts depend on me being nice to him', 'harassment'],
    ['moje godziny zależą od tego, czy będę dla niego miła', 'harassment'],
    ['排班要看我对他乖不乖', 'harassment'],
    ['me metió mano en el almacén', 'harassment'],
    ['he said he knows where my kids go to school', 'threat'],
    ['me dijo que sabe a qué colegio van mis hijos', 'threat'],
    ['قال انه يعرف وين يدرسون عيالي', 'threat'],
    ['he brought a glock to work', 'threat'],
    ['ich wünschte, ich würde nicht mehr aufwachen', 'self-harm'],
    ['sana hindi na ako magising bukas', 'self-harm'],
    ['ước gì em ngủ luôn không dậy nữa', 'self-harm'],
    ['希望睡着了就不要醒来', 'self-harm'],
  ])('Should read %j as %s', (text, category) => {
    expect(detectRuleUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining([category]) });
  });

  it.each([
    'there is no smoke without fire, as they say',
    'donde hay humo hay fuego jaja',
    'mir raucht der Kopf',
    'umuusok ang ulo ko sa galit',
    '渴得嗓子冒烟了',
    '冒烟测试没通过',
    'the company is bleeding money',
    'on the other hand the pay is good',
    'la main d’oeuvre manque, on est coincés',
    'mão de obra presa no trânsito',
    '我手头压力很大',
    '新工鞋有点夹脚',
    'my kids are home alone after school because of the late shift',
    'the kids loved the forklift demo on family day',
    'i know where my kids go to school, it is close to the plant',
    'be nice to him, he is new on our shift',
    'he brought a piece of cake',
    'i almost fell off my chair laughing',
    'casi me caigo de la silla de risa',
    'ich habe den Toast verbrannt, sorry für den Geruch',
    'se me quemó la tostada, perdón por el olor',
    'je suis tombé sur un super article sur la sécurité',
    'se cayó el sistema otra vez',
    'the fraud awareness course is next week',
    'la formación anticorrupción es obligatoria',
    '关于职场骚扰的培训讲得很好',
  ])('Should leave an everyday sentence that shares their words calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
