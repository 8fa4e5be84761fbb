import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { close, listen } from '../../local/listen';
import type { SesStandIn } from '../../local/ses-stand-in';

/**
 * In front of aws-ses-v2-local, which accepts every address: refuses a
 * SendEmail as SES refuses one (400 MessageRejected, nothing sent) when it
 * is to an address in `refused`, or while `failNext.count` is above zero
 * (each refusal counts one down: "SES fails once"), and passes everything
 * else on.
 */
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

export async function startRefusingFront(ses: SesStandIn) {
  const refused = new Set<string>();
  /** Addresses whose sends fail as SES throttling does (for a test of a passing failure). */
  const throttled = new Set<string>();
  const failNext = { count: 0 };
  const target = new URL(ses.endpoint);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url?.startsWith('/v2/email/outbound-emails')) {
        const to = (JSON.parse(body.toString('utf8')) as { Destination?: { ToAddresses?: string[] } }).Destination
          ?.ToAddresses;
        // Throttled (429): a failure of the service, not of the address, as SES answers a burst.
        if (to?.some((address) => throttled.has(address.toLowerCase()))) {
          res.writeHead(429, { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException' });
          return res.end(JSON.stringify({ message: 'Too Many Requests' }));
        }
        const bad = to?.find((address) => refused.has(address.toLowerCase()));
        if (bad || failNext.count > 0) {
          if (!bad) failNext.count -= 1;
          res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'MessageRejected' });
          return res.end(JSON.stringify({ message: `Email address is not verified: ${bad ?? to?.[0]}` }));
        }
      }
      passOn(target, req, res, body);
    });
  });
  return { endpoint: await listen(server, 0), refused, throttled, failNext, close: () => close(server) };
}
