/**
 * `npm run eval -- --urgency [--json] [--misses] [dir]`
 *
 * Scores the urgency detector on the project's own labelled sets (each in
 * URGENCY_SETS, or the one folder given), `<dir>/<code>.jsonl` for every language in
 * `shared/analysis/urgency/languages.ts` (`{text, escalate, category?}`),
 * per language and split: each row is in the "tune" half or the "held-out"
 * half by a hash of its text, so the split never changes when rows are
 * added or reordered. Rules are tuned on the tune half only; the held-out
 * half is the honest figure. `--misses` lists the tune half's mistakes
 * (never the held-out half's), to tune with.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseJsonLines } from './json-lines';
import { flagging, type FlaggingReport } from './metrics';
import {
  detectRuleUrgency,
  detectUrgency,
  URGENCY_CATEGORIES,
  type UrgencyCategory,
} from '../../shared/analysis/urgency';
import { LANGUAGES } from '../../shared/analysis/urgency/languages';
import { measureFalseAlarms, printFalseAlarms } from './urgency-false-alarms';
import { BEFORE_FILE, comparisonLines, parseBefore } from './urgency-compare';

export interface UrgencyEvalDeps {
  readFile(path: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export const URGENCY_SET_DIR = 'eval/urgency';
/**
 * The sets `npm run eval -- --urgency` reports, each on its own: the original
 * set (written by the rules' author), a fresh set written apart from the rules
 * (tuned on its tune half only), and blind sets never tuned on at all.
 */
export const URGENCY_SETS = [
  {
    dir: URGENCY_SET_DIR,
    about: 'original set, written with the phrase rules; the learned model is fitted on it (not a held-out figure)',
  },
  {
    dir: `${URGENCY_SET_DIR}/fresh`,
    about: 'fresh set, written before the concept frames; rules tuned on its tune half only',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind`,
    about: 'blind set 1, written after the first frames; its misses then shaped a second round (no longer blind)',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-2`,
    about: 'blind set 2, written after the second round; its misses then shaped a third (no longer blind)',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-3`,
    about: 'blind set 3, written after the third round; its misses then shaped a fourth (no longer blind)',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-4`,
    about: 'blind set 4, written after the fourth round; its misses then shaped a fifth (no longer blind)',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-5`,
    about: 'blind set 5, written after the fifth round and never tuned on',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-6`,
    about: 'blind set 6, written apart from the detector and its training data; never tuned on',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-7`,
    about:
      "blind set 7, written before the seventh round: the tune half's misses named the kinds of report that round covers (never its sentences); the held-out half was never shown: the honest figure",
  },
  {
    dir: `${URGENCY_SET_DIR}/tune-8`,
    about:
      "tune set 8, written with blind set 8 before the eighth round; the round's rules were shaped by the kinds of report it misses (not a held-out figure)",
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-8`,
    about:
      'blind set 8, the other half of the statements written with tune-8, in the same kinds of report in every language; never tuned on: the honest figure for the eighth round',
  },
  {
    dir: `${URGENCY_SET_DIR}/tune-9`,
    about:
      'tune set 9, written before the ninth round for the kinds of report blind set 9 showed (course names in quotes, denials, idioms, self-harm, slurs in long messages); not a held-out figure',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-9`,
    about:
      'blind set 9, written by someone who never read the rules (15 urgent + 15 calm a language); its kinds of mistake named the ninth round, its statements were never tuned on',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-10`,
    about:
      'blind set 10, written by someone who had not read the rules (20 urgent + 12 calm a language), committed before the tenth round read them',
  },
  {
    dir: `${URGENCY_SET_DIR}/blind-11`,
    about:
      'blind set 11, written before the twelfth round read the rules (6 urgent + 6 calm a language): danger idioms that are calm, urgent danger said in roundabout ways',
  },
  // fresh/, tune-*/ and blind*/ are never read by the learned model's fitting (scripts/fit-urgency.ts).
] as const;
export const SPLITS = ['tune', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

const urgencyRow = z
  .object({ text: z.string().min(1), escalate: z.boolean(), category: z.enum(URGENCY_CATEGORIES).optional() })
  .strict();
export type UrgencyRow = z.infer<typeof urgencyRow>;

/**
 * The half a row belongs to: FNV-1a of its text (NFC), odd → held out.
 *
 * @example
 * splitOf('La salida de emergencia está bloqueada.') // 'tune' or 'held-out', always the same
 */
export function splitOf(text: string): Split {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text.normalize('NFC'))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 1 ? 'held-out' : 'tune';
}

