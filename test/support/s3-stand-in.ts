import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { S3Client } from '@aws-sdk/client-s3';
import { close, listen } from '../../local/listen';

export interface S3StandInOptions {
  /**
   * Whether the caller may `s3:ListBucket`. Without it S3 answers a GET for a
   * key that does not exist with 403 AccessDenied, not 404 NoSuchKey, so as not
   * to tell a caller who may not list which keys exist. @default false
   */
  listBucket?: boolean;
}

/**
 * A few S3 object calls on 127.0.0.1 (path-style PUT and GET of objects, kept
 * in memory) that answer as S3 does, errors in S3's XML included. `failWith`
 * makes every later request fail as S3 does when it is unwell.
 */
export async function startS3StandIn({ listBucket = false }: S3StandInOptions = {}) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  let failure: { status: number; code: string } | undefined;

  const error = (res: ServerResponse, status: number, code: string, message: string) => {
    res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': randomUUID() });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>stand-in</RequestId><HostId>stand-in</HostId></Error>`,
    );
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (failure) return error(res, failure.status, failure.code, 'The stand-in was told to fail.');
    const key = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname.slice(1)); // bucket/key
    if (req.method === 'PUT') {
      objects.set(key, { body, contentType: String(req.headers['content-type'] ?? 'binary/octet-stream') });
      res.writeHead(200, { etag: `"${randomUUID()}"` });
      return res.end();
    }
    if (req.method === 'GET') {
      const object = objects.get(key);
      if (!object)
        return listBucket
          ? error(res, 404, 'NoSuchKey', 'The specified key does not exist.')
          : error(res, 403, 'AccessDenied', 'Access Denied');
      res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length });
      return res.end(object.body);
    }
    return error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  const endpoint = await listen(server, 0);
  return {
    endpoint,
    /** An SDK client that talks to the stand-in, as the Lambdas' `new S3Client({})` talks to S3. */
    client: () =>
      new S3Client({
        endpoint,
        forcePathStyle: true,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
        maxAttempts: 1,
      }),
    /** Writes an object as another writer might have, bypassing the adapter. */
    putRaw: (bucket: string, key: string, body: string) =>
      objects.set(`${bucket}/${key}`, { body: Buffer.from(body), contentType: 'application/json' }),
    failWith: (status: number, code: string) => {
      failure = { status, code };
    },
    close: () => close(server),
  };
}
