/**
 * `npm run eval -- <file.jsonl> [--json]`
 *
 * Scores the offline analyzer on labelled JSONL beside a baseline measured in
 * the same run. One JSON object a line, all of one kind:
 * - `{text, label}` with label positive / negative / neutral: sentiment.
 *   Accuracy, macro-F1, per-class F1 and documents per second; the analyzer's
 *   MIXED counts as the stronger of positive and negative (see `toThreeClass`).
 *   Baseline: AFINN-165 (the `sentiment` package), score > 0 positive,
 *   < 0 negative, 0 neutral. The analyzer's speed is the whole pipeline
 *   (sentiment, language, redaction, key phrases); the baseline's is its score.
 *   Speeds are steady-state: each side runs over the file once untimed (to
 *   warm the JIT, as a running service is), then once timed.
 * - `{text, escalate}`: escalation. Precision, recall and F1 of flagging, and
 *   the share of texts flagged. Analyzer: the urgency detector. Baseline: AFINN
 *   score < 0 flags.
 *
 * `--json` prints one object instead: `{"analyzer": {...}, "baseline": {...}}`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import { z } from 'zod';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import {
  type ClassificationReport,
  classify,
  type FlaggingReport,
  flagging,
  SENTIMENT_LABELS,
  type SentimentLabel,
  toThreeClass,
} from './eval/metrics';
import { detectUrgency } from '../shared/analysis/urgency';
import { runUrgencyEval } from './eval/urgency';
import { runRedactionEval } from './eval/redaction';
import { runLanguageEval } from './eval/sentiment-languages';
import { reportSentimentDetail } from './eval/sentiment-report';
import { presentMacroF1 } from './eval/sentiment-metrics';
import { percent, tableLines } from './eval/table';

export interface EvalCliDeps {
  readFile(path: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: npm run eval -- <file.jsonl> [--json]
  Each line: {"text": ..., "label": "positive" | "negative" | "neutral"} or {"text": ..., "escalate": true | false}`;

const sentimentRow = z.object({ text: z.string(), label: z.enum(SENTIMENT_LABELS) });
const escalationRow = z.object({ text: z.string(), escalate: z.boolean() });

type Dataset =
  | { kind: 'sentiment'; rows: z.infer<typeof sentimentRow>[] }
  | { kind: 'escalation'; rows: z.infer<typeof escalationRow>[] };

/** A line of the file is not what the command reads; the message names the line. */
export class EvalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalInputError';
  }
}

/**
 * The command without its process: returns the exit code.
 *
 * @example
 * const code = await runEvalCli(['../shared/eval/tweeteval_sentiment.jsonl', '--json'], deps);
 */
