/**
 * Which patterns of the analysis are slow on the intake's worst texts: each adversarial text of
 * test/support/adversarial-texts.ts (one long word, a word with an emoji after it, a letter repeated, key words
 * repeated with no end, runs of spaces and stops, each script the rules read) goes through every entry the intake
 * and the analysis run per report (detectUrgency, redact, previewRedaction, the offline analyzer, the
 * self-descriptions), and each regular expression's time is added up through `RegExp.prototype.exec` (which
 * `test`, `replace`, `match`, `matchAll`, `search` and `split` all reach once it is replaced). A diagnostic, not part
 * of `npm run bench`:
 *
 *   npx tsx bench/slow-patterns.ts [--n=1600] [--top=25] [--only=<part of a text's name>] [--entries=urgency,redact] [--out=<file.json>]
 *
 * Why: a pattern that starts with a lookbehind, or holds an unbounded `[^.!?\n]*` span before its key word, is tried
 * at every position of a long text and costs the square of its length; a generated 1,100-letter word took 857 s in
 * test/unit/analysis/analysis-totality.test.ts (docs/performance-log.md, "… no input makes analysis slow … (helper
 * lb43)"). The hook slows every pattern alike: read the milliseconds against each other and against the ordinary
 * text of the same length printed first.
 */
import { writeFileSync } from 'node:fs';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import { redact } from '../shared/analysis/redact';
import { selfDescriptions } from '../shared/analysis/self-descriptions';
import { detectUrgency } from '../shared/analysis/urgency';
import { previewRedaction } from '../shared/use-cases/preview-redaction';
import { adversarialTexts, ordinaryText } from '../test/support/adversarial-texts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const n = Number(option('n') ?? 1600);
const top = Number(option('top') ?? 25);
const only = option('only');
const analyzer = new OfflineAnalyzer();

const ENTRIES: Record<string, (text: string) => unknown> = {
  urgency: (text) => detectUrgency(text),
  redact: (text) => redact(text),
  preview: (text) => previewRedaction(text),
  analyzer: (text) => analyzer.analyze([{ id: '1', text }]),
  'self-descriptions': (text) => selfDescriptions(text),
};
const entries = (option('entries')?.split(',') ?? Object.keys(ENTRIES)).filter((e) => e in ENTRIES);

interface PatternTime {
  pattern: string;
  ms: number;
  calls: number;
  worstMs: number;
  worstText: string;
}
const patterns = new Map<string, PatternTime>();
let current = '';
let timing = false;
let depth = 0;
/** CPU milliseconds of this process (user and system): steadier than the wall clock on a shared machine. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function timedExec(this: RegExp, input: string) {
  if (!timing || depth > 0) return exec.call(this, input);
  depth++;
  const start = cpu();
  try {
    return exec.call(this, input);
  } finally {
    const ms = cpu() - start;
    depth--;
    const key = `/${this.source}/${this.flags}`;
    let seen = patterns.get(key);
    if (!seen) {
      seen = { pattern: key, ms: 0, calls: 0, worstMs: 0, worstText: '' };
      patterns.set(key, seen);
    }
    seen.ms += ms;
    seen.calls++;
    if (ms > seen.worstMs) {
      seen.worstMs = ms;
      seen.worstText = current;
    }
  }
};

async function timeEntry(entry: string, text: string): Promise<number> {
  const start = cpu();
  await ENTRIES[entry]!(text);
  return cpu() - start;
}

/**
 * V8 compiles a pattern on its first run over a string of one width (Latin-1, or two bytes a character) and again to
 * machine code on a later run: seconds of CPU for the largest urgency rules on a first Cyrillic text. Each text's
 * first 60 characters run twice, then the whole text once, untimed, so what is timed is the search itself.
 */
async function warm(entry: string, text: string): Promise<void> {
  const head = [...text].slice(0, 60).join('');
  await ENTRIES[entry]!(head);
  await ENTRIES[entry]!(head);
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main() {
  const texts = [{ name: 'ordinary text (baseline)', text: ordinaryText(n) }, ...adversarialTexts(n)].filter(
    (t) => !only || t.name.includes(only) || t.name === 'ordinary text (baseline)',
  );
  const halves = new Map([ordinaryText(n / 2), ...adversarialTexts(n / 2).map((t) => t.text)].map((t, i) => [i, t]));
  const rows: { text: string; entry: string; ms: number; halfMs: number }[] = [];
  for (const [i, { name, text }] of texts.entries()) {
    const line: string[] = [];
    for (const entry of entries) {
      // Run untimed first: every pattern the text reaches compiled for its width, and to machine code.
      await warm(entry, text);
      await ENTRIES[entry]!(text);
      // The same text at half the length: a search that grows with the text's square takes about 4 times as long
      // at the full length, one that grows with its length about twice.
      const half = only ? undefined : halves.get(i);
      const halfMs = half === undefined ? Number.NaN : await timeEntry(entry, half);
      timing = true;
      current = `${name} (${entry})`;
      const ms = await timeEntry(entry, text);
      timing = false;
      rows.push({ text: name, entry, ms, halfMs });
      line.push(`${entry} ${round(ms)}${Number.isNaN(halfMs) ? '' : ` (half ${round(halfMs)})`}`);
    }
    console.log(`${name.padEnd(48)} ${line.join('  ')}`);
  }
  console.log(`\nslowest text/entry pairs (CPU ms at ${n} characters, and at half of it):`);
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, top))
    console.log(
      `  ${String(round(r.ms)).padStart(9)} ms  ${String(round(r.halfMs)).padStart(9)} ms  ${r.entry.padEnd(18)} ${r.text}`,
    );
  console.log('\nslowest patterns (worst single call and its text, total CPU ms over every text, calls):');
  for (const p of [...patterns.values()].sort((a, b) => b.worstMs - a.worstMs).slice(0, top))
    console.log(
      `  ${String(round(p.worstMs)).padStart(8)} ms worst  ${String(round(p.ms)).padStart(8)} ms total  ${String(p.calls).padStart(6)} calls  ${p.worstText}\n      ${p.pattern.slice(0, 300)}`,
    );
  const out = option('out');
  if (out)
    writeFileSync(
      out,
      JSON.stringify({ n, rows, patterns: [...patterns.values()].sort((a, b) => b.worstMs - a.worstMs) }, null, 1),
    );
}

await main();
