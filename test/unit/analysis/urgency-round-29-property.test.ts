import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1 for the kinds of report blind round 29 and the outside attacker's round 29 added: words added around a
 * report never make it calmer, and calm context added around one of their look-alikes never makes it urgent. The kinds:
 * a fire back or burning again, someone still inside where it burns, a vessel about to burst (in several languages),
 * Swahili, Japanese "X hit me", an edit that makes a report worse; and their look-alikes: an edit that takes a report
 * back, a drill named by its hazard, the near-miss form, a what-if question, a branch that hit a
 * fence, a boss who will "murder me when she sees".
 */
const REPORTS = [
  'the fire is burning again in bay 3',
  'fire in bay 3 was put out but its back',
  'the blaze in the paint store flared up again',
  'is everyone out of the burning building?\nno, two are still inside',
  'FIRE. BAY 7. TWO STILL INSIDE.',
  'el incendio del almacén ha vuelto a prender',
  'pressure gauge on boiler 2 is in the red and climbing',
  'el tanque va a explotar',
  'le réservoir va péter',
  'sasabog na yung tangke',
  'Moto! Kuna moto ghalani',
  'msimamizi anampiga mfanyakazi sasa hivi',
  'mfanyakazi ameanguka kutoka juu na hapumui',
  '田中さんが私を殴りました',
  "smoke in the print room. EDIT: it's not the toaster, the wall socket is on fire now",
  "my colleague can't breathe properly",
  // Attack round 29 (F6): the plain forms.
  'two people still inside',
  'still someone inside the silo',
  'fire again in bay 3',
  'the fire came back, third time today',
  'mtu amebaki ndani ya moto',
  'burst vessels on the pressure line in bay 2, steam everywhere',
];
const ADDED = [
  'please hurry',
  'pls',
  'now',
  'help',
  'send someone',
  'omg',
  'no joke',
  '!!',
  '🚒',
  'sorry',
  'thanks',
  'still',
];
const JOINS = [', ', ' ', '. ', ' - ', '\n', '... '];

const CALM = [
  'smoke in the kitchen this morning. EDIT: it was just the toaster, nobody hurt, alarm reset',
  'gas smell by the boiler\nUPDATE: engineer came, it was the drains, sealed, all good',
  'Gasgeruch im Keller! Nachtrag: war nur der Müllcontainer',
  'ada bau gas di dapur! EDIT: ternyata cuma bau sampah, aman',
  'shoutout to Priya for handling the gas leak DRILL perfectly',
  'the "near miss" reporting form is easy to use now, good change',
  'how do we report a near miss? the form link on the intranet is broken',
  'what happens if someone gets trapped in the walk-in freezer? is there a release handle inside?',
  'a branch hit the fence in the car park during the storm, nobody hurt',
  'my manager is going to murder me when she sees I broke the label printer again',
  'mechi ya jana ilikuwa moto sana, timu yetu ilishinda',
  'the fire came back on the news',
  'still inside the office at 7pm working',
];
const CONTEXT = [
  'thanks',
  'cheers',
  'have a good weekend',
  'just saying',
  'fyi',
  '🙂',
  'sorry for the long message',
  'from the night shift',
];

describe('urgency round 29: added words never change a reading', { timeout: 300_000 }, () => {
  it('Should read every report as urgent and every look-alike as calm on its own', () => {
    for (const report of REPORTS) expect(detectUrgency(report).urgent, report).toBe(true);
    for (const calm of CALM) expect(detectUrgency(calm).urgent, calm).toBe(false);
  });

  it('Should still read a report as urgent with words said in haste before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORTS),
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
      { numRuns: 120, seed: 29 },
    );
  });

  it('Should still read a look-alike as calm with calm context before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALM),
        fc.constantFrom(...CONTEXT),
        fc.constantFrom(', ', '. ', '\n', ' - '),
        fc.boolean(),
        (calm, context, join, before) => {
          const text = before ? `${context}${join}${calm}` : `${calm}${join}${context}`;
          expect(detectUrgency(text).urgent, text).toBe(false);
        },
      ),
      { numRuns: 120, seed: 29 },
    );
  });
});
