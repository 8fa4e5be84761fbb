import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileDigestArchive } from '../../../shared/adapters/local/file-digest-archive';
import { buildDigest } from '../../../shared/digest/build-digest';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import { tempDataDir } from '../../support/local-stack';

const digest = buildDigest(exampleConfig, seededDigestInput());
const DAY_MS = 86_400_000;
/** `start` plus a number of days, as ISO. */
const daysAfter = (start: string, days: number) => new Date(new Date(start).getTime() + days * DAY_MS).toISOString();
const T0 = '2026-01-05T08:00:00.000Z';

describe('the local digest archive', () => {
  let dir: ReturnType<typeof tempDataDir>;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(() => {
    dir = tempDataDir();
    clock = fixedClock(T0);
  });
  afterEach(() => dir.remove());
  const files = () => readdirSync(dir.path).sort();

  it('Should delete the digests written more than retentionDays ago when it writes one, and keep the younger ones', async () => {
    const archive = new FileDigestArchive(dir.path, { retentionDays: 30, clock });
    await archive.put({ week: '2026-W01' }, digest);
    await archive.put({ week: '2026-W01', sponsorId: 'coo' }, digest);
    clock.set(daysAfter(T0, 20));
    await archive.put({ week: '2026-W03' }, digest);

    clock.set(daysAfter(T0, 31));
    await archive.put({ week: '2026-W05' }, digest);

    expect(files()).toEqual(['2026-W03.json', '2026-W05.json']);
    expect(await archive.get({ week: '2026-W03' })).toEqual(JSON.parse(JSON.stringify(digest)));
  });

  it('Should count a digest’s age from when it was last written, as the S3 lifecycle rule does', async () => {
    const archive = new FileDigestArchive(dir.path, { retentionDays: 30, clock });
    await archive.put({ week: '2026-W01' }, digest);
    clock.set(daysAfter(T0, 25));
    await archive.put({ week: '2026-W01' }, { ...digest, generatedAt: clock.now().toISOString() });

    clock.set(daysAfter(T0, 40));
    await archive.put({ week: '2026-W06' }, digest);

    expect(files()).toEqual(['2026-W01.json', '2026-W06.json']);
    expect((await archive.get({ week: '2026-W01' }))?.generatedAt).toBe(daysAfter(T0, 25));
  });

  it('Should read a digest past its retention as absent, even before a write deletes it', async () => {
    const archive = new FileDigestArchive(dir.path, { retentionDays: 30, clock });
    await archive.put({ week: '2026-W01' }, digest);
    clock.set(daysAfter(T0, 29));
    expect(await archive.get({ week: '2026-W01' })).toBeDefined();

    clock.set(daysAfter(T0, 31));

    expect(await archive.get({ week: '2026-W01' })).toBeUndefined();
    expect(files()).toEqual(['2026-W01.json']);
  });

  it('Should leave alone every file in the directory that is not a digest, however old', async () => {
    const archive = new FileDigestArchive(dir.path, { retentionDays: 30, clock });
    await archive.put({ week: '2026-W01' }, digest);
    const longAgo = new Date(daysAfter(T0, -400));
    for (const name of ['notes.txt', 'export.json', '2026-W01.json.123.partial']) {
      writeFileSync(join(dir.path, name), 'kept');
      utimesSync(join(dir.path, name), longAgo, longAgo);
    }

    clock.set(daysAfter(T0, 60));
    await archive.put({ week: '2026-W09' }, digest);

    expect(files()).toEqual(['2026-W01.json.123.partial', '2026-W09.json', 'export.json', 'notes.txt']);
  });

  it('Should keep every digest for ever when it is given no retention', async () => {
    const archive = new FileDigestArchive(dir.path, { clock });
    await archive.put({ week: '2026-W01' }, digest);

    clock.set(daysAfter(T0, 5000));
    await archive.put({ week: '2039-W40' }, digest);

    expect(files()).toEqual(['2026-W01.json', '2039-W40.json']);
    expect(await archive.get({ week: '2026-W01' })).toBeDefined();
  });

  it('Should write the archive directory when it does not exist yet, and answer undefined for a digest never written', async () => {
    const archive = new FileDigestArchive(join(dir.path, 'digests'), { retentionDays: 30, clock });
    expect(await archive.get({ week: '2026-W01' })).toBeUndefined();

    expect(await archive.put({ week: '2026-W01' }, digest)).toBe(join(dir.path, 'digests', '2026-W01.json'));

    expect(existsSync(join(dir.path, 'digests', '2026-W01.json'))).toBe(true);
  });

  it.each([0, -1, Number.NaN])('Should refuse a retention of %s days', (retentionDays) => {
    expect(() => new FileDigestArchive(dir.path, { retentionDays, clock })).toThrow(RangeError);
  });
});
