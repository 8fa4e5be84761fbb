import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Spanish and French introduce a person with a preposition ("pregunte a
 * Gregorio", "según Rodrigo", "demandez à Martine", "selon Thibault"). A
 * capitalised word there is a name, while the same prepositions before a
 * place, a holiday, a department or a company leave it as written.
 */
describe('redaction after Spanish and French prepositions', () => {
  it.each([
    ['Pregunte a Gregorio por el turno de noche', 'Pregunte a [NAME] por el turno de noche'],
    ['Hablé con Anselmo ayer del problema', 'Hablé con [NAME] ayer del problema'],
    ['Según Rodrigo no hay presupuesto', 'Según [NAME] no hay presupuesto'],
    ['Lo hice para Lucía y nadie lo agradeció', 'Lo hice para [NAME] y nadie lo agradeció'],
    ['Demandez à Gregory pour le planning', 'Demandez à [NAME] pour le planning'],
    ['J’ai parlé avec Martine hier', 'J’ai parlé avec [NAME] hier'],
    ['Selon Thibault il n’y a pas de budget', 'Selon [NAME] il n’y a pas de budget'],
    ['Je l’ai fait pour Sandrine', 'Je l’ai fait pour [NAME]'],
    // The word after the name stays: a capitalised first name is not followed by a lower-case surname.
    ['le chef Martin exagère tout le temps', 'le chef [NAME] exagère tout le temps'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Fui a Madrid el lunes',
    'Compré regalos para Navidad',
    'Lo hablé con Recursos Humanos',
    'Según RRHH no hay nada que hacer',
    'Trabajo con Excel todo el día',
    'Trabajo para Amazon desde enero',
    'Gracias a Dios nadie se hizo daño',
    'Je vais à Lyon demain',
    'On a fermé pour Noël',
    'Selon la Direction rien ne change',
    'Je travaille pour Renault depuis dix ans',
    'Merci à Dieu personne n’est blessé',
    'I went to a Con Edison office',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
