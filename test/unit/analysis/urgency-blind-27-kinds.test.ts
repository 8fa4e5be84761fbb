import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Blind round 27 and the outside attacker's round 28 (att28): each miss and false alarm fixed as a kind of report, with
 * other wordings of each kind, the calm look-alikes each fix must leave alone, and two properties: words added to one
 * of these reports never make it calmer (promise 1), and calm context added to one of these look-alikes never makes
 * it urgent.
 */
const URGENT = [
  // Things told by their emoji (emoji-words.ts).
  'the 🔌 in the break room is 🔥 and smoking',
  '⚡ coming off the water heater in the staff shower, got a shock twice',
  '💊💊💊 took them all. sorry.',
  // Gone into a cold or closed space and not seen out, or not answering; a guard unreachable (en.ts, concepts/en.ts).
  'Marek went into the freezer at 0400 and nobody has seen him come out',
  'two guys went down the sewer manhole and neither is answering on the radio',
  'cant get the night guard on radio or phone since 2am, his car is still here',
  "nobody's heard from the lone worker at pump station 5 since 11, his check-in alarm went red",
  // Harm happening now (harm-as-it-happens.ts).
  'kid swallowed something off the lab bench and is going blue',
  'theres a flame shooting out the side of the acetylene bottle',
  "a woman's just been dragged into a van by the back entrance",
  'man with a hammer smashing the reception glass and going for the staff',
  'the cook has burns all down his legs and is screaming',
  'rotten egg smell in the lab and two people have headaches and feel sick',
  'lightning hit the tower crane and its on fire at the top, operator still in the cab',
  "my manager texted me 'you'll end up in the river like the last one'",
  'i have the pills lined up. i dont want to be here tomorrow',
  'smoke pouring out under the server room door',
  // att28's terse reports.
  '🔥🔥 bin fire behind line 6 spreading to pallets',
  'electrical fire, panel B, nobody with extinguisher',
  'NOBODY locked out press 9 and Dave is inside it right now',
  'someone is inside the press and nobody locked it out',
  'guy in the baler',
  'hes stuck up on the silo ladder and cant get down',
  'pinned under the rack',
  'steam leak burned Joe',
  'hydraulic leak, oil spraying in eyes',
  'anaphylaxis bee sting',
  // Other languages.
  'jag orkar inte mer, tänker ta mitt liv ikväll',
  '熱中症かも、同僚が倒れてけいれんしてる',
  '칼 든 남자가 로비에서 사람들 위협하고 있어요',
  'chlap s nožem vyhrožuje pokladní',
  'всё, не вывожу, таблетки уже выпил, прощайте',
  'mijn baas dreigde me te slaan als ik iets zeg',
  'sefu mi-a zis ca ma omoara daca spun ceva',
  "cavo scoperto nell'acqua corridoio 4, gente che passa",
  'rook in hal 3',
  'khói ở kho 2',
  'duman depoda',
  // A smoker nearby does not make a fire calm.
  'fumo in ufficio, esce dalla stampante e puzza di bruciato',
  'Rauch kommt aus der Halle, jemand raucht da immer',
  "c'è fumo nero in magazzino, qualcuno fuma vicino alle bombole",
  "someone's been smoking in the toilet, it smells of smoke and now the bin is on fire",
  // A threat of what happens if one speaks stays a threat; a real German call for help stays one.
  "he said he'll kill me if i tell HR",
  'szef mnie zabije jak komuś powiem',
  'ich bin allein im Kühlhaus eingesperrt und keiner hört mich',
  'er schlägt mich und keiner hilft mir',
];

const CALM = [
  // Someone smoking where they should not (smoking-habit.ts).
  'fumo in ufficio, qualcuno fuma di nascosto',
  "someone's been smoking in the disabled toilet again, the whole corridor smells of smoke",
  'alguien fuma a escondidas en el baño, huele a humo todo el pasillo',
  'tem gente fumando escondido no banheiro, cheiro de fumaça o dia todo',
  "quelqu'un fume en cachette dans les toilettes, ça sent la fumée partout",
  'jemand raucht heimlich im Treppenhaus, es riecht total nach Rauch',
  // Figures and trainees.
  "the boss will murder me if i'm late again, can we get flexible starts",
  'szef mnie zabije jak się spóźnię',
  'начальник меня убьёт если опоздаю, автобус опять',
  'ich bin der einzige Azubi hier und keiner hilft',
  'ich bin der einzige Azubi in der Schicht und niemand erklärt mir was',
  'i was so bored in the safety induction i nearly died',
  'the Axe body spray in the locker room is a chemical weapon 😂 ventilation pls',
  'the chili at the canteen is so hot it nearly killed me, love it',
  // Praise with 🔥, a lunch "on fire".
  '新メニュー、ヤバいくらい美味しい🔥',
  '신메뉴 대박 🔥🔥',
  '오늘 점심 메뉴 완전 대박 불났어요 🔥',
  'this new charger 🔌 is 🔥',
  'the 🔌 by my desk has no power, can IT check',
  // Questions, history and the news.
  'what happens if a forklift battery catches fire? is there a procedure? asking for the training plan',
  'if someone collapses in the warehouse do we call 999 first or the first aider? the poster doesnt say',
  'handover: forklift 3 brakes were spongy, taken out of service and tagged, engineer booked tues',
  'the small fire in the canteen last spring was handled well, thanks to the crew',
  'aquele cheiro de gás de outubro era do esgoto, a manutenção já vedou, tudo certo',
  "saw on the news there's wildfires in Canada again, our Calgary office says the air is smoky but they're fine",
  'a nova máquina de café é um arraso, tá pegando fogo de tão boa',
  // Look-alikes of the new kinds.
  'how to put out a grease fire?',
  'bin fire training for new starters',
  'the guy in the baler room is on break',
  'lockout tagout training: never go inside the press unless it is locked out',
  'the drains smell of rotten eggs again, can facilities look',
  'the kid was bundled into the car for the school run',
  'loaded the boxes into the van',
  "you'll end up in hospital if you keep eating that",
  'the pills are ready for the residents round',
  'ik rook in de pauze',
  'i choked on my coffee and went red lol',
];

describe('urgency blind round 27 and att28: the kinds fixed', { timeout: 300_000 }, () => {
  it.each(URGENT)('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(CALM)('Should read %s as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  // Words people add to a report in a hurry, and how they join them.
  const ADDED = ['pls', 'help', 'send someone', 'right now', 'omg', 'im scared', 'sorry', 'thanks', '!!', '😭', 'asap'];
  const JOINS = [', ', ' ', '. ', ' - ', '\n'];

  it('Should still read each report as urgent with words said in haste before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...URGENT.slice(0, 28)),
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
      { numRuns: 150, seed: 27 },
    );
  });

  // Calm context said around a complaint: courtesy, a laugh, an ordinary request.
  const CONTEXT = ['thanks', 'lol', 'just saying', 'have a good weekend', 'cheers', '😂'];
  const FIGURES = CALM.slice(0, 14);

  it('Should keep each figure and complaint calm with calm context added before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIGURES),
        fc.constantFrom(...CONTEXT),
        fc.constantFrom('. ', '\n', ', '),
        fc.boolean(),
        (figure, words, join, before) => {
          const text = before ? `${words}${join}${figure}` : `${figure}${join}${words}`;
          expect(detectUrgency(text).urgent, text).toBe(false);
        },
      ),
      { numRuns: 120, seed: 27 },
    );
  });
});
