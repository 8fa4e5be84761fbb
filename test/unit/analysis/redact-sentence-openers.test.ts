import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { redact } from '../../../shared/analysis/redact';
import { exampleConfig } from '../../support/fixtures';

// A Spanish or French sentence that is not the text's first opens, like any other, with a pronoun, an article, a
// preposition or an adverb: the word after the full stop must stay as written, never become a name.
const SPANISH =
  `Entonces Todavía Luego Pues Anoche Cuál Cuánto Ningún Varios Su Le Ella Él Nosotros Porque Además`.split(' ');
const FRENCH =
  `Ensuite Parfois Combien Quel Quelle Lequel Aucun Puis Sinon Voici Malgré Vers Vos Plusieurs Moi Eux Du Le Cependant`.split(
    ' ',
  );

describe('a frequent word opening a later sentence is the word, not a name', () => {
  it.each(SPANISH)('Spanish: "%s" after a full stop', (opener) => {
    const text = `Hace frío en la nave. ${opener} nadie vino a arreglar la calefacción del comedor.`;
    expect(redact(text)).toBe(text);
  });
  it.each(FRENCH)('French: "%s" after a full stop', (opener) => {
    const text = `Il fait froid dans l’atelier. ${opener} personne ne vient réparer le chauffage de la cantine.`;
    expect(redact(text)).toBe(text);
  });
  it('Should keep a sponsor’s question as written', () => {
    expect(redact('Quel bâtiment exactement ?')).toBe('Quel bâtiment exactement ?');
    expect(redact('Merci. Quel bâtiment exactement ?')).toBe('Merci. Quel bâtiment exactement ?');
  });
  it.each([
    'Buen ambiente en la nave. Valoro mucho la flexibilidad para trabajar.',
    'Hay de todo en el turno. Somos seis personas en el turno de tarde.',
    'La formation était super. Dommage que personne n’écoute les plaintes.',
    'On a une cantine neuve. Excellente initiative la crèche d’entreprise.',
  ])('Should keep a verb or adjective opening a later sentence: "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });
  it('Should still hide a person opening a later sentence', () => {
    expect(redact('Hace frío en la nave. Okonkwo nos gritó otra vez.')).toBe(
      'Hace frío en la nave. [NAME] nos gritó otra vez.',
    );
    expect(redact('Il fait froid. Dupont nous crie dessus.')).toBe('Il fait froid. [NAME] nous crie dessus.');
    expect(redact('Hace frío en la nave. Gregorio nos gritó otra vez.')).toBe(
      'Hace frío en la nave. [NAME] nos gritó otra vez.',
    );
    expect(redact('Il fait froid. Martine m’a dit de me taire.')).toBe('Il fait froid. [NAME] m’a dit de me taire.');
    expect(redact('Hace frío. Entonces Lee Marsh vino y gritó.')).not.toMatch(/Lee|Marsh/);
  });
});

describe('the conflict matcher and everyday words of the text’s language', () => {
  const config = configSchema.parse({
    ...exampleConfig,
    sponsors: [
      ...exampleConfig.sponsors,
      { id: 'ops', name: 'Dan Su', email: 'ops@example.com', topics: [], sites: [] },
    ],
  });
  it.each([
    'Me dan asco los jefes de este turno, siempre igual.',
    'Hace frío. Su jefe no vino a la reunión del lunes.',
    'Il fait froid. Le chariot est cassé depuis lundi.',
    'Le chariot est cassé depuis lundi, personne ne le répare.',
  ])('Should reroute around nobody for "%s"', (text) => {
    expect(sponsorsNamedIn(config, text, 'plant2')).toEqual([]);
  });
  it('Should still find the sponsor named with a capital', () => {
    expect(sponsorsNamedIn(config, 'Dan me gritó otra vez en el turno de noche.', 'plant2')).toContain('ops');
    expect(sponsorsNamedIn(config, 'dan is the worst manager we ever had', 'plant2')).toContain('ops');
    expect(sponsorsNamedIn(config, 'Lee nos gritó delante de todos.', 'plant2')).toContain('plant2-gm');
  });
});
