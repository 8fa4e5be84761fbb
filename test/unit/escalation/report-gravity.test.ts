import { describe, expect, it } from 'vitest';
import { gravityOf } from '../../../shared/email/report-gravity';

// The order of a list of urgent reports past the cap (similar-reports-gravest-listed.test.ts): a life at stake
// first, then a fire or gas, then the rest. Everyday words that look alike stay calm, so a calm alarm does not
// take the place of a real one.

describe('how grave a listed report reads', () => {
  it.each([
    'срочно! человек упал с лесов и не дышит',
    'se desmayó un compañero en la cámara de frío y la puerta no abre',
    'incendie dans l’atelier, des gens sont coincés',
    'theres a guy passed out in the walk-in freezer, door is stuck',
    'a guy got shot in the lot',
    'er ist tot, im Kühlraum',
  ])('Should read a life at stake in "%s"', (text) => {
    expect(gravityOf(text)).toBe(2);
  });

  it.each(['there is a fire in bay 3', 'strong smell of gas by the boiler', 'hay humo en el almacén'])(
    'Should read a fire or gas in "%s"',
    (text) => {
      expect(gravityOf(text)).toBe(1);
    },
  );

  it.each([
    'thanks for fixing the broken ladder',
    'I was fired last week',
    'the flu shot clinic is on monday',
    'este mes no hay horas extra',
    'ik werk tot vijf uur',
    'dead battery in the forklift',
    'total chaos at the vegas office',
  ])('Should read nothing grave in "%s"', (text) => {
    expect(gravityOf(text)).toBe(0);
  });
});
