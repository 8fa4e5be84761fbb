import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  parseUrgencyRows,
  type LanguageScores,
  scoreUrgencySets,
  splitOf,
  URGENCY_SET_DIR,
  URGENCY_SETS,
} from '../../../scripts/eval/urgency';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';

// The project's own labelled set (eval/urgency/<code>.jsonl): its shape, and
// the bar every language must clear on it, so a rule change that loses a
// language fails here rather than in an employee's inbox.
const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFile(new URL(path, root), 'utf8');

describe('the labelled urgency set', () => {
  it('Should hold one file for each of the 11 languages the detector reads, and no other', async () => {
    const files = (await readdir(new URL(`${URGENCY_SET_DIR}/`, root)))
      .filter((name) => name.endsWith('.jsonl'))
      .sort();
    expect(LANGUAGES).toHaveLength(11);
    expect(files).toEqual(LANGUAGES.map((language) => `${language.code}.jsonl`).sort());
  });

  it.each(LANGUAGES.map((language) => [language.name, language.code]))(
    'Should have at least 20 urgent and 20 non-urgent %s rows, split between both halves',
    async (_name, code) => {
      const rows = parseUrgencyRows(await read(`${URGENCY_SET_DIR}/${code}.jsonl`), code);
      const urgent = rows.filter((row) => row.escalate);
      const calm = rows.filter((row) => !row.escalate);
      expect(urgent.length).toBeGreaterThanOrEqual(20);
      expect(calm.length).toBeGreaterThanOrEqual(20);
      for (const group of [urgent, calm]) {
        const heldOut = group.filter((row) => splitOf(row.text) === 'held-out').length;
        expect(heldOut).toBeGreaterThanOrEqual(5);
        expect(group.length - heldOut).toBeGreaterThanOrEqual(5);
      }
      expect(urgent.every((row) => row.category !== undefined)).toBe(true);
      expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
    },
  );

  it('Should put a row in the same half whatever else is in the file', () => {
    expect(splitOf('La salida de emergencia está bloqueada.')).toBe(splitOf('La salida de emergencia está bloqueada.'));
    expect(splitOf('La salida de emergencia está bloqueada.'.normalize('NFD'))).toBe(
      splitOf('La salida de emergencia está bloqueada.'),
    );
  });

  it('Should name the file and line of a malformed row', () => {
    expect(() =>
      parseUrgencyRows('{"text":"ok","escalate":false}\n{"text":"x","escalate":"yes"}\n', 'xx.jsonl'),
    ).toThrow(/xx\.jsonl, line 2/);
    expect(() => parseUrgencyRows('{"text":"x","escalate":true,"category":"rudeness"}', 'xx.jsonl')).toThrow(
      /category/,
    );
  });
});

describe('the urgency detector on the labelled set', () => {
  let scores: LanguageScores[];
  const scoreOf = async (code: string) => {
    scores ??= await scoreUrgencySets(read);
    return scores.find((s) => s.code === code)!;
  };

  it.each(LANGUAGES.map((language) => [language.name, language.code]))(
    'Should find at least 90 in 100 urgent reports in %s, and be right at least 80 times in 100 it escalates',
    async (_name, code) => {
      const { all } = (await scoreOf(code)).splits;
      expect(all.recall).toBeGreaterThanOrEqual(0.9);
      expect(all.precision).toBeGreaterThanOrEqual(0.8);
    },
    // The first scores every language's set (30 s on a loaded machine); the others read what it found.
    120_000,
  );
});

// A set written apart from the rules (eval/urgency/fresh): the rules were
// tuned on its tune half only, so its held-out half is the figure that says
// how the detector does on statements nobody wrote a rule for. The floors are
// what the held-out half reaches, less one statement's worth of margin.
const FRESH_DIR = `${URGENCY_SET_DIR}/fresh`;
const FRESH_FLOOR = { recall: 0.85, precision: 0.85 };

describe('the fresh urgency set', () => {
  let fresh: LanguageScores[];
  const freshOf = async (code: string) => {
    fresh ??= await scoreUrgencySets(read, FRESH_DIR);
    return fresh.find((s) => s.code === code)!;
  };

  it.each(LANGUAGES.map((language) => [language.name, language.code]))(
    'Should hold at least 15 urgent and 15 harmless %s statements',
    async (_name, code) => {
      const rows = parseUrgencyRows(await read(`${FRESH_DIR}/${code}.jsonl`), code);
      expect(rows.filter((row) => row.escalate).length).toBeGreaterThanOrEqual(15);
      expect(rows.filter((row) => !row.escalate).length).toBeGreaterThanOrEqual(15);
      expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
    },
  );

  it.each(LANGUAGES.map((language) => [language.name, language.code]))(
    'Should find urgent %s statements no rule was written for, on the held-out half',
    async (_name, code) => {
      const held = (await freshOf(code)).splits['held-out'];
      expect(held.recall).toBeGreaterThanOrEqual(FRESH_FLOOR.recall);
      expect(held.precision).toBeGreaterThanOrEqual(FRESH_FLOOR.precision);
    },
    120_000,
  );
});

