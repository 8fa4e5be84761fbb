import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { eachText, eachCategory } from '../../support/urgency-table';
import examples from './urgency-examples.json';

// The structural frames (shared/analysis/urgency/frames.ts): a thing and what
// is wrong with it, close together in one clause, in the words of each
// language. These are reports no phrase rule was written for.
describe('urgency by structure', () => {
  eachCategory(
    'Should find %s in %j',
    [
      ['safety', 'Alguien dejó cajas delante de la salida de emergencia del almacén y no se puede abrir la puerta.'],
      ['safety', 'Nakaharang ang mga kahon sa fire exit'],
      ['safety', 'The wiring in the break room is sparking'],
      ['safety', 'the bandsaw guard was taken off and never put back'],
      ['safety', 'Vor der Fluchttür im Keller stapeln sich Kisten'],
      ['safety', '配电箱的电线一直冒火花'],
      ['harassment', 'he waits for me in the parking lot every night'],
      ['fraud', 'they changed the numbers on the timesheets so we get paid less'],
      ['fraud', 'kierownik zmienia godziny na kartach pracy'],
      ['self-harm', "I've been giving away my things"],
      ['threat', 'Il a sorti un couteau dans le vestiaire et menaçait tout le monde'],
    ],
    detectUrgency,
  );

  eachText('Should not escalate %j', examples.framesCalm.texts, detectUrgency, 'calm');

  it('Should not let a frame reach across a sentence', () => {
    expect(detectUrgency('The exit sign was replaced. Boxes are stacked in the canteen.').urgent).toBe(false);
  });
});
