import { describe, expect, it } from 'vitest';
import { appWithFakes, json } from '../../support/fixtures';

// Attacker's report (round 24): a case's page was as long as its status and conversation made it (locally, an
// analysed case 2,781 bytes, an escalated one 5,128, one with a sponsor's message 5,302). The operator can render
// every case's page from the table, so an answer's length, counted by the API's access log or its DataProcessed
// metric beside a time to the second, said which case an employee looked up, and when.

async function twoCases() {
  const fixture = appWithFakes();
  const codes: string[] = [];
  for (const text of ['Please fix the parking lot lights', 'The new rota is fine']) {
    codes.push((await (await fixture.app.request('/feedback', json({ text }))).json()).caseCode);
  }
  const [calm, escalated] = [...fixture.store.cases.values()];
  calm!.status = 'analysed';
  escalated!.status = 'acknowledged';
  return { ...fixture, codes: codes as [string, string] };
}

const lookup = (code: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams({ code }).toString(),
});

describe('answers about a case are one length whatever the case', () => {
  it('Should give an analysed and an escalated case’s pages, and a wrong code’s, the same length', async () => {
    const { app, codes } = await twoCases();
    const pages = await Promise.all(
      [...codes, '7KQ4M-XW9TR'].map(
        async (code) => new Uint8Array(await (await app.request('/status', lookup(code))).arrayBuffer()),
      ),
    );
    const text = pages.map((page) => new TextDecoder().decode(page));
    // The pages do differ in what they say: only their length is the same.
    expect(text[0]).toContain('Read and sorted by topic');
    expect(text[1]).toContain('Acknowledged');
    expect(text[0]).not.toEqual(text[1]);
    expect(new Set(pages.map((page) => page.length)).size).toBe(1);
  });

  it('Should give programs the same length of JSON for either case, which still reads as before', async () => {
    const { app, codes } = await twoCases();
    const answers = await Promise.all(
      codes.map((code) => app.request(`/status/${code}`, { headers: { accept: 'application/json' } })),
    );
    const bodies = await Promise.all(answers.map((res) => res.text()));
    expect(bodies[0]!.length).toBe(bodies[1]!.length);
    expect(answers.map((res) => Number(res.headers.get('content-length')))).toEqual(
      bodies.map((body) => Buffer.byteLength(body)),
    );
    expect(JSON.parse(bodies[0]!)).toMatchObject({ caseCode: codes[0], status: 'analysed' });
    expect(JSON.parse(bodies[1]!)).toMatchObject({ caseCode: codes[1], status: 'acknowledged' });
  });
});
