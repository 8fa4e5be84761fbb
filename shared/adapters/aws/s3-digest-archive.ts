import { GetObjectCommand, PutObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { digestSchema, type Digest } from '../../digest/model';
import { digestFileName, type DigestArchive, type DigestKey } from '../../ports/digest-archive';

/**
 * Digests as JSON objects in S3 (`digests/2026-W47.json`). The bucket
 * encrypts at rest and blocks public access; its lifecycle rule expires
 * objects after `retention.digestDays`.
 */
export class S3DigestArchive implements DigestArchive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix = 'digests/',
  ) {}

  async put(key: DigestKey, digest: Digest): Promise<string> {
    const objectKey = `${this.prefix}${digestFileName(key)}`;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: objectKey,
        Body: `${JSON.stringify(digest, null, 2)}\n`,
        ContentType: 'application/json; charset=utf-8',
        CacheControl: 'no-store',
      }),
    );
    return `s3://${this.bucket}/${objectKey}`;
  }

  async get(key: DigestKey): Promise<Digest | undefined> {
    try {
      const { Body } = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: `${this.prefix}${digestFileName(key)}` }),
      );
      if (!Body) return undefined;
      return digestSchema.parse(JSON.parse(await Body.transformToString('utf-8')));
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw error;
    }
  }
}

/**
 * S3's answers to a GET of a key that does not exist: 404 NoSuchKey to a
 * caller that may `s3:ListBucket`, 403 AccessDenied to one that may not
 * (the functions may only GetObject under `digests/`, so that is what they
 * get). Anything else (throttling, a 5xx) is a real failure and is passed on.
 */
function isMissingObject(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  const status = error.$metadata.httpStatusCode;
  return (
    (status === 404 && (error.name === 'NoSuchKey' || error.name === 'NotFound')) ||
    (status === 403 && error.name === 'AccessDenied')
  );
}
