import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op42 F1, F2 and over-hiding (2026-12-07), with wordings of our own. What the writer sees before sending: the
 * preview's "may single you out" warning names a superlative of a group ("I'm the oldest guy on the line"), an exact
 * age or time served at a unit, a dated event HR holds for one person, a union post, a relative at work; calm
 * look-alikes name no one. What is stored: a hire date's day and month are hidden in every language read, its year
 * kept; a date that is no one's start is kept; "turno C e o" and a word for where someone is from are no names.
 */
const warned = async (text: string) => (await previewRedaction(text)).singledOut;

describe('the preview warns of words that point to the writer without "only"', () => {
  it.each([
    // Superlatives of a group, any language.
    ["I'm the eldest woman in the paint shop and they still yell at me", 'the eldest woman in the paint shop'],
    ['being the newest driver on route planning I always get the worst runs', 'the newest driver on route planning'],
    ['soy el más joven del almacén y me mandan todo lo pesado', 'el más joven del almacén'],
    ["je suis le doyen de l'atelier et personne ne m'écoute", "le doyen de l'atelier"],
    ['Ich bin die Jüngste im Team und bekomme alle Nachtschichten', 'die Jüngste im Team'],
    ['sono il più giovane della squadra di manutenzione', 'il più giovane della squadra di manutenzione'],
    ['jestem najmłodsza w dziale pakowania', 'najmłodsza w dziale pakowania'],
    ['la cajera más antigua de la tienda soy yo y nadie me pregunta', 'más antigua de la tienda soy yo'],
    ['sou o mais velho do turno C', 'o mais velho do turno C'],
    // An exact age or time served where a unit is named.
    ["I'm 67 and still on the dock every night", "I'm 67"],
    ['tengo 62 años y sigo en el turno de noche', 'tengo 62 años'],
    ['Ich bin seit 31 Jahren hier im Werk und so schlimm war es nie', 'seit 31 Jahren hier im Werk'],
    ['od 19 lat pracuję na tej zmianie', 'od 19 lat pracuję na tej zmianie'],
    // A dated event HR holds for one person; a union post; a relative at work.
    ['since I returned from medical leave last week my locker was reassigned', 'since I returned from medical leave'],
    ['after my hip operation in August nobody adjusted my station', 'after my hip operation in August'],
    ['desde mi accidente en junio me tienen en la bodega sin herramientas', 'desde mi accidente en junio'],
    ["I'm the woman who filed the complaint about the heater last Friday", "I'm the woman who filed the complaint"],
    ["c'est moi qui ai appelé les pompiers jeudi", "c'est moi qui ai appelé les pompiers jeudi"],
    ["I'm a union rep on nights and management ignores us", "I'm a union rep on nights"],
    ['meine Tochter arbeitet auch hier in der Verpackung', 'meine Tochter arbeitet auch hier'],
    ['my wife also works here, in quality', 'my wife also works here'],
  ])('Should warn of %j', async (text, phrase) => {
    const found = await warned(text);
    expect(
      found.some((p) => p.includes(phrase)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it.each([
    'the oldest forklift on the line keeps breaking down',
    "the newest scanner doesn't read barcodes",
    'since the surgery ward moved we walk twice as far',
    'the youngest plants in the greenhouse died',
    'la más nueva de las máquinas ya está rota',
    'die neueste Software im Lager stürzt ständig ab',
    'the youngest workers get the worst shifts, that is not fair',
    'The building is 40 years old and the roof leaks on line 2',
    'I waited 45 minutes for the bus after my shift on line 2',
    'since we came back from the holiday break the heat is off',
    'my sister says the company in town pays better',
    'we reported the leak on tuesday and nothing happened',
    'I came back from lunch and my locker was open',
  ])('Should name no one in %j', async (text) => {
    expect(await warned(text)).toEqual([]);
  });
});

describe('a hire date keeps only its year, in every language read', () => {
  it.each([
    ['[started 14 Feb 2022] still no badge', '[started [ID] 2022] still no badge'],
    [
      'empecé a trabajar aquí el 2 de junio de 2018 y sigo igual',
      'empecé a trabajar aquí el [ID] de 2018 y sigo igual',
    ],
    [
      "J'ai commencé ici le 12 janvier 2021, toujours pas de prime",
      "J'ai commencé ici le [ID] 2021, toujours pas de prime",
    ],
    ['ich arbeite hier seit dem 15. Mai 2017', 'ich arbeite hier seit dem [ID] 2017'],
    ['Entrei na empresa em 7 de julho de 2019', 'Entrei na empresa em [ID] de 2019'],
    ['jestem tu od 12 maja 2020 a nadal bez podwyżki', 'jestem tu od [ID] 2020 a nadal bez podwyżki'],
    ['lavoro qui dal 5 maggio 2016 e niente aumento', 'lavoro qui dal [ID] 2016 e niente aumento'],
    ["I've worked here since June 5th, 2014", "I've worked here since [ID], 2014"],
  ])('Should hide the day of %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  it.each([
    'the audit on 3 March found nothing',
    'desde el 15 de marzo no hay agua en los baños',
    'entre el 15 de marzo y el 20 no hubo calefacción',
    'le colis est arrivé le 4 novembre',
    'seit dem 1. April ist die Kantine zu',
    'od 3 marca nie działa winda',
    'the new rota started Nov 2 and it is a mess',
  ])('Should keep %j, no one’s start', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('words that are no names stay', () => {
  it('Should keep "turno C e o encarregado" (shift C and the foreman), not read as the CEO', async () => {
    const { exampleConfig } = await import('../../support/fixtures');
    const { previewRedactionAt } = await import('../../../shared/use-cases/preview-redaction');
    const text = 'Trabalho no turno C e o encarregado fala de mim em espanhol';
    expect((await previewRedactionAt(exampleConfig, text, 'plant2')).redactedText).toBe(text);
    // Spelled out, the CEO is still hidden.
    expect((await previewRedactionAt(exampleConfig, 'the C E O yelled at us', 'plant2')).redactedText).toBe(
      'the [NAME] yelled at us',
    );
    expect((await previewRedactionAt(exampleConfig, 'L e e told me to skip the lockout', 'plant2')).redactedText).toBe(
      '[NAME] told me to skip the lockout',
    );
  });

  it.each([
    'Szef mówi do mnie: ty Niemcu, rusz się',
    'jestem jedyną Ukrainką na nocnej zmianie',
    'jako jedyny Wietnamczyk w magazynie nie dostaję nadgodzin',
  ])('Should keep the word for where someone is from in %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('Should still hide a surname that is such a word beside a given name or a title', () => {
    expect(redact('Kierownik Jan Polak krzyczy na nas')).toBe('Kierownik Jan [NAME] krzyczy na nas');
    expect(redact('pan Polak krzyczy na nas')).toBe('pan [NAME] krzyczy na nas');
  });
});
