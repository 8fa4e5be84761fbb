import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3DigestArchive } from '../../../shared/adapters/aws/s3-digest-archive';
import { buildDigest } from '../../../shared/digest/build-digest';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';

const s3 = mockClient(S3Client);
const digest = buildDigest(exampleConfig, seededDigestInput());
/** The part of the SDK's body stream the adapter uses. */
const body = (text: string) => ({ transformToString: async () => text }) as unknown as GetObjectCommandOutput['Body'];

describe('the S3 digest archive', () => {
  beforeEach(() => s3.reset());

  it('Should store each digest as JSON under digests/, the sponsor variants beside it, and say where', async () => {
    s3.on(PutObjectCommand).resolves({});
    const archive = new S3DigestArchive(new S3Client({ region: 'eu-west-1' }), 'lp-digests');
    expect(await archive.put({ week: '2026-W47' }, digest)).toBe('s3://lp-digests/digests/2026-W47.json');
    expect(await archive.put({ week: '2026-W47', sponsorId: 'coo' }, digest)).toBe('s3://lp-digests/digests/2026-W47.sponsor-coo.json');
    const [first] = s3.commandCalls(PutObjectCommand);
    expect(first!.args[0].input).toMatchObject({ Bucket: 'lp-digests', Key: 'digests/2026-W47.json', ContentType: 'application/json; charset=utf-8' });
    expect(JSON.parse(String(first!.args[0].input.Body))).toEqual(JSON.parse(JSON.stringify(digest)));
  });

  it('Should read a digest back, checked against the schema, and answer undefined for one never published', async () => {
    s3.on(GetObjectCommand, { Key: 'digests/2026-W47.json' }).resolves({ Body: body(JSON.stringify(digest)) });
    s3.on(GetObjectCommand, { Key: 'digests/2026-W48.json' }).rejects(new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} }));
    s3.on(GetObjectCommand, { Key: 'digests/2026-W49.json' }).resolves({ Body: body('{"week":"not a digest"}') });
    const archive = new S3DigestArchive(new S3Client({ region: 'eu-west-1' }), 'lp-digests');
    expect(await archive.get({ week: '2026-W47' })).toEqual(JSON.parse(JSON.stringify(digest)));
    expect(await archive.get({ week: '2026-W48' })).toBeUndefined();
    await expect(archive.get({ week: '2026-W49' })).rejects.toThrow();
  });
});
