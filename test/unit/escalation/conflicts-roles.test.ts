import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { exampleConfig } from '../../support/fixtures';

// The example config: Dana Whitfield (COO, company-wide), Sam Okafor (CHRO,
// company-wide), Lee Marsh (Plant 2 GM, plant2 only), Alex Romero (CEO).
const named = (text: string, site?: string) => sponsorsNamedIn(exampleConfig, text, site);

describe('a sponsor described by their job is routed around', () => {
  it.each([
    'The head of HR keeps touching people',
    'The HR director keeps touching people',
    'the hr manager keeps touching people',
    'Our VP of Human Resources yells at us',
    'The H.R. boss covers for him',
    'El director de recursos humanos me acosa',
    'La jefa de RRHH me grita',
    'la responsable de recursos humanos se ríe de las quejas',
    'Le DRH me harcèle',
    'La directrice des ressources humaines me harcèle',
    'le responsable RH nous menace',
    'Der Personalleiter belästigt mich',
    'Il direttore delle risorse umane mi molesta',
    'O diretor de RH me assedia',
    'The CHRO laughs at complaints',
  ])('Should send "%s" around the CHRO', (text) => {
    expect(named(text, 'hq')).toContain('chro');
  });

  it.each([
    'the general manager ignores the blocked fire exit',
    'The plant manager ignores the blocked fire exit',
    'the GM ignores the blocked fire exit',
    'the site boss ignores the blocked fire exit',
    'El gerente de la planta ignora la salida bloqueada',
    'el gerente general no hace nada',
    'Le directeur d’usine ignore la sortie bloquée',
    'le chef de site ignore la sortie de secours',
    'Der Werksleiter ignoriert den Notausgang',
  ])('Should send "%s" from Plant 2 around its GM', (text) => {
    expect(named(text, 'plant2')).toContain('plant2-gm');
  });

  it('Should read a site qualifier: "the plant 2 manager" names Plant 2’s GM from anywhere, a plant manager elsewhere does not', () => {
    expect(named('the plant 2 manager ignores the exit', 'hq')).toContain('plant2-gm');
    expect(named('el gerente de la planta 2 ignora la salida', 'hq')).toContain('plant2-gm');
    expect(named('The plant manager ignores the exit', 'hq')).not.toContain('plant2-gm');
  });

  it('Should read a site’s number spelled out, and a manager abbreviated (attacker’s report)', () => {
    expect(named('the plant two manager ignores the exit', 'hq')).toContain('plant2-gm');
    expect(named('el gerente de la planta dos ignora la salida', 'hq')).toContain('plant2-gm');
    expect(named('the plant three manager ignores the exit', 'hq')).not.toContain('plant2-gm');
    expect(named('the gen. manager ignores the blocked exit', 'plant2')).toContain('plant2-gm');
    expect(named('our general mgr ignores the blocked exit', 'plant2')).toContain('plant2-gm');
    expect(named('the plant 2 mngr ignores the exit', 'hq')).toContain('plant2-gm');
    expect(maskSponsorNames(exampleConfig, 'the plant two manager ignores the exit', 'hq')).toBe(
      'the [NAME] ignores the exit',
    );
  });

  it.each([
    ['The head of operations hides the accidents', 'coo'],
    ['el director de operaciones oculta los accidentes', 'coo'],
    ['The managing director laughs at us', 'ceo'],
    ['Le PDG se moque de nous', 'ceo'],
    ['el consejero delegado se ríe de nosotros', 'ceo'],
  ])('Should send "%s" around %s', (text, id) => {
    expect(named(text, 'hq')).toContain(id);
  });

  it.each([
    'HR sent the form late',
    'I asked HR about leave',
    'Human resources never answers the phone',
    'Recursos humanos tarda en contestar',
    'Les RH ont perdu mon dossier',
    'My manager told HR about it',
    'Great people manager, good team',
    'Operations are slow this month',
    'The plant is too hot in summer',
    '5am starts are hard',
    'Typical big company. Head office pen stroke can change your future',
  ])('Should not reroute "%s": a department or place is not a person', (text) => {
    expect(named(text, 'hq')).toEqual([]);
  });

  it('Should reroute a mere mention of a person in the job, since telling a complaint from a mention is not reliable', () => {
    // Documented choice (role-words.ts): rerouting when unsure only sends the case to the backup.
    expect(named('I went to the head of HR about the broken lockers', 'hq')).toContain('chro');
  });

  it('Should read an operator’s own role words, and the kinds of job they show', () => {
    const config = configSchema.parse({
      ...exampleConfig,
      sponsors: exampleConfig.sponsors.map((s) =>
        s.id === 'coo' ? { ...s, name: 'Dana Whitfield', roleWords: ['the big cheese', 'head of safety'] } : s,
      ),
    });
    expect(sponsorsNamedIn(config, 'The big cheese ignores the spill', 'hq')).toContain('coo');
    expect(sponsorsNamedIn(config, 'El jefe de seguridad ignora el derrame', 'hq')).toContain('coo');
    expect(sponsorsNamedIn(config, 'The safety manager ignores the spill', 'hq')).toContain('coo');
    expect(sponsorsNamedIn(config, 'Safety shoes are too expensive', 'hq')).toEqual([]);
  });
});

