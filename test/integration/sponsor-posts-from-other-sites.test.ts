import { describe, expect, it } from 'vitest';
import { useEscalatedCase } from '../support/sponsor-case';

// Attacker's report: a page on another site could post the sponsor's buttons for them (Origin:
// http://evil.example, Sec-Fetch-Site: cross-site) and the case was acknowledged, 303, in the sponsor's name,
// while they merely visited that page. A browser's post from another site is refused with a page saying
// nothing was changed; the sponsor's own pages, and programs that send neither header, still work.

describe("posts to a sponsor's links from other sites", () => {
  const escalated = useEscalatedCase();
  const post = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
      body: new URLSearchParams(fields).toString(),
    });

  it('Should refuse an acknowledgement or a hand-over posted from another site, and change nothing', async () => {
    const { ack, desk, caseCode, stack } = escalated;
    const senders: Record<string, string>[] = [
      { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
    ];
    for (const from of senders) {
      const refused = await post(ack, { action: 'acknowledge' }, from);
      expect(refused.status, JSON.stringify(from)).toBe(403);
      expect(await refused.text()).toContain('sent from another website, so nothing was changed');
      expect((await post(desk, { action: 'close' }, from)).status).toBe(403);
    }
    expect((await stack.statusOf(caseCode)).body.status).toBe('escalated');
  });

  it('Should take the same post from the sponsor’s own page, or from a program sending no origin', async () => {
    const { ack, caseCode, stack } = escalated;
    const own = new URL(ack).origin;
    const taken = await post(ack, { action: 'acknowledge' }, { origin: own, 'sec-fetch-site': 'same-origin' });
    expect(taken.status).toBeLessThan(400);
    expect((await stack.statusOf(caseCode)).body.status).toBe('acknowledged');
    expect((await post(ack, { action: 'acknowledge' })).status).toBeLessThan(400);
    // The page's own form under `Referrer-Policy: no-referrer`: Chromium sends `Origin: null` with it.
    const noReferrer = await post(ack, { action: 'acknowledge' }, { origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(noReferrer.status).toBeLessThan(400);
  });
});
