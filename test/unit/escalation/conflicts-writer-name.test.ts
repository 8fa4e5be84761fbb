import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Config, configSchema } from '../../../shared/config/schema';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { routeAroundConflicts } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';
import { personal } from '../../support/sponsor-names';

// Promise 2, operator-attacker finding: a report whose writer gives their own name ("my name is dave okafor",
// "thanks, sam", "- marsh") went around the sponsor who shares it, and the case stored `reroute.bypassed`: whoever
// reads the table learned which sponsor the hidden [NAME] was, and so a name of the person who wrote it. The
// name stays hidden; the case goes where it would have gone.

// A second installation whose sponsors' names are everyday words too (English, and each language's own).
const everydayConfig: Config = configSchema.parse({
  ...exampleConfig,
  sponsors: [
    ...exampleConfig.sponsors.map((s) =>
      s.id === 'coo'
        ? { ...s, name: 'Will Hunter (COO)' }
        : s.id === 'chro'
          ? { ...s, name: 'Rosa Bell (CHRO)' }
          : s.id === 'ceo'
            ? { ...s, name: 'Claire Price (CEO)' }
            : s,
    ),
    { id: 'cfo', name: 'August Young (CFO)', email: 'cfo@example.com', topics: [], sites: [], backup: 'ceo' },
    { id: 'cio', name: 'May Klein (CIO)', email: 'cio@example.com', topics: [], sites: [], backup: 'ceo' },
  ],
});

/** Each way a writer gives their own name, by language; `{name}` is where it stands. */
const WRITER_NAMES: Record<string, string[]> = {
  en: [
    'My name is {name} and the forklift brakes are worn out.',
    "I'm {name}. The forklift brakes are worn out.",
    'I am {name}, night shift. The forklift brakes are worn out.',
    'Call me {name}. The forklift brakes are worn out.',
    'Hi, this is {name}. The forklift brakes are worn out.',
    'This is {name} from nights: the forklift brakes are worn out.',
    'The forklift brakes are worn out.\nThanks, {name}',
    'The forklift brakes are worn out. Regards, {name}',
    'The forklift brakes are worn out.\nSincerely,\n{name}',
    'The forklift brakes are worn out - {name}',
    'The forklift brakes are worn out.\n— {name}',
  ],
  es: [
    'Me llamo {name} y los frenos de la carretilla están gastados.',
    'Mi nombre es {name}. Los frenos de la carretilla están gastados.',
    'Soy {name}, del turno de noche. Los frenos de la carretilla están gastados.',
    'Hola, te escribe {name}: los frenos de la carretilla están gastados.',
    'Los frenos de la carretilla están gastados.\nSaludos, {name}',
    'Los frenos de la carretilla están gastados. Gracias, {name}',
  ],
  fr: [
    "Je m'appelle {name} et les freins du chariot sont usés.",
    "Je suis {name}, de l'équipe de nuit. Les freins du chariot sont usés.",
    'Mon nom est {name}. Les freins du chariot sont usés.',
    "Bonjour, c'est {name}. Les freins du chariot sont usés.",
    'Les freins du chariot sont usés.\nCordialement, {name}',
    'Les freins du chariot sont usés. Merci, {name}',
  ],
  de: [
    'Ich heiße {name} und die Bremsen vom Stapler sind abgenutzt.',
    'Ich bin {name} aus der Nachtschicht. Die Bremsen vom Stapler sind abgenutzt.',
    'Mein Name ist {name}. Die Bremsen vom Stapler sind abgenutzt.',
    'Hallo, hier ist {name}. Die Bremsen vom Stapler sind abgenutzt.',
    'Die Bremsen vom Stapler sind abgenutzt.\nViele Grüße, {name}',
    'Die Bremsen vom Stapler sind abgenutzt.\nMit freundlichen Grüßen\n{name}',
  ],
  pt: [
    'Meu nome é {name} e os freios da empilhadeira estão gastos.',
    'Me chamo {name}. Os freios da empilhadeira estão gastos.',
    'Sou o {name}, do turno da noite. Os freios da empilhadeira estão gastos.',
    'Olá, aqui é o {name}. Os freios da empilhadeira estão gastos.',
    'Os freios da empilhadeira estão gastos.\nObrigado, {name}',
    'Os freios da empilhadeira estão gastos.\nAbraços, {name}',
  ],
};
const TEMPLATES = Object.entries(WRITER_NAMES).flatMap(([language, list]) => list.map((t) => [language, t] as const));

/** The ways a writer may write a sponsor's name as their own: first name, surname or both, capitalised or not. */
function ownNames(fullName: string): string[] {
  const parts = personal(fullName).split(/\s+/);
  const forms = [parts[0]!, parts.at(-1)!, parts.join(' ')];
  return [...forms, ...forms.map((f) => f.toLowerCase())];
}

const SITE = 'plant2';

