import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { urgentTopicsReported } from '../../../shared/analysis/urgency/topic-keywords';
import { exampleConfig } from '../../support/fixtures';

// att42 (blind): slang praise ("is fire at the forklift") and a game or a film where people are locked in or killed
// spent a sponsor's urgent safety email; a kiss forced by a boss, a newcomer's head dunked in a bucket, and a threat
// of harm made against whoever reports reached the wrong executive (safety or threats alone, never the owner of
// harassment). Tuned wordings were written first, in several languages; the held-back ones (helper u43a, 2026-12-07)
// were written beside them and run once after the rules (fire-said-as-praise.ts, games-and-stories-of-danger.ts,
// kisses-and-touching-forced.ts, hazing-heads-dunked.ts, threats-against-reporting.ts).

const clock = { now: () => new Date('2026-12-07T06:00:00Z') };
const read = (text: string) => detectUrgency(text, clock);

// The first text in Cyrillic makes the Ukrainian and Russian tables (seconds on a loaded machine): made once here.
beforeAll(() => {
  detectUrgency('\u043f\u0440\u0438\u0432\u0456\u0442', clock);
}, 120_000);

describe('fire said in praise of someone is no fire', () => {
  it.each([
    'The new guy is fire at the forklift, best driver we have',
    'Sarah is straight fire on the packing line, fastest hands in the building',
    "Le nouveau est un feu au chariot élévateur, le meilleur cariste qu'on ait",
    'A nova operadora é fogo na empilhadeira, ninguém manobra igual',
    // held back
    'La nueva de recepción es puro fuego con los clientes, la mejor del equipo',
    'Kasia jest ogień na linii pakowania, najszybsza i najlepsza',
    'Наша нова касирка просто вогонь, найкраща на зміні',
    'Новий хлопець вогонь на навантажувачі, найкращий водій',
  ])('is calm: %s', (text) => {
    expect(read(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'The new guy is fire at the forklift, best driver we have',
    'A nova operadora é fogo na empilhadeira, ninguém manobra igual',
  ])('the forklift beside the praise escalates no urgent topic either: %s', (text) => {
    expect(urgentTopicsReported(text, exampleConfig.topics)).toEqual([]);
  });

  it('the forklift beside a real fire still escalates its topic', () => {
    expect(urgentTopicsReported('there is fire at the forklift charging point', exampleConfig.topics)).toEqual([
      'safety',
    ]);
  });

  it.each([
    'there is fire at the forklift charging point, everyone out',
    'There is a real fire at the forklift charging station right now',
    'the forklift is on fire in bay 3',
    "c'est le feu dans l'atelier, tout le monde dehors",
    'im Lager ist Feuer, alle raus',
    'W magazynie jest ogień, dzwońcie po straż',
    'Tem fogo no depósito, chamem os bombeiros',
  ])('a real fire stays a safety report: %s', (text) => {
    expect(read(text).categories).toContain('safety');
  });
});

describe('danger in a game, a film or a story enjoyed is no event', () => {
  it.each([
    'The team building escape room where we got locked in was so much fun',
    'En el escape room del equipo nos quedamos encerrados una hora, fue muy divertido',
    "Le jeu d'évasion avec l'équipe, on était enfermés dans une salle, trop cool",
    'Na sala de fuga da confraternização ficamos trancados, foi muito divertido',
    'The safety video about the forklift that ran over a worker was powerful',
    'We watched a documentary about chemical plant explosions in the safety class',
    // held back
    'The horror film on movie night, the guy got trapped in the freezer and died, so creepy but great',
    'At the zombie escape game we got locked in a cellar for an hour, best team outing ever',
    "Nell'escape room aziendale siamo rimasti chiusi dentro per un'ora, divertentissimo",
    'Na escape roomie z zespołem byliśmy zamknięci godzinę, super zabawa',
    "Dans le film de la soirée d'équipe, le héros se fait tuer à la fin, très émouvant",
    "On a regardé un film d'horreur à la soirée, tout le monde meurt à la fin, trop bien",
  ])('is calm: %s', (text) => {
    expect(read(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    "we got locked in the freezer for real, still inside, door won't open",
    'At the escape room event the door jammed and a guy collapsed, call an ambulance',
    'During the movie night the projector caught fire and the room filled with smoke',
  ])('a real danger at a game or a film stays: %s', (text) => {
    expect(read(text).categories).toContain('safety');
  });
});

describe('a kiss or a touch forced on someone reaches the owner of harassment', () => {
  it.each([
    "Le responsable m'a coincée dans la réserve et a essayé de m'embrasser de force",
    'My supervisor cornered me in the stock room and tried to kiss me',
    'Il capo mi ha bloccata in magazzino e ha cercato di baciarmi con la forza',
    // held back
    'the shift lead pinned me against the lockers and forced a kiss on me',
    'Начальник зачинив мене в складі і силою поцілував',
    'Sipèvizè a kwense m nan depo a epi li bo m pa fòs',
    'the warehouse lead shoved his hand up my shirt in the office',
    'O encarregado tentou me beijar à força na cozinha',
  ])('is harassment: %s', (text) => {
    expect(read(text).categories).toContain('harassment');
  });

  it.each([
    'we kissed at the christmas party, it was mutual and we are dating now',
    'Il nuovo ha baciato la fidanzata al parcheggio, che carini',
  ])('a kiss given freely stays calm: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe("a newcomer's head dunked as a hazing is harassment and safety", () => {
  it.each([
    'os colegas enfiaram a cabeça do estagiário no balde e filmaram, chamam de batismo',
    "the older guys dunked the new kid's head in a mop bucket and filmed it, they call it initiation",
    'pour le bizutage ils ont plongé la tête du stagiaire dans un seau et ont filmé',
    'ai nuovi arrivati infilano la testa nel secchio e filmano, lo chiamano battesimo',
    // held back
    'los veteranos le metieron la cabeza al practicante en el inodoro, es la tradición',
    "les anciens ont mis la tête du nouveau dans les toilettes, c'est la tradition paraît-il",
    "the old timers stuck the trainee's head in the toilet, said it's tradition",
  ])('is harassment and safety: %s', (text) => {
    expect(read(text).categories).toEqual(expect.arrayContaining(['safety', 'harassment']));
  });

  it.each([
    'the new guy dunked his biscuit in his tea, tradition on our line apparently',
    'Nowi praktykanci dostali w pierwszym dniu wiadro i mop, sprzątali magazyn',
  ])('a newcomer with a bucket stays calm: %s', (text) => {
    expect(read(text).urgent).toBe(false);
  });
});

describe('a threat of harm against whoever reports is harassment too, and keeps its threat', () => {
  it.each([
    "My manager said he'd break my legs if I report the missing stock",
    'Mi jefe dijo que me rompe las piernas si lo denuncio',
    'Der Vorarbeiter sagte, er bricht mir die Beine, wenn ich das melde',
    // held back
    "supervisor said if i snitch about the stock he'll put me in a wheelchair",
    'Kierownik powiedział, że połamie mi nogi, jeśli to zgłoszę',
    'Sinabi ng manager na babasagin niya ang mukha ko kapag nagsumbong ako sa HR',
    "he told me he'll cut me if I go to HR about the cash",
  ])('is a threat and harassment: %s', (text) => {
    expect(read(text).categories).toEqual(expect.arrayContaining(['harassment', 'threat']));
  });

  it.each(['if I report the missing stock will I get a reward?', 'He said he will stab me tomorrow when I come in'])(
    'no threat tied to reporting adds no harassment: %s',
    (text) => {
      expect(read(text).categories).not.toContain('harassment');
    },
  );
});
