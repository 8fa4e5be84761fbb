/**
 * Where a cold start's CPU goes, by source file: each bundle (and its SDK
 * baseline) run as `npm run bench -- cold-start` runs them, under V8's
 * sampling profiler, each sample's function mapped back through the
 * bundle's source map to the file it was written in, and the self time summed
 * per file, separately for init (the import) and the first invocation.
 * Medians over the rounds. A diagnostic, not part of `npm run bench`:
 *
 *   npx tsx bench/cold-start-profile.ts analyze,digest [--runs=5] [--top=25] [--by=function]
 *   npx tsx bench/cold-start-profile.ts intake --first-submission   # a report posted, not the health check
 *
 * Time outside any bundle file (Node's loader, V8 compiling, the garbage
 * collector) is reported by V8's own labels: `(program)`, `(garbage collector)`,
 * `node:internal/...`.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureColdStarts } from './cold-start';
import { EVENTS, FIRST_SUBMISSION } from './cold-start-subjects';
import { median, round } from './stats';
import { tempDir } from './temp-dir';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Samples per line of the function (1-based lines). */
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const functions = (args.find((a) => !a.startsWith('--')) ?? 'analyze').split(',');
const runs = Number(option('runs') ?? 5);
const top = Number(option('top') ?? 25);
const byFunction = option('by') === 'function';
// A minified bundle is one long line, and V8 counts ticks by line: break its lines so a module's top level (one
// function in an ESM bundle) can be split by the source each line came from. Slightly changes what is measured.
const LINE_LIMIT = 160;
const byLine = args.includes('--lines');
// --callers=node_modules/zod: that label's time, by the nearest caller outside it (file:line), instead.
const callersOf = option('callers');

const dir = tempDir();
const profiles = join(dir.path, 'profiles');
mkdirSync(profiles, { recursive: true });
const marks = new Map<string, [number, number, number]>();
const key = (subject: string, round: number) => `${subject}@${round}`;

try {
  await measureColdStarts({
    runs,
    dataDir: dir.path,
    only: functions,
    // The intake's first report instead of its health check: what the first employee to write waits for.
    events: args.includes('--first-submission') ? { ...EVENTS, intake: FIRST_SUBMISSION } : EVENTS,
    nodeArgs: (subject, round) => [
      '--cpu-prof',
      `--cpu-prof-dir=${profiles}`,
      `--cpu-prof-name=${key(subject, round)}.cpuprofile`,
      '--cpu-prof-interval=250',
    ],
    onSample: (subject, round, at) => marks.set(key(subject, round), at),
    buildOverrides: byLine ? { lineLimit: LINE_LIMIT } : {},
  });

  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      // The bench runs copies of bench/.build/bundled/<name>/ from a folder without node_modules: read the map there.
      const path = fileURLToPath(url);
      const [name, file] = path.split('/').slice(-2);
      try {
        maps.set(
          url,
          new SourceMap(JSON.parse(readFileSync(join('bench/.build/bundled', name!, `${file}.map`), 'utf8'))),
        );
      } catch {
        maps.set(url, undefined);
      }
    }
    return maps.get(url);
  };
  const label = (frame: ProfileNode['callFrame'], line = frame.lineNumber, column = frame.columnNumber) => {
    if (!frame.url.startsWith('file:')) return frame.url || frame.functionName || '(anonymous)';
    const entry = mapOf(frame.url)?.findEntry(line, column);
    const source =
      entry && 'originalSource' in entry
        ? entry.originalSource.replace(/^.*?\/(node_modules|shared|functions|bench)\//, '$1/')
        : frame.url.split('/').pop()!;
    const where = source.startsWith('node_modules/')
      ? source.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*$/, 'node_modules/$1')
      : source;
    return byFunction && entry && 'originalLine' in entry ? `${where}:${(entry.originalLine as number) + 1}` : where;
  };

  // Self time per label and phase, per process; then medians per subject.
  const perSubject = new Map<string, Map<string, { init: number[]; first: number[] }>>();
  for (const file of readdirSync(profiles)) {
    const id = file.replace(/\.cpuprofile$/, '');
    const at = marks.get(id);
    if (!at) continue;
    const subject = id.split('@')[0]!;
    const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile;
    // A node's self time, shared among the sources of the lines its ticks fell on (when asked, and known).
    const labelsOf = new Map(
      profile.nodes.map((n) => {
        const ticks = byLine ? (n.positionTicks ?? []) : [];
        const all = ticks.reduce((sum, t) => sum + t.ticks, 0);
        if (all === 0) return [n.id, [{ name: label(n.callFrame), share: 1 }]];
        return [
          n.id,
          ticks.map((t) => ({ name: label(n.callFrame, t.line - 1, LINE_LIMIT / 2), share: t.ticks / all })),
        ];
      }),
    );
    if (callersOf) {
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      for (const n of profile.nodes) {
        if (labelsOf.get(n.id)![0]!.name !== callersOf) continue;
        let up = parent.get(n.id);
        while (up !== undefined && label(byId.get(up)!.callFrame).startsWith(callersOf)) up = parent.get(up);
        const caller = up === undefined ? undefined : byId.get(up)!.callFrame;
        const where = caller?.url.startsWith('file:')
          ? mapOf(caller.url)?.findEntry(caller.lineNumber, caller.columnNumber)
          : undefined;
        const name =
          where && 'originalLine' in where
            ? `${label(caller!)}:${(where.originalLine as number) + 1} (${caller!.functionName})`
            : `${caller?.url ?? '(root)'} ${caller?.functionName ?? ''}`;
        labelsOf.set(n.id, [{ name: `${callersOf} ← ${name}`, share: 1 }]);
      }
    }
    const totals = new Map<string, { init: number; first: number }>();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i += 1) {
      t += profile.timeDeltas[i]!;
      const delta = profile.timeDeltas[i + 1] ?? 0;
      const phase = t < at[0] ? undefined : t < at[1] ? 'init' : t < at[2] ? 'first' : undefined;
      if (!phase) continue;
      for (const { name, share } of labelsOf.get(profile.samples[i]!)!) {
        const sum = totals.get(name) ?? { init: 0, first: 0 };
        sum[phase] += (share * delta) / 1000;
        totals.set(name, sum);
      }
    }
    const into = perSubject.get(subject) ?? new Map();
    perSubject.set(subject, into);
    for (const [name, sum] of totals) {
      const row = into.get(name) ?? { init: [], first: [] };
      row.init.push(sum.init);
      row.first.push(sum.first);
      into.set(name, row);
    }
  }
  for (const [subject, rows] of [...perSubject].sort()) {
    // A label missing from a process counts as 0 there.
    const processes = Math.max(...[...rows.values()].map((r) => r.init.length));
    const pad = (values: number[]) => [...values, ...Array(processes - values.length).fill(0)];
    const table = [...rows].map(([name, r]) => ({ name, init: median(pad(r.init)), first: median(pad(r.first)) }));
    const sum = (k: 'init' | 'first') => round(table.reduce((s, r) => s + r[k], 0));
    console.log(`\n${subject}: profiled ms, init ${sum('init')} + first invocation ${sum('first')} (sum of medians)`);
    for (const r of table.sort((a, b) => b.init + b.first - (a.init + a.first)).slice(0, top))
      console.log(`${String(round(r.init)).padStart(8)} ${String(round(r.first)).padStart(8)}  ${r.name}`);
  }
} finally {
  dir.remove();
}
