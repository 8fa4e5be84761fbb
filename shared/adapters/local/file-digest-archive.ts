import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestSchema, type Digest } from '../../digest/model';
import { systemClock, type Clock } from '../../ports/clock';
import { digestFileName, type DigestArchive, type DigestKey } from '../../ports/digest-archive';
import { DAY_MS } from '../../domain/durations';

/** What `digestFileName` makes: `2026-W47.json`, `2026-W47.sponsor-coo.json`. Nothing else in the directory is touched. */
const DIGEST_FILE = /^\d{4}-W\d{2}(\.sponsor-[a-z0-9-]+)?\.json$/;

export interface FileDigestArchiveOptions {
  /**
   * Days a digest is kept after it was last written, as the S3 archive's
   * lifecycle rule keeps it on AWS: `retention.digestDays`. Every write
   * first deletes the digests written longer ago than that, and one that
   * is past it reads as absent. @default - digests are kept for ever
   */
  readonly retentionDays?: number;
  /** When a digest is written (its file's modification time) and when its age is measured. @default systemClock */
  readonly clock?: Clock;
}

/**
 * Digests as JSON files in one directory (`DATA_DIR/digests/` locally), the
 * local stand-in for the S3 archive, expiring like it when given
 * `retentionDays`.
 *
 * @example
 * const archive = new FileDigestArchive(join(dataDir, 'digests'), { retentionDays: config.retention.digestDays, clock });
 */
export class FileDigestArchive implements DigestArchive {
  private readonly retentionMs?: number;
  private readonly clock: Clock;

  constructor(
    private readonly directory: string,
    { retentionDays, clock = systemClock }: FileDigestArchiveOptions = {},
  ) {
    if (retentionDays !== undefined && !(Number.isFinite(retentionDays) && retentionDays > 0)) {
      throw new RangeError(`retentionDays must be a positive number of days, not ${retentionDays}`);
    }
    this.retentionMs = retentionDays === undefined ? undefined : retentionDays * DAY_MS;
    this.clock = clock;
  }

  async put(key: DigestKey, digest: Digest): Promise<string> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const now = this.clock.now();
    await this.deleteExpired(now);
    const path = join(this.directory, digestFileName(key));
    // Write then rename, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, `${JSON.stringify(digest, null, 2)}\n`, { mode: 0o600 });
    // The file's modification time is when it was written by the archive's clock, which its expiry counts from.
    await utimes(partial, now, now);
    await rename(partial, path);
    return path;
  }

  async get(key: DigestKey): Promise<Digest | undefined> {
    const path = join(this.directory, digestFileName(key));
    let text: string;
    try {
      if (this.isExpired((await stat(path)).mtimeMs, this.clock.now())) return undefined;
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return digestSchema.parse(JSON.parse(text));
  }

  private isExpired(writtenAtMs: number, now: Date): boolean {
    return this.retentionMs !== undefined && writtenAtMs < now.getTime() - this.retentionMs;
  }

  /** Deletes every digest written more than `retentionDays` before `now`. */
  private async deleteExpired(now: Date): Promise<void> {
    if (this.retentionMs === undefined) return;
    for (const name of await readdir(this.directory)) {
      if (!DIGEST_FILE.test(name)) continue;
      const path = join(this.directory, name);
      try {
        if (this.isExpired((await stat(path)).mtimeMs, now)) await unlink(path);
      } catch (error) {
        // Another writer sharing the directory (`npm run digest` beside `npm start`) deleted it first.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}
