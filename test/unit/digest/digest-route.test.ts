import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { digestLink } from '../../../shared/digest/links';
import { signLink } from '../../../shared/domain/signed-link';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { appWithFakes, exampleConfig, fixedClock } from '../../support/fixtures';
import { InMemoryArchive } from '../../support/in-memory-digest';

const KEY = 'k'.repeat(64);
const input = seededDigestInput();

async function setUp() {
  const archive = new InMemoryArchive();
  await archive.put({ week: GOLDEN_WEEK }, buildDigest(exampleConfig, input));
  const sponsor = exampleConfig.sponsors.find((s) => s.id === 'coo')!;
  await archive.put({ week: GOLDEN_WEEK, sponsorId: 'coo' }, buildDigest(exampleConfig, input, sponsor));
  const clock = fixedClock('2026-11-23T15:00:00Z');
  const { app } = appWithFakes({ clock, digests: { archive, linkSigningKey: KEY } });
  const path = (key: { week: string; sponsorId?: string }, expires = '2026-12-07T00:00:00Z', signingKey = KEY) => {
    const url = new URL(digestLink('http://x', key, signingKey, new Date(expires)));
    return `${url.pathname}${url.search}`;
  };
  return { app, clock, path };
}

const html = { headers: { accept: 'text/html' } };

describe('GET /digest/:week', () => {
  it('Should show the archived digest behind a valid signed link, uncached and not indexed', async () => {
    const { app, path } = await setUp();
    const res = await app.request(path({ week: GOLDEN_WEEK }), html);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const page = await res.text();
    expect(page).toContain('<h1>Week 47: Mon 16 – Sun 22 November 2026</h1>');
    expect(page).not.toContain('For Dana Whitfield');
  });

  it("Should show a sponsor's variant when the link names the sponsor", async () => {
    const { app, path } = await setUp();
    const page = await (await app.request(path({ week: GOLDEN_WEEK, sponsorId: 'coo' }), html)).text();
    expect(page).toContain('For Dana Whitfield (COO)');
  });

  it('Should answer 403 for a missing, forged, expired or other-week link, and for an escalation link', async () => {
    const { app, path, clock } = await setUp();
    const valid = path({ week: GOLDEN_WEEK });
    const other = path({ week: '2026-W46' }).replace('2026-W46?', `${GOLDEN_WEEK}?`);
    const forged = path({ week: GOLDEN_WEEK }, undefined, 'x'.repeat(64));
    const escalation = `/digest/${GOLDEN_WEEK}?t=${signLink({ subject: 'case:123', expiresAt: Date.parse('2026-12-01') / 1000 }, KEY)}`;
    for (const url of [`/digest/${GOLDEN_WEEK}`, other, forged, escalation]) {
      const res = await app.request(url, html);
      expect(res.status, url).toBe(403);
      expect(await res.text()).toContain('This link is not valid');
    }
    clock.set('2026-12-08T00:00:00Z');
    const expired = await app.request(valid, html);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('This link has expired');
  });

  it('Should answer 404 for a week with no digest yet, or that is not a week', async () => {
    const { app, path } = await setUp();
    expect((await app.request(path({ week: '2026-W48' }), html)).status).toBe(404);
    expect((await app.request('/digest/yesterday', { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('Should refuse every link when the app has no digest archive', async () => {
    const { app } = appWithFakes();
    const token = digestLink('http://x', { week: GOLDEN_WEEK }, KEY, new Date('2027-01-01'));
    expect((await app.request(new URL(token).pathname + new URL(token).search, html)).status).toBe(403);
  });

  it('Should serve the web view’s style sheet from the app itself, as the CSP requires', async () => {
    const { app } = await setUp();
    const res = await app.request('/assets/digest.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await res.text()).toContain('prefers-color-scheme: dark');
  });
});
