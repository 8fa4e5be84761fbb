import { statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageGuess } from '../../../shared/analysis/language';
import { PROFILE_LANGUAGES } from '../../../shared/analysis/language-profile';

describe('language detection', () => {
  it.each([
    ['en', 'The break room is always dirty and nobody cleans it'],
    ['en', 'Great job'],
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

  it.each([
    ['pl', 'Magazynier mówi, że nie dostaniemy rękawic, dopóki stare się nie podrą'],
    ['pl', 'brygadzista znowu krzyczal na nowych, nikt nie reaguje'],
    ['vi', 'Quản đốc bắt chúng tôi làm thêm giờ mà không trả tiền'],
    ['vi', 'quan doc bat chung toi lam them gio ma khong tra tien'],
    ['tl', 'Hindi kami binabayaran ng overtime at sinisigawan kami ng supervisor'],
    ['it', 'Il magazzino è sempre freddo e nessuno ripara il riscaldamento'],
    ['it', 'Manca il sapone nei bagni da due settimane'],
  ])('Should name %s for an everyday workplace sentence, accented or not: %j', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('Should not name a Latin-script language for Arabic typed with digits for sounds, yet read English with ordinals', () => {
    expect(detectLanguage('ana 3ayez a2ool en el mo4rif by3amelna wa7sh we mafeesh 7ad byesma3')).toBe('und');
    expect(detectLanguage('The 3rd shift starts at 6am and the 2nd at 2pm')).toBe('en');
  });

  it.each(['ok', 'pls', 'Ana', 'xD lol', 'understaffed'])(
    'Should not name a language it cannot be sure of, in %j',
    (text) => {
      expect(['und', 'en']).toContain(detectLanguage(text));
      if (text.length < 4) expect(detectLanguage(text)).toBe('und');
    },
  );

  it('Should answer for any text, naming a language only with a wide margin', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const guess = languageGuess(text);
        expect(typeof guess.language).toBe('string');
        expect(Number.isNaN(guess.margin)).toBe(false);
        const named = detectLanguage(text);
        expect(named === 'und' || named === guess.language).toBe(true);
      }),
    );
  });

  it('Should not be swayed by a foreign name in an English sentence', () => {
    expect(detectLanguage('Yesterday Ben and Luca from the dock helped me a lot')).toBe('en');
  });

  it('Should profile every Latin-script language the service claims, in a file small enough to load fast', () => {
    expect([...PROFILE_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pl', 'pt', 'tl', 'vi']);
    expect(
      statSync(new URL('../../../shared/analysis/language-profiles.generated.ts', import.meta.url)).size,
    ).toBeLessThan(200 * 1024);
  });
});
