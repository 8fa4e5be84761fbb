/**
 * Does the offline path hold its memory flat over many texts? One process reads every row of ../shared/eval (100,494
 * texts; round robin over the files, a batch of 100 from each in turn, as the analyse Lambda reads its SQS batches)
 * through the whole path (`OfflineAnalyzer.analyze` and `detectUrgency`), and every 5,000 rows, after a full GC,
 * prints the heap used, the machine code V8 holds (its code spaces) and the process's RSS.
 *
 * Why: a warm Lambda or `npm start` reads millions of texts. A pattern made anew for each text (a found name built into one), or a memo keyed by
 * text, would grow without end, the more so with V8's regexp tier-up off (`--no-regexp-tier-up`: every pattern
 * machine code from its first run), which the analysis functions and `npm start` run with, given on node's command
 * line (infra/constructs/regexps-compiled-at-once.ts; docs/performance-log.md, helpers thr39 and flag40). Run it as
 * they do, with the flag, and without it for V8's default:
 *
 *   node --no-regexp-tier-up --expose-gc --import tsx bench/analysis-memory.ts [--limit <rows>] [--every <rows>]
 *   .cache/node24/node_modules/node/bin/node --no-regexp-tier-up --expose-gc --import tsx bench/analysis-memory.ts
 *
 * It ends with the growth from the first reading to the last: heap used and machine code should stay within a few MB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../shared/analysis/urgency';

const EVAL_DIR = join(process.cwd(), '../shared/eval');
const BATCH = 100;

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const limit = option('--limit') ?? Number.POSITIVE_INFINITY;
const every = option('--every') ?? 5000;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (node --expose-gc --import tsx bench/analysis-memory.ts)');

const MB = 1024 * 1024;
function reading(rows: number) {
  gc!();
  const { rss, heapUsed } = process.memoryUsage();
  // Machine code: small objects in the code space, large ones (a long pattern's) in its large-object space.
  const code = getHeapSpaceStatistics()
    .filter((s) => s.space_name === 'code_space' || s.space_name === 'code_large_object_space')
    .reduce((sum, s) => sum + s.space_used_size, 0);
  return { rows, heapUsedMb: heapUsed / MB, codeSpaceMb: code / MB, rssMb: rss / MB };
}
const show = (r: ReturnType<typeof reading>) =>
  console.log(
    `${String(r.rows).padStart(7)} rows  heap used ${r.heapUsedMb.toFixed(1).padStart(6)} MB  machine code ${r.codeSpaceMb
      .toFixed(1)
      .padStart(5)} MB  RSS ${r.rssMb.toFixed(1).padStart(6)} MB`,
  );

const files = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) =>
    readFileSync(join(EVAL_DIR, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

const analyzer = new OfflineAnalyzer();
console.log(
  `Node ${process.version}${process.execArgv.includes('--no-regexp-tier-up') ? ', patterns compiled at once (--no-regexp-tier-up)' : ", V8's default regexp tier-up"}, ${files.reduce((n, f) => n + f.length, 0)} rows in ${files.length} files`,
);
const readings = [reading(0)];
show(readings[0]!);
let rows = 0;
let next = every;
let urgent = 0;
const started = process.cpuUsage();
for (let at = 0; rows < limit && files.some((f) => at < f.length); at += BATCH) {
  for (const texts of files) {
    const batch = texts
      .slice(at, at + BATCH)
      .slice(0, Math.max(0, limit - rows))
      .map((text, i) => ({ id: String(i), text }));
    if (batch.length === 0) continue;
    await analyzer.analyze(batch);
    for (const { text } of batch) if (detectUrgency(text).urgent) urgent++;
    rows += batch.length;
    if (rows >= next) {
      readings.push(reading(rows));
      show(readings.at(-1)!);
      next += every;
    }
  }
}
const cpu = process.cpuUsage(started);
if (readings.at(-1)!.rows !== rows) {
  readings.push(reading(rows));
  show(readings.at(-1)!);
}
// The first reading after the first batches is the baseline: what a cold process makes on first use is no growth.
const first = readings[1] ?? readings[0]!;
const last = readings.at(-1)!;
console.log(
  `${rows} rows (${urgent} urgent), ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU; from ${first.rows} rows to ${last.rows}: heap used ${(
    last.heapUsedMb - first.heapUsedMb
  ).toFixed(
    1,
  )} MB, machine code ${(last.codeSpaceMb - first.codeSpaceMb).toFixed(1)} MB, RSS ${(last.rssMb - first.rssMb).toFixed(1)} MB`,
);
