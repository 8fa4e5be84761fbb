import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSampleWeek } from '../../scripts/sample-week/run-sample-week';

/** A newcomer's first look at the weekly digest, before a week of their own is over (`npm run digest:sample`). */
describe('the sample digest', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sample-digest-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('Should write leadership’s and each sponsor’s digest of a made-up month’s last week: channels, earlier weeks, movers, escalations and responses', async () => {
    const said: string[] = [];
    const { week, files } = await runSampleWeek({
      outDir,
      say: (line) => said.push(line),
      now: new Date('2026-12-03T17:00:00Z'),
    });
    expect(week).toBe('2026-W48');
    expect(said.join('\n')).toContain('private pipeline');
    // Progress while it sends (it took two silent minutes on a busy machine), ending at every comment sent.
    expect(said).toContain('  30 of 150 sent');
    expect(said).toContain('  150 of 150 sent');
    const leadership = files.find((f) => f.includes('leadership@example.com') && f.endsWith('.txt'))!;
    const text = readFileSync(leadership, 'utf8');
    expect(text).toContain('Week 48: Mon 23 – Sun 29 November 2026');
    // 150 comments, six urgent hazards and two reports of theft, against the 85 of the week before (84 and a hazard).
    expect(text).toContain("158 submissions, up 86% on last week's 85.");
    // Two channels, each shown on its own (every site has 0 or at least k texts a week).
    expect(text).toMatch(/^ {2}Web form +121 /m);
    expect(text).toMatch(/^ {2}SMS +37 /m);
    // Earlier weeks in the trend, and movers against them.
    expect(text).toMatch(/^ {2}W45 +60 /m);
    expect(text).toMatch(/^ {2}W47 +85 /m);
    expect(text).toMatch(/BIGGEST MOVERS[^\n]*\n {2}\S/);
    // Escalations raised, and the sponsors' answers to the hazards listed (at least k were published that week).
    expect(text).toMatch(/ESCALATIONS RAISED THIS WEEK\n {2}\d+ raised\./);
    // A newcomer sees what a full digest shows (session 37): who holds the week's escalations, each sponsor named
    // holding at least k (5) of them. It named none before, each holding fewer; the suppression is unchanged.
    const escalations = text.slice(text.indexOf('ESCALATIONS RAISED THIS WEEK'), text.indexOf('YOU SAID, WE DID'));
    expect(escalations).not.toContain('No sponsor is named');
    const holders = [...escalations.matchAll(/^ {2}(\S[^:\n]+): (\d+) raised/gm)].map((m) => [m[1], Number(m[2])]);
    expect(holders.map(([name]) => name)).toEqual(['Lee Marsh (Plant 2 GM)', 'Alex Romero (CEO)']);
    for (const [, raised] of holders) expect(raised).toBeGreaterThanOrEqual(5);
    // …while a small count is still never given: the CEO's cases whose legal deadline is near number 1 to 4.
    expect(escalations).toMatch(/^ {4}1 to 4 cases held by Alex Romero \(CEO\) have a legal deadline/m);
    expect(escalations).not.toMatch(/\b[1-4] raised\b/);
    expect(text).toContain('YOU SAID, WE DID');
    expect(text.replace(/\s+/g, ' ')).toContain('The pallets were moved the same day and the exit is now checked');
    expect(text).not.toContain('No responses were published this week');
    // The hazards themselves are escalated, never quoted.
    expect(text).not.toContain('fire exit by the paint shop');
    expect(text).toMatch(/WHAT PEOPLE SAID[\s\S]*"[A-Z][^"]+"/);
    // A mood left out says why in words a leader reads (not "too few to split" beside 150 submissions), and the
    // note at the end names the rule and its number.
    expect(text).not.toContain('too few to split');
    if (text.includes('mood not shown'))
      expect(text.replace(/\s+/g, ' ')).toContain(
        'A mood (negative, positive, neutral, mixed) is shown only when each of the four holds none or at least 5 submissions',
      );
    // A month a leader would believe (newcomer's walk, round 32): sites of different sizes, a mood shown where a
    // site is large enough, the trend coloured by mood, a legal deadline coming up, and one heading per topic.
    const siteCounts = [...text.matchAll(/^ {2}(?:Headquarters|Plant 2|Riverside Warehouse) +(\d+) /gm)].map(
      (m) => m[1],
    );
    expect(new Set(siteCounts).size).toBe(3);
    expect(text).toMatch(/^ {2}Plant 2 +\d+ +\S+ +negative \d+% · positive \d+%/m);
    expect(text).toMatch(/^ {2}W48 +158 +\S+ +\d+% negative/m);
    expect(text).toContain('Legal deadlines this week and next:');
    expect(text.split('Health and safety:').length - 1).toBe(1);
    const html = readFileSync(leadership.replace(/\.txt$/, '.html'), 'utf8');
    expect(html).toContain('<html');
    // A sponsor's variant too: their own sites and topics.
    expect(files.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(1);

    // Every link in what was written opens something once the command is over: no link to the private
    // pipeline's port (closed by now); the charts are a file beside the email, and the desk is said to need a server.
    const written = files.map((f) => readFileSync(f, 'utf8'));
    for (const [i, content] of written.entries()) expect(content, files[i]).not.toMatch(/https?:\/\/127\.0\.0\.1[:/]/);
    const chartsLink = html.match(/<a href="([^"]+)"[^>]*>Open the digest with charts<\/a>/)?.[1];
    expect(chartsLink).toBeDefined();
    const charts = readFileSync(join(outDir, decodeURI(chartsLink!)), 'utf8');
    expect(charts).toContain('<svg');
    expect(charts).toContain('158');
    expect(charts).toMatch(/<style>[^<]+<\/style>/);
    expect(charts).not.toContain('href="/assets/');
    expect(text).toContain(join(outDir, decodeURI(chartsLink!)));
    const sponsor = files.find(
      (f) => !f.includes('leadership@example.com') && /\d\d-[^/]+\.html$/.test(f) && !f.endsWith('-charts.html'),
    )!;
    const sponsorHtml = readFileSync(sponsor, 'utf8');
    expect(sponsorHtml).toContain('Your case desk: every case you hold (not in this sample');
    expect(sponsorHtml).not.toMatch(/<a href="[^"#]*desk/);
  }, 600_000); // four weeks through the whole pipeline: four minutes on a busy machine
});
