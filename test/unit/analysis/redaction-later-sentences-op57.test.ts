import { describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op57 (a blind operator attack, 2026-12-08): in Russian, Ukrainian, Polish and Tagalog the first word of every
 * sentence after the first was stored as [NAME] ("Раздевалка грязная. [NAME] маленькая. [NAME]."), so an operator
 * read complaints with their subjects gone. Only es fr it pt read a capital after a full stop as a sentence's start.
 * A name there must still be hidden.
 */
const keptWhole = [
  'Раздевалка грязная. Парковка маленькая. Спасибо.',
  'Їдальня хороша. Опалення працює. Дякуємо за ремонт.',
  'Stołówka jest dobra. Ogrzewanie działa. Dziękujemy za remont.',
  'Хорошо, что поставили кулер. Жаль, что мало стульев. Надеемся на лучшее.',
  'Душ сломан уже неделю. Столовая закрывается рано. Кондиционер не работает.',
  'Туалети брудні. Парковка замала. Графік змін незручний.',
  'Szatnie są brudne. Dodatkowo brakuje szafek. Dziękujemy.',
  'Automat z kawą nie działa. Parking jest za mały. Prosimy o naprawę.',
  'Mainit sa bodega. Sira ang aircon. Salamat po.',
];

const namesHidden: Array<[string, string]> = [
  ['Вчера было тяжело. Петренко опять кричал на нас.', 'Петренко'],
  ['Раздевалка грязная. Сидоренко не платит сверхурочные.', 'Сидоренко'],
  ['Зарплату затримують. Коваленко знову кричав на нас.', 'Коваленко'],
  ['Wczoraj było ciężko. Kowalski krzyczał na nas.', 'Kowalski'],
  ['Вчера было тяжело. Иван опять кричал.', 'Иван'],
  ['Si Maricel ang nagnanakaw. Maricel din ang sumisigaw sa amin.', 'Maricel'],
  ['Бригадир Зінаїда кричить на нас. Зінаїда ще й штрафує.', 'Зінаїда'],
  ['Kierowniczka Grażyna nas wyzywa. Grażyna też zabiera napiwki.', 'Grażyna'],
];

describe('a capital after a full stop in languages that capitalise only sentences and names (op57)', () => {
  it.each(keptWhole)('keeps every word of %s', async (text) => {
    expect((await previewRedaction(text)).redactedText).toBe(text);
  });

  it.each(namesHidden)('still hides the name in %s', async (text, name) => {
    expect((await previewRedaction(text)).redactedText).not.toContain(name);
  });
});
