import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSampleWeek } from '../../scripts/sample-week/run-sample-week';

/** A newcomer's first look at the weekly digest, before a week of their own is over (`npm run digest:sample`). */
describe('the sample digest', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sample-digest-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('Should write leadership’s and each sponsor’s digest of a made-up week, with figures and quoted comments', async () => {
    const said: string[] = [];
    const { week, files } = await runSampleWeek({
      outDir,
      say: (line) => said.push(line),
      now: new Date('2026-12-03T17:00:00Z'),
    });
    expect(week).toBe('2026-W48');
    expect(said.join('\n')).toContain('private pipeline');
    const leadership = files.find((f) => f.includes('leadership@example.com') && f.endsWith('.txt'))!;
    const text = readFileSync(leadership, 'utf8');
    expect(text).toContain('Week 48: Mon 23 – Sun 29 November 2026');
    expect(text).toContain('150 submissions.');
    expect(text).toMatch(/WHAT PEOPLE SAID[\s\S]*"[A-Z][^"]+"/);
    const html = readFileSync(leadership.replace(/\.txt$/, '.html'), 'utf8');
    expect(html).toContain('<html');
    // A sponsor's variant too: their own sites and topics.
    expect(files.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(1);
  }, 240_000);
});