export async function runEvalCli(args: string[], deps: EvalCliDeps): Promise<number> {
  // The project's own multilingual urgency set: `--urgency`, or its folder given as the file.
  if (args.some((arg) => arg === '--urgency' || /(?:^|\/)eval\/urgency\/?$/.test(arg)))
    return runUrgencyEval(
      args.filter((arg) => arg !== '--urgency'),
      deps,
    );
  // The project's own redaction corpus: `--redaction [--json] [--verbose] [<unlabelled.jsonl>]`.
  if (args.includes('--redaction'))
    return runRedactionEval(
      args.filter((arg) => arg !== '--redaction'),
      deps,
    );
  // Spanish and French sentiment on the project's own sets, beside the English model and a package lexicon.
  if (args.includes('--languages'))
    return runLanguageEval(
      args.filter((arg) => arg !== '--languages'),
      deps,
    );
  let positionals: string[];
  let json: boolean;
  try {
    const parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    positionals = parsed.positionals;
    json = parsed.values.json === true;
  } catch (error) {
    deps.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [path, ...extra] = positionals;
  if (!path || extra.length) {
    deps.err(USAGE);
    return 2;
  }

  let content: string;
  try {
    content = await deps.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    deps.err(code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }

  let dataset: Dataset;
  try {
    dataset = parseDataset(content, path);
  } catch (error) {
    if (!(error instanceof EvalInputError)) throw error;
    deps.err(error.message);
    return 2;
  }

  if (dataset.kind === 'sentiment') {
    const result = await scoreSentiment(dataset.rows);
    if (json) deps.out(JSON.stringify(result));
    else {
      printSentiment(path, dataset.rows.length, result, deps.out);
      await reportSentimentDetail(path, content, deps.out);
    }
  } else {
    const result = scoreEscalation(dataset.rows);
    if (json)
      deps.out(JSON.stringify({ analyzer: withoutSpeed(result.analyzer), baseline: withoutSpeed(result.baseline) }));
    else printEscalation(path, dataset.rows.length, result, deps.out);
  }
  return 0;
}

/** Reads labelled JSONL: every non-blank line one row, all rows of one kind. */
export function parseDataset(content: string, path: string): Dataset {
  const sentiment: z.infer<typeof sentimentRow>[] = [];
  const escalation: z.infer<typeof escalationRow>[] = [];
  const lines = content.split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${path}, line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new EvalInputError(`${where}: not valid JSON (${(error as Error).message})`);
    }
    const asSentiment = sentimentRow.safeParse(value);
    const asEscalation = escalationRow.safeParse(value);
    if (asSentiment.success) sentiment.push(asSentiment.data);
    else if (asEscalation.success) escalation.push(asEscalation.data);
    else
      throw new EvalInputError(
        `${where}: expected {"text": string, "label": "positive"|"negative"|"neutral"} or {"text": string, "escalate": boolean}; ${describe(asSentiment.error, asEscalation.error, value)}`,
      );
    if (sentiment.length && escalation.length) {
      throw new EvalInputError(
        `${where}: mixes sentiment rows ("label") and escalation rows ("escalate"); use one kind per file`,
      );
    }
  });
  if (sentiment.length) return { kind: 'sentiment', rows: sentiment };
  if (escalation.length) return { kind: 'escalation', rows: escalation };
  throw new EvalInputError(`${path}: no rows`);
}

function describe(sentimentError: z.ZodError, escalationError: z.ZodError, value: unknown): string {
  const hasEscalate = typeof value === 'object' && value !== null && 'escalate' in value;
  const issue = (hasEscalate ? escalationError : sentimentError).issues[0];
  return issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'not an object';
}

interface SentimentScores extends ClassificationReport {
  docsPerSecond: number;
}

async function scoreSentiment(
  rows: z.infer<typeof sentimentRow>[],
): Promise<{ analyzer: SentimentScores; baseline: SentimentScores }> {
  const gold = rows.map((r) => r.label);
  const analyzer = new OfflineAnalyzer();
  const documents = rows.map((r, i) => ({ id: String(i), text: r.text }));
  await analyzer.analyze(documents);
  const started = performance.now();
  const results = await analyzer.analyze(documents);
  const analyzerSeconds = (performance.now() - started) / 1000;
  const predicted = documents.map(({ id }): SentimentLabel => {
    const result = results.get(id);
    if (!result || result instanceof Error)
      throw new Error(`the analyzer failed on row ${Number(id) + 1}`, { cause: result });
    return toThreeClass(result.sentiment, result.sentimentScores);
  });

  const afinn = new Sentiment();
  for (const row of rows) afinn.analyze(row.text);
  const baselineStarted = performance.now();
  const baseline = rows.map((r): SentimentLabel => {
    const { score } = afinn.analyze(r.text);
    return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  });
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;

  return {
    // Macro-F1 over the classes the file has: a positive/negative file is not scored on neutral too.
    analyzer: {
      ...classify(gold, predicted),
      macroF1: presentMacroF1(gold, predicted).macroF1,
      docsPerSecond: rate(rows.length, analyzerSeconds),
    },
    baseline: {
      ...classify(gold, baseline),
      macroF1: presentMacroF1(gold, baseline).macroF1,
      docsPerSecond: rate(rows.length, baselineSeconds),
    },
  };
}