// Attacker's round 19: the job said without its title ("the guy who runs this plant", "the top manager
// here") reached the GM it described. Whoever runs a place or a department, its top person, and a person
// "here" at a sponsor's site are that sponsor; a line manager and the place's management are not.
describe('a sponsor described by what they do, not their title, is routed around', () => {
  it.each([
    'the guy who runs this plant took the guard off the press',
    'Whoever runs this plant lets them skip lockout',
    'the woman running the site told us to ignore the alarm',
    'the person who manages this factory hides injuries',
    'the one in charge here told us to skip lockout',
    'The man in charge took the guard off the press',
    'the top manager here told us to skip lockout',
    'the most senior manager on site is drunk on shift',
    'the boss of this place threatened me',
    'the boss here threatened me',
    'the plant’s manager is drunk on shift',
    'the big boss said skip the lockout',
    'the guy who runs the show here is drunk',
    'el que dirige la planta me amenazó',
    'la persona a cargo de la planta está borracha',
    'el mandamás nos dijo que no usáramos el candado',
    'el jefe de aquí me grita',
    'celui qui dirige l’usine m’a menacé',
    'le grand patron nous a dit d’enlever la protection',
    'le chef d’ici est ivre au travail',
    'der das Werk leitet hat mich bedroht',
    'der oberste Chef ist betrunken',
    'der Chef hier schreit uns an',
  ])('Should send "%s" from Plant 2 around its GM', (text) => {
    expect(named(text, 'plant2')).toContain('plant2-gm');
  });

  it.each([
    ['whoever runs HR ignores complaints', 'chro'],
    ['the woman who heads human resources covers for him', 'chro'],
    ['la persona que dirige recursos humanos me acosa', 'chro'],
    ['celle qui dirige les ressources humaines se moque de nous', 'chro'],
    ['the guy who runs the company laughs at us', 'ceo'],
    ['el que dirige la empresa se ríe de nosotros', 'ceo'],
    ['the person in charge of operations hides accidents', 'coo'],
  ])('Should send "%s" around %s from anywhere', (text, id) => {
    expect(named(text, 'hq')).toContain(id);
  });

  it('Should hide the description as it hides a title', () => {
    expect(maskSponsorNames(exampleConfig, 'the boss here threatened me', 'plant2')).toBe('[NAME] threatened me');
  });

  it.each([
    'my manager told us to skip lockout',
    'my supervisor is drunk on shift',
    'the shift lead threatened me',
    'my boss here is fine',
    'el encargado de turno me grita',
    'le chef d’équipe crie tout le temps',
    'der Schichtleiter schreit uns an',
    'management is useless',
    'the management here ignores the heat',
    'senior management never visits',
    'the managers here are lazy',
    'I run the plant’s night shift and the press guard is missing',
    'the person in charge of the forklifts yelled at me',
    'the plant is too hot and nobody runs the fans',
  ])('Should not send "%s" around the GM: a line manager, or management, is nobody in particular', (text) => {
    expect(named(text, 'plant2')).not.toContain('plant2-gm');
  });

  it('Should read "here" and the top person as the GM only at their site', () => {
    expect(named('the boss here threatened me', 'warehouse')).not.toContain('plant2-gm');
    expect(named('the guy who runs this plant took the guard off', 'hq')).not.toContain('plant2-gm');
    expect(named('the guy who runs plant 2 took the guard off', 'hq')).toContain('plant2-gm');
  });
});

