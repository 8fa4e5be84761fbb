/**
 * Which regular expressions a cold start makes, what making them costs, and
 * which of them the first invocation then runs. A diagnostic beside
 * `bench/cold-start-profile.ts`, not part of `npm run bench`:
 *
 *   npx tsx bench/cold-start-regexps.ts analyze [--runs=1] [--top=15]
 *
 * Why: V8 reads a pattern when the RegExp is made (`new RegExp`), not when it
 * first runs, and each Unicode property escape (`\p{L}`, `\p{N}`, …) is looked
 * up in ICU each time a new pattern holds one: about 0.03-0.05 ms of CPU per
 * escape on Node 24 (docs/performance-log.md, "cold32"). A module that makes its
 * patterns at import pays that at every cold start, whether or not the first
 * message reaches them.
 *
 * Each function's bundle runs as `npm run bench -- cold-start` runs it, with a
 * hook loaded first (`--import`) that times every `new RegExp` in the process,
 * tells those made while the bundle is imported (init) from those made later,
 * and marks the init ones the first invocation runs (through
 * `RegExp.prototype.exec`, which `test`, `replace`, `match` and `split` all
 * reach once it is replaced). Regular expression literals are not counted:
 * V8 makes them without calling the constructor — except those with a
 * Unicode property escape, which esbuild writes as `new RegExp` for a node24
 * target (counted, and made at every call inside a function; "lazy33" in
 * docs/performance.md). The hook slows the process;
 * read the counts, and the milliseconds only against each other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureColdStarts } from './cold-start';
import { round } from './stats';
import { tempDir } from './temp-dir';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const functions = (args.find((a) => !a.startsWith('--')) ?? 'analyze').split(',');
const runs = Number(option('runs') ?? 1);
const top = Number(option('top') ?? 15);

interface Census {
  subject: string;
  init: { made: number; cpuMs: number; propertyEscapes: number };
  runByFirstInvocation: { made: number; cpuMs: number; propertyEscapes: number };
  notRunByFirstInvocation: { made: number; cpuMs: number; propertyEscapes: number };
  /** Of those not run, the ones whose source the first invocation read (a rule's literal gate reads it). */
  onlyReadByFirstInvocation: { made: number; cpuMs: number; propertyEscapes: number };
  madeDuringFirstInvocation: { made: number; cpuMs: number };
  /** Init-made patterns the first invocation does not run, by the source file that made them: [file, made, CPU ms]. */
  notRunByFile: [string, number, number][];
}

