import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 29: after a role, or after a given name written small, the verb that says what happened was hidden as
 * a name ("мастер [NAME] её" for "мастер избил её", "[NAME] beni" for "mehmet dövdü beni"). The sponsor must read the
 * verb (promise 1); a name with a verb's ending stays hidden (promise 2).
 */

const KEPT = [
  'мастер избил её',
  'мастер ударил меня',
  'начальник сказал что нас уволят',
  'бригадир кричал на нас',
  'менеджер толкнула её',
  'начальница уволила всех',
  'прораб упал с лесов',
  'мастер пришёл пьяный',
  'начальник угрожает нам',
  'начальник кричит на нас',
  'мастер матерился весь день',
  'майстер побив її',
  'начальник сказав що',
  "бригадир прийшов п'яний",
  'керівник погрожує нам',
  'майстер кричить на нас',
  'бригадир удари работник',
  'управител ме удари',
  'менеджер ме блъсна',
  'шеф рекао да',
  'шеф ударио радника',
  'шеф је викао',
  'ustabaşı kadını dövdü',
  'ustabaşı dövdü beni',
  'müdürüm bağırdı bize',
  'şefim tehdit etti',
  'müdürüm taciz ediyor',
  'müdürümüz bizi dövdü',
  'müdürümüz bağırıyor',
  'ustabaşı bağırdı',
  'şefim dövdü beni',
  'šéf řekl že nás vyhodí',
  'vedoucí udeřila kolegyni',
  'majster pobił ją',
  'kierownik krzyczał na nas',
  'si boss sinuntok ako',
  'mandor memukul saya',
];

const HIDDEN: [string, string][] = [
  ['мастер павел избил её', 'мастер [NAME] избил её'],
  ['мастер Павел избил её', 'мастер [NAME] избил её'],
  ['мастер михаил ударил', 'мастер [NAME] ударил'],
  ['прораб данил упал', 'прораб [NAME] упал'],
  ['начальница мила сказала', 'начальница [NAME] сказала'],
  ['майстер павло побив її', 'майстер [NAME] побив її'],
  ['майстер михайло сказав', 'майстер [NAME] сказав'],
  ['бригадир ярослав кричал', 'бригадир [NAME] кричал'],
  ['менеджер станислав уволил', 'менеджер [NAME] уволил'],
  ['начальник емил каза', 'начальник [NAME] каза'],
  ['шеф рамил избил её', 'шеф [NAME] избил её'],
  ['мастер вася ударил', 'мастер [NAME] ударил'],
  ['mehmet dövdü beni', '[NAME] dövdü beni'],
  ['ustabaşı mehmet geldi', 'ustabaşı [NAME] geldi'],
  ['ustabaşı hamdi geldi', 'ustabaşı [NAME] geldi'],
  ['ustabaşı hamdi bizi dövdü', 'ustabaşı [NAME] bizi dövdü'],
  ['müdürüm ferdi bağırdı', 'müdürüm [NAME] bağırdı'],
  ['şefim mehdi vurdu', 'şefim [NAME] vurdu'],
  ['ustabaşı aydın geldi', 'ustabaşı [NAME] geldi'],
  ['ustabaşı mehmeti dövdü', 'ustabaşı [NAME] dövdü'],
  ['ahmet vurdu beni', '[NAME] vurdu beni'],
  ['emre bağırıyor bize', '[NAME] bağırıyor bize'],
  ['ayşe düştü merdivenden', '[NAME] düştü merdivenden'],
  ['şefim mehmet etti', 'şefim [NAME] etti'],
  ['mistr zbil Janu', 'mistr zbil [NAME]'],
  ['mistr pavel zbil Janu', 'mistr [NAME] zbil [NAME]'],
  ['mistr bohumil udeřil Petra', 'mistr [NAME] udeřil [NAME]'],
  ['vedoucí jarmila řekla', 'vedoucí [NAME] řekla'],
  ['szef michał krzyczał', 'szef [NAME] krzyczał'],
  ['si kuya jomar sinuntok ako', 'si kuya [NAME] sinuntok ako'],
];

describe('redaction keeps the verb after a role or a name written small', () => {
  it.each(KEPT)('Should keep what happened in "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });
  it.each(HIDDEN)('Should store "%s" as "%s"', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
});

const ROLES = ['мастер', 'начальник', 'бригадир', 'прораб', 'майстер'];
const NAMES = [
  'павел',
  'михаил',
  'данил',
  'мила',
  'камила',
  'павло',
  'данило',
  'михайло',
  'ярослав',
  'станислав',
  'емил',
];
const VERBS = ['избил', 'ударил', 'сказал', 'упал', 'кричал', 'побив', 'сказав', 'толкнула', 'уволила', 'угрожает'];
const OBJECTS = ['её', 'меня', 'нас', 'что', 'с лесов', 'на нас'];

describe('redaction after a role, whatever verb follows', () => {
  it('Should hide a listed given name after a role whatever verb follows, and keep the verb', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...VERBS),
        (role, name, verb) => {
          expect(redact(`${role} ${name} ${verb} её`)).toBe(`${role} [NAME] ${verb} её`);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('Should keep a verb-shaped word after a role that no list has as a name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...OBJECTS),
        (role, verb, rest) => {
          const text = `${role} ${verb} ${rest}`;
          expect(redact(text)).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  });
});
