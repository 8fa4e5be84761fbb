import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Blind round 17 (a tester with the README only): names and a number that were stored, and brands, shops, a station
 * and holidays that were hidden. Each class with wordings and names of our own, and near-misses that must stay.
 */

function expectHidden(text: string, secret: string, placeholder = '[NAME]'): void {
  const out = redact(text);
  expect(out).not.toContain(secret);
  expect(out).toContain(placeholder);
}

function expectKept(text: string): void {
  expect(redact(text)).toBe(text);
}

describe('redaction, blind round 17b: leaks', () => {
  it.each([
    ['please tell mrs. delacroix the fridge is leaking again', 'delacroix'],
    ['mr okonjo keeps changing the rota without asking', 'okonjo'],
    ['dr. valderrama signed my sick note and HR lost it', 'valderrama'],
    ['I complained to ms. hargreave twice', 'hargreave'],
    ['Ms. thistlewood says the heating is fine, it is not', 'thistlewood'],
    ['ask mx. fairbanks-oyelowo about the overtime sheet', 'fairbanks-oyelowo'],
  ])('Should hide a surname written small after a title: "%s"', (text, name) => expectHidden(text, name));

  it.each(['my mr. clean spray ran out', 'the ms word template is broken again', 'Miss coworkers and the old crew'])(
    'Should keep an everyday word after a title: "%s"',
    (text) => expectKept(text),
  );

  it.each([
    ['Att,\nTião - expedição', 'Tião'],
    ['Obrigado pela atenção.\nAtte.\nChucho', 'Chucho'],
    ['Abs,\nZeca (portaria)', 'Zeca'],
    ['— signed, Oluwaseun (nights, dock 4)', 'Oluwaseun'],
    ['The lockers are broken.\nsigned: Kwabena', 'Kwabena'],
    ['— firmado, Nacho del almacén', 'Nacho'],
    ['Gez.\nUdo', 'Udo'],
  ])('Should hide the name after a short or signed closing: "%s"', (text, name) => expectHidden(text, name));

  it.each(['I finally got the form signed, finally', 'Jag vill att\nvi pratar om schemat'])(
    'Should keep words after "signed" and Swedish "att" mid-sentence: "%s"',
    (text) => expectKept(text),
  );

  it.each([
    ['a Fernanda e o pedrinho do estoque vivem brigando', 'pedrinho'],
    ['o juninho e a Bruna do rh não respondem', 'juninho'],
    ['a paulinha da limpeza chora todo dia', 'paulinha'],
    ['la Giusy e il robertino del magazzino litigano', 'robertino'],
    ['la Lupe y el dieguito de caja pelean siempre', 'dieguito'],
    ['o rafinha do caixa me xingou', 'rafinha'],
  ])('Should hide a first name\'s diminutive written small: "%s"', (text, name) => expectHidden(text, name));

  it.each(['o carrinho do estoque quebrou de novo', 'o cafezinho da cozinha acabou cedo'])(
    'Should keep a thing\'s diminutive: "%s"',
    (text) => expectKept(text),
  );

  it.each([
    ['die karin aus der kantine lästert über alle', 'karin'],
    ['der Marvin vom Wareneingang schreit ständig', 'Marvin'],
    ['frag die kerstin aus der buchhaltung', 'kerstin'],
    ['mit dem jens aus der spätschicht gibt es nur Stress', 'jens'],
    ['Die Jasmin aus der Personalabteilung ignoriert mich', 'Jasmin'],
  ])('Should hide a German first name after its article and before a unit: "%s"', (text, name) =>
    expectHidden(text, name),
  );

  it.each(['die neue aus der buchhaltung ist nett', 'die kollegin aus der kantine hilft immer'])(
    'Should keep a German word for a person there: "%s"',
    (text) => expectKept(text),
  );

  it.each([
    ['Leocadia keeps taking my parking spot', 'Leocadia'],
    ['Octavius stole my charger from the break room', 'Octavius'],
    ['can you tell Braxton to stop blasting music', 'Braxton'],
    ['Ask Thaddeus about the missing pallets', 'Thaddeus'],
    ['I had another argument with Ignatius about the rota', 'Ignatius'],
    ['Desmond always takes the good shifts', 'Desmond'],
    ['Tell Cordelia I quit', 'Cordelia'],
  ])('Should hide a name the dictionary knows only as a proper noun where a person is meant: "%s"', (text, name) =>
    expectHidden(text, name),
  );

  it.each([
    'Walmart keeps cutting our hours',
    'please tell Management to fix the heating',
    'Amazon never pays on time',
  ])('Should keep a firm or an everyday word there: "%s"', (text) => expectKept(text));

  it.each([
    ['my manager vato never listens to us', 'vato'],
    ['our supervisor bato always yells', 'bato'],
    ['my boss carnal keeps cutting hours', 'carnal'],
    ['my lead chavo is never on time', 'chavo'],
    ['my supervisor morro said no', 'morro'],
  ])('Should hide a Spanish word for "dude" used as a name after an English role: "%s"', (text, name) =>
    expectHidden(text, name),
  );

  it.each(['my manager bro never listens', 'ese vato de mi turno'])('Should keep "%s"', (text) => expectKept(text));

  it.each([
    ['call me on 07000.061586 1992 79 16 tonight', '07000'],
    ['my badge is 4471.229384', '4471'],
    ['reach me at 0612.34.56.78 after six', '0612'],
    ['meu whats 11.98765-4321', '98765'],
    ['employee ID E-558214.773 please check', '773'],
  ])('Should hide a number with a dot inside whole: "%s"', (text, secret) => {
    const out = redact(text);
    expect(out).not.toMatch(new RegExp(`(?<!\\d)${secret}(?!\\d)`));
  });

  it.each(['version 2.4.1 of the app crashes', 'breaks are 12.5 minutes, section 3.2 says so'])(
    'Should keep a version or a decimal: "%s"',
    (text) => expectKept(text),
  );

  it.each([
    ["beni 0532 417 88 90'dan arayın", "[PHONE]'dan arayın"],
    ["numaram 0555 123 45 67'den ulaşın", "[PHONE]'den ulaşın"],
    ["0532 417 88 90'a yazın lütfen", "[PHONE]'a yazın lütfen"],
    ["0212 555 44 33'ten arayabilirsiniz", "[PHONE]'ten arayabilirsiniz"],
    ["whatsapp 0541 222 33 44'ten dönün", "[PHONE]'ten dönün"],
  ])('Should keep a Turkish ending and the verb after a phone: "%s"', (text, tail) => {
    expect(redact(text)).toContain(tail);
  });

  it('Should still hide a Turkish name with its ending: "Kemal\'in kardeşi"', () => {
    expect(redact("Kemal'in kardeşi burada")).toBe("[NAME]'in kardeşi burada");
  });
});

