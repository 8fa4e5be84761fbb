import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { describeUrgencyRound } from '../../support/urgency-round';
import rows from './urgency-round-12.json';

/*
 * Round 12 (urgency-round-12.json): reports written fresh by someone who knows workplaces, mostly English with
 * Spanish, French, German and Portuguese, of kinds earlier rounds had not covered: chemicals mixed or splashed, heat and
 * cold injury, weapons of any kind drawn, stalking by photo of the front door, veiled self-harm ("thinking of walking
 * into the river after work"), children and residents hurt, drugged, tied or left by those paid to mind them, refuge
 * addresses and card numbers laid open, vehicles with no brakes or reversing alarm, a machine restarted with someone in
 * it, workers gone into a chiller or mezzanine and not back, batteries swelling, a guard left off a running saw. Each
 * must read urgent alone and inside a calm ramble of some 600 characters, where the model's reading is diluted and
 * only the rules are left. Beside them, look-alikes that must stay calm: drills, training videos, dreams, figures of
 * speech, a hazard or injury past and put right ("since the new guard went on there have been zero incidents"), an
 * injury off work thanked for ("thanks to everyone covering my shifts"), missing a colleague who left, someone keeping
 * to himself, HR slow to answer.
 */
describeUrgencyRound('urgency round 12', rows);

describe('urgency round 12: what is past and put right, and what is not', { timeout: 120_000 }, () => {
  it.each([
    'Last year someone got hurt on the conveyor but since the new guard went on there have been zero incidents',
    'broke my leg skiing last month, thanks to everyone covering my shifts',
    'the trench collapsed last year but it was shored after',
    'a guy fell off the scaffold in 2019, since then they put edge protection on and nobody has fallen',
    'I sprained my wrist at work last year, all healed now',
    'the ladder broke last year, we got new ones',
    'the power is back on',
    'they put the heating back on',
    'el año pasado alguien se cayó del muelle pero pusieron barandillas y no ha pasado nada más',
    'letztes Jahr ist jemand an der Presse verletzt worden, aber seit der neuen Schutzhaube gab es keinen Unfall mehr',
    'ano passado um colega se machucou na esteira, mas depois da nova proteção não teve mais nenhum acidente',
  ])('Should read %j as calm: the injury or hazard is past and put right', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    // Past, but the hazard is still there, or the injury is today's.
    'someone got crushed by the forklift last year and the racking is still not fixed',
    'the trench collapsed yesterday and it is still not shored',
    'the trench collapsed last year and they never shored it, guys are still going in',
    'someone got electrocuted at the panel last year and it is still exposed',
    'he cut his hand on the saw an hour ago but the guard has been fixed',
    'I hurt my back lifting at work and it still hasn’t healed, they keep making me lift',
    // "Back on" is no repair when what came back on runs without its guard or with someone in it.
    'they turned the saw back on with the guard still off',
    'they turned the saw back on with the guard off',
    'the saw is running with the guard off',
    'the guard is still off the saw and they are using it',
    'they turned the dough mixer back on while the cleaner still had his arm in it',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(['the guard is off duty till 6', 'the security guard is off sick today so nobody is on the gate'])(
    'Should read %j as calm: a security guard off duty is no machine guard',
    (text) => {
      expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
    },
  );
});

describe('urgency round 12: what the learned model read into fondness, solitude and waiting on HR', () => {
  it.each([
    'he locked himself in the office all day',
    'I haven’t seen him since he left the team, I miss him',
    'he keeps to himself and eats lunch alone in his car',
    'payroll still hasn’t answered about my missing overtime, it’s been weeks',
    'Recursos humanos no me ha contestado sobre mi nómina en tres semanas',
    'sinto falta dele desde que saiu da equipe',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    // The same words beside distress, a threat or a missing person are still read.
    'he locked himself in the toilet all day and is not answering',
    'he locked himself in his office all day and said he wants to end it',
    'I miss him, he was the one who stopped the boss grabbing me',
    'he keeps to himself but yesterday he told me he’d bring a gun',
    'HR has not called back and my manager keeps touching me',
    'I keep dreaming about killing myself before my shift',
  ])('Should still read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('urgency round 12: totality', { timeout: 120_000 }, () => {
  const words = [
    'with the guard off',
    'back on',
    'since then no incidents',
    'shored',
    'covering my shifts',
    'I miss him',
    'locked himself in the office all day',
    'I dreamt',
    'j’ai rêvé que',
    'not making sense',
    'missing',
    ',',
    '.',
    '\n',
  ];
  it('Should answer every text made of this round’s words and any characters without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 20 }),
        (parts) => {
          const result = detectUrgency(parts.join(' '));
          expect(typeof result.urgent).toBe('boolean');
          expect(result.urgent).toBe(result.categories.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