/** Reads one language's rows; a bad line is named with its file and number. */
export function parseUrgencyRows(content: string, path: string): UrgencyRow[] {
  return parseJsonLines(
    content,
    path,
    urgencyRow,
    (issue) =>
      `expected {"text": string, "escalate": boolean, "category"?: ${URGENCY_CATEGORIES.join('|')}}; ${issue?.path.join('.') || 'row'}: ${issue?.message}`,
  );
}

export interface LanguageScores {
  code: string;
  name: string;
  urgent: number;
  notUrgent: number;
  /** The detector as it runs: phrase rules OR the learned model. */
  splits: Record<Split | 'all', FlaggingReport & { rows: number }>;
  /** The phrase rules alone, on every row: what the learned model adds is the difference. */
  rulesOnly: FlaggingReport;
  /** Of the urgent rows of each category, the share the detector escalated (any category): null where there are none. */
  categoryRecall: Record<UrgencyCategory, number | null>;
  /** Rows of the tune half the detector got wrong. */
  tuneMisses: { text: string; expected: boolean; categories: string[] }[];
}

/** Every language's set, read and scored. */
export async function scoreUrgencySets(
  readFile: (path: string) => Promise<string>,
  dir = URGENCY_SET_DIR,
): Promise<LanguageScores[]> {
  const scores: LanguageScores[] = [];
  for (const language of LANGUAGES) {
    const path = `${dir}/${language.code}.jsonl`;
    scores.push(scoreLanguage(language.code, language.name, parseUrgencyRows(await readFile(path), path)));
  }
  return scores;
}