describe('redaction, blind round 17b: over-hiding', () => {
  it.each([
    'can we get more Staedtler pencils for the office',
    'the Dell laptops in HR are ancient',
    'precisamos de canetas Bic no almoxarifado',
    'il manque des stylos Bic à l’accueil',
    'the Stanley thermos was stolen from the fridge',
    'we ran out of Duracell batteries again',
  ])('Should keep a brand beside what it makes: "%s"', (text) => expectKept(text));

  it.each([
    'al bar Segafredo il caffè costa troppo',
    'no mercado Zaffari é mais barato',
    'à la boulangerie Kayser on attend 20 minutes',
    'la cafetería Rodilla cierra a las diez',
    'la farmacia Montalbano è chiusa',
  ])('Should keep a shop or bar after the kind of place: "%s"', (text) => expectKept(text));

  it.each([
    'o pessoal do Itaú ganha PLR maior',
    'the folks at Deloitte get free lunch',
    'la gente de Mercadona cobra más',
    'Bradesco paga plano de saúde melhor',
    'die Leute bei Bosch verdienen mehr',
  ])('Should keep a firm whose staff or pay is meant: "%s"', (text) => expectKept(text));

  it.each([
    'de trein naar Amsterdam Centraal was weer vertraagd',
    'il treno per Milano Centrale è sempre in ritardo',
    'wir treffen uns am Köln Hbf',
    'the shuttle from Glasgow Central is late',
    'le RER pour Paris Gare de Lyon',
  ])('Should keep a station: "%s"', (text) => expectKept(text));

  it.each([
    'we get Kwanzaa off but not Juneteenth',
    'Diwali bonus never came',
    'не дали выходной на Масленицу',
    'поздравили с Новым годом только письмом',
    'Sinterklaas op het werk was leuk',
  ])('Should keep a holiday: "%s"', (text) => expectKept(text));

  it.each(['Магнит рядом закрылся, обедать негде', 'Перекрёсток открылся у проходной'])(
    'Should keep a shop by what shops do: "%s"',
    (text) => expectKept(text),
  );

  it.each([
    ['the bar Kevin runs is loud every night', 'Kevin'],
    ['Okonkwo from the folks at receiving said no', 'Okonkwo'],
    ['а Маша рядом закрылась в туалете и плакала', 'Маша'],
  ])('Should still hide a person there: "%s"', (text, name) => expectHidden(text, name));
});
