import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/analysis/language';
import { oneLanguageOf, withMessageLanguages } from '../../../functions/intake/sponsor-message-languages';

/**
 * A sponsor's message half in Spanish, half in English was shown to the employee as "Escrito en inglés"
 * (written in English): the label is for a text written in one other language, not a mixed one.
 */
describe('the language a message is said to be written in', () => {
  it('Should name no language for a message mixing Spanish and English sentences', async () => {
    const mixed =
      'Gracias por escribirnos, ya hablé con el equipo de mantenimiento. The fire door on line four will be fixed by the end of this week, and I will check it myself.';
    const [message] = await withMessageLanguages([{ text: mixed }]);
    expect(message!.language).toBeUndefined();
  });

  it.each([
    ['en', 'The fire door on line four will be fixed this week. I will check it myself on Friday morning.'],
    ['es', 'La puerta de incendios de la línea cuatro se arreglará esta semana. La revisaré yo mismo el viernes.'],
    [
      'fr',
      'La porte coupe-feu de la ligne quatre sera réparée cette semaine. Je la vérifierai moi-même vendredi matin.',
    ],
  ])('Should still name %s for a message written in it throughout', async (language, text) => {
    const [message] = await withMessageLanguages([{ text }]);
    expect(message!.language).toBe(language);
  });

  it('Should give a language or none for any text, never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof oneLanguageOf(text, detectLanguage)).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