export function scoreLanguage(code: string, name: string, rows: UrgencyRow[]): LanguageScores {
  const results = rows.map((row) => ({ row, split: splitOf(row.text), found: detectUrgency(row.text) }));
  const report = (subset: typeof results) => ({
    rows: subset.length,
    ...flagging(
      subset.map(({ row }) => row.escalate),
      subset.map(({ found }) => found.urgent),
    ),
  });
  const rulesOnly = flagging(
    rows.map((row) => row.escalate),
    rows.map((row) => detectRuleUrgency(row.text).urgent),
  );
  const categoryRecall = Object.fromEntries(
    URGENCY_CATEGORIES.map((category) => {
      const ofCategory = results.filter(({ row }) => row.escalate && row.category === category);
      return [
        category,
        ofCategory.length ? ofCategory.filter(({ found }) => found.urgent).length / ofCategory.length : null,
      ];
    }),
  ) as Record<UrgencyCategory, number | null>;
  return {
    code,
    name,
    rulesOnly,
    categoryRecall,
    urgent: rows.filter((row) => row.escalate).length,
    notUrgent: rows.filter((row) => !row.escalate).length,
    splits: {
      tune: report(results.filter(({ split }) => split === 'tune')),
      'held-out': report(results.filter(({ split }) => split === 'held-out')),
      all: report(results),
    },
    tuneMisses: results
      .filter(({ split, row, found }) => split === 'tune' && row.escalate !== found.urgent)
      .map(({ row, found }) => ({ text: row.text, expected: row.escalate, categories: found.categories })),
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

/** The command: a table per language of precision and recall on each half. Returns the exit code. */
export async function runUrgencyEval(args: string[], deps: UrgencyEvalDeps): Promise<number> {
  let values: { json?: boolean; misses?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, misses: { type: 'boolean' }, urgency: { type: 'boolean' } },
    }));
  } catch (error) {
    deps.err(`${(error as Error).message}\nUsage: npm run eval -- --urgency [--json] [--misses] [${URGENCY_SET_DIR}]`);
    return 2;
  }
  const sets = positionals[0] ? [{ dir: positionals[0].replace(/\/+$/, ''), about: '' }] : URGENCY_SETS;
  const scored: { dir: string; about: string; scores: LanguageScores[] }[] = [];
  for (const { dir, about } of sets) {
    try {
      scored.push({ dir, about, scores: await scoreUrgencySets(deps.readFile, dir) });
    } catch (error) {
      deps.err((error as Error).message);
      return 2;
    }
  }
  const strip = (scores: LanguageScores[]) => scores.map(({ tuneMisses: _, ...rest }) => rest);
  if (values.json) {
    // One set given: its languages; the default: each set's, by folder.
    deps.out(
      JSON.stringify(
        positionals[0]
          ? strip(scored[0]!.scores)
          : Object.fromEntries(scored.map(({ dir, scores }) => [dir, strip(scores)])),
      ),
    );
    return 0;
  }
  scored.forEach(({ dir, about, scores }, index) => {
    if (index > 0) deps.out('');
    printScores(dir, about, scores, values.misses === true, deps);
  });
  if (!positionals[0]) {
    deps.out('');
    const alarms = await measureFalseAlarms(deps.readFile);
    printFalseAlarms(alarms, deps.out);
    const recorded = await deps.readFile(BEFORE_FILE).then(parseBefore, () => null);
    if (recorded) {
      deps.out('');
      for (const line of comparisonLines(recorded, scored, alarms)) deps.out(line);
    }
  }
  return 0;
}

function printScores(
  dir: string,
  about: string,
  scores: LanguageScores[],
  misses: boolean,
  deps: UrgencyEvalDeps,
): void {
  deps.out(
    `${dir}: urgency in ${scores.length} languages (precision / recall %; rules = phrase rules alone, detector = rules OR learned model)${about ? `\n${about}` : ''}`,
  );
  deps.out('');
  deps.out(
    `${'language'.padEnd(22)}${'rows'.padStart(6)}${'rules P'.padStart(9)}${'rules R'.padStart(9)}${'detector P'.padStart(12)}${'detector R'.padStart(12)}${'held-out P'.padStart(12)}${'held-out R'.padStart(12)}`,
  );
  for (const s of scores) {
    const { 'held-out': held, all } = s.splits;
    deps.out(
      `${`${s.name} (${s.code})`.padEnd(22)}${String(all.rows).padStart(6)}${pct(s.rulesOnly.precision).padStart(9)}${pct(s.rulesOnly.recall).padStart(9)}${pct(all.precision).padStart(12)}${pct(all.recall).padStart(12)}${pct(held.precision).padStart(12)}${pct(held.recall).padStart(12)}`,
    );
  }
  const perCategory = URGENCY_CATEGORIES.map((category) => {
    const values = scores.map((s) => s.categoryRecall[category]).filter((value): value is number => value !== null);
    return `${category} ${values.length ? pct(values.reduce((a, b) => a + b, 0) / values.length).trim() : '-'}`;
  });
  deps.out(`detector recall by category (mean over languages): ${perCategory.join(', ')}`);
  if (misses) {
    deps.out('');
    deps.out('Mistakes on the tune half (the held-out half is never shown):');
    for (const s of scores)
      for (const miss of s.tuneMisses)
        deps.out(
          `  ${s.code} ${miss.expected ? 'missed ' : 'flagged'} ${miss.categories.join(',').padEnd(14)} ${miss.text}`,
        );
  }
}
