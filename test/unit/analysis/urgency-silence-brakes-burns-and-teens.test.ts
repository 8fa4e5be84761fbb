import { describe } from 'vitest';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * Last session's leftovers (u44a, u44b), each read as a class by the lead on 2026-12-07: someone gone into a silo or
 * tank "we can't get him to answer"; brakes "still" or "again" busted, or "brakes on forklift 3" before the state;
 * Ukrainian burns from acid, lye or current on people; a Ukrainian teenager or a child "14 років" (an age in years,
 * not years of service) at a saw, a press or nights. Each must page the site's safety owner.
 */
const TUNED = [
  "Tom went into the silo an hour ago and we can't get him to answer",
  'the forklift brakes are still busted, super safe 👍',
  'хтось розлив кислоту, у людей опіки',
  'підліток 14 років працює на пилорамі вночі',
];
// Written before the change, never tuned on.
const HELD_BACK = [
  'Dave climbed down into the sump to fix the pump, cant get any answer from him',
  "she went into the tank to clean it and we couldn't get her to respond",
  'brakes on forklift 3 still busted, great job safety team 👏',
  'the brakes on the company car are shot again',
  'у Петра опік кислотою на руці',
  'обпекла руку лугом на мийці, шкіра злізла',
  'дівчинка 12 років пакує коробки на лінії до ночі',
];
const CALM = [
  "went into the tank and came out, couldn't get him to answer my texts about lunch later",
  'my brakes on my bike are shot',
  'the forklift brakes were busted last month but they fixed them',
  'у відпустці отримав сонячний опік',
  'вдома обпекла палець об плиту',
  'я працюю тут 14 років на пресі',
  '14 років працюю вночі на цьому заводі',
  'мій син 14 років приходив на екскурсію на завод',
];

describe('silence after a confined space, brakes still gone, Ukrainian burns and teenagers at work', () => {
  safetyAndCalm([...TUNED, ...HELD_BACK], CALM);
});
