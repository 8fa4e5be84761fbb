import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEvalCli } from '../../../scripts/eval';
import type { LanguageSentimentScores } from '../../../scripts/eval/sentiment-languages';
import { splitOf } from '../../../scripts/eval/urgency';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { analyseWorkplaceSentiment } from '../../../shared/analysis/learned-sentiment/workplace-sentiment';
import { analyseSentimentInLanguage } from '../../../shared/analysis/sentiment-languages';
import { SPANISH } from '../../../shared/analysis/sentiment-languages/es';
import { FRENCH } from '../../../shared/analysis/sentiment-languages/fr';
import { compileRules } from '../../../shared/analysis/sentiment-languages/lexicon-lists';
import examples from './sentiment-examples.json';

const sentimentOf = (text: string, language: string) => analyseSentimentInLanguage(text, language)?.sentiment;

// Everyday feedback and the label a reader gives it, per language: data, beside the tests that read it.
const EXAMPLES = examples as Record<'es' | 'fr', [text: string, expected: string][]>;

describe.each(['es', 'fr'] as const)('sentiment of everyday %s feedback', (language) => {
  it.each(EXAMPLES[language])('Should read %j as %s', (text, expected) => {
    expect(sentimentOf(text, language)).toBe(expected);
  });
});

async function analyse(text: string) {
  const result = (await new OfflineAnalyzer().analyze([{ id: '1', text }])).get('1');
  if (!result || result instanceof Error) throw new Error('analysis failed', { cause: result });
  return result;
}

describe('Spanish sentiment', () => {
  it('Should let what follows "pero" decide, whichever side it is on', () => {
    expect(sentimentOf('La cafetería está genial pero el sueldo es horrible', 'es')).toBe('NEGATIVE');
    expect(sentimentOf('El sueldo es horrible pero la cafetería está genial', 'es')).toBe('POSITIVE');
  });

  it('Should read a negated complaint as no complaint, and negated praise as a complaint', () => {
    expect(sentimentOf('El jefe no es malo', 'es')).not.toBe('NEGATIVE');
    expect(sentimentOf('No tengo ninguna queja, todo funciona', 'es')).toBe('POSITIVE');
    expect(sentimentOf('El trato no es justo', 'es')).toBe('NEGATIVE');
    expect(sentimentOf('Jamás reconocen el esfuerzo', 'es')).toBe('NEGATIVE');
  });

  it('Should read a text the same with or without its accents', () => {
    expect(sentimentOf('pesimo servicio, la comida esta horrible', 'es')).toBe(
      sentimentOf('pésimo servicio, la comida está horrible', 'es'),
    );
    expect(sentimentOf('pesimo servicio, la comida esta horrible', 'es')).toBe('NEGATIVE');
  });
});

describe('French sentiment', () => {
  it('Should read "ne … pas" around the opinion word, and "pas terrible" as the complaint it is', () => {
    expect(sentimentOf("Je n'aime pas du tout le nouveau planning", 'fr')).toBe('NEGATIVE');
    expect(sentimentOf("Le chef n'est pas méchant", 'fr')).not.toBe('NEGATIVE');
    expect(sentimentOf("C'est pas terrible ici", 'fr')).toBe('NEGATIVE');
  });

  it('Should let what follows "mais" decide', () => {
    expect(sentimentOf('La cantine est top mais le salaire est nul', 'fr')).toBe('NEGATIVE');
    expect(sentimentOf('Le salaire est nul mais la cantine est top', 'fr')).toBe('POSITIVE');
  });
});

describe('The offline analyzer in the language it detects', () => {
  it('Should score Spanish and French with their own scorer', async () => {
    const spanish = 'Llevo tres meses con horas extra sin pagar y nadie me da una respuesta';
    const french = 'Ça fait trois mois que mes heures sup ne sont pas payées et personne ne répond';
    for (const text of [spanish, french]) {
      const result = await analyse(text);
      expect(result.sentiment).toBe('NEGATIVE');
      expect([result.sentiment, result.sentimentScores]).toEqual(
        Object.values(analyseSentimentInLanguage(text, result.language)!),
      );
    }
    expect((await analyse(spanish)).language).toBe('es');
    expect((await analyse(french)).language).toBe('fr');
  });

  it('Should leave English exactly as the English model scores it', async () => {
    for (const text of [
      'Understaffed again and the pay is awful',
      'Great team, thank you!',
      'What time does the canteen open?',
    ]) {
      const { sentiment, scores } = analyseWorkplaceSentiment(text);
      const result = await analyse(text);
      expect(['es', 'fr']).not.toContain(result.language);
      expect([result.sentiment, result.sentimentScores]).toEqual([sentiment, scores]);
    }
  });
});

