import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';
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
const rows = readBlindRows(new URL('./urgency-blind-22.jsonl', import.meta.url));

/*
 * Known and left, with why: a language in neither of the README's lists is not read, so its emergencies reach a
 * sponsor only through the urgent box, URGENT, a topic or an emoji; and a lead asking to meet after a shift in his
 * truck is read by the learned model as harassment, a look-alike it is better to over-read than to teach it away.
 * (Somali has a table since blind round 30, Haitian Creole since u33: their rows here are held to their labels.)
 */
const KNOWN = new Map<string, string>([
  ['my lead told me to meet him after shift in his truck', 'the model reads a meeting alone in a truck as harassment'],
]);

describe('urgency blind round 22', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 150, urgentShare: [0.55, 0.65], minLanguages: 20 });

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
