import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Sentiment from 'sentiment';
import { ANALYSIS_BATCH_SIZE } from '../infra/constructs/analysis-pipeline';
import { REGEXPS_COMPILED_AT_ONCE } from '../infra/constructs/regexps-compiled-at-once';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../shared/analysis/urgency';
import { LAMBDA_NODE_MAJOR, lambdaNode } from './lambda-node';
import { median, round } from './stats';

/*
 * The whole offline path in documents per CPU-second on the Node.js the Lambdas run (nodejs24.x), beside the figure
 * of the Node running the bench. The same code reads a third to two thirds faster on Node 24 than on Node 20 (this
 * machine's `node`; docs/performance-log.md, thr32), so a figure read on Node 20 alone says less than the deployed path
 * does. Measured in a child process on the Lambda's Node when one is installed (`.ci/run` puts it under `.cache/`).
 */

/**
 * One round of the whole path as the analyse use case runs it (a batch through the analyzer, then urgency over the
 * batch) and of AFINN over the same texts, each in documents per CPU-second: what this process spent, whatever the
 * others on a shared machine took. Used here and by measureOfflineAnalyzer (analysis.ts).
 */
export async function wholePathRound(
  analyzer: OfflineAnalyzer,
  afinn: Sentiment,
  docs: { id: string; text: string }[],
  batchSize: number,
): Promise<{ wholePath: number; afinn: number }> {
  let cpu = process.cpuUsage();
  for (let i = 0; i < docs.length; i += batchSize) {
    const batch = docs.slice(i, i + batchSize);
    await analyzer.analyze(batch);
    for (const doc of batch) detectUrgency(doc.text);
  }
  const wholePath = docs.length / cpuSeconds(cpu);
  cpu = process.cpuUsage();
  for (const doc of docs) afinn.analyze(doc.text);
  return { wholePath, afinn: docs.length / cpuSeconds(cpu) };
}

/** The whole path (a batch through the analyzer, then urgency over it) and AFINN, per CPU-second; medians past round 1. */
export async function measureWholePathCpu({
  file,
  rounds = 5,
  limit = 2000,
  batchSize = ANALYSIS_BATCH_SIZE,
}: {
  file: string;
  rounds?: number;
  limit?: number;
  batchSize?: number;
}): Promise<{ node: string; wholePathCpuDocsPerSecond: number; afinnCpuDocsPerSecond: number }> {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const docs = texts.map((text, i) => ({ id: String(i), text }));
  const analyzer = new OfflineAnalyzer();
  const afinn = new Sentiment();
  const whole: number[] = [];
  const baseline: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const rates = await wholePathRound(analyzer, afinn, docs, batchSize);
    whole.push(rates.wholePath);
    baseline.push(rates.afinn);
  }
  // The first round warms the code and its caches up, as in measureOfflineAnalyzer.
  const warm = (rates: number[]) => (rates.length > 2 ? rates.slice(1) : rates);
  return {
    node: process.version,
    wholePathCpuDocsPerSecond: round(median(warm(whole)), 0),
    afinnCpuDocsPerSecond: round(median(warm(baseline)), 0),
  };
}

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/**
 * measureWholePathCpu on the Lambda's Node, in a child process; undefined when this process runs that Node already
 * (the bench's own figure is that one) or none is installed.
 */
export async function measureWholePathOnLambdaNode(options: {
  file: string;
  rounds: number;
  /**
   * With V8's regexp tier-up off (`--no-regexp-tier-up` on the child's command line), as the analysis functions are
   * deployed (infra/constructs/regexps-compiled-at-once.ts); measured even when this process runs the Lambda's Node.
   */
  patternsAtOnce?: boolean;
}): Promise<Awaited<ReturnType<typeof measureWholePathCpu>> | undefined> {
  const node = lambdaNode();
  if (!node || (node === process.execPath && !options.patternsAtOnce)) return undefined;
  try {
    const { stdout } = await promisify(execFile)(
      node,
      [
        ...(options.patternsAtOnce ? [REGEXPS_COMPILED_AT_ONCE] : []),
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        options.file,
        String(options.rounds),
      ],
      { maxBuffer: 1 << 20, env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof measureWholePathCpu>>;
  } catch (error) {
    // The rest of the bench stands without this row.
    console.error(`… the whole path could not be read on ${node}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

export { LAMBDA_NODE_MAJOR };

// Run as a script (the child above): the figures as one line of JSON.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, rounds] = process.argv.slice(2);
  console.log(JSON.stringify(await measureWholePathCpu({ file: file!, rounds: Number(rounds) || 5 })));
}