describe('A language file', () => {
  const base = { negators: 'no', intensifiers: 'muy 1.5', contrasts: 'pero', concessives: 'aunque' };

  it('Should compile the Spanish and French lists, with every word listed once', () => {
    expect(compileRules(SPANISH).exact.size).toBeGreaterThan(300);
    expect(compileRules(FRENCH).exact.size).toBeGreaterThan(300);
  });

  it('Should refuse a word listed twice, accents aside, or a line without its valence, naming it', () => {
    expect(() => compileRules({ ...base, opinions: '2: genial, increíble\n1: increible' })).toThrow(
      /"increible" is listed twice/,
    );
    expect(() => compileRules({ ...base, opinions: 'genial, bueno' })).toThrow(/needs a valence/);
    expect(() => compileRules({ ...base, intensifiers: 'muy', opinions: '1: bien' })).toThrow(/"muy" needs a factor/);
  });
});

describe('Totality', () => {
  // Every word and phrase of both lexicons, stems with an ending, to build texts dense with opinions and grammar.
  const lexiconWords = [SPANISH, FRENCH].flatMap((rules) => {
    const { exact, stems } = compileRules(rules);
    return [...exact.keys(), ...[...stems.keys()].map((stem) => `${stem}ado`)];
  });
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...lexiconWords),
          fc.constantFrom('!', '?', ',', '.', "l'", "n'", '😡', ':)', '\n', 'PERO', 'mais'),
        ),
        { maxLength: 60 },
      )
      .map((words) => words.join(' ')),
  );

  it('Should give any text a label and confidences that sum to 1, in both languages', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('es', 'fr'), (input, language) => {
        const result = analyseSentimentInLanguage(input, language)!;
        expect(['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED']).toContain(result.sentiment);
        const values = Object.values(result.scores);
        for (const value of values) expect(value).toBeGreaterThanOrEqual(0);
        expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(result.scores[result.sentiment.toLowerCase() as keyof typeof result.scores]).toBe(Math.max(...values));
      }),
      { numRuns: 400 },
    );
  });

  it('Should have no scorer of its own for other languages, so they keep the English model', () => {
    expect(analyseSentimentInLanguage('Das Essen ist schlecht', 'de')).toBeUndefined();
    expect(analyseSentimentInLanguage('Understaffed', 'en')).toBeUndefined();
  });
});

describe('npm run eval -- --languages, on the held-out halves of eval/sentiment/{es,fr}.jsonl', () => {
  it('Should score each language well above the English model and the package lexicon (floors: what the halves reach)', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runEvalCli(['--languages', '--json'], {
      readFile: (p) => readFile(p, 'utf8'),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const results = JSON.parse(out.join('\n')) as LanguageSentimentScores[];
    const floors: Record<string, number> = { es: 0.93, fr: 0.93 };
    expect(results.map((r) => r.code)).toEqual(['es', 'fr']);
    for (const r of results) {
      expect(r.methods.analyzer!.heldOut).toBeGreaterThanOrEqual(floors[r.code]!);
      expect(r.methods.scorer!.heldOut).toBeGreaterThanOrEqual(floors[r.code]!);
      expect(r.methods.scorer!.heldOut - r.methods.english!.heldOut).toBeGreaterThanOrEqual(0.5);
      if (r.methods.package) expect(r.methods.scorer!.heldOut - r.methods.package.heldOut).toBeGreaterThanOrEqual(0.3);
    }
  }, 60_000);

  it.each(['es', 'fr'])('Should hold at least 150 %s rows, 40 of each label, held out about half', async (language) => {
    const rows = (await readFile(`eval/sentiment/${language}.jsonl`, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; label: string });
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    for (const label of ['positive', 'negative', 'neutral'])
      expect(rows.filter((r) => r.label === label).length).toBeGreaterThanOrEqual(40);
    const heldOut = rows.filter((r) => splitOf(r.text) === 'held-out').length;
    expect(heldOut / rows.length).toBeGreaterThan(0.4);
    expect(heldOut / rows.length).toBeLessThan(0.6);
  });
});
