import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { close, listen } from '../../local/listen';
import type { SesStandIn } from '../../local/ses-stand-in';

/** Passes a request (its body already read) on to `target`, and its answer back as it came. */
export function passOn(target: URL, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  const forward = request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  forward.end(body);
}

export { answerAsSes } from '../../local/ses-faults';

/** A request to the front, its body read whole, and the way on to aws-ses-v2-local. */
export interface FrontRequest {
  req: IncomingMessage;
  res: ServerResponse;
  body: Buffer;
  /** Passes it on to aws-ses-v2-local unchanged. */
  pass(): void;
}

/** Whether a request is SES v2's SendEmail (the only call most fronts play with). */
export const isSendEmail = (req: IncomingMessage): boolean => req.url?.startsWith('/v2/email/outbound-emails') ?? false;

/**
 * A server in front of aws-ses-v2-local, which accepts everything: each
 * request goes to `handle`, which answers it itself (as SES would answer
 * what the stand-in cannot) or passes it on. The fronts of the SES tests
 * differ only in `handle`.
 */
export async function startSesFront(ses: SesStandIn, handle: (request: FrontRequest) => void) {
  const target = new URL(ses.endpoint);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      handle({ req, res, body, pass: () => passOn(target, req, res, body) });
    });
  });
  return { endpoint: await listen(server, 0), close: () => close(server) };
}
