/**
 * Did a change to the offline analysis change what it says? Runs every row
 * of the labelled files in ../shared/eval (or the files named) through the
 * whole offline path of a checkout (the analyzer and the urgency detector)
 * and writes one line of JSON per row; then compares two such files.
 *
 *   # the outputs of an older commit, unpacked beside (its node_modules linked):
 *   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
 *   tsx scripts/compare-offline-analysis.ts write --root /tmp/before --out /tmp/before.jsonl
 *   tsx scripts/compare-offline-analysis.ts write --out /tmp/now.jsonl
 *   tsx scripts/compare-offline-analysis.ts compare /tmp/before.jsonl /tmp/now.jsonl
 *
 * `--limit <n>` reads only the first n rows of each file (a quicker check on a busy machine).
 *
 * Redacted text, language, key phrases, the sentiment label and urgency must
 * be the same; sentiment scores within 1e-9 (a sum taken in another order
 * may move the last bits). Each difference is printed with its row.
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const EVAL_DIR = '../shared/eval';
const SCORE_TOLERANCE = 1e-9;

interface Row {
  file: string;
  row: number;
  language: string;
  sentiment: string;
  scores: Record<string, number>;
  redactedText: string;
  keyPhrases: unknown;
  urgency: unknown;
}

async function write(root: string, out: string, files: string[], limit: number): Promise<void> {
  const { OfflineAnalyzer } = await import(join(root, 'shared/adapters/offline/offline-analyzer.ts'));
  const { detectUrgency } = await import(join(root, 'shared/analysis/urgency.ts'));
  const analyzer = new OfflineAnalyzer();
  const lines: string[] = [];
  for (const file of files) {
    const texts = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, limit)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    for (let i = 0; i < texts.length; i += 10) {
      const batch = texts.slice(i, i + 10).map((text, j) => ({ id: String(i + j), text }));
      const results = await analyzer.analyze(batch);
      for (const { id, text } of batch) {
        const result = results.get(id);
        const urgency = detectUrgency(text);
        const row: Row =
          result instanceof Error || !result
            ? {
                file,
                row: Number(id),
                language: 'ERROR',
                sentiment: String(result),
                scores: {},
                redactedText: '',
                keyPhrases: [],
                urgency,
              }
            : {
                file,
                row: Number(id),
                language: result.language,
                sentiment: result.sentiment,
                scores: result.sentimentScores,
                redactedText: result.redactedText,
                keyPhrases: result.keyPhrases,
                urgency,
              };
        lines.push(JSON.stringify(row));
      }
    }
    console.log(`${file}: ${texts.length} rows`);
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
}

async function readRows(path: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) if (line) rows.push(JSON.parse(line));
  return rows;
}

/** What differs between two rows' outputs, in words; empty when they agree. */
export function differences(before: Row, now: Row): string[] {
  const out: string[] = [];
  for (const field of ['language', 'sentiment', 'redactedText'] as const)
    if (before[field] !== now[field])
      out.push(`${field}: ${JSON.stringify(before[field])} → ${JSON.stringify(now[field])}`);
  for (const field of ['keyPhrases', 'urgency'] as const)
    if (JSON.stringify(before[field]) !== JSON.stringify(now[field]))
      out.push(`${field}: ${JSON.stringify(before[field])} → ${JSON.stringify(now[field])}`);
  for (const key of new Set([...Object.keys(before.scores), ...Object.keys(now.scores)])) {
    const a = before.scores[key];
    const b = now.scores[key];
    if (a === undefined || b === undefined || Math.abs(a - b) > SCORE_TOLERANCE) out.push(`score ${key}: ${a} → ${b}`);
  }
  return out;
}

async function compare(beforePath: string, nowPath: string): Promise<number> {
  const [before, now] = await Promise.all([readRows(beforePath), readRows(nowPath)]);
  if (before.length !== now.length) {
    console.log(`row counts differ: ${before.length} before, ${now.length} now`);
    return 1;
  }
  let differing = 0;
  let largestScoreGap = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = now[i]!;
    for (const key of Object.keys(a.scores))
      largestScoreGap = Math.max(largestScoreGap, Math.abs((a.scores[key] ?? 0) - (b.scores[key] ?? 0)));
    const found = differences(a, b);
    if (!found.length) continue;
    differing++;
    if (differing <= 50) console.log(`${a.file} row ${a.row}:\n  ${found.join('\n  ')}`);
  }
  console.log(`${before.length} rows compared, ${differing} differ; largest sentiment score gap ${largestScoreGap}`);
  return differing ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
if (command === 'write') {
  const out = option('--out');
  if (!out) throw new Error('write needs --out <file>');
  const named = rest.filter((arg, i) => !arg.startsWith('--') && !rest[i - 1]?.startsWith('--'));
  const files = named.length
    ? named.map((f) => resolve(f))
    : readdirSync(EVAL_DIR)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => resolve(EVAL_DIR, f));
  await write(resolve(option('--root') ?? '.'), out, files, Number(option('--limit') ?? Number.POSITIVE_INFINITY));
} else if (command === 'compare' && rest.length === 2) {
  process.exitCode = await compare(rest[0]!, rest[1]!);
} else {
  console.log(
    'usage: compare-offline-analysis.ts write [--root <checkout>] --out <file> [--limit <rows per file>] [files…] | compare <before> <after>',
  );
  process.exitCode = 2;
}
