import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * said38 (class 5): given names the lists did not hold — Ukrainian typed in Latin letters, Ukrainian pet forms in
 * Cyrillic, Haitian, West African and Latin American names — at a text's start before where the person works, or
 * after a role or "for". The Ukrainian word after such a name written small stays (no list holds Ukrainian in Latin
 * letters, so it was read as a surname).
 */
describe('given names of more places, where a person stands', () => {
  it.each([
    ['dmytro zi skladu vzhe tretiy den ne vykhodyt na zminu', '[NAME] zi skladu vzhe tretiy den ne vykhodyt na zminu'],
    ['Вітьок на складі знову бухий', '[NAME] на складі знову бухий'],
    ["Сашко з нічної знову п'яний прийшов", "[NAME] з нічної знову п'яний прийшов"],
    ['Wilner nan kizin nan toujou ap rele sou moun', '[NAME] nan kizin nan toujou ap rele sou moun'],
    ['la supervisora marleny nos grita todo el día', 'la supervisora [NAME] nos grita todo el día'],
    ['Feedback for ijeoma: great trainer, very patient', 'Feedback for [NAME]: great trainer, very patient'],
  ])('Should redact %j as %j (the attacker’s texts)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['bohdan zi skladu znovu ne vyishov na zminu', '[NAME] zi skladu znovu ne vyishov na zminu'],
    ['Svitlana z kasy krade hroshi', '[NAME] z kasy krade hroshi'],
    ["yuliia z buhhalterii ne platyt' nam premiyu", "[NAME] z buhhalterii ne platyt' nam premiyu"],
    ['Kervens nan depo a ap vòlè zouti', '[NAME] nan depo a ap vòlè zouti'],
    ["mykola z nichnoyi zminy p'ye na roboti", "[NAME] z nichnoyi zminy p'ye na roboti"],
    ["Iryna z ofisu krychyt' na vsikh", "[NAME] z ofisu krychyt' na vsikh"],
    ["Юрко з цеху знову прийшов п'яний", "[NAME] з цеху знову прийшов п'яний"],
    ['Оксанка з бухгалтерії не нарахувала премію', '[NAME] з бухгалтерії не нарахувала премію'],
    ['Guerline nan kizin nan toujou ap joure moun', '[NAME] nan kizin nan toujou ap joure moun'],
    ['el supervisor brayan nos insulta todos los días', 'el supervisor [NAME] nos insulta todos los días'],
    ['Feedback for kelechi: great trainer, very patient', 'Feedback for [NAME]: great trainer, very patient'],
  ])('Should redact %j as %j (look-alikes)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ["vovan znovu pryishov p'ianyi na zminu", "[NAME] znovu pryishov p'ianyi na zminu"],
    ['vchora katerynu vyklykaly, kateryna plakala', 'vchora [NAME] vyklykaly, [NAME] plakala'],
    ['taras znovu krade instrumenty', '[NAME] znovu krade instrumenty'],
    ['taras shevchenko z ofisu krade', '[NAME] z ofisu krade'],
  ])('Should redact %j as %j (the word after the name stays, a surname goes with it)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['The tope of the roof leaks when it rains.', 'tope'],
    ['We had a Jameson after the shift.', 'Jameson'],
    ['I want to visit Islande next summer.', 'Islande'],
  ])('Should keep, in %j, %j', (text, kept) => {
    expect(redact(text)).toContain(kept);
  });
});
