import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

// The kinds of report blind set 10 (eval/urgency/blind-10/, written before its writer read
// the rules) showed the detector missing, each in other words than the set's: smoke coming
// out of something, a hand or sleeve caught in a machine, a guard "taken off", a fuse box
// smoking, a ceiling coming down. The phrase rules alone must read them (the learned model
// is a second reader, not the one relied on). Beside them, everyday sentences with the same
// words stay calm.
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
    'her sleeve got pulled into the conveyor',
    'le quedó el brazo atrapado en la cinta',
    'Finger in der Walze eingeklemmt',
    'przycięło mu palce w maszynie',
    'naipit ang daliri niya sa makina',
    'انسحقت يده في المكينة',
    '他的手指被机器夹住了',
    'they pulled the light curtain off the press',
  ])('Should read a danger happening now as safety: %j', (text) => {
    expect(detectRuleUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['safety']) });
  });

  it.each([
    'there is no smoke without fire, as they say',
    'donde hay humo hay fuego jaja',
    'mir raucht der Kopf',
    'umuusok ang ulo ko sa galit',
    '渴得嗓子冒烟了',
    '冒烟测试没通过',
    'on the other hand the pay is good',
    'la main d’oeuvre manque, on est coincés',
    'mão de obra presa no trânsito',
    '我手头压力很大',
    '新工鞋有点夹脚',
    'casi me caigo de la silla de risa',
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
