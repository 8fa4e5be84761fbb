import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { describeLeaks, type LeakRow } from '../../support/stored-by-analysis';

/*
 * What an operator reading every stored byte (report text, key phrases, digest samples) still found of who wrote a
 * report in the eleventh attack round: fresh texts as employees write them, in Chinese, Arabic, Hindi, Vietnamese,
 * Tagalog, Dutch, Swedish, Turkish, Romanian, Polish, Spanish and English, none taken from the other tests or the
 * eval sets. Each class is checked through the analysis as the intake runs it, beside look-alikes that must stay
 * as written; every leak row fails on the code before this round.
 */

// [what the employee wrote, what is stored, the words that must be nowhere in what is stored]
const LEAKS: LeakRow[] = [
  // A name no list knows after a possessive and a relative, in any language's order.
  ['my cousin Kimberley was fired for being pregnant', 'my cousin [NAME] was fired for being pregnant', ['Kimberley']],
  ['my godmother Eunice got fired', 'my godmother [NAME] got fired', ['Eunice']],
  ['mein Sohn Kimberley arbeitet hier', 'mein Sohn [NAME] arbeitet hier', ['Kimberley']],
  ['my stepsister Roxanne works in packing too', 'my stepsister [NAME] works in packing too', ['Roxanne']],
  ['colega mea ioana a fost lovită', 'colega mea [NAME] a fost lovită', ['ioana']],
  ['vărul meu costel lucrează aici', 'vărul meu [NAME] lucrează aici', ['costel']],
  // Asked for, asked after, talked with; quoted speech; set off by commas after a person pointed at.
  ['ask for dolores at reception', 'ask for [NAME] at reception', ['dolores']],
  ['fråga efter elin i kassan', 'fråga efter [NAME] i kassan', ['elin']],
  ['vraag naar wessel bij de poort', 'vraag naar [NAME] bij de poort', ['wessel']],
  ['jag pratade med erik om schemat', 'jag pratade med [NAME] om schemat', ['erik']],
  ['and then lakisha said "not my problem"', 'and then [NAME] said "not my problem"', ['lakisha']],
  ['the girl at the till, shaniqua, was crying', 'the girl at the till, [NAME], was crying', ['shaniqua']],
  ['the new guy, tevita, got hurt', 'the new guy, [NAME], got hurt', ['tevita']],
  // Spanish's article before a name; a Polish given name in a case's form.
  ['el Chema de logística nos grita', 'el [NAME] de logística nos grita', ['Chema']],
  ['la Yeni de caja se roba el dinero', 'la [NAME] de caja se roba el dinero', ['Yeni']],
  ['mi cuñado el Pancho trabaja aquí también', 'mi cuñado el [NAME] trabaja aquí también', ['Pancho']],
  ['pytajcie o danę w kadrach', 'pytajcie o [NAME] w kadrach', ['danę']],
  ['pytajcie o kasię z magazynu', 'pytajcie o [NAME] z magazynu', ['kasię']],
  // Titles and cues of Romanian, Turkish, Dutch, Swedish, Tagalog and Indian English.
  ['șefa mea, doamna georgiana, ne amenință', 'șefa mea, doamna [NAME], ne amenință', ['georgiana']],
  ['müdürümüz kemal bey bizi tehdit ediyor', 'müdürümüz [NAME] bey bizi tehdit ediyor', ['kemal']],
  ['de ploegbaas heet ruud en hij schreeuwt', 'de ploegbaas heet [NAME] en hij schreeuwt', ['ruud']],
  // Blind round 25: Magnus is a listed Nordic name now, so the name and surname are read as one.
  ['chefen heter Magnus Berg och han hotar oss', 'chefen heter [NAME] och han hotar oss', ['Magnus']],
  ['pakisabi kay boss edwin na hindi ako papasok', 'pakisabi kay boss [NAME] na hindi ako papasok', ['edwin']],
  ['si ate jhen ang nakakita', 'si ate [NAME] ang nakakita', ['jhen']],
  ['supervisor rakesh bhai sabko dhamkata hai', 'supervisor [NAME] bhai sabko dhamkata hai', ['rakesh']],
  [
    'mijn leidinggevende sanne de vries scheldt ons uit',
    'mijn leidinggevende [NAME] [NAME] scheldt ons uit',
    ['vries'],
  ],
  // Initials glued to the surname or after it, and the surname after a hidden name and its initial.
  ['the new lead r.okafor is racist', 'the new lead [NAME] is racist', ['okafor']],
  ['j.smith from IT read my emails', '[NAME] from IT read my emails', ['smith']],
  ['smith j. from accounts cheated', '[NAME]. from accounts cheated', ['smith']],
  ['Okafor R. harasses women', '[NAME]. harasses women', ['Okafor']],
  ['dana k. Smith shouted at me', '[NAME] [NAME]. [NAME] shouted at me', ['Smith']],
  // Names spelled with an emoji, a mark, stars or dashes between the letters, after a role.
  ['my boss k😡e😡v😡i😡n yells at us', 'my boss [NAME] yells at us', ['k😡e']],
  ['my boss ke̲v̲in yells at us', 'my boss [NAME] yells at us', ['ke̲v̲in']],
  ['supervisor m*a*r*k was drunk', 'supervisor [NAME] was drunk', ['m*a*r*k']],
  ['supervisor M-A-R-K was drunk', 'supervisor [NAME] was drunk', ['M-A-R-K']],
  // Contacts and numbers in other forms: a Turkish spelled email, an IBAN written small, a Swedish personnummer, a Romanian plate, the writer's flat.
  ['e-posta adresim ali nokta kaya et gmail nokta com', 'e-posta adresim [EMAIL]', ['kaya']],
  ['my iban is nl91abna0417164300', 'my iban is [ID]', ['0417164300']],
  ['personnummer 19850412-1234', 'personnummer [ID]', ['19850412']],
  ['numărul meu de înmatriculare B 123 ABC', 'numărul meu de înmatriculare [PLATE]', ['123 ABC']],
  ['my flat is 4B', 'my flat is [ID]', ['4B']],
  ['my apartment is 3A', 'my apartment is [ID]', ['3A']],
  // A Chinese full name after the shift, or said again with a pronoun.
  ['请找人事部的陈晓燕她知道这件事', '请找人事部的[NAME]她知道这件事', ['陈晓燕']],
  ['昨天晚班孙建国喝醉了还开叉车', '昨天晚班[NAME]喝醉了还开叉车', ['孙建国']],
];

