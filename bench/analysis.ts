import { readFileSync } from 'node:fs';
import Sentiment from 'sentiment';
import { ANALYSIS_BATCH_SIZE } from '../infra/constructs/analysis-pipeline';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import { keyPhrasesOfRedacted } from '../shared/analysis/key-phrases';
import { detectLanguage } from '../shared/analysis/language';
import { analyseWorkplaceSentiment } from '../shared/analysis/learned-sentiment/workplace-sentiment';
import { redact, redactEach } from '../shared/analysis/redact';
import { detectUrgency } from '../shared/analysis/urgency';
import { median, ratio, round } from './stats';
import { wholePathRound } from './analysis-on-lambda-node';

/**
 * Offline analyzer throughput (docs/s) on real text, beside the AFINN
 * baseline on the same documents. The whole offline path is the analyzer
 * (language, sentiment, redaction, key phrases) and the urgency detector,
 * which the analyse use case runs beside it; urgency's share is reported
 * apart, since it is measured and tuned on its own.
 *
 * Each round runs every part and AFINN one after the other, and each part's
 * figure is the median of its rounds; `wholePathCpuDocsPerSecond` is the
 * whole path measured as it runs, in documents per CPU-second (the goal is
 * 5,000); `stages` gives each step of the
 * analyzer alone, on CPU time (what the process spent, not what the other
 * processes on a shared machine took from it), as docs/s and × AFINN.
 */
export async function measureOfflineAnalyzer({
  file,
  rounds = 5,
  limit = 2000,
  batchSize = ANALYSIS_BATCH_SIZE,
}: {
  file: string;
  rounds?: number;
  limit?: number;
  /** Documents per analyzer call. @default ANALYSIS_BATCH_SIZE, the deployed analysis lane's SQS batch */
  batchSize?: number;
}) {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const docs = texts.map((text, i) => ({ id: String(i), text }));
  const analyzer = new OfflineAnalyzer();
  const afinn = new Sentiment();
  const analyzerRates: number[] = [];
  const urgencyRates: number[] = [];
  const baseline: number[] = [];
  const wholeCpuRates: number[] = [];
  const afinnCpuRates: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    // The whole path as the analyse use case runs it, and AFINN, on CPU time (analysis-on-lambda-node.ts).
    const cpuRates = await wholePathRound(analyzer, afinn, docs, batchSize);
    wholeCpuRates.push(cpuRates.wholePath);
    afinnCpuRates.push(cpuRates.afinn);
    let t = performance.now();
    for (let i = 0; i < docs.length; i += batchSize) await analyzer.analyze(docs.slice(i, i + batchSize)); // SQS-sized batches
    analyzerRates.push(docs.length / ((performance.now() - t) / 1000));
    t = performance.now();
    for (const text of texts) detectUrgency(text);
    urgencyRates.push(texts.length / ((performance.now() - t) / 1000));
    t = performance.now();
    for (const text of texts) afinn.analyze(text);
    baseline.push(texts.length / ((performance.now() - t) / 1000));
  }
  const docsPerSecond = median(analyzerRates);
  const urgencyDocsPerSecond = median(urgencyRates);
  // Times add up per document: 1/whole = 1/analyzer + 1/urgency.
  const wholePathDocsPerSecond = 1 / (1 / docsPerSecond + 1 / urgencyDocsPerSecond);
  const afinnDocsPerSecond = median(baseline);
  // The first round warms the code and its caches up; the CPU figures are medians of the rest.
  const warm = (rates: number[]) => (rates.length > 2 ? rates.slice(1) : rates);
  const wholePathCpuDocsPerSecond = median(warm(wholeCpuRates));
  const afinnCpuDocsPerSecond = median(warm(afinnCpuRates));
  return {
    documents: docs.length,
    batchSize,
    docsPerSecond: round(docsPerSecond, 0),
    urgencyDocsPerSecond: round(urgencyDocsPerSecond, 0),
    wholePathDocsPerSecond: round(wholePathDocsPerSecond, 0),
    /** Share of the whole path's time spent on urgency. */
    urgencyShare: round(wholePathDocsPerSecond / urgencyDocsPerSecond, 2),
    afinnDocsPerSecond: round(afinnDocsPerSecond, 0),
    ratio: round(ratio(docsPerSecond, afinnDocsPerSecond), 2),
    wholePathRatio: round(ratio(wholePathDocsPerSecond, afinnDocsPerSecond), 2),
    /** The whole path (analyzer and urgency, one document after the other) in documents per CPU-second. */
    wholePathCpuDocsPerSecond: round(wholePathCpuDocsPerSecond, 0),
    afinnCpuDocsPerSecond: round(afinnCpuDocsPerSecond, 0),
    wholePathCpuRatio: round(ratio(wholePathCpuDocsPerSecond, afinnCpuDocsPerSecond), 4),
    stages: measureStages(texts, rounds),
  };
}

/** The analyzer's batch for the steps that read a batch together (OfflineAnalyzer's STEP_BATCH). */
const STAGE_BATCH = 100;

/** Each step of the offline path alone, in the order the analyzer runs them, beside AFINN in the same rounds. */
function measureStages(texts: string[], rounds: number): Record<string, { docsPerSecond: number; ratio: number }> {
  const afinn = new Sentiment();
  const languages = texts.map(detectLanguage);
  const redacted = texts.map((text) => redact(text));
  const stages: Record<string, (text: string, i: number) => unknown> = {
    AFINN: (text) => afinn.analyze(text),
    language: (text) => detectLanguage(text),
    sentiment: (text) => analyseWorkplaceSentiment(text),
    // As the analyzer reads it: each rule over a batch of 100 before the next (redactEach), timed per text.
    redaction: (_, i) => (i % STAGE_BATCH === 0 ? redactEach(texts.slice(i, i + STAGE_BATCH)) : undefined),
    'key phrases': (_, i) => keyPhrasesOfRedacted(redacted[i]!, languages[i]),
    urgency: (text) => detectUrgency(text),
  };
  const rates: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, step] of Object.entries(stages)) {
      const start = process.cpuUsage();
      texts.forEach((text, i) => step(text, i));
      const { user, system } = process.cpuUsage(start);
      (rates[name] ??= []).push(texts.length / ((user + system) / 1e6));
    }
  }
  const afinnRate = median(rates.AFINN!);
  return Object.fromEntries(
    Object.entries(rates).map(([name, r]) => [
      name,
      { docsPerSecond: round(median(r), 0), ratio: round(ratio(median(r), afinnRate), 4) },
    ]),
  );
}
