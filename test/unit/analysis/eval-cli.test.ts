import { describe, expect, it } from 'vitest';
import { runEvalCli } from '../../../scripts/eval';

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    deps: {
      readFile: async (path: string) => {
        const content = files[path];
        if (content === undefined)
          throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
        return content;
      },
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
    },
  };
}

const sentimentFile = [
  { text: 'Great team and flexible hours', label: 'positive' },
  { text: 'Understaffed and long hours', label: 'negative' },
  { text: 'The rota is out on Friday', label: 'neutral' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

describe('npm run eval', () => {
  it('Should print one JSON object with the analyzer beside the AFINN baseline for sentiment rows', async () => {
    const { deps, out } = io({ 's.jsonl': `${sentimentFile}\n` });
    expect(await runEvalCli(['s.jsonl', '--json'], deps)).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(Object.keys(result)).toEqual(['analyzer', 'baseline']);
    for (const side of [result.analyzer, result.baseline]) {
      expect(Object.keys(side).sort()).toEqual(['accuracy', 'docsPerSecond', 'macroF1', 'perClass']);
      expect(Object.keys(side.perClass).sort()).toEqual(['negative', 'neutral', 'positive']);
    }
    expect(result.analyzer.accuracy).toBe(1);
    // AFINN sees no opinion word in "Understaffed and long hours".
    expect(result.baseline.accuracy).toBeLessThan(1);
  });

  it('Should score escalation rows with precision, recall, F1 and the share flagged', async () => {
    const file = [
      { text: 'my supervisor keeps touching me', escalate: true },
      { text: 'this place sucks', escalate: false },
    ]
      .map((row) => JSON.stringify(row))
      .join('\n');
    const { deps, out } = io({ 'e.jsonl': file });
    expect(await runEvalCli(['e.jsonl', '--json'], deps)).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(result.analyzer).toEqual({ precision: 1, recall: 1, f1: 1, flaggedShare: 0.5 });
    expect(Object.keys(result.baseline).sort()).toEqual(['f1', 'flaggedShare', 'precision', 'recall']);
  });

  it('Should print a readable table without --json', async () => {
    const { deps, out } = io({ 's.jsonl': sentimentFile });
    expect(await runEvalCli(['s.jsonl'], deps)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/offline analyzer/);
    expect(text).toMatch(/AFINN-165 baseline/);
    expect(text).toMatch(/macro-F1/);
    expect(text).toMatch(/docs\/s/);
  });

  it('Should say so when the file does not exist', async () => {
    const { deps, err } = io({});
    expect(await runEvalCli(['missing.jsonl'], deps)).toBe(2);
    expect(err.join('\n')).toBe('No such file: missing.jsonl');
  });

  it('Should name the line that is not JSON', async () => {
    const { deps, err } = io({ 'bad.jsonl': `${sentimentFile}\n{"text": "oops"\n` });
    expect(await runEvalCli(['bad.jsonl'], deps)).toBe(2);
    expect(err.join('\n')).toMatch(/^bad\.jsonl, line 4: not valid JSON/);
  });

  it('Should name the line with an unknown label', async () => {
    const { deps, err } = io({ 'bad.jsonl': `${sentimentFile}\n{"text": "meh", "label": "angry"}` });
    expect(await runEvalCli(['bad.jsonl'], deps)).toBe(2);
    expect(err.join('\n')).toMatch(/^bad\.jsonl, line 4: expected .*label/);
  });

  it('Should refuse a file that mixes sentiment and escalation rows', async () => {
    const { deps, err } = io({ 'mixed.jsonl': `${sentimentFile}\n{"text": "x", "escalate": true}` });
    expect(await runEvalCli(['mixed.jsonl'], deps)).toBe(2);
    expect(err.join('\n')).toMatch(/line 4: mixes sentiment rows/);
  });

  it('Should show the usage without a file', async () => {
    const { deps, err } = io({});
    expect(await runEvalCli([], deps)).toBe(2);
    expect(err.join('\n')).toMatch(/Usage: npm run eval -- <file\.jsonl> \[--json\]/);
  });
});
