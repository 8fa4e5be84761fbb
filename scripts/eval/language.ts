/**
 * `npx tsx scripts/eval/language.ts` — how often the offline language guess
 * names the language a text is written in, per language and for short texts
 * (five words or fewer), and how often it says "unsure" (`und`) instead.
 *
 * Reads every language-labelled set the project owns: eval/urgency/<code>.jsonl,
 * eval/urgency/{fresh,blind*}/<code>.jsonl (the file name is the language),
 * eval/sentiment/{es,fr}.jsonl and eval/sentiment/workplace.jsonl (English).
 * eval/urgency/train/ is what the profiles are fitted on (scripts/fit-language.ts),
 * so it is reported apart and never counted as held out.
 *
 *   npx tsx scripts/eval/language.ts            # held-out sets
 *   npx tsx scripts/eval/language.ts --train    # the fitting set too
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../shared/analysis/language';

export interface LabelledText {
  language: string;
  text: string;
}

const ROOT = join(import.meta.dirname, '..', '..', 'eval');

function readSet(file: string, language: string): LabelledText[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ({ language, text: String(JSON.parse(line).text ?? '') }))
    .filter((row) => row.text.trim());
}

function readFolder(folder: string): LabelledText[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /^[a-z]{2}\.jsonl$/.test(f))
    .flatMap((f) => readSet(join(folder, f), f.slice(0, 2)));
}

/** Every held-out language-labelled text: not the fitting set. */
export function heldOutTexts(): LabelledText[] {
  const urgency = join(ROOT, 'urgency');
  const folders = [
    urgency,
    ...readdirSync(urgency)
      .filter((d) => d === 'fresh' || d.startsWith('blind'))
      .map((d) => join(urgency, d)),
  ];
  return [
    ...folders.flatMap(readFolder),
    ...readSet(join(ROOT, 'sentiment', 'es.jsonl'), 'es'),
    ...readSet(join(ROOT, 'sentiment', 'fr.jsonl'), 'fr'),
    ...readSet(join(ROOT, 'sentiment', 'workplace.jsonl'), 'en'),
  ];
}

/** The fitting set: eval/urgency/train/<code>.jsonl. */
export function trainingTexts(): LabelledText[] {
  return readFolder(join(ROOT, 'urgency', 'train'));
}

const isShort = (text: string) => text.trim().split(/\s+/).length <= 5;

function report(title: string, rows: LabelledText[]) {
  const byLanguage = new Map<string, { n: number; right: number; unsure: number; wrong: Map<string, number> }>();
  const short = { n: 0, right: 0, unsure: 0, wrong: 0 };
  for (const row of rows) {
    const guess = detectLanguage(row.text);
    const s = byLanguage.get(row.language) ?? { n: 0, right: 0, unsure: 0, wrong: new Map() };
    byLanguage.set(row.language, s);
    s.n++;
    if (guess === row.language) s.right++;
    else if (guess === 'und') s.unsure++;
    else s.wrong.set(guess, (s.wrong.get(guess) ?? 0) + 1);
    if (isShort(row.text)) {
      short.n++;
      if (guess === row.language) short.right++;
      else if (guess === 'und') short.unsure++;
      else short.wrong++;
    }
  }
  const pct = (a: number, n: number) => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;
  console.log(`\n${title} (${rows.length} texts)`);
  console.log('lang      n   right  unsure  wrong  (wrong as)');
  let right = 0;
  let wrong = 0;
  for (const [lang, s] of [...byLanguage].sort()) {
    const w = s.n - s.right - s.unsure;
    right += s.right;
    wrong += w;
    const as = [...s.wrong]
      .sort((a, b) => b[1] - a[1])
      .map(([l, c]) => `${l}:${c}`)
      .join(' ');
    console.log(
      `${lang.padEnd(5)} ${String(s.n).padStart(5)}  ${pct(s.right, s.n).padStart(6)}  ${pct(s.unsure, s.n).padStart(6)}  ${pct(w, s.n).padStart(5)}  ${as}`,
    );
  }
  console.log(
    `all   ${String(rows.length).padStart(5)}  ${pct(right, rows.length).padStart(6)}  ${pct(rows.length - right - wrong, rows.length).padStart(6)}  ${pct(wrong, rows.length).padStart(5)}`,
  );
  console.log(
    `short ${String(short.n).padStart(5)}  ${pct(short.right, short.n).padStart(6)}  ${pct(short.unsure, short.n).padStart(6)}  ${pct(short.wrong, short.n).padStart(5)}   (≤ 5 words)`,
  );
}

function speed(rows: LabelledText[]) {
  const texts = rows.map((r) => r.text);
  // Distinct texts each time: detectLanguage remembers only the last one.
  for (const t of texts) detectLanguage(t);
  const variants = [0, 1, 2].flatMap((round) => texts.map((t) => (round ? `${t}${' '.repeat(round)}` : t)));
  // CPU time, not wall time: the machine is shared, and waiting for it is not the detector's cost.
  const start = process.cpuUsage();
  for (const t of variants) detectLanguage(t);
  const used = process.cpuUsage(start);
  const micros = (used.user + used.system) / variants.length;
  const chars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  console.log(
    `\nspeed: ${micros.toFixed(1)} µs CPU per text (mean over ${variants.length}, ${chars.toFixed(0)} characters on average)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const held = heldOutTexts();
  report('Held out', held);
  if (process.argv.includes('--train')) report('Fitting set (eval/urgency/train)', trainingTexts());
  speed(held);
}