describe('the writer’s own name, when a sponsor shares it', () => {
  const rows = exampleConfig.sponsors.flatMap((s) =>
    ownNames(s.name).flatMap((name) =>
      TEMPLATES.map(([language, template]) => [language, template.replace('{name}', name), s.id, name] as const),
    ),
  );

  it.each(rows)('Should hide it and move no case (%s): "%s"', (_language, text, sponsorId, name) => {
    expect(sponsorsNamedIn(exampleConfig, text, SITE)).not.toContain(sponsorId);
    expect(maskSponsorNames(exampleConfig, text, SITE).toLowerCase()).not.toContain(name.toLowerCase());
  });

  it('Should store no route around anyone for a case its writer signs with a sponsor’s name', () => {
    const text = 'The fire door at plant 2 is chained shut every night.\n- Lee';
    const named = sponsorsNamedIn(exampleConfig, text, SITE);
    const route = routeAroundConflicts(exampleConfig, SITE, ['safety'], { named });
    expect(route).toEqual({ sponsorId: 'plant2-gm', level: 0 });
  });

  it('Should move no case whatever sponsor’s name a writer introduces or signs with, in any language, before or after any report', () => {
    const bodies = [
      'The break room fridge is broken.',
      'Nadie limpia los baños.',
      'La cantine ferme trop tôt.',
      'Der Parkplatz ist nie frei.',
      'O refeitório fecha cedo demais.',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(exampleConfig, everydayConfig),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...TEMPLATES),
        fc.constantFrom(...bodies),
        fc.constantFrom(undefined, 'hq', 'plant2', 'warehouse'),
        (config, who, form, [, template], body, site) => {
          const sponsor = config.sponsors[who % config.sponsors.length]!;
          const names = ownNames(sponsor.name);
          const name = names[form % names.length]!;
          const introduced = template.replace('{name}', name);
          // Another report's words before a signature, after an introduction: the writer's place is the same.
          const text = /\{name\}\s*$/.test(template) ? `${body} ${introduced}` : `${introduced} ${body}`;
          expect(sponsorsNamedIn(config, text, site)).not.toContain(sponsor.id);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('a sponsor named beside a writer’s introduction or signature still moves the case', () => {
  it.each([
    ["I'm Sam Okafor's assistant and my pay is late again.", 'chro'],
    ['This is Dana being Dana again, shouting at the whole line.', 'coo'],
    ["C'est Lee qui ferme la porte coupe-feu à clé.", 'plant2-gm'],
    ['My name is Jo and Dana Whitfield shouted at me in front of everyone.', 'coo'],
    ['Lee Marsh chained the fire door again.\n- Lee', 'plant2-gm'],
    ['Thanks, Sam, for nothing: Okafor ignored every complaint.', 'chro'],
    ['Hi, this is about Marsh: he locked the fire exit.', 'plant2-gm'],
    ['L33 keeps the fire door at plant 2 chained shut at night', 'plant2-gm'],
    ['Soy nueva y Romero me gritó delante de todos.', 'ceo'],
    ['Ich bin neu und Frau Whitfield hat mich angeschrien.', 'coo'],
  ])('Should go around the sponsor in "%s"', (text, sponsorId) => {
    expect(sponsorsNamedIn(exampleConfig, text, SITE)).toContain(sponsorId);
  });
});

describe('a sponsor’s name that is an everyday word', () => {
  it.each([
    ['en', 'The marsh behind the warehouse floods every spring and the path is slippery.'],
    ['en', 'We will fix the rota ourselves if nobody else will.'],
    ['en', 'The hunter green paint in the canteen is peeling.'],
    ['en', 'The price of canteen food went up again and the bell for the break never rings.'],
    ['en', 'It may rain, and the roof over bay 3 leaks.'],
    ['en', 'Will you fix the vending machine? May I ask why the shifts changed?'],
    ['en', 'Prices rose and young workers left in May.'],
    ['en', 'The roof leaked in August and again on May 3.'],
    ['es', 'Tengo una camisa rosa y me la mancharon de aceite.'],
    ['es', 'La rosa del jardín se secó y nadie riega las plantas.'],
    ['fr', "L'eau du robinet n'est pas claire, elle sent le chlore."],
    ['fr', 'La consigne est claire : casque obligatoire.'],
    ['de', 'Im August ist die Halle zu heiß und der Pausenraum ist zu klein.'],
    ['pt', 'A parede da cantina foi pintada de rosa e ficou feia.'],
    // Opening a sentence, with its capital: the word still, in its own language.
    ['es', 'Rosa es el color del casco nuevo y nadie lo ve de noche.'],
    ['fr', 'Claire, nette et précise : voilà comment devrait être la consigne.'],
    ['de', 'August ist der heißeste Monat in der Halle.'],
    ['pt', 'Rosa é a cor do capacete novo e ninguém o vê à noite.'],
  ])('Should hide nothing it need not and move no case where it is the word (%s): "%s"', (_language, text) => {
    for (const site of [SITE, 'hq', undefined]) expect(sponsorsNamedIn(everydayConfig, text, site)).toEqual([]);
  });

  it.each([
    ['en', 'I told Will about the chained fire door.', 'coo'],
    ['en', 'Mr Marsh locked the fire exit again.', 'plant2-gm'],
    ['en', 'Marsh keeps the exit locked.', 'plant2-gm'],
    ['en', 'Marsh blocked the fire exit again.', 'plant2-gm'],
    ['en', "The leak is in marsh's office and nobody cares.", 'plant2-gm'],
    ['en', 'My supervisor Will shouted at me.', 'coo'],
    ['en', 'Will yelled at the whole line.', 'coo'],
    ['en', 'Will Hunter locked the door on us.', 'coo'],
    ['en', 'lee marsh chained the fire door.', 'plant2-gm'],
    ['en', 'Nobody listens, and then Price takes the credit.', 'ceo'],
    ['es', 'Rosa me gritó delante de todos.', 'chro'],
    ['fr', "Hier, Claire m'a crié dessus devant l'équipe.", 'ceo'],
    ['de', 'Frau Klein hat mich angeschrien.', 'cio'],
    ['de', 'August schrie mich vor allen an.', 'cfo'],
    ['pt', 'A Rosa gritou comigo na frente de todos.', 'chro'],
  ])('Should move the case where it reads as the name (%s): "%s"', (_language, text, sponsorId) => {
    expect(sponsorsNamedIn(everydayConfig, text, SITE)).toContain(sponsorId);
  });
});
