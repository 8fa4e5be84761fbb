import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1, blind round 26's kinds (urgency/said-plainly.ts and the false alarms fixed with it): dangers told
 * plainly that no rule read (an animal attacking, water rising where people are, someone overboard, a runaway lorry,
 * a load hanging by a snapped sling, a parcel ticking, shots heard with people running, a fit at a place, a toxic gas
 * reading with people down, a live cable in a puddle, a bin's auger running with someone inside, an ex with a court
 * order on site), and the known false alarms of the round before it: a news tweet's hashtag place, "fire" as
 * dismiss or as an adjective, a cry for help beside a job or the traffic one is stuck in, a Japanese idiom.
 */

const KINDS = [
  'pit bull loose in the yard and it bit the courier',
  'snake bite on his ankle and its going purple',
  'bees in the shed, she is allergic and her lips are swelling',
  'water is rising in the basement and the panel is still on',
  'man overboard at berth 4',
  'a lorry rolled away down the ramp with nobody in it',
  'the sling snapped and the beam is dangling over the walkway',
  'a bag in reception with wires sticking out and it is ticking',
  'heard two bangs in the car park and people are running',
  'a customer is having a seizure in aisle 5',
  'h2s monitor reading 60 ppm at the sump',
  'the new guy is lying by the press and isnt responding',
  'extension lead in the puddle by the door and its live',
  'someone is in the silo and the auger is still running',
  'her ex is in reception and she has a restraining order against him',
  "we're a man down in bay 3, can someone help",
  'fire warehouse 3',
  'se prendió la freidora y no tenemos extintor',
  'o Paulo entrou na câmara fria e não voltou',
  '倉庫で包丁を持った男が暴れてる',
];
/*
 * The same in the languages read by a table alone. Not in the property below: English words added with no stop
 * between ("… gereden what do we do") outweigh a table language's own words, and its table is then not asked (left
 * open: other-languages/index.ts asks each clause again only at punctuation).
 */
const TABLE_KINDS = [
  'de heftruck is over de voet van Sanne gereden',
  'forklift nabrak orang di lorong 2',
  'trucken körde på Emil',
  'forklift ayağını ezdi',
];

// Words people add to a report in a hurry, as urgency-said-in-haste-property.test.ts adds them.
const ADDED = ['pls', 'help', 'now', 'asap', 'omg', 'send someone', 'what do we do', '!!', '😭', 'sorry', 'thanks'];
const JOINS = [', ', ' ', '. ', ' - ', '\n'];

/*
 * The other side: calm figures of speech, dismissals, tags and commutes that read as a danger, and the calm words
 * people put around them. Added calm context must never make one urgent.
 */
const CALM_IDIOMS = [
  'fire office party',
  'fire kitchen team this week',
  'and now fire in #Jerusalem area',
  "i'll shoot you the updated rota after lunch",
  'me siento atrapado en este trabajo, ayuda',
  'ayuda, atrapado en el tráfico',
  'stuck in traffic, help',
  '火事場の馬鹿力',
  'zabij mnie, ale nie pamiętam hasła',
  'горит дедлайн по отчёту',
  'bos kebakaran jenggot',
  'bu proje beni öldürecek',
  '오늘 불금이다 🔥',
  '新产品在抖音火了🔥',
  'a festa tá pegando fogo 🔥',
  'team ne aag laga di is quarter 🔥',
];
const CALM_ADDED = ['lol', 'haha', 'anyway', 'see you at 5', 'have a good weekend', 'cheers', '😂', 'ok?', 'btw'];

describe('urgency: blind round 26 kinds', { timeout: 300_000 }, () => {
  it.each([...KINDS, ...TABLE_KINDS])('Should read %j as urgent by the rules alone', (text) => {
    expect(detectRuleUrgency(text).urgent).toBe(true);
  });

  it.each(CALM_IDIOMS)('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    // Look-alikes of the new kinds.
    'the dog bit my sandwich lol',
    'my boss had a fit about the numbers in the meeting',
    'she had a fit in the meeting about the rota',
    'the co alarm reading 0 ppm after the service',
    'the water is rising in price',
    'he is lying on the sofa not answering my texts',
    'a man down today, can someone cover',
    'shoot me an email when the rota is out',
  ])('Should read the look-alike %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    // The urgent look-alikes of the false alarms stay urgent.
    'fire office',
    'fire in #warehouse',
    'help, trapped in the freezer',
    'atrapado en el ascensor, ayuda',
    'stuck in traffic, the van is on fire',
    '倉庫で火事です',
    'patron beni öldürecek',
    'szef powiedział że mnie zabije',
    'godown me aag laga di kisi ne',
    'o galpão tá pegando fogo',
    'warehouse on 🔥 people inside',
    'склад горит',
    'he said he will shoot you',
  ])('Should still read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it('Should still read each kind as urgent with words said in haste before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.array(fc.tuple(fc.constantFrom(...ADDED), fc.constantFrom(...JOINS), fc.boolean()), {
          minLength: 1,
          maxLength: 2,
        }),
        (report, additions) => {
          let text = report;
          for (const [words, join, before] of additions)
            text = before ? `${words}${join}${text}` : `${text}${join}${words}`;
          expect(detectUrgency(text).urgent, text).toBe(true);
        },
      ),
      { numRuns: 150, seed: 26 },
    );
  });

  it('Should never read a calm idiom as urgent for calm words put around it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALM_IDIOMS),
        fc.array(fc.tuple(fc.constantFrom(...CALM_ADDED), fc.constantFrom(...JOINS), fc.boolean()), {
          minLength: 1,
          maxLength: 2,
        }),
        (idiom, additions) => {
          let text = idiom;
          for (const [words, join, before] of additions)
            text = before ? `${words}${join}${text}` : `${text}${join}${words}`;
          expect(detectUrgency(text), text).toEqual({ urgent: false, categories: [] });
        },
      ),
      { numRuns: 150, seed: 26 },
    );
  });
});
