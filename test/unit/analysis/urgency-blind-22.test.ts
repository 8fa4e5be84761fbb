import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Blind round 22: 194 messages written before the detector's word lists were read, as employees text and type them
 * (urgency-blind-22.jsonl: text, urgent, category, language, why; labels decided before the first run). 118 urgent:
 * a report behind an answer's opening words ("ok he is not moving", "sí, ahora mismo no respira"), answers to a
 * sponsor, an emergency told without its keyword, a quote, a ramble with the danger in the middle, a report split
 * over two texts (joined, a line break between; the first half alone is calm), in 20 languages; 76 calm look-alikes:
 * idioms, drills, training, a fixed hazard, the news, a what-if, "no one was hurt", tiredness with ordinary wishes
 * ("Estoy cansada. Tengo dos hijos. Quiero más horas.").
 */
interface Row {
  text: string;
  urgent: boolean;
  category: string;
  language: string;
  why: string;
  /** False for a language the README says urgency does not read (Haitian Creole, Somali, Swahili). */
  read?: boolean;
}
const rows: Row[] = readFileSync(new URL('./urgency-blind-22.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);

/*
 * Known and left, with why: a language in neither of the README's lists is not read, so its emergencies reach a
 * sponsor only through the urgent box, URGENT, a topic or an emoji; and a lead asking to meet after a shift in his
 * truck is read by the learned model as harassment, a look-alike it is better to over-read than to teach it away.
 */
const KNOWN = new Map<string, string>([
  ['gen dife nan depo a, gen moun anndan', 'Haitian Creole is not read (README, "nor is a language in neither list")'],
  ['qof ayaa suuxay oo ma neefsanayo', 'Somali is not read (README)'],
  ['my lead told me to meet him after shift in his truck', 'the model reads a meeting alone in a truck as harassment'],
]);

const expected = rows.filter((row) => !KNOWN.has(row.text));
const named = (list: Row[]) => list.map((row) => [`${row.language} ${row.category}: ${row.text}`, row] as const);

describe('urgency blind round 22', { timeout: 120_000 }, () => {
  it('Should hold at least 150 rows, about 60% urgent, in at least 20 languages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const share = rows.filter((row) => row.urgent).length / rows.length;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.65);
    expect(new Set(rows.map((row) => row.language.split('-')[0])).size).toBeGreaterThanOrEqual(20);
  });

  it.each(named(expected.filter((row) => row.urgent)))('Should read %s as urgent', (_, row) => {
    expect(detectUrgency(row.text).urgent).toBe(true);
  });

  it.each(named(expected.filter((row) => !row.urgent)))('Should read %s as calm', (_, row) => {
    expect(detectUrgency(row.text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([...KNOWN])('Should still read %s as the README says (known: %s)', (text) => {
    const row = rows.find((candidate) => candidate.text === text);
    expect(row).toBeDefined();
    // When one of these is fixed, move it out of KNOWN so it is held to its label.
    expect(detectUrgency(text).urgent).toBe(!row?.urgent);
  });

  it.each([
    'estoy cansada de vivir',
    'Estoy cansada. Ya no quiero seguir.',
    "I'm tired of living",
    "I'm exhausted. I have two kids. I don't want to live anymore.",
    'Je suis fatiguée. Je veux en finir.',
  ])('Should still read %s as self-harm beside tiredness', (text) => {
    expect(detectUrgency(text).categories).toContain('self-harm');
  });

  it.each([
    'Estoy agotada. Tengo tres hijos. Quiero más turnos.',
    'Je suis crevée. J’ai deux enfants. Je voudrais plus d’heures.',
    'Ich bin müde. Ich habe zwei Kinder. Ich möchte mehr Stunden.',
    'Estou cansada. Tenho dois filhos. Quero mais horas.',
    'Sono stanca. Ho due figli. Vorrei più ore.',
  ])('Should read tiredness, children and ordinary wishes %s as calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each(['the line is not moving', 'my friend is not moving house after all', 'sales are not moving'])(
    'Should read %s as calm (things, not a person, not moving)',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(false);
    },
  );
});

describe('urgency blind round 22: nothing throws', () => {
  const WORDS = [
    ...'ok okay yes thanks sí gracias 好的 네 oui merci ja danke , . ! ? … — \n'.split(' '),
    ...'he she is not moving breathing trouble having a seizure still bleeding skin coming off oil'.split(' '),
    ...'estoy cansada tengo dos hijos quiero más horas tired kids want hours cháy ở kho er is brand in de hal'.split(
      ' ',
    ),
  ];
  it('Should answer any text that opens with answer words, or mixes ordinary-life sentences, without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...WORDS),
            fc.string({ maxLength: 4 }),
            fc.string({ unit: 'grapheme', maxLength: 3 }),
          ),
          {
            maxLength: 30,
          },
        ),
        (words) => {
          const result = detectUrgency(words.join(' '));
          expect(typeof result.urgent).toBe('boolean');
          expect(result.urgent).toBe(result.categories.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
