import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysisPathFailures } from '../support/analysis-path';

/*
 * Promise 7: no text the intake accepts makes analysis throw, checked on the
 * labelled sets beside the checkout (real tweets and real employee reviews),
 * through the whole path the analyze function runs per message: language,
 * sentiment, redaction, key phrases (within their byte cap), topics and the
 * urgency detector. Generated text is checked by
 * test/unit/analysis/analysis-totality.test.ts.
 *
 * Every row of every set is ~100,000 rows: ~30 s on an idle core, two
 * minutes on a busy machine. So the smaller sets run whole and the two large
 * employee-review sets (over SAMPLE_ABOVE_ROWS rows) run as a fixed sample
 * of every SAMPLE_STRIDE-th row (~22,000 rows); `TOTALITY_ALL_ROWS=1` runs
 * every row of every set.
 */
const SAMPLE_ABOVE_ROWS = 20_000;
const SAMPLE_STRIDE = 4;
const allRows = process.env.TOTALITY_ALL_ROWS === '1';

const EVAL_DIR = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const evalFiles = existsSync(EVAL_DIR)
  ? readdirSync(EVAL_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];

describe('analysis of the labelled sets in ../shared/eval', () => {
  if (!evalFiles.length) it.skip('../shared/eval is not beside this checkout: no labelled rows were checked', () => {});

  it.each(evalFiles)(
    'Should analyse the rows of %s without an error (every row, or every 4th of a large set)',
    async (file) => {
      const lines = readFileSync(`${EVAL_DIR}${file}`, 'utf8')
        .split('\n')
        .filter((line) => line.trim());
      const stride = allRows || lines.length <= SAMPLE_ABOVE_ROWS ? 1 : SAMPLE_STRIDE;
      const rows = lines
        .map((line, i) => ({ row: i + 1, text: String(JSON.parse(line).text) }))
        .filter((_, i) => i % stride === 0);
      const failures = await analysisPathFailures(rows.map((r) => r.text));
      expect(
        failures.slice(0, 5).map((f) => ({ row: rows[f.index]!.row, step: f.step, error: String(f.error) })),
      ).toEqual([]);
    },
    300_000,
  );
});
