import { describe, expect, it } from 'vitest';
import { languageName } from '../../../shared/email/describe-escalation';
import { detectLanguage } from '../../../shared/analysis/language';

// Blind attack att40, F5: the sponsor's email said "Written in English." of Haitian Creole and "Written in Russian."
// of Ukrainian.
describe('the language named in the sponsor’s email', () => {
  it.each([
    'але в котельні сильно пахне газом і Іван знепритомнів',
    'у нас на складі пожежа, всі вибігайте',
    'Привіт, питання про графік на наступний тиждень',
  ])('Should name Ukrainian for %j', (text) => {
    expect(languageName(detectLanguage(text))).toBe('Ukrainian');
  });

  it.each([
    'men gen yon dife nan depo a kounye a',
    'mwen pa ka respire, gen lafimen toupatou',
    'chèf la ap menase nou chak jou',
  ])('Should name Haitian Creole for %j', (text) => {
    expect(languageName(detectLanguage(text))).toBe('Haitian Creole');
  });

  it.each([
    ['Сегодня на складе пожар, все выбегайте', 'ru'],
    ['The break room is always dirty', 'en'],
    ['Le chef nous parle mal tous les jours', 'fr'],
    ['El jefe nos grita todos los días y yo ya no puedo más', 'es'],
  ])('Should still name %j as before', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });
});
