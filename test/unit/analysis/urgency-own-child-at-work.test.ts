import { describe } from 'vitest';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * A parent telling of their own child of ten to fifteen at work (u48c's leftover of att46): "my 13 year old works
 * nights at the packing plant" read calm, as the writer's own child was left out to keep "my 13 year old is up at
 * night" calm. Now the child counts when the text says they work and where (nights, a shift, the plant, the line,
 * late hours), in English, German and Tagalog. The rule: shared/analysis/urgency/children-at-presses-and-nights.ts.
 */

// Tuned on.
const TUNED = [
  'my 13 year old works nights at the packing plant',
  'my 13 year old son works nights at the packing plant',
  'my son is 13 and they have him working nights at the plant',
  'anak kong 12 taong gulang ay nagtatrabaho sa pabrika sa gabi',
  'mein 13-jähriger Sohn arbeitet nachts in der Fabrik',
];

// Written after the rule, never tuned on.
const HELD_BACK = [
  'my 12 yo daughter is working at the warehouse after school until 11pm',
  'my nephew, only 14, got hired at the mill and works doubles',
  'our daughter is 12 and she works the night shift at the cannery',
  'my 13 year old brother works nights with me at the warehouse',
  'meine Tochter ist erst 14 und arbeitet im Lager bis Mitternacht',
];

// Their own child at play, at school, on a visit, or a job for a child's age; a tenure of years.
const CALM = [
  'my 13 year old works the night shift in minecraft lol',
  'my 13 year old visited the plant on family day',
  'my 13 year old son wants to work at the plant someday',
  'my 14 yo daughter works at the ice cream shop on weekends',
  'my son is 13 and works hard at school',
  'my 13 year old stays up all night',
  'my son has worked here for 13 years on nights',
  'my 15 year old babysits at night',
  'my daughter is 14, she worked at the plant on a school visit',
  'mein 13-jähriger Sohn hat am Familientag die Halle besucht',
];

describe('A parent telling of their own child of 10–15 working nights or at the plant', () => {
  safetyAndCalm([...TUNED, ...HELD_BACK], CALM);
});
