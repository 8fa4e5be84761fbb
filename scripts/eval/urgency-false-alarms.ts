/**
 * How often the urgency detector escalates real text that is not urgent:
 * employee reviews from the sources the learned model never saw
 * (HELD_OUT_SOURCES), and the social-media sets of ../shared/eval (insults,
 * abuse and hate speech: rude, not workplace emergencies, though some
 * threaten violence). Part of `npm run eval -- --urgency`; the files live
 * beside the checkout, so a clone without them reports them as missing.
 */
import { detectRuleUrgency, detectUrgency } from '../../shared/analysis/urgency';
import { HEADLINES_FILE, HELD_OUT_SOURCES, PROS_CONS_FILE } from './employee-reviews';
import { percent, tableLines } from './table';

export const SHARED_EVAL = '../shared/eval';
export const ESC_FILES = ['esc_tweeteval_offensive.jsonl', 'esc_davidson_hate.jsonl'] as const;

export interface FalseAlarms {
  set: string;
  rows: number;
  /** Share of rows the phrase rules alone escalate. */
  rules: number;
  /** Share of rows the detector (rules OR learned model) escalates. */
  detector: number;
}

interface Row {
  text: string;
  source?: string;
  escalate?: boolean;
}

const parse = (content: string): Row[] =>
  content
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);

function share(rows: readonly Row[], set: string): FalseAlarms {
  let rules = 0;
  let detector = 0;
  for (const row of rows) {
    if (detectRuleUrgency(row.text).urgent) rules += 1;
    if (detectUrgency(row.text).urgent) detector += 1;
  }
  const n = Math.max(1, rows.length);
  return { set, rows: rows.length, rules: rules / n, detector: detector / n };
}

/** The false-alarm rates, or null when ../shared/eval is not beside the checkout. */
export async function measureFalseAlarms(readFile: (path: string) => Promise<string>): Promise<FalseAlarms[] | null> {
  const read = async (file: string) => {
    try {
      return parse(await readFile(`${SHARED_EVAL}/${file}`));
    } catch {
      return null;
    }
  };
  const reviews = [await read(PROS_CONS_FILE), await read(HEADLINES_FILE)];
  if (reviews.some((rows) => rows === null)) return null;
  const heldOut = reviews.flatMap((rows) =>
    rows!.filter((row) => (HELD_OUT_SOURCES as readonly string[]).includes(row.source ?? '')),
  );
  const results = [share(heldOut, `employee reviews, held-out sources (${HELD_OUT_SOURCES.length})`)];
  for (const file of ESC_FILES) {
    const rows = await read(file);
    if (rows)
      results.push(
        share(
          rows.filter((row) => row.escalate === false),
          `${file}, rows not labelled escalate`,
        ),
      );
  }
  return results;
}

export function printFalseAlarms(results: FalseAlarms[] | null, out: (line: string) => void): void {
  out('False alarms on real text that is not urgent (share of rows escalated, %)');
  if (!results) {
    out(`  ${SHARED_EVAL} not found beside the checkout: skipped`);
    return;
  }
  const columns = [
    { title: 'set', width: 60, left: true },
    { title: 'rows', width: 8 },
    { title: 'rules', width: 8 },
    { title: 'detector', width: 10 },
  ];
  for (const line of tableLines(
    columns,
    results.map((r) => [r.set, r.rows, percent(r.rules, 2), percent(r.detector, 2)]),
  ))
    out(line);
}
