/**
 * `npm run eval -- --languages [--json] [--misses]`
 *
 * Sentiment in Spanish and French on the project's own labelled sets,
 * `eval/sentiment/<code>.jsonl` (`{text, label}`, workplace comments written
 * in each language, not translated). Each row is in the tune or the held-out
 * half by a hash of its text (`splitOf`, as the urgency sets); the lexicons
 * were tuned on the tune half only, so the held-out macro-F1 is the figure
 * to quote. Beside it, on the same rows:
 * - the offline analyzer as it runs (language detected, then that
 *   language's scorer; a text detected as another language gets its scorer);
 * - the language's scorer alone (told the language);
 * - the English model on the same text: what the analyzer gave before;
 * - the nlp.js lexicons (`@nlpjs/lang-es` senticon, `@nlpjs/lang-fr`
 *   pattern), the maintained packages measured against ours, with a neutral
 *   band (|score| below it) chosen on the tune half.
 * `--misses` lists the tune half's mistakes (never the held-out half's).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { analyseWorkplaceSentiment } from '../../shared/analysis/learned-sentiment/workplace-sentiment';
import { analyseSentimentInLanguage, SENTIMENT_LANGUAGES } from '../../shared/analysis/sentiment-languages';
import { SENTIMENT_LABELS, type SentimentLabel, toThreeClass } from './metrics';
import { parseJsonLines } from './json-lines';
import { nlpjsScorer } from './nlpjs-sentiment';
import { presentMacroF1 } from './sentiment-metrics';
import { type Split, splitOf } from './urgency';

export interface LanguageEvalDeps {
  readFile(path: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export const LANGUAGE_SET_DIR = 'eval/sentiment';
const NAMES: Readonly<Record<string, string>> = { es: 'Spanish', fr: 'French' };
const row = z.object({ text: z.string().min(1), label: z.enum(SENTIMENT_LABELS) }).strict();
type Row = z.infer<typeof row>;

/** Macro-F1 on each half, and the speed over the whole set. */
export interface MethodScore {
  tune: number;
  heldOut: number;
  docsPerSecond: number;
}

export interface LanguageSentimentScores {
  code: string;
  name: string;
  rows: number;
  heldOutRows: number;
  methods: Record<'analyzer' | 'scorer' | 'english' | 'package', MethodScore | null>;
  /** The band of the package's score read as neutral, chosen on the tune half. */
  packageBand: number | null;
  tuneMisses: { text: string; expected: SentimentLabel; got: SentimentLabel }[];
}

/** Reads one language's rows; a bad line is named with its file and number. */
export function parseLanguageRows(content: string, path: string): Row[] {
  return parseJsonLines(
    content,
    path,
    row,
    () => 'expected {"text": string, "label": "positive"|"negative"|"neutral"}',
  );
}

const MIN_TIMED_MS = 250;
const MAX_PASSES = 50;

type Predict = (text: string) => SentimentLabel | Promise<SentimentLabel>;

/** Scores every method on one language's rows. */
export async function scoreLanguageSentiment(code: string, rows: readonly Row[]): Promise<LanguageSentimentScores> {
  const splits = rows.map((r) => splitOf(r.text));
  const analyzer = new OfflineAnalyzer();
  const methods: LanguageSentimentScores['methods'] = {
    analyzer: await measure(rows, splits, async (text) => {
      const result = (await analyzer.analyze([{ id: '0', text }])).get('0');
      if (!result || result instanceof Error)
        throw new Error(`the offline analyzer failed on: ${text}`, { cause: result });
      return toThreeClass(result.sentiment, result.sentimentScores);
    }),
    scorer: await measure(rows, splits, (text) => {
      const result = analyseSentimentInLanguage(text, code);
      if (!result) throw new Error(`no sentiment scorer for ${code}`);
      return toThreeClass(result.sentiment, result.scores);
    }),
    english: await measure(rows, splits, (text) => {
      const result = analyseWorkplaceSentiment(text);
      return toThreeClass(result.sentiment, result.scores);
    }),
    package: null,
  };
  let packageBand: number | null = null;
  const score = await nlpjsScorer(code);
  if (score) {
    const scores = await Promise.all(rows.map((r) => score(r.text)));
    const band = bestBand(rows, splits, scores);
    packageBand = band;
    methods.package = await measure(rows, splits, async (text) => bandLabel(await score(text), band));
  }
  const scorer = (text: string) => {
    const result = analyseSentimentInLanguage(text, code)!;
    return toThreeClass(result.sentiment, result.scores);
  };
  return {
    code,
    name: NAMES[code] ?? code,
    rows: rows.length,
    heldOutRows: splits.filter((s) => s === 'held-out').length,
    methods,
    packageBand,
    tuneMisses: rows.flatMap((r, i) => {
      const got = scorer(r.text);
      return splits[i] === 'tune' && got !== r.label ? [{ text: r.text, expected: r.label, got }] : [];
    }),
  };
}