describe('other spellings of a sponsor’s name still reach around them', () => {
  it.each([
    ['Mаrsh keeps the exit locked', 'plant2-gm'], // Cyrillic а
    ['Μarsh keeps the exit locked', 'plant2-gm'], // Greek capital mu
    ['Ｍａｒｓｈ keeps the exit locked', 'plant2-gm'], // fullwidth
    ['𝐌𝐚𝐫𝐬𝐡 keeps the exit locked', 'plant2-gm'], // mathematical bold
    ['Marshy keeps the exit locked', 'plant2-gm'],
    ['Okaforito me acosa', 'chro'],
    ['Samuel keeps touching me', 'chro'],
    ['Sammy keeps touching me', 'chro'],
    ['Mr Okafr keeps touching me', 'chro'],
    ['Sra. Okfor me grita', 'chro'],
    ['Mme Okafour me harcèle', 'chro'],
    ['Mr. Rmero yelled at us', 'ceo'],
    ['Alexander Romero yelled at us', 'ceo'],
  ])('Should find the sponsor in "%s"', (text, id) => {
    expect(named(text, 'hq')).toContain(id);
  });

  it('Should not take a near surname without a title, nor a short one, for the sponsor', () => {
    expect(named('The march was cancelled, harsh words all round', 'plant2')).toEqual([]);
    expect(named('Mr Marks fixed the press', 'plant2')).not.toContain('plant2-gm');
  });

  const LOOK_ALIKES: Record<string, string[]> = {
    a: ['а', 'α', 'ａ'],
    o: ['о', 'ο', 'ｏ'],
    e: ['е', 'ε'],
    r: ['ｒ'],
    s: ['ѕ', 'ｓ'],
    k: ['к', 'κ'],
    m: ['м', 'ｍ'],
    h: ['һ'],
  };
  const obfuscated = (name: string) =>
    fc
      .tuple(...[...name].map((ch) => fc.constantFrom(ch, ...(LOOK_ALIKES[ch.toLowerCase()] ?? []))))
      .map((chars) => chars.join(''));

  it('Should find a surname whatever letters that look alike are swapped in, with a pet ending or a title slip', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['Marsh', 'plant2-gm'], ['Okafor', 'chro'], ['Romero', 'ceo'], ['Whitfield', 'coo']),
        fc.constantFrom('', 'y', 'ie', 'ito'),
        fc.constantFrom('', 'Mr ', 'Sra. ', 'Mme '),
        ([surname, id], ending, title) => {
          const spelled = fc.sample(obfuscated(surname), { numRuns: 1, seed: surname.length + ending.length })[0]!;
          expect(named(`${title}${spelled}${ending} keeps the exit locked`, 'hq')).toContain(id);
        },
      ),
      { numRuns: 200, seed: 14 },
    );
  });
});

describe('other spellings of a sponsor’s name are not stored', () => {
  it.each([
    ['Mаrsh keeps the exit locked', 'Mаrsh'],
    ['Marshy keeps the exit locked', 'Marshy'],
    ['Samuel keeps touching me', 'Samuel'],
    ['Mr Okafr keeps touching me', 'Okafr'],
  ])('Should mask the spelling in "%s" as a name', (text, spelling) => {
    const masked = maskSponsorNames(exampleConfig, text, 'hq');
    expect(masked).not.toContain(spelling);
    expect(masked).toContain('[NAME]');
  });
});
