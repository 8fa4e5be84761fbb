import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/analysis/language';

describe('language detection', () => {
  it.each([
    ['en', 'The break room is always dirty and nobody cleans it'],
    ['en', 'Great job'],
    ['en', 'understaffed'],
    ['es', 'El turno de noche no tiene descanso y el jefe no escucha'],
    ['es', 'Gracias'],
    ['fr', 'Le patron ne nous écoute pas et les heures sont trop longues'],
    ['de', 'Die Schicht ist zu lang und der Lohn ist schlecht'],
    ['pt', 'O salário é baixo e o chefe não ouve ninguém'],
    ['it', 'Il capo non ascolta mai i lavoratori'],
    ['nl', 'De baas luistert nooit naar ons'],
    ['ru', 'Начальник никогда не слушает'],
    ['zh', '工作太多了'],
    ['ja', '仕事が多すぎる'],
    ['ar', 'المدير لا يستمع'],
  ])('Should detect %s in %j', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['👍', '12345', '', '?!'])('Should answer und when %j gives nothing to go on', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  it('Should not be swayed by a foreign name in an English sentence', () => {
    expect(detectLanguage('Yesterday Ben and Luca from the dock helped me a lot')).toBe('en');
  });
});
