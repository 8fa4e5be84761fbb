import { describe, expect, it } from 'vitest';
import { extractKeyPhrases, MAX_KEY_PHRASES } from '../../../shared/analysis/key-phrases';

describe('key phrases for themes', () => {
  it('Should find the noun phrases, in lower case and in order', () => {
    expect(extractKeyPhrases('The Break Room is always dirty and the vending machine is broken')).toEqual([
      'break room',
      'vending machine',
    ]);
  });

  it('Should keep workplace phrases whole', () => {
    expect(extractKeyPhrases('Understaffed and long hours. The pay is on the lower end.')).toEqual([
      'understaffed',
      'long hours',
      'pay',
      'lower end',
    ]);
  });

  it('Should not offer a lone opinion word as a theme', () => {
    const phrases = extractKeyPhrases('Great! The new scheduling system is terrible');
    expect(phrases).toEqual(['new scheduling system']);
  });

  it('Should never include a placeholder left by redaction', () => {
    const phrases = extractKeyPhrases('My manager [NAME] at [ADDRESS] calls [PHONE] about night shift cover');
    expect(phrases.join(' ')).not.toMatch(/name|address|phone|\[/i);
    expect(phrases).toContain('night shift cover');
  });

  it('Should return at most five phrases, the most frequent first chosen', () => {
    const text =
      'parking lot. parking lot. break room, canteen food, locker rooms, shift pattern, training budget, safety shoes';
    const phrases = extractKeyPhrases(text);
    expect(phrases).toHaveLength(MAX_KEY_PHRASES);
    expect(phrases[0]).toBe('parking lot');
  });

  it('Should use the stopwords of the text’s language', () => {
    expect(extractKeyPhrases('El jefe no escucha y el turno es largo', 'es')).toEqual([
      'jefe',
      'escucha',
      'turno',
      'largo',
    ]);
  });

  it('Should return nothing for a text with no content words', () => {
    expect(extractKeyPhrases('Thanks so much!')).toEqual([]);
  });
});
