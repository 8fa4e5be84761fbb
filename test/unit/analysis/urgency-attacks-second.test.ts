import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// A second attacker's reports that were stored as calm, one kind at a time,
// with other wordings and languages beside them: a thing or place on fire,
// smoke, a drink spiked (said in the passive), a child in a hot car, a minor
// taken behind a locked door, rape named in each language, being followed,
// and short cries for help. And the everyday sentences that share their
// words ("she's on fire today", "smoke test failed"), which must stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: a second batch of reports made to slip past', { timeout: 60_000 }, () => {
  it.each([
    'the forklift battery is on fire',
    'the kitchen is on fire!',
    'the bins behind the loading bay are on fire',
    'someone set the skip on fire',
    'smoke is coming out of the server room',
    'there is smoke everywhere in the server room',
    'a child is locked in a hot car in the car park',
    'please call 999',
    'call 112',
    'pomóż mi',
    'tulong po',
    'tulungan niyo ako',
    'ayudaaa',
  ])('Should escalate a fire, smoke, a child in a hot car or a cry for help as safety: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['safety']) });
  });

  it.each([
    'my drink was spiked',
    'I think my coffee was spiked, I feel dizzy',
    'the supervisor took the 15 year old apprentice alone into the back room and locked the door',
    'er hat mich vergewaltigt',
    'Vergewaltigung im Lager',
    'Ich wurde sexuell missbraucht',
    'me violó en el almacén',
    "il m'a violée",
    'ele me estuprou',
    'mi ha violentata',
    'zgwałcił mnie w magazynie',
    'ginahasa ako ng supervisor',
    'anh ta hiếp tôi',
    'اغتصبني المدير',
    '他强奸了我',
    'Ktoś mnie śledzi po pracy',
  ])('Should escalate spiking, a minor locked in, rape or stalking as harassment: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['harassment']) });
  });

  it.each([
    "she's on fire today",
    'the kitchen team was on fire tonight',
    'our numbers are on fire this quarter',
    'fire the builds',
    'smoke test failed',
    'spiked sales',
    'orders spiked after the promo email',
    'I left the car seat in the office',
    'Es una violación de la política de vacaciones',
    "c'est un viol du règlement",
    'gwałtownie spadła sprzedaż',
    'kierownik śledzi wyniki sprzedaży',
    'hiệp hội công nhân họp vào thứ sáu',
    'kailangan mahasa pa ang skills ng team',
    'Er hat mein Vertrauen missbraucht',
  ])('Should leave an everyday sentence that shares their words calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
