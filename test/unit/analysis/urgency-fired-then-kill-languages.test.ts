import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Fired, then a killing, outside English (kill-after-firing.ts FIRED_THEN_KILL, other-languages/ht.ts, uk.ts; threat):
// ra35's blind re-attack found "si me despiden, mato al gerente" and its fr/it/pt/de/uk/ht/tl kin all missed. The rule
// is a table per language of firing words by the killer's own words, either order in one sentence. The held-back
// wordings (helper fx35u, 2026-12-06) were written before the rule and run once after it.
// Known false alarms, not caused by this rule and not asserted (the model reads them): "si me despiden busco otro
// trabajo, no pasa nada", "si me despiden me mato de hambre", "se mi licenziano mia moglie mi ammazza" and "mi hanno
// licenziato e mi ammazzo di lavoro in nero" (harassment and self-harm).
// "If they fire me I will kill myself" is self-harm, never a threat.

const clock = { now: () => new Date('2026-12-06T06:00:00Z') };

describe('fired then a killing: tuned urgent', () => {
  it.each([
    'si me despiden, mato al gerente',
    "s'ils me virent, je tue le chef",
    'se mi licenziano ammazzo il capo',
    'se me demitirem eu mato o gerente',
    'wenn sie mich feuern, bringe ich den Chef um',
    'якщо мене звільнять, я вб’ю начальника',
    'si yo revoke m, m ap touye bòs la',
    'ako i-fire nila? papatayin ko silang lahat',
    "if I get sacked that supervisor won't live to see christmas",
    'if they let me go im comin back w my shotgun swear down',
  ])(
    'is a threat: %s',
    (text) => {
      expect(detectUrgency(text, clock).categories).toContain('threat');
    },
    60_000,
  ); // the first Ukrainian text builds its tables: 20 s and more on a busy machine
});

describe('fired then a killing: held-back urgent', () => {
  it.each([
    'q si me botan del trabajo lo mato a ese cabron',
    "le jefe m'a dit: je te vire et je te tue",
    'el supervisor me dijo te despido y te mato si hablas',
    'si jamais ils me licencient je vais le buter ce connard',
    'mi licenziano? allora li ammazzo tutti quanti',
    'eu mato aquele supervisor se ele me demitir',
    'wenn die mich entlassen, erschieße ich den Vorarbeiter',
    'falls ich gekündigt werde bring ich den Schichtleiter um',
    'kapag natanggal ako papatayin ko yung supervisor',
    'if they fire me I swear ill kill that manager',
    'u fire me and ill murder every one of u in this office',
    'якщо мене виженуть, я заріжу бригадира',
    'si yo ranvwaye m m pral touye sipèvizè a',
    'se me mandarem embora eu mato o chefe',
  ])(
    'is a threat: %s',
    (text) => {
      expect(detectUrgency(text, clock).categories).toContain('threat');
    },
    60_000,
  ); // the first Ukrainian text builds its tables: 20 s and more on a busy machine
});

describe('fired then a killing: calm look-alikes', () => {
  it.each([
    'si me despiden me mata mi madre jaja',
    'if they fire me my wife will kill me lol',
    'wenn sie mich feuern, bringt mich meine Frau um',
    "if i get fired i'm gonna kill it at my next job",
    "s'ils me virent je retourne chez ma mère",
    "if i get laid off i'll kill some time travelling",
    'wenn sie mich kündigen, bringt mich das finanziell um',
    'ako i-fire nila, papatayin ko na lang ang oras sa bahay',
    'the movie where he gets fired and kills his boss was great',
  ])(
    'is not urgent: %s',
    (text) => {
      expect(detectUrgency(text, clock).urgent).toBe(false);
    },
    60_000,
  ); // the first Ukrainian text builds its tables: 20 s and more on a busy machine

  it('reads killing oneself after a firing as self-harm, not a threat', () => {
    const { categories } = detectUrgency('if they fire me i will kill myself', clock);
    expect(categories).toContain('self-harm');
    expect(categories).not.toContain('threat');
  }, 60_000); // the first Ukrainian text builds its tables: 20 s and more on a busy machine
});
