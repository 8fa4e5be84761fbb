import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * said38: a name hidden at one mention is hidden at its other mentions written another way: declined (Ukrainian,
 * Russian, Polish, Croatian, Lithuanian, Ukrainian in Latin letters), written small or without its accents, owned
 * without an apostrophe; and the other name of a pair joined by "and". The attacker's texts (ra38), then look-alikes
 * written to tune the rule, then look-alikes held back (run once before the rule and once after it), then words that
 * share a name's stem and must stay: plurals, adverbs, verbs, and Slavic nouns that are given names too.
 */

describe('a hidden name, at its mentions in other forms', () => {
  it.each([
    ['Агата кричить на всіх. Агату всі бояться.', '[NAME] кричить на всіх. [NAME] всі бояться.'],
    ['Ірка з каси бере гроші, я бачила як Ірка ховала їх', '[NAME] з каси бере гроші, я бачила як [NAME] ховала їх'],
    ['Dunja z kuchni kradnie. Dunji nikt nie pilnuje.', '[NAME] z kuchni kradnie. [NAME] nikt nie pilnuje.'],
    ['kalinda never cleans up. I told Kalinda twice.', '[NAME] never cleans up. I told [NAME] twice.'],
    ['Lucía me dijo que no. Después lucia se rió de mí.', '[NAME] me dijo que no. Después [NAME] se rió de mí.'],
    ['Ngọc ở kho la hét. Ngoc còn ném đồ.', '[NAME] ở kho la hét. [NAME] còn ném đồ.'],
    ['Mackenson ak Roselaure toujou an reta', '[NAME] ak [NAME] toujou an reta'],
    ['mirela z biura krzyczy. Wszyscy omijają Mirelę.', '[NAME] z biura krzyczy. Wszyscy omijają [NAME].'],
    [
      'Nkechi keeps taking my breaks. nkechis friends cover for her',
      '[NAME] keeps taking my breaks. [NAME] friends cover for her',
    ],
  ])('Should redact %j as %j (the attacker’s texts)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['Галина кричить на всіх. Галину ніхто не зупиняє.', '[NAME] кричить на всіх. [NAME] ніхто не зупиняє.'],
    [
      "Толік з цеху п'є. Я бачив як Толік ховав пляшку, Толіка треба звільнити.",
      "[NAME] з цеху п'є. Я бачив як [NAME] ховав пляшку, [NAME] треба звільнити.",
    ],
    ['Wiesia z kasy kradnie. Wiesi nikt nie sprawdza.', '[NAME] z kasy kradnie. [NAME] nikt nie sprawdza.'],
    ['sadiq never helps. I told Sadiq twice.', '[NAME] never helps. I told [NAME] twice.'],
    ['Ramón me gritó. Después ramon se rió de mí.', '[NAME] me gritó. Después [NAME] se rió de mí.'],
    ['Thảo ở quầy la hét. Thao còn chửi khách.', '[NAME] ở quầy la hét. [NAME] còn chửi khách.'],
    [
      'Emeka keeps taking my shifts. emekas friends cover for him.',
      '[NAME] keeps taking my shifts. [NAME] friends cover for him.',
    ],
    ['Jelena viče na sve. Jeleni nitko ne vjeruje.', '[NAME] viče na sve. [NAME] nitko ne vjeruje.'],
    ['Wesnel ak Rosemène toujou an reta.', '[NAME] ak [NAME] toujou an reta.'],
    ['Dorota z biura krzyczy. Wszyscy omijają Dorotę.', '[NAME] z biura krzyczy. Wszyscy omijają [NAME].'],
  ])('Should redact %j as %j (tuned)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['ask Tevita about it. tevita saw everything.', 'ask [NAME] about it. [NAME] saw everything.'],
    ['Rodelin ak Fabiola toujou ap joure nou.', '[NAME] ak [NAME] toujou ap joure nou.'],
    [
      'I reported Adaeze to HR. adaezes behaviour didnt change.',
      'I reported [NAME] to HR. [NAME] behaviour didnt change.',
    ],
    [
      "Стас з охорони п'є. Я бачила як Стас спав, Стаса треба прибрати.",
      "[NAME] з охорони п'є. Я бачила як [NAME] спав, [NAME] треба прибрати.",
    ],
    ['olamide never clocks in. I told Olamide to stop.', '[NAME] never clocks in. I told [NAME] to stop.'],
    ['Phượng ở kho hay chửi. Phuong còn ném đồ.', '[NAME] ở kho hay chửi. [NAME] còn ném đồ.'],
    [
      'Babajide keeps skipping his shifts. babajides mates sign for him.',
      '[NAME] keeps skipping his shifts. [NAME] mates sign for him.',
    ],
    ['Raimonda rėkia. Raimondai niekas nieko nesako.', '[NAME] rėkia. [NAME] niekas nieko nesako.'],
    ['Тетяна з бухгалтерії краде. Тетяну всі бояться.', '[NAME] з бухгалтерії краде. [NAME] всі бояться.'],
    [
      'andriy z ofisu ne platyt. Ya skazala Andriyu shcho ce nechesno.',
      '[NAME] z ofisu ne platyt. Ya skazala [NAME] shcho ce nechesno.',
    ],
    ['Aurelia z biura krzyczy. Wszyscy omijają Aurelię.', '[NAME] z biura krzyczy. Wszyscy omijają [NAME].'],
  ])('Should redact %j as %j (held back)', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  // Left open until names39, when "Chidinma" joined the lists (given-names-more-regions.ts): hidden at both mentions.
  it('Should hide "Chidinma" at both mentions, now that the lists hold it', () => {
    expect(redact('Chidinma takes credit for our work. chidinmas team covers for her.')).toBe(
      '[NAME] takes credit for our work. [NAME]s team covers for her.',
    );
  });

  it.each([
    ['My coworker Rose bought roses for the break room.', 'roses'],
    ['Our manager Frank spoke frankly about the layoffs.', 'frankly'],
    ['Ask Mark, he marked the pallets.', 'marked'],
    ['Frank keeps shouting at us. Frankly it is too much.', 'Frankly'],
    ['Rose keeps yelling at us. The roses in the lobby are dead.', 'roses'],
    ['Бригадир Віра каже, що віру в керівництво ми втратили.', 'віру'],
    ['Kierowniczka Róża przyniosła róże.', 'róże'],
    ['La encargada Dolores tiene dolores de espalda.', 'dolores'],
    ['Hunter from nights went hunting.', 'hunting'],
    ['Salt and Pepper is the name of the diner near Kofi and Ama’s place.', 'Salt and Pepper'],
    ['Надія з кухні краде, і надію ми вже втратили.', 'надію'],
    ['Szef Roman czyta romans w pracy.', 'romans'],
    ['Mi jefe Ángel dice que somos ángeles.', 'ángeles'],
    ['Unser Schichtleiter Berg wohnt in den Bergen.', 'Bergen'],
    ['I told Kofi and Accounts about the missing pay.', 'Accounts'],
    ['Бригадир Мирослава каже, що миру в колективі нема.', 'миру'],
    ['La jefa Rosa trajo rosas para todas.', 'rosas'],
    ['I told Amara and Finance about it.', 'Finance'],
    ['Jack from shipping jacked up the prices.', 'jacked'],
  ])('Should keep, in %j, %j', (text, kept) => {
    expect(redact(text)).toContain(kept);
  });
});
