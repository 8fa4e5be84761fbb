import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Kinds of report that name no obvious danger word: signing for a course or
// check that never took place, being called by a slur, cutting oneself,
// being bullied, losing a post after parental leave. Each beside a calm
// look-alike that shares its words. Read by the whole detector.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency in reports without a danger word', { timeout: 60_000 }, () => {
  it.each([
    ['fraud', 'the supervisor had us sign the forklift training sheet for a session that never took place'],
    ['fraud', 'nos hicieron firmar la hoja de asistencia de un curso que nunca se impartió'],
    ['fraud', 'kazali nam podpisać listę obecności na szkoleniu, które się nie odbyło'],
    ['fraud', '主管让我们在检查记录上签字，可是根本没检查过'],
    ['discrimination', 'the new lead keeps calling us monkeys on the radio'],
    ['discrimination', 'o encarregado chama a gente de macacos na frente de todo mundo'],
    ['discrimination', 'ينادوني يا عبد قدام الزباين'],
    ['self-harm', 'mi taglio le braccia la sera, nessuno lo sa'],
    ['self-harm', 'tối nào em cũng tự rạch tay, không ai biết'],
    ['harassment', '他们老是欺负新人，还把他的工具扔了'],
    ['discrimination', 'seit ich aus der Elternzeit zurück bin, wurde mir die Teamleitung weggenommen'],
  ])('Should escalate %s: %j', (category, text) => {
    expect(detectUrgency(text).categories).toContain(category);
  });

  it.each([
    'my lead calls us lazy when we are late back from break',
    'I signed up for the first aid course but it never happened',
    'we signed the new rota and it has been fine',
    'mi taglio i capelli da sola per risparmiare',
    'tôi tự cắt tóc ở nhà cho tiết kiệm',
    'وقعنا العقد الجديد والحمد لله ما صار أي مشكلة',
    'Podpisaliśmy nową umowę i nigdy nie było problemu z wypłatą',
    '同事们都叫我小王，挺亲切的',
  ])('Should not escalate a calm look-alike: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