describeLeaks('the eleventh operator-attacker round: who wrote it', LEAKS);

describe('what was hidden too much', () => {
  it.each([
    // A German, Dutch or Swedish verb after a lower-case name is what the person did, no surname.
    ['peter werkt hier al jaren', '[NAME] werkt hier al jaren'],
    ['ich habe mit dana gesprochen', 'ich habe mit [NAME] gesprochen'],
    ['ik heb met sanne gepraat over mijn rooster', 'ik heb met [NAME] gepraat over mijn rooster'],
    // A town before its state is no one's name.
    ['we were sent from Tupelo, MS to cover shifts', 'we were sent from Tupelo, MS to cover shifts'],
    ['Walmart Cashier- Rolla, MO', 'Walmart Cashier- Rolla, MO'],
    ['we have a store in Jackson, MS and it is understaffed', 'we have a store in Jackson, MS and it is understaffed'],
  ])('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  it.each([
    // …while a person beside a state's code, or before a code that is a word, is still a person.
    ['Tell Okonkwo, NY is far', 'Tell [NAME], NY is far'],
    ['Kevin, OK let me', '[NAME], OK let me'],
  ])('Should still hide the person in %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
});

describe('look-alikes of the classes, which stay as written', () => {
  it.each([
    'please ask for help at reception',
    'thanks to covid we lost hours',
    'increasing thanks to price cuts',
    'and then everyone said nothing',
    'Selling, cashier, markdowns, sizing watches',
    'the girl at the till, however, was nice',
    'The tagline says it all',
    'the manager in my unit 5 times',
    'la Guardia Civil vino ayer',
    'el Gobierno de turno no hace nada',
    'colega mea este bolnavă',
    'müdür bey bize bağırıyor',
    'het heet overwerk maar het is onbetaald',
    'det heter övertid men ingen betalar',
    'si quieres puedes venir',
    'rozmawiałam o pracę i o wypłatę',
    'plan b. then we leave',
    'e.g. the fryer is broken',
    'my flat is cold and damp',
    "it's f*u*c*k*i*n*g hot in here",
    'S-T-O-P doing this',
    'mera bhai yahan kaam karta hai',
    'Walmart Cashier- Rolla, MO',
    'we were sent from Tupelo, MS to cover shifts',
    'the warehouse in Hattiesburg, MS has no AC',
  ])('Should keep %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('the classes, whatever the words', () => {
  // Given names no list of this project holds (checked by the first assertion: written small after no cue, they stay).
  const unlistedName = fc.constantFrom('Kimberley', 'Tahlia', 'Oluwadamilare', 'Roxanne', 'Maelle', 'Jazlyn', 'Tevita');

  it('Should hide a name no list knows after a possessive and a relative, in every language and order', () => {
    const sentence = fc.constantFrom(
      ['my cousin', 'was fired'],
      ['my godmother', 'got hurt'],
      ['our neighbour', 'saw it'],
      ['mein Sohn', 'arbeitet hier'],
      ['meine Tochter', 'war dabei'],
      ['mi prima', 'trabaja aquí'],
      ['ma cousine', 'travaille ici'],
      ['mijn neef', 'werkt hier'],
      ['colega mea', 'a fost lovită'],
      ['vărul meu', 'lucrează aici'],
    );
    fc.assert(
      fc.property(sentence, unlistedName, ([who, rest], name) => {
        expect(redact(`${who} ${name} ${rest}`)).toBe(`${who} [NAME] ${rest}`);
        expect(redact(`${who} ${name.toLowerCase()} ${rest}`)).toBe(`${who} [NAME] ${rest}`);
      }),
      { numRuns: 150 },
    );
  });

  it('Should hide a given name spelled with any emoji between its letters', () => {
    const given = fc.constantFrom('kevin', 'maria', 'dana', 'samantha', 'brian', 'Lucy', 'PABLO');
    const emoji = fc.constantFrom('😡', '🙄', '🔥', '💀', '❤️', '⭐', '🤡');
    fc.assert(
      fc.property(given, emoji, fc.constantFrom('my boss', 'ask', 'I hate', ''), (name, mark, before) => {
        const spelled = [...name].join(mark);
        const out = redact(`${before} ${spelled} yells at us`.trim());
        expect(out).toBe(`${before} [NAME] yells at us`.trim());
      }),
      { numRuns: 150 },
    );
  });

  it('Should never throw, and read its own output as finished, whatever sits around the new cues', () => {
    const piece = fc.constantFrom(
      'my cousin',
      'ask for',
      'el',
      'la',
      'de',
      'colega mea',
      'doamna',
      'bey',
      'heet',
      'si ate',
      'bhai',
      'o',
      'danę',
      'r.',
      'j.smith',
      'k.',
      '😡',
      '̲',
      '*',
      '-',
      'said "',
      ', x,',
      'MS',
      ', MS',
      'flat',
      'iban',
      'nokta',
      'et',
      '晚班',
      '她',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 14 }), (pieces) => {
        const text = pieces.join(' ');
        expect(redact(redact(text))).toBe(redact(text));
      }),
      { numRuns: 300 },
    );
  });
});
