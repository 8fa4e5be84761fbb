import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runEvalCli } from '../../../scripts/eval';

const SAMPLE = 'eval/sentiment/workplace.jsonl';

describe(`npm run eval -- ${SAMPLE}, from the repository alone`, () => {
  it('Should score the offline analyzer on the project’s own workplace comments, well above the AFINN baseline', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runEvalCli(['--json', SAMPLE], {
      readFile: (p) => readFile(p, 'utf8'),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const { analyzer, baseline } = JSON.parse(out.join('\n')) as {
      analyzer: { macroF1: number };
      baseline: { macroF1: number };
    };
    expect(analyzer.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(analyzer.macroF1 - baseline.macroF1).toBeGreaterThanOrEqual(0.15);
  });

  it('Should hold at least 60 rows, at least 20 of each label', async () => {
    const rows = (await readFile(SAMPLE, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { label: string });
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const label of ['positive', 'negative', 'neutral'])
      expect(rows.filter((r) => r.label === label).length).toBeGreaterThanOrEqual(20);
  });
});
