import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { storedByAnalysis } from '../../support/stored-by-analysis';

/*
 * What an operator reading every stored byte (report text, key phrases, digest samples) still found of who wrote a
 * report, in the tenth attack round: fresh texts in English, Spanish, French, German, Portuguese, Italian, Polish
 * and Dutch, none taken from the other tests or the eval sets. Each class is checked with more than the case that
 * showed it, through the analysis as the intake runs it, and with look-alikes that must stay as written.
 */

// [what the employee wrote, what is stored, the words that must be nowhere in what is stored]
const LEAKS: [string, string, string[]][] = [
  // A given name that is also a month or a season, after a relative or where a person stands.
  [
    'mein Sohn Jan arbeitet auch hier und wird gemobbt',
    'mein Sohn [NAME] arbeitet auch hier und wird gemobbt',
    ['Jan'],
  ],
  ['mein Bruder Jan hat es auch gesehen', 'mein Bruder [NAME] hat es auch gesehen', ['Jan']],
  ['mój syn Jan tu pracuje', 'mój syn [NAME] tu pracuje', ['Jan']],
  ['mijn zoon Jan werkt hier', 'mijn zoon [NAME] werkt hier', ['Jan']],
  ['my son Jan works the fryer', 'my son [NAME] works the fryer', ['Jan']],
  ['my daughter April was sent home without pay', 'my daughter [NAME] was sent home without pay', ['April']],
  ['my wife June saw it happen', 'my wife [NAME] saw it happen', ['June']],
  ['my son August was hurt on the line', 'my son [NAME] was hurt on the line', ['August']],
  ['ma fille Avril travaille ici', 'ma fille [NAME] travaille ici', ['Avril']],
  ['mi hija Abril trabaja aquí', 'mi hija [NAME] trabaja aquí', ['Abril']],
  ['Jan from packing yelled at me again', '[NAME] from packing yelled at me again', ['Jan']],
  ['ask Jan about the missing overtime', 'ask [NAME] about the missing overtime', ['Jan']],
  // "Frau" after a possessive is the writer's wife: it stays, her name goes.
  ['meine Frau Kim ist krank', 'meine Frau [NAME] ist krank', ['Kim']],
  ['meine Frau Kimberley arbeitet auch hier', 'meine Frau [NAME] arbeitet auch hier', ['Kimberley']],
  ['mit meiner Frau Kim', 'mit meiner Frau [NAME]', ['Kim']],
  ['seine Frau Petra hat es gesehen', 'seine Frau [NAME] hat es gesehen', ['Petra']],
  // Polish and Dutch relatives, the name written small.
  ['mój syn kuba też tu pracuje', 'mój syn [NAME] też tu pracuje', ['kuba']],
  ['moja córka ola płacze po każdej zmianie', 'moja córka [NAME] płacze po każdej zmianie', ['ola']],
  // Phones whose groups are parted by slashes with spaces around them.
  ['ruf mich an 555 / 123 / 4567', 'ruf mich an [PHONE]', ['4567']],
  ['meine Nummer ist 0171 / 234 / 5678', 'meine Nummer ist [PHONE]', ['5678']],
  ['phone me: 555 / 867 / 5309', 'phone me: [PHONE]', ['5309']],
  ['numero: 06 / 12 / 34 / 56 / 78', 'numero: [PHONE]', ['56 / 78']],
  // A surname written small after a title or a given name and its particles.
  ['mr. van der merwe is our site lead', 'mr. [NAME] is our site lead', ['merwe']],
  ['mrs. de la cruz shouted at me', 'mrs. [NAME] shouted at me', ['cruz']],
  ['speak with mr van den bosch about it', 'speak with mr [NAME] about it', ['bosch']],
  [
    'the guy from hr, piet van der berg, laughed at my complaint',
    'the guy from hr, [NAME], laughed at my complaint',
    ['piet', 'berg'],
  ],
  ['ask klaus von stein about it', 'ask [NAME] about it', ['klaus', 'stein']],
  // Initials: dotted, before what the person did or where they work; two capitals after a role, before a deed.
  ['J.R. told us to skip the lockout checks', '[NAME] told us to skip the lockout checks', ['J.R']],
  ['R.J. keeps grabbing the new girls', '[NAME] keeps grabbing the new girls', ['R.J']],
  ['T.J. from nights was drunk again', '[NAME] from nights was drunk again', ['T.J']],
  ['my boss DK keeps touching people', 'my boss [NAME] keeps touching people', ['DK']],
  ['my lead KM shouts at us daily', 'my lead [NAME] shouts at us daily', ['KM']],
  // Spelled-out emails whose name part says "underscore", "guion bajo".
  ['reach me at jane underscore doe at outlook dot com', 'reach me at [EMAIL]', ['doe', 'outlook']],
  ['mi correo es paco guion bajo ruiz arroba gmail punto com', 'mi correo es [EMAIL]', ['ruiz', 'paco']],
  // Irish surnames written small, and capitalised ones the names rules passed.
  ["please ask the nurse, sister o'hara", 'please ask the nurse, sister [NAME]', ['hara']],
  ["the O'Neill report was buried", 'the [NAME] report was buried', ['Neill']],
  // Birth dates a few words after their cue, with spaced slashes, with a two-figure year.
  ["I'm on the DOB list as 1990-07-22 so you can find me", "I'm on the DOB list as [ID] so you can find me", ['1990']],
  ['my birth date, if you must know: 14/03/1987', 'my birth date, if you must know: [ID]', ['1987']],
  ['born 12 / 03 / 1988', 'born [ID]', ['1988']],
  ['born 4th July 85', 'born [ID]', ['85']],
  // Nicknames after what announces them, in any language; a title with an initial alone; a Reddit user.
  ['our lead (goes by "smokey") drinks on shift', 'our lead (goes by "[NAME]") drinks on shift', ['smokey']],
  ['everyone calls him the Hammer, he runs line 2', 'everyone calls him the [NAME], he runs line 2', ['Hammer']],
  ['the foreman they call Big Al pushed me', 'the foreman they call [NAME] pushed me', ['Big Al']],
  ['al jefe le dicen el Flaco y nos grita', 'al jefe le dicen el [NAME] y nos grita', ['Flaco']],
  ["on l'appelle Titi au quai", "on l'appelle [NAME] au quai", ['Titi']],
  ['der Schichtleiter, genannt Bulle, schreit', 'der Schichtleiter, genannt [NAME], schreit', ['Bulle']],
  ['my supervisor mr. b keeps yelling', 'my supervisor mr. [NAME] keeps yelling', ['mr. b']],
  ['mrs k from payroll lost my form', 'mrs [NAME] from payroll lost my form', ['mrs k']],
  ["I'm u/forkliftkev on reddit", "I'm [NAME] on reddit", ['forkliftkev']],
  // An id whose letters are glued to it, after the cue of another language (the property test of local forms found it).
  ['matricola DL12345, e urla.', 'matricola [ID], e urla.', ['DL']],
  // A role's name in brackets, after a colon or a dash; a double given name written small.
  ['my supervisor (Ronan) bullies us', 'my supervisor ([NAME]) bullies us', ['Ronan']],
  ['Supervisor: Ronan', 'Supervisor: [NAME]', ['Ronan']],
  ['my supervisor - Ronan - bullies us', 'my supervisor - [NAME] - bullies us', ['Ronan']],
  ['ask jo-anne in payroll', 'ask [NAME] in payroll', ['jo-anne']],
  ['the new girl, jo-ann, was crying', 'the new girl, [NAME], was crying', ['jo-ann']],
  // A surname's initial written small after the name.
  ['report by: dana k., packing', 'report by: [NAME] [NAME], packing', ['dana', ' k.']],
  // A UK sort code beside the account; a street written small after where someone lives.
  ['my sort code is 60-16-13 account 31926819', 'my sort code is [ID] account [ID]', ['60-16-13']],
  ['i live at 5b church lane near the co-op', 'i live at [ADDRESS] near the co-op', ['church lane']],
];

