import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/languages';
import { nameList } from '../../../shared/i18n/name-list';

describe('lists of topic and site names, in the reader’s language', () => {
  it('Should keep names that hold the list’s own “and” apart, so a reader counts them right', () => {
    expect(nameList('fr', ['Locaux et équipements', 'Santé et sécurité'])).toBe(
      '«\u00a0Locaux et équipements\u00a0» et «\u00a0Santé et sécurité\u00a0»',
    );
    expect(nameList('es', ['Salud y seguridad', 'Carga de trabajo y personal', 'Horarios y permisos'])).toBe(
      '«Salud y seguridad», «Carga de trabajo y personal» y «Horarios y permisos»',
    );
    expect(nameList('en', ['Health and safety', 'Pay'])).toBe('“Health and safety” and “Pay”');
  });

  it('Should join plain names as the language does, with no quotes', () => {
    expect(nameList('fr', ['Salaire', 'Horaires', 'Sécurité'])).toBe('Salaire, Horaires et Sécurité');
    expect(nameList('es', ['Salario', 'Horarios'])).toBe('Salario y Horarios');
    expect(nameList('fr', ['Santé et sécurité'])).toBe('Santé et sécurité');
  });

  it('Should make every list of two or more catalogue-style names unambiguous in every language', () => {
    for (const language of Object.keys(CATALOGUES)) {
      const and = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(['a', 'b']).at(1)!.value.trim();
      const names = [`North ${and} South`, 'East', `Up ${and} Down`];
      const text = nameList(language, names);
      // Each name whole and set off: the reader sees three names, not five.
      for (const name of names) expect(text, language).toMatch(new RegExp(`[«“]\\s?${name}\\s?[»”]`));
    }
  });
});