interface EscalationScores extends FlaggingReport {
  docsPerSecond: number;
}

function scoreEscalation(rows: z.infer<typeof escalationRow>[]): {
  analyzer: EscalationScores;
  baseline: EscalationScores;
} {
  const gold = rows.map((r) => r.escalate);
  for (const row of rows) detectUrgency(row.text);
  const started = performance.now();
  const predicted = rows.map((r) => detectUrgency(r.text).urgent);
  const analyzerSeconds = (performance.now() - started) / 1000;
  const afinn = new Sentiment();
  for (const row of rows) afinn.analyze(row.text);
  const baselineStarted = performance.now();
  const baseline = rows.map((r) => afinn.analyze(r.text).score < 0);
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;
  return {
    analyzer: { ...flagging(gold, predicted), docsPerSecond: rate(rows.length, analyzerSeconds) },
    baseline: { ...flagging(gold, baseline), docsPerSecond: rate(rows.length, baselineSeconds) },
  };
}

function rate(count: number, seconds: number): number {
  return Math.round(count / Math.max(seconds, 1e-6));
}

function withoutSpeed({ docsPerSecond: _, ...rest }: EscalationScores): FlaggingReport {
  return rest;
}

const speed = (x: number) => x.toLocaleString('en-US');

function printSentiment(
  path: string,
  rows: number,
  { analyzer, baseline }: { analyzer: SentimentScores; baseline: SentimentScores },
  out: (line: string) => void,
): void {
  out(`${path}: ${rows} rows, sentiment (MIXED counts as the stronger of positive/negative)`);
  out('');
  const columns = [
    { title: '(%)', width: 22, left: true },
    { title: 'accuracy', width: 9 },
    { title: 'macro-F1', width: 9 },
    { title: 'F1 pos', width: 8 },
    { title: 'F1 neg', width: 8 },
    { title: 'F1 neu', width: 8 },
    { title: 'docs/s', width: 11 },
  ];
  const rowOf = (name: string, r: SentimentScores) => [
    name,
    percent(r.accuracy),
    percent(r.macroF1),
    percent(r.perClass.positive),
    percent(r.perClass.negative),
    percent(r.perClass.neutral),
    speed(r.docsPerSecond),
  ];
  for (const line of tableLines(columns, [rowOf('offline analyzer', analyzer), rowOf('AFINN-165 baseline', baseline)]))
    out(line);
  out('');
  out(
    `macro-F1 difference: ${(100 * (analyzer.macroF1 - baseline.macroF1)).toFixed(1)} points. Analyzer speed is the full pipeline (sentiment, language, redaction, key phrases).`,
  );
}

function printEscalation(
  path: string,
  rows: number,
  { analyzer, baseline }: { analyzer: EscalationScores; baseline: EscalationScores },
  out: (line: string) => void,
): void {
  out(`${path}: ${rows} rows, escalation`);
  out('');
  const columns = [
    { title: '(%)', width: 30, left: true },
    { title: 'precision', width: 10 },
    { title: 'recall', width: 8 },
    { title: 'F1', width: 8 },
    { title: 'flagged', width: 9 },
    { title: 'docs/s', width: 11 },
  ];
  const rowOf = (name: string, r: EscalationScores) => [
    name,
    percent(r.precision),
    percent(r.recall),
    percent(r.f1),
    percent(r.flaggedShare),
    speed(r.docsPerSecond),
  ];
  for (const line of tableLines(columns, [
    rowOf('urgency detector', analyzer),
    rowOf('AFINN-165 baseline (score<0)', baseline),
  ]))
    out(line);
}

async function main(): Promise<number> {
  return runEvalCli(process.argv.slice(2), {
    readFile: (path) => readFile(path, 'utf8'),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
