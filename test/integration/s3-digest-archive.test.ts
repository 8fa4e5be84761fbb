import { afterEach, describe, expect, it } from 'vitest';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { buildDigest } from '../../shared/digest/build-digest';
import { digestLink } from '../../shared/digest/links';
import { GOLDEN_WEEK, seededDigestInput } from '../support/digest-fixtures';
import { appWithFakes, exampleConfig, fixedClock } from '../support/fixtures';
import { startS3StandIn } from '../support/s3-stand-in';

const BUCKET = 'lp-digests';
const KEY = 'k'.repeat(64);
const digest = buildDigest(exampleConfig, seededDigestInput());
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const standIns: Awaited<ReturnType<typeof startS3StandIn>>[] = [];
async function archiveOn(options: Parameters<typeof startS3StandIn>[0] = {}) {
  const s3 = await startS3StandIn(options);
  standIns.push(s3);
  return { s3, archive: new S3DigestArchive(s3.client(), BUCKET) };
}

describe('the S3 digest archive, against an S3 stand-in', () => {
  afterEach(async () => {
    for (const s3 of standIns.splice(0)) await s3.close();
  });

  it('Should store each digest as JSON under digests/, the sponsor variants beside it, say where, and read them back', async () => {
    const { archive } = await archiveOn();
    expect(await archive.put({ week: '2026-W47' }, digest)).toBe('s3://lp-digests/digests/2026-W47.json');
    expect(await archive.put({ week: '2026-W47', sponsorId: 'coo' }, digest)).toBe(
      's3://lp-digests/digests/2026-W47.sponsor-coo.json',
    );
    expect(await archive.get({ week: '2026-W47' })).toEqual(asJson(digest));
    expect(await archive.get({ week: '2026-W47', sponsorId: 'coo' })).toEqual(asJson(digest));
  });

  it('Should answer "no digest" for one never published when it may only GetObject, and S3 says 403 rather than 404', async () => {
    const { archive } = await archiveOn({ listBucket: false });
    await archive.put({ week: '2026-W47' }, digest);
    expect(await archive.get({ week: '2026-W48' })).toBeUndefined();
    expect(await archive.get({ week: '2026-W47', sponsorId: 'cfo' })).toBeUndefined();
  });

  it('Should answer "no digest" when S3 says 404, as it does to a caller that may list the bucket', async () => {
    const { archive } = await archiveOn({ listBucket: true });
    expect(await archive.get({ week: '2026-W48' })).toBeUndefined();
  });

  it('Should refuse an object that is not a digest, and pass on S3 being unwell rather than call the digest absent', async () => {
    const { s3, archive } = await archiveOn();
    s3.putRaw(BUCKET, 'digests/2026-W49.json', '{"week":"not a digest"}');
    await expect(archive.get({ week: '2026-W49' })).rejects.toThrow();
    s3.failWith(503, 'SlowDown');
    await expect(archive.get({ week: '2026-W47' })).rejects.toThrow();
    s3.failWith(500, 'InternalError');
    await expect(archive.get({ week: '2026-W47' })).rejects.toThrow();
  });

  it('Should show a person following a valid link to an unpublished week a 404 page saying so, not a server error', async () => {
    const { archive } = await archiveOn({ listBucket: false });
    await archive.put({ week: GOLDEN_WEEK }, digest);
    const { app } = appWithFakes({
      clock: fixedClock('2026-11-23T15:00:00Z'),
      digests: { archive, linkSigningKey: KEY },
    });
    const pathOf = (week: string) => {
      const url = new URL(digestLink('http://x', { week }, KEY, new Date('2026-12-07T00:00:00Z')));
      return `${url.pathname}${url.search}`;
    };
    const published = await app.request(pathOf(GOLDEN_WEEK), { headers: { accept: 'text/html' } });
    expect(published.status).toBe(200);
    const missing = await app.request(pathOf('2026-W46'), { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('No digest has been published for this week yet.');
  });
});