describe('npm run eval -- --urgency', () => {
  it('Should print precision and recall per language on the tune and held-out halves, for each set on its own', async () => {
    const { runEvalCli } = await import('../../../scripts/eval');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runEvalCli(['--urgency', '--json'], {
      readFile: read,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const sets = JSON.parse(out[0]!) as Record<
      string,
      { code: string; splits: Record<string, { precision: number; recall: number; rows: number }> }[]
    >;
    expect(Object.keys(sets)).toEqual(URGENCY_SETS.map((set) => set.dir));
    expect(Object.keys(sets)).toContain(FRESH_DIR);
    for (const report of Object.values(sets)) {
      expect(report.map((language) => language.code)).toEqual(LANGUAGES.map((language) => language.code));
      for (const language of report) {
        expect(Object.keys(language.splits)).toEqual(['tune', 'held-out', 'all']);
        expect(language.splits.tune!.rows + language.splits['held-out']!.rows).toBe(language.splits.all!.rows);
      }
    }
  }, 120_000);

  it('Should score only the folder given', async () => {
    const { runEvalCli } = await import('../../../scripts/eval');
    const out: string[] = [];
    expect(
      await runEvalCli(['--urgency', '--json', FRESH_DIR], {
        readFile: read,
        out: (line) => out.push(line),
        err: () => {},
      }),
    ).toBe(0);
    const report = JSON.parse(out[0]!) as { code: string; urgent: number }[];
    expect(report.map((language) => language.code)).toEqual(LANGUAGES.map((language) => language.code));
    expect(report.every((language) => language.urgent >= 15)).toBe(true);
  }, 120_000);

  it('Should say which file is missing rather than fail', async () => {
    const { runEvalCli } = await import('../../../scripts/eval');
    const err: string[] = [];
    const missing = async (path: string) => {
      if (path.endsWith('/vi.jsonl'))
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return read(path);
    };
    expect(await runEvalCli(['--urgency'], { readFile: missing, out: () => {}, err: (line) => err.push(line) })).toBe(
      2,
    );
    expect(err.join('\n')).toMatch(/vi\.jsonl/);
  }, 120_000);
});

// Blind set 5 was never tuned on nor fitted on: the detector (rules OR the
// learned model) must keep what it reaches there. Floors are the lowest
// language's figures at the last fit (English recall 50%; German precision
// 80%: 4 of 6 urgent found, 1 of 6 calm flagged).
const BLIND_DIR = `${URGENCY_SET_DIR}/blind-5`;
describe('the detector on blind set 5, never fitted on', () => {
  let blind: LanguageScores[];
  it.each(LANGUAGES.map((language) => [language.name, language.code]))(
    'Should find at least half of the urgent %s statements and be right 80%% of the times it escalates',
    async (_name, code) => {
      blind ??= await scoreUrgencySets(read, BLIND_DIR);
      const { all } = blind.find((s) => s.code === code)!.splits;
      expect(all.recall).toBeGreaterThanOrEqual(0.5);
      expect(all.precision).toBeGreaterThanOrEqual(0.8);
    },
    // The first scores every language's set (30 s on a loaded machine); the others read what it found.
    120_000,
  );
});

// Blind set 7 was written for issue 12 before the seventh round; only its
// tune half's misses were read (to name kinds of report), so its held-out
// half is the honest figure. Floors are the lowest language's figures at the
// round's end, measured 2026-12-01 (held-out: Chinese recall 75%, Arabic
// precision 75%; every row: Chinese recall 86.7%, Arabic precision 87.5%).
const BLIND_7_DIR = `${URGENCY_SET_DIR}/blind-7`;
describe('the detector on blind set 7', () => {
  let blind: LanguageScores[];
  it.each(LANGUAGES.map((language) => [language.name, language.code]))(
    'Should find at least three quarters of the urgent %s statements it was never shown, and be right three times in four when it escalates',
    async (_name, code) => {
      blind ??= await scoreUrgencySets(read, BLIND_7_DIR);
      const { 'held-out': held, all } = blind.find((s) => s.code === code)!.splits;
      expect(held.recall).toBeGreaterThanOrEqual(0.75);
      expect(held.precision).toBeGreaterThanOrEqual(0.75);
      expect(all.recall).toBeGreaterThanOrEqual(0.85);
      expect(all.precision).toBeGreaterThanOrEqual(0.85);
    },
    120_000,
  );
});