/**
 * Predicts every row: once untimed to warm up (as a running service is),
 * then timed over passes of the whole set until a quarter of a second has
 * gone, so one slow pass on a busy machine does not decide the speed.
 */
async function measure(rows: readonly Row[], splits: readonly Split[], predict: Predict): Promise<MethodScore> {
  const predicted: SentimentLabel[] = [];
  for (const r of rows) predicted.push(await predict(r.text));
  let passes = 0;
  const started = performance.now();
  do {
    for (const r of rows) await predict(r.text);
    passes++;
  } while (performance.now() - started < MIN_TIMED_MS && passes < MAX_PASSES);
  const seconds = (performance.now() - started) / 1000;
  const f1 = (split: Split) => {
    const at = rows.map((_, i) => i).filter((i) => splits[i] === split);
    return presentMacroF1(
      at.map((i) => rows[i]!.label),
      at.map((i) => predicted[i]!),
    ).macroF1;
  };
  return {
    tune: f1('tune'),
    heldOut: f1('held-out'),
    docsPerSecond: Math.round((passes * rows.length) / Math.max(seconds, 1e-6)),
  };
}

const BANDS = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.75, 1];

function bandLabel(score: number, band: number): SentimentLabel {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

/** The neutral band that gives the package its best macro-F1 on the tune half. */
function bestBand(rows: readonly Row[], splits: readonly Split[], scores: readonly number[]): number {
  const tune = rows.map((_, i) => i).filter((i) => splits[i] === 'tune');
  const f1 = (band: number) =>
    presentMacroF1(
      tune.map((i) => rows[i]!.label),
      tune.map((i) => bandLabel(scores[i]!, band)),
    ).macroF1;
  return BANDS.reduce((best, band) => (f1(band) > f1(best) ? band : best), 0);
}

const pct = (x: number | undefined) => (x === undefined ? '     -' : (100 * x).toFixed(1).padStart(6));

/** The command: per language, held-out macro-F1 of each method beside the others. Returns the exit code. */
export async function runLanguageEval(args: string[], deps: LanguageEvalDeps): Promise<number> {
  let values: { json?: boolean; misses?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { json: { type: 'boolean' }, misses: { type: 'boolean' } } }));
  } catch (error) {
    deps.err(`${(error as Error).message}\nUsage: npm run eval -- --languages [--json] [--misses]`);
    return 2;
  }
  const results: LanguageSentimentScores[] = [];
  for (const code of SENTIMENT_LANGUAGES) {
    const path = `${LANGUAGE_SET_DIR}/${code}.jsonl`;
    let rows: Row[];
    try {
      rows = parseLanguageRows(await deps.readFile(path), path);
    } catch (error) {
      deps.err((error as NodeJS.ErrnoException).code === 'ENOENT' ? `No such file: ${path}` : (error as Error).message);
      return 2;
    }
    results.push(await scoreLanguageSentiment(code, rows));
  }
  if (values.json) {
    deps.out(
      JSON.stringify(results.map(({ tuneMisses, ...rest }) => (values.misses ? { ...rest, tuneMisses } : rest))),
    );
    return 0;
  }
  deps.out(
    'Sentiment per language: macro-F1 (%) over positive / negative / neutral, tuned on the tune half, held-out half quoted',
  );
  deps.out('');
  deps.out(
    `${'language'.padEnd(10)}${'rows'.padStart(6)}${'held-out'.padStart(9)}  ${'method'.padEnd(44)}${'tune'.padStart(7)}${'held-out'.padStart(9)}${'docs/s'.padStart(10)}`,
  );
  const labels: [keyof LanguageSentimentScores['methods'], string][] = [
    ['analyzer', 'offline analyzer (detects, then its scorer)'],
    ['scorer', "the language's own lexicon and rules"],
    ['english', 'English model on the same text (before)'],
    ['package', 'nlp.js lexicon (package), tuned band'],
  ];
  for (const r of results) {
    labels.forEach(([key, about], i) => {
      const m = r.methods[key];
      const head =
        i === 0
          ? `${r.name.padEnd(10)}${String(r.rows).padStart(6)}${String(r.heldOutRows).padStart(9)}`
          : ' '.repeat(25);
      const name = key === 'package' && r.packageBand !== null ? `${about} ${r.packageBand}` : about;
      deps.out(
        `${head}  ${name.padEnd(44)}${pct(m?.tune)}${pct(m?.heldOut).padStart(9)}${(m ? m.docsPerSecond.toLocaleString('en-US') : 'not installed').padStart(10)}`,
      );
    });
  }
  if (values.misses) {
    for (const r of results) {
      deps.out('');
      deps.out(`${r.name}, tune half, ${r.tuneMisses.length} missed:`);
      for (const miss of r.tuneMisses) deps.out(`  ${miss.expected} → ${miss.got}: ${miss.text}`);
    }
  }
  return 0;
}
