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
  ['Склад грязный. Кузнецов опять пьяный.', 'Кузнецов'],
  ['Szatnia brudna. Zdzichu znowu pijany na zmianie.', 'Zdzichu'],
  ['The canteen is closed. Wojtaszek ciągle pije w pracy.', 'Wojtaszek'],
  ['Si Maricel ang nagnanakaw. Maricel din ang sumisigaw sa amin.', 'Maricel'],
  ['Бригадир Зінаїда кричить на нас. Зінаїда ще й штрафує.', 'Зінаїда'],
  ['Kierowniczka Grażyna nas wyzywa. Grażyna też zabiera napiwki.', 'Grażyna'],
];

describe('a capital after a full stop in languages that capitalise only sentences and names (op57)', () => {
  // Not yet: reading these words as a sentence's start kept surnames there too ("Склад грязный. Кузнецов опять
  // пьяный", rev59), so it was taken out the same night; the over-hiding is the known cost.
  it.fails.each(keptWhole)('keeps every word of %s', async (text) => {
    expect((await previewRedaction(text)).redactedText).toBe(text);
  });

  it.each(namesHidden)('still hides the name in %s', async (text, name) => {
    expect((await previewRedaction(text)).redactedText).not.toContain(name);
  });
});

/*
 * newbie56: a sponsor's answer in two languages is guessed as the one it has more of, so the other language's sentence
 * opener was read mid-sentence and stored as [NAME]. The sentence is guessed on its own.
 */
describe('a sentence in another language than most of the text (newbie56)', () => {
  it('keeps the Spanish verb that opens a sentence of a mostly English answer', async () => {
    const text =
      'Gracias. Hemos despejado la salida hoy y la revisaremos cada turno. Thank you: the exit was cleared today and we will check it every shift.';
    expect((await previewRedaction(text)).redactedText).toBe(text);
  });

  it.each([
    ['Thanks everyone. Martinez shouted at us again today and nobody did anything about it at all.', 'Martinez'],
    [
      'Merci. Dupont nous crie dessus tous les jours. Thank you for listening to all of us on the night shift.',
      'Dupont',
    ],
    [
      'Gracias. Okonkwo nos gritó otra vez en la línea tres. Thank you for reading this, it happens every single week.',
      'Okonkwo',
    ],
  ])('still hides the name in %s', async (text, name) => {
    expect((await previewRedaction(text)).redactedText).not.toContain(name);
  });
});
