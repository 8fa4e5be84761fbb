import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { digestLink } from '../../../shared/digest/links';
import { sponsorText } from '../../../shared/i18n/sponsor';
import { GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { englishIn } from '../../support/english-leaks';
import { appWithFakes, exampleConfig, fixedClock } from '../../support/fixtures';
import { InMemoryArchive } from '../../support/in-memory-digest';

/**
 * A sponsor's error pages (a refused or expired link, a page that is not
 * there, a fault) in their language: `?lang=` first, then the language of
 * whoever the link was made for, then the browser's.
 */

const KEY = 'k'.repeat(64);
// The COO reads French; the leadership list Spanish.
const config = {
  ...exampleConfig,
  digest: { ...exampleConfig.digest, language: 'es' as const },
  sponsors: exampleConfig.sponsors.map((s) => (s.id === 'coo' ? { ...s, language: 'fr' as const } : s)),
};

async function setUp() {
  const archive = new InMemoryArchive();
  const input = seededDigestInput();
  await archive.put({ week: GOLDEN_WEEK }, buildDigest(config, input));
  const coo = config.sponsors.find((s) => s.id === 'coo')!;
  await archive.put({ week: GOLDEN_WEEK, sponsorId: 'coo' }, buildDigest(config, input, coo));
  const clock = fixedClock('2026-11-23T15:00:00Z');
  const { app } = appWithFakes({ config, clock, digests: { archive, linkSigningKey: KEY } });
  const path = (key: { week: string; sponsorId?: string }) => {
    const url = new URL(digestLink('http://x', key, KEY, new Date('2026-12-07T00:00:00Z')));
    return `${url.pathname}${url.search}`;
  };
  return { app, clock, path };
}

const browser = (language = 'en') => ({ headers: { accept: 'text/html', 'accept-language': language } });
const expiredIn = (language: 'en' | 'es' | 'fr') =>
  sponsorText(language, 'sponsor.error', { why: 'expired', program: config.programName });

describe("a sponsor's error pages in their language", () => {
  it('Should tell the reader of an expired link it has expired in their own language, whatever the browser says', async () => {
    const { app, clock, path } = await setUp();
    const coo = path({ week: GOLDEN_WEEK, sponsorId: 'coo' });
    const leadership = path({ week: GOLDEN_WEEK });
    clock.set('2026-12-08T00:00:00Z');

    const french = await app.request(coo, browser('en'));
    expect(french.status).toBe(403);
    const page = await french.text();
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain(expiredIn('fr'));
    expect(englishIn(page, [config.programName])).toEqual([]);

    const spanish = await (await app.request(leadership, browser('fr'))).text();
    expect(spanish).toContain('<html lang="es"');
    expect(spanish).toContain(expiredIn('es'));
  });

  it('Should let ?lang= win over the reader the link names, and offer the switch', async () => {
    const { app, clock, path } = await setUp();
    clock.set('2026-12-08T00:00:00Z');
    const page = await (
      await app.request(`${path({ week: GOLDEN_WEEK, sponsorId: 'coo' })}&lang=es`, browser('en'))
    ).text();
    expect(page).toContain('<html lang="es"');
    expect(page).toContain(expiredIn('es'));
    expect(page).toMatch(/href="\/digest\/2026-W47\?t=[^"]+&amp;lang=fr"/);
  });

  it("Should answer a link that names no one in the browser's language", async () => {
    const { app } = await setUp();
    for (const url of [`/digest/${GOLDEN_WEEK}?t=cut.short`, '/ack/not-a-link', '/desk/not-a-link']) {
      const res = await app.request(url, browser('es-MX,es;q=0.9'));
      expect(res.status, url).toBe(403);
      const page = await res.text();
      expect(page, url).toContain('<html lang="es"');
      expect(page, url).toContain(sponsorText('es', 'sponsor.error', { why: 'invalid', program: config.programName }));
    }
  });

  it("Should say in the reader's language that a week has no digest yet", async () => {
    const { app, path } = await setUp();
    const res = await app.request(path({ week: '2026-W48', sponsorId: 'coo' }), browser('en'));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(sponsorText('fr', 'sponsor.error', { why: 'no-digest', program: 'x' }));
  });
});