// Plain JavaScript, written beside the results: the child processes load it with --import before the bundle.
const hook = (out: string, subject: string) => `
import { appendFileSync } from 'node:fs';
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const Native = RegExp;
const exec = Native.prototype.exec;
const escapes = (source) => (source.match(/\\\\[pP]\\{/g) ?? []).length;
// While the bundle is imported, every stack runs from Node's module job; the handler's stacks do not.
const duringImport = () => { const limit = Error.stackTraceLimit; Error.stackTraceLimit = Infinity; const stack = new Error().stack; Error.stackTraceLimit = limit; return stack; };
const madeAtInit = new Map();
const later = { made: 0, cpuMs: 0 };
globalThis.RegExp = new Proxy(Native, {
  construct(target, argumentList, newTarget) {
    const stack = duringImport();
    const c0 = cpu();
    const made = Reflect.construct(target, argumentList, newTarget);
    const cpuMs = cpu() - c0;
    if (stack.includes('ModuleJob.run')) {
      // The nearest frame in a source file (through the bundle's source map): "at fn (…/shared/x.ts:1:2)", or "at …/shared/x.ts:1:2" for a module's top level.
      const file = /^\\s*at (?:[^\\n(]*\\()?[^\\n()]*?\\/?((?:shared|functions|node_modules)\\/[^\\n():]+):\\d+/m.exec(stack.split('\\n').slice(2).join('\\n'))?.[1] ?? '(bundle)';
      madeAtInit.set(made, { cpuMs, escapes: escapes(made.source), file, run: false });
    } else { later.made += 1; later.cpuMs += cpuMs; }
    return made;
  },
});
Native.prototype.exec = function (text) {
  const entry = madeAtInit.get(this);
  if (entry && !entry.run && !duringImport().includes('ModuleJob.run')) entry.run = true;
  return exec.call(this, text);
};
// A pattern only read (its source, as a rule's literal gate reads it) still had to be made.
const sourceOf = Object.getOwnPropertyDescriptor(Native.prototype, 'source').get;
Object.defineProperty(Native.prototype, 'source', {
  configurable: true,
  get() {
    const entry = madeAtInit.get(this);
    if (entry && !entry.read && !duringImport().includes('ModuleJob.run')) entry.read = true;
    return sourceOf.call(this);
  },
});
process.on('exit', () => {
  const sum = (list) => ({ made: list.length, cpuMs: list.reduce((s, e) => s + e.cpuMs, 0), propertyEscapes: list.reduce((s, e) => s + e.escapes, 0) });
  const all = [...madeAtInit.values()];
  const notRun = all.filter((e) => !e.run);
  const byFile = new Map();
  for (const e of notRun) { const f = byFile.get(e.file) ?? [e.file, 0, 0]; f[1] += 1; f[2] += e.cpuMs; byFile.set(e.file, f); }
  appendFileSync(${JSON.stringify(out)}, JSON.stringify({
    subject: ${JSON.stringify(subject)},
    init: sum(all),
    runByFirstInvocation: sum(all.filter((e) => e.run)),
    notRunByFirstInvocation: sum(notRun),
    madeDuringFirstInvocation: later,
    notRunByFile: [...byFile.values()].sort((a, b) => b[2] - a[2]),
    onlyReadByFirstInvocation: sum(notRun.filter((e) => e.read)),
  }) + '\\n');
});
`;

const dir = tempDir();
const out = join(dir.path, 'census.jsonl');
try {
  writeFileSync(out, '');
  const hooks = new Map<string, string>();
  await measureColdStarts({
    runs,
    dataDir: dir.path,
    only: functions,
    nodeArgs: (subject) => {
      if (!hooks.has(subject)) {
        const file = join(dir.path, `hook-${subject}.mjs`);
        writeFileSync(file, hook(out, subject));
        hooks.set(subject, file);
      }
      // Source maps, so each pattern is named by the file that made it.
      return ['--enable-source-maps', '--import', hooks.get(subject)!];
    },
  });
  const rows = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Census);
  for (const subject of [...new Set(rows.map((r) => r.subject))]) {
    // The counts do not change from run to run; the milliseconds are the first run's.
    const r = rows.find((row) => row.subject === subject)!;
    const line = (label: string, s: { made: number; cpuMs: number; propertyEscapes?: number }) =>
      `  ${label.padEnd(44)} ${String(s.made).padStart(6)} made, ${String(round(s.cpuMs)).padStart(7)} CPU ms${
        s.propertyEscapes === undefined ? '' : `, ${s.propertyEscapes} \\p{…} escapes`
      }`;
    console.log(
      `${subject}: new RegExp(…), counted by a hook (slows the process; compare the figures with each other)`,
    );
    console.log(line('made at init', r.init));
    console.log(line('… of them run by the first invocation', r.runByFirstInvocation));
    console.log(line('… of them not run by the first invocation', r.notRunByFirstInvocation));
    console.log(line('    … whose source it read (a literal gate)', r.onlyReadByFirstInvocation));
    console.log(line('made during the first invocation', r.madeDuringFirstInvocation));
    if (r.notRunByFile.length) {
      console.log(`  made at init and not run by the first invocation, by the file that made them (top ${top}):`);
      for (const [file, made, cpuMs] of r.notRunByFile.slice(0, top))
        console.log(`    ${String(round(cpuMs)).padStart(7)} ms ${String(made).padStart(5)}  ${file}`);
    }
  }
} finally {
  dir.remove();
}