describe('what the tenth operator-attacker found stored as written', () => {
  it.each(LEAKS)('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  it('Should leave none of it in the stored text or the key phrases the analysis makes', async () => {
    const stored = await storedByAnalysis(LEAKS.map(([text]) => text));
    LEAKS.forEach(([text, , secrets], i) => {
      for (const secret of secrets) expect(stored[i], text).not.toContain(secret.toLowerCase());
    });
  });
});

describe('look-alikes the tenth round must leave as written', () => {
  it.each([
    // The calendar where a date stands.
    'in May we had layoffs',
    'since Jan nobody fixed the heating',
    'Jan 5 was the incident',
    'my son Jan 2019 was born',
    'Jan-Mar figures were bad',
    'the May rota is out',
    'We had three incidents in April in HR',
    'May I ask about leave?',
    'June was brutal, August was worse',
    'my wife may come to the meeting',
    'from Jan to March the line was down',
    // "Herr" after a possessive, "Frau" as a title.
    'Mein Herr, das ist falsch',
    // Slashes that write dates, years, amounts and ratios.
    'scores 2019 / 2020 / 2021 were bad',
    'scores 2019/2020/2021 were bad',
    'rated 100 / 200 / 300 points',
    'we did 4 / 5 / 6 shifts',
    'ratio 3 / 4 on nights',
    // Particles that are Spanish's "of": the cleaning lady, the doctor on call.
    'la sra. de la limpieza es muy amable',
    'el dr. de guardia no vino',
    // Abbreviations before a deed, two capitals of the trade after a role.
    'the U.S. in general pays more',
    'P.S. in case you wonder, nothing changed',
    'my manager IT keeps calling',
    'lead OT keeps piling up',
    'my manager HR told me to wait',
    'at 9 A.M. in the morning',
    // "at" and "dash" in prose; "o'" that is English.
    'we had a mad dash at work dot com era',
    'see you at 5 o’clock',
    "An o'right place to gain exp",
    'the good o’boys club decides',
    // What a person is, not what they are called; a department, a day; "call" as on the phone.
    'they call him lazy',
    'they call it Black Friday',
    'known as HR since the merger',
    'we call Security when it happens',
    'they call Monday the worst day',
    // Firms and terms after "known as", "aka", "we call".
    'a temp agency known as Manpower.',
    "something we call 'make line' - making the pizza",
    // What follows a role's colon that names no one.
    'Manager: Good pay, bad hours',
    'Supervisor: Please help',
    'Manager (Operations) is fine',
    'Fulfillment Department Manager - Walmart',
    'expected to do the role of night manager (Rotas,overtime planning)',
    // Hyphenated words written small.
    'a follow-up meeting about the rose-gold phones',
    'the co-op sells t-shirts',
    'free lunches, benefits, cash-rich company',
    'international/ex-pat opportunities',
    'willia-sonoma',
    // "a" and "i" after a title are words, a state's capitals before "I"; slashes of shorthand.
    'moving back home to MS.  I keep my resume out there',
    'ask mr a question',
    'parts are u/s and w/o labels',
    // A street's word written small with no home before it; "sort" as a verb.
    'we walked 12 miles down the lane',
    'we sort code reviews 20 times a week',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a hidden name and what stands after it that is no initial', () => {
  it.each([
    ['no women wrote #NBAwards-worthy b…', 'no women wrote #[NAME] b…'],
    ['talk to dana w. the forklift', 'talk to [NAME] w. the forklift'],
  ])('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
});

describe('the classes, whatever the case', () => {
  it('Should hide a phone number whose groups are parted by slashes with spaces, keeping no group of it', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[2-9]\d{2}$/),
        fc.stringMatching(/^\d{3}$/),
        fc.stringMatching(/^\d{4}$/),
        fc.constantFrom(' / ', '/ ', ' /', ' /  '),
        fc.constantFrom('call me on', 'ruf mich an', 'mi número es', 'appelle-moi au', ''),
        (a, b, c, slash, cue) => {
          const out = redact(`${cue} ${a}${slash}${b}${slash}${c} tonight`.trim());
          expect(out).toBe(`${cue} [PHONE] tonight`.trim());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('Should hide a month-named relative in every language, and keep the month a number follows', () => {
    const sentence = fc.constantFrom(
      ['my son', 'was there'],
      ['my daughter', 'was there'],
      ['my wife', 'saw it'],
      ['my friend', 'saw it'],
      ['mein Sohn', 'war dabei'],
      ['meine Tochter', 'war dabei'],
      ['mój syn', 'tam był'],
      ['mijn zoon', 'was erbij'],
      ['ma fille', 'était là'],
      ['mi hija', 'estaba allí'],
      ['o meu filho', 'estava lá'],
      ['mio figlio', 'era lì'],
    );
    const name = fc.constantFrom('Jan', 'April', 'May', 'June', 'August', 'Avril', 'Abril', 'Summer');
    fc.assert(
      fc.property(sentence, name, fc.integer({ min: 1, max: 28 }), ([who, rest], month, day) => {
        expect(redact(`${who} ${month} ${rest}`)).toBe(`${who} [NAME] ${rest}`);
        // The month is no name; since op48a the date of someone's injury is hidden whole (it names them).
        expect(redact(`my son was hurt on ${month} ${day}`)).toMatch(
          new RegExp(`^my son was hurt on (?:${month} ${day}|\\[ID\\])$`),
        );
        expect(redact(`my son ${month} ${day} was hurt`)).toMatch(
          new RegExp(`^my son (?:${month} ${day}|\\[ID\\]) was hurt$`),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('Should never throw, whatever sits around a month, a slash or a particle', () => {
    const piece = fc.constantFrom(
      'Jan',
      'may',
      'April',
      ' / ',
      '/',
      'van',
      'der',
      'de la',
      'mr.',
      'Frau',
      'meine',
      'J.R.',
      "o'",
      'underscore',
      'at',
      'dot',
      '555',
      '12',
      'born',
      'sort code',
      'live at',
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
