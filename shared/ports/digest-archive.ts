import type { Digest } from '../digest/model';

/** Which digest: the leadership one for a week, or a sponsor's variant of it. */
export interface DigestKey {
  week: string;
  sponsorId?: string;
}

/** Every digest as JSON: S3 on AWS, `DATA_DIR/digests/` locally. The web view reads it back from here. */
export interface DigestArchive {
  /** Stores (or replaces) a digest; returns where it went, for people (a path or an s3:// URL). */
  put(key: DigestKey, digest: Digest): Promise<string>;
  get(key: DigestKey): Promise<Digest | undefined>;
}

/** `2026-W47.json`, or `2026-W47.sponsor-coo.json` for a sponsor's variant. */
export const digestFileName = (key: DigestKey) => `${key.week}${key.sponsorId ? `.sponsor-${key.sponsorId}` : ''}.json`;
